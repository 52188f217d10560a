package optio

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"k8s.io/apimachinery/pkg/util/validation/field"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// PostgresDataDir is where the stock postgres image keeps its data, the
// mount point of the volume R-postgres-data.
const PostgresDataDir = "/var/lib/postgresql/data"

// postgresStart starts the stock image's entrypoint with PGDATA in the
// subdirectory pgdata of the volume (so that a lost+found at the mount point
// never trips initdb), unless the volume already holds a database at its
// root, as the Optio Helm chart 0.1.0 left it: then that database is used, so
// a release taken over from the chart keeps its data. The container's args
// follow "postgres" ($0 is the first arg).
const postgresStart = `if [ -s ` + PostgresDataDir + `/PG_VERSION ]; then PGDATA=` + PostgresDataDir + `; export PGDATA; fi; exec docker-entrypoint.sh postgres "$@"`

// InClusterPostgresProps configure InClusterPostgres.
type InClusterPostgresProps struct {
	// Release names the objects (R-postgres, R-postgres-data) and holds the
	// namespace ("" is the enclosing Chart's). Release.Name is required.
	Release values.Release
	// Values are the postgresql values of the Helm chart (image, storage,
	// auth.database and auth.username, resources). Values.Auth.Password is
	// used only with Release.HelmChartSelectors (the chart's pod template
	// holds it); otherwise the password comes from PasswordSecret. Default:
	// DefaultProps().Postgresql.
	Values values.PostgresqlValues
	// PasswordSecret is the Secret holding the key POSTGRES_PASSWORD (R-config
	// or existingSecret), read with a secret key reference. Required unless
	// HostAuthTrust. Default: "optio-config".
	PasswordSecret string
	// HostAuthTrust runs the server without a password, trusting every
	// connection (POSTGRES_HOST_AUTH_METHOD=trust): local development with
	// auth.disabled only. Default: false.
	HostAuthTrust bool
	// ImagePullSecrets for the pods (a mirrored postgres image). Default:
	// none.
	ImagePullSecrets []values.LocalObjectReference
	// OwnSecrets makes the TLS Secret the Helm chart would make, so that a
	// database used without OptioChart starts: the KeyGenerator
	// R-postgres-keygen for R-postgres-tls (Values.TLS.Enabled without
	// existingSecret). PasswordSecret is yours either way. Default
	// (DefaultInClusterPostgresProps): true; OptioChart leaves it false and
	// makes it itself.
	OwnSecrets bool
	// KeygenImage runs R-postgres-keygen (Node.js 18 or newer and openssl).
	// Default: the Helm chart's api.image.
	KeygenImage values.ImageValues
	// values makes the jsii value objects; nil means the cache of scope.
	values *jsiiValues
}

// DefaultInClusterPostgresProps returns the props of the Helm chart's
// defaults for the release "optio", with the password read from the Secret
// optio-config.
func DefaultInClusterPostgresProps() InClusterPostgresProps {
	r := values.Release{Name: values.DefaultReleaseName}
	d := DefaultProps()
	return InClusterPostgresProps{Release: r, Values: d.Postgresql, PasswordSecret: r.ObjectName(values.ComponentConfig), OwnSecrets: true, KeygenImage: d.KeygenImage()}
}

// ownKeygen is R-postgres-keygen's props for OwnSecrets, nil when nothing
// is to be generated. r is the resolved release (its namespace goes into
// the certificate's names).
func (p *InClusterPostgresProps) ownKeygen(r values.Release) *KeyGeneratorProps {
	v := p.Values
	if !p.OwnSecrets || !v.TLS.Enabled || v.TLS.ExistingSecret != "" {
		return nil
	}
	return &KeyGeneratorProps{Release: r, Name: r.ObjectName("postgres-keygen"), Image: p.KeygenImage, ImagePullSecrets: p.ImagePullSecrets,
		Certificates: []GeneratedCertificate{serverCertificate(r, values.ComponentPostgres, v.TLS.Secret(r))}}
}

// Validate checks the props; each error names its path (release.name,
// values.storage.size, passwordSecret, ...).
func (p *InClusterPostgresProps) Validate() field.ErrorList {
	errs := p.Release.Validate(field.NewPath("release"))
	errs = append(errs, p.Values.Validate(field.NewPath("values"))...)
	switch {
	case p.PasswordSecret != "":
		errs = append(errs, values.ValidateObjectName(field.NewPath("passwordSecret"), p.PasswordSecret)...)
	case !p.HostAuthTrust && !(p.Release.HelmChartSelectors && p.Values.Auth.Password != ""):
		errs = append(errs, field.Required(field.NewPath("passwordSecret"), "the Secret holding POSTGRES_PASSWORD (or hostAuthTrust for local development)"))
	}
	errs = append(errs, values.ValidateLocalObjectReferences(field.NewPath("imagePullSecrets"), p.ImagePullSecrets)...)
	if p.ownKeygen(p.Release) != nil {
		errs = append(errs, values.ValidateImage(field.NewPath("keygenImage"), p.KeygenImage, false)...)
	}
	return errs
}

// InClusterPostgres is the development PostgreSQL: the PVC R-postgres-data,
// the Deployment and the Service R-postgres.
type InClusterPostgres struct {
	constructs.Construct
	// PVC R-postgres-data (ReadWriteOnce), marked so that Argo CD and Flux
	// never prune or delete it; nil with postgresql.persistence.existingClaim
	// (the pod mounts that claim).
	PVC k8s.KubePersistentVolumeClaim
	// Deployment R-postgres (one replica, strategy Recreate).
	Deployment k8s.KubeDeployment
	// Service R-postgres on port 5432.
	Service k8s.KubeService
	// Keygen is R-postgres-keygen (OwnSecrets, TLS without
	// existingSecret), else nil.
	Keygen *KeyGenerator
}

// DataVolumeAnnotations keep a data volume through GitOps pruning: they are
// RetainAnnotations (the same map).
var DataVolumeAnnotations = RetainAnnotations

// NewInClusterPostgres emits the in-cluster database into scope: its PVC,
// and a Deployment with POSTGRES_PASSWORD from a Secret key reference, PGDATA
// in a subdirectory of the volume (or at its root when the volume already
// holds the chart's database), pg_isready probes, strategy Recreate so that
// two pods never share the ReadWriteOnce volume, and its Service. With
// Release.HelmChartSelectors the pod template is the Optio Helm chart 0.1.0's
// (see OptioChartProps.HelmChartSelectors). nil props mean
// DefaultInClusterPostgresProps. Invalid props give an *InvalidPropsError and
// add nothing.
func NewInClusterPostgres(scope constructs.Construct, id string, props *InClusterPostgresProps) (_ *InClusterPostgres, err error) {
	if props, err = prepare("InClusterPostgres", id, props, DefaultInClusterPostgresProps); err != nil {
		return nil, err
	}
	defer catchFault(&err)
	c, r, vals := begin(scope, id, props.Release, props.values)
	v := props.Values
	pg := &InClusterPostgres{Construct: c}
	pvcName := r.ObjectName("postgres-data")
	if v.Persistence.ExistingClaim != "" {
		// The user's claim: no PVC of the release's own.
		pvcName = v.Persistence.ExistingClaim
	} else {
		pvcMeta := metadata(r, pvcName, values.ComponentPostgres)
		pvcMeta.Annotations = stringMap(DataVolumeAnnotations)
		pg.PVC = k8s.NewKubePersistentVolumeClaim(c, jsii.String("data"), &k8s.KubePersistentVolumeClaimProps{
			Metadata: pvcMeta,
			Spec: &k8s.PersistentVolumeClaimSpec{
				AccessModes:      &[]*string{jsii.String("ReadWriteOnce")},
				StorageClassName: storageClassName(v.Storage.StorageClass),
				Resources: &k8s.ResourceRequirements{
					Requests: &map[string]k8s.Quantity{"storage": vals.quantity(v.Storage.Size)},
				},
			},
		})
	}
	w := workloadSpec{
		release:          r,
		component:        values.ComponentPostgres,
		replicas:         ptr[int32](1),
		recreate:         true,
		scheduling:       v.SchedulingValues,
		imagePullSecrets: props.ImagePullSecrets,
		values:           vals,
	}
	if r.HelmChartSelectors {
		helmChartPostgresTemplate(&w, props, pvcName)
	} else {
		postgresTemplate(&w, props, pvcName)
	}
	pg.Deployment = newDeployment(c, "deployment", w)
	pg.Service = newService(c, "service", serviceSpec{release: r, component: values.ComponentPostgres, portName: "postgres", port: values.PostgresPort, values: vals})
	if kg := props.ownKeygen(r); kg != nil {
		if pg.Keygen, err = NewKeyGenerator(c, "keygen", kg); err != nil {
			return nil, err
		}
	}
	return pg, nil
}

// passwordEnv is POSTGRES_PASSWORD from the Secret, or the trust setting.
func passwordEnv(props *InClusterPostgresProps) *k8s.EnvVar {
	if props.PasswordSecret == "" {
		return envVar("POSTGRES_HOST_AUTH_METHOD", "trust")
	}
	return &k8s.EnvVar{
		Name: jsii.String("POSTGRES_PASSWORD"),
		ValueFrom: &k8s.EnvVarSource{SecretKeyRef: &k8s.SecretKeySelector{
			Name: jsii.String(props.PasswordSecret),
			Key:  jsii.String(values.KeyPostgresPassword),
		}},
	}
}

// postgresTemplate is the hardened pod: non-root with a read-only root
// filesystem (writable /var/run/postgresql and /tmp), probes, the password
// from a Secret.
func postgresTemplate(w *workloadSpec, props *InClusterPostgresProps, pvcName string) {
	v := props.Values
	env := []*k8s.EnvVar{
		envVar("POSTGRES_DB", v.Auth.Database),
		envVar("POSTGRES_USER", v.Auth.Username),
		passwordEnv(props),
		envVar("PGDATA", PostgresDataDir+"/pgdata"),
	}
	vols, mounts := emptyDirs(map[string]string{"run": "/var/run/postgresql", "tmp": "/tmp"})
	vols = append(vols, &k8s.Volume{
		Name:                  jsii.String("data"),
		PersistentVolumeClaim: &k8s.PersistentVolumeClaimVolumeSource{ClaimName: jsii.String(pvcName)},
	})
	mounts = append(mounts, &k8s.VolumeMount{Name: jsii.String("data"), MountPath: jsii.String(PostgresDataDir)})
	var args []string
	if v.TLS.Enabled {
		vol, mount := serverTLSVolume(v.TLS.Secret(w.release), values.PostgresTLSDir) // tls.go
		vols, mounts = append(vols, vol), append(mounts, mount)
		args = append([]string{"postgres"}, postgresTLSArgs(values.PostgresTLSDir)...)
	}
	ready := []string{"pg_isready", "-h", "127.0.0.1", "-p", "5432", "-U", v.Auth.Username, "-d", v.Auth.Database}
	w.container = &k8s.Container{
		Name:            jsii.String("postgres"),
		Image:           jsii.String(v.Image.Reference()),
		ImagePullPolicy: optString(string(v.Image.PullPolicy)),
		Command:         optStrings([]string{"/bin/sh", "-c", postgresStart}),
		Args:            optStrings(args),
		Ports:           containerPort("postgres", values.PostgresPort),
		Env:             &env,
		Resources:       w.values.resourceRequirements(v.Resources),
		// initdb and init scripts run a server on the Unix socket only:
		// allow them 5 minutes before liveness applies.
		StartupProbe:   startupProbe(execProbe(ready, 5, 10, 5), 30),
		ReadinessProbe: execProbe(ready, 0, 10, 5),
		LivenessProbe:  execProbe(ready, 0, 20, 5),
		VolumeMounts:   &mounts,
	}
	w.volumes = vols
}

// helmChartPostgresTemplate is the Optio Helm chart 0.1.0's pod template,
// field for field, so that taking over a Helm-installed release does not
// restart the database: labels app: postgres only, no security context, no
// probes, PGDATA at the volume root, the password in the env when the values
// hold it.
func helmChartPostgresTemplate(w *workloadSpec, props *InClusterPostgresProps, pvcName string) {
	v := props.Values
	pw := passwordEnv(props)
	if v.Auth.Password != "" {
		pw = envVar("POSTGRES_PASSWORD", v.Auth.Password)
	}
	w.podLabels = values.Release{HelmChartSelectors: true}.SelectorLabels(values.ComponentPostgres) // app: postgres
	for k, l := range w.release.CommonLabels {
		if !values.ReservedLabel(k) {
			w.podLabels[k] = l // commonLabels reach every pod template
		}
	}
	// The pod knobs, set by the user, change the chart's template.
	w.scheduling = values.SchedulingValues{NodeSelector: v.NodeSelector, Tolerations: v.Tolerations,
		PodAnnotations: v.PodAnnotations, PodLabels: v.PodLabels, PriorityClassName: v.PriorityClassName,
		Affinity: v.Affinity, TopologySpreadConstraints: v.TopologySpreadConstraints, ExtraEnvVars: v.ExtraEnvVars}
	w.imagePullSecrets = nil
	w.plainPod = true
	w.container = &k8s.Container{
		Name:            jsii.String("postgres"),
		Image:           jsii.String(v.Image.Reference()),
		ImagePullPolicy: optString(string(v.Image.PullPolicy)),
		Ports:           &[]*k8s.ContainerPort{{ContainerPort: jsii.Number(values.PostgresPort)}},
		Env: &[]*k8s.EnvVar{
			envVar("POSTGRES_DB", v.Auth.Database),
			envVar("POSTGRES_USER", v.Auth.Username),
			pw,
		},
		Resources:    w.values.resourceRequirements(v.Resources),
		VolumeMounts: &[]*k8s.VolumeMount{{Name: jsii.String("data"), MountPath: jsii.String(PostgresDataDir)}},
	}
	w.volumes = []*k8s.Volume{{
		Name:                  jsii.String("data"),
		PersistentVolumeClaim: &k8s.PersistentVolumeClaimVolumeSource{ClaimName: jsii.String(pvcName)},
	}}
	if v.TLS.Enabled {
		// The chart 0.1.0 had no TLS: turning it on changes the template.
		// The image's entrypoint runs as root and drops to postgres
		// (999:999); the key is readable by group 999 only.
		vol, mount := serverTLSVolume(v.TLS.Secret(w.release), values.PostgresTLSDir)
		w.volumes = append(w.volumes, vol)
		*w.container.VolumeMounts = append(*w.container.VolumeMounts, mount)
		w.container.Args = optStrings(postgresTLSArgs(values.PostgresTLSDir))
		w.scheduling.PodSecurityContext = values.PodSecurityContextValues{FSGroup: ptr[int64](999)}
	}
}
