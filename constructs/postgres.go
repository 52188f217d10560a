package optio

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	"github.com/optio-cdk8s/optio-cdk8s/imports/k8s"
)

// PostgresPort is the port of the in-cluster PostgreSQL (the contract).
const PostgresPort = 5432

// postgresDataDir is where the stock image keeps its data; PGDATA is a
// subdirectory so that a lost+found at the mount point never trips initdb.
const postgresDataDir = "/var/lib/postgresql/data"

// InClusterPostgresProps configure InClusterPostgres.
type InClusterPostgresProps struct {
	// Release names the objects (R-postgres, R-postgres-data).
	Release Release
	// Values are the postgresql values.
	Values PostgresqlValues
	// ImagePullSecrets for the pods (a mirrored postgres image). Default:
	// none.
	ImagePullSecrets []LocalObjectReference
	// PasswordSecret is the Secret holding the key POSTGRES_PASSWORD
	// (R-config, or existingSecret). "" means no password: the server then
	// trusts every connection (only allowed with auth.disabled; see
	// OptioChartProps.Validate).
	PasswordSecret string
}

// InClusterPostgres is the development PostgreSQL: the PVC R-postgres-data,
// the Deployment and the Service R-postgres.
type InClusterPostgres struct {
	constructs.Construct
	// PVC R-postgres-data (ReadWriteOnce).
	PVC k8s.KubePersistentVolumeClaim
	// Deployment R-postgres (one replica, strategy Recreate).
	Deployment k8s.KubeDeployment
	// Service R-postgres on port 5432.
	Service k8s.KubeService
}

// NewInClusterPostgres emits the in-cluster database (the contract's
// "PostgreSQL"): POSTGRES_PASSWORD from a Secret key reference, PGDATA in a
// subdirectory of the volume, pg_isready probes, strategy Recreate so that two
// pods never share the ReadWriteOnce volume.
func NewInClusterPostgres(scope constructs.Construct, id string, props *InClusterPostgresProps) *InClusterPostgres {
	c := constructs.NewConstruct(scope, jsii.String(id))
	v := props.Values
	r := props.Release
	pg := &InClusterPostgres{Construct: c}
	pvcName := r.ObjectName("postgres-data")
	pg.PVC = k8s.NewKubePersistentVolumeClaim(c, jsii.String("data"), &k8s.KubePersistentVolumeClaimProps{
		Metadata: r.metadata(pvcName, ComponentPostgres),
		Spec: &k8s.PersistentVolumeClaimSpec{
			AccessModes:      &[]*string{jsii.String("ReadWriteOnce")},
			StorageClassName: optString(v.Storage.StorageClass),
			Resources: &k8s.ResourceRequirements{
				Requests: &map[string]k8s.Quantity{"storage": k8s.Quantity_FromString(jsii.String(v.Storage.Size))},
			},
		},
	})
	env := []*k8s.EnvVar{
		envVar("POSTGRES_DB", v.Auth.Database),
		envVar("POSTGRES_USER", v.Auth.Username),
	}
	if props.PasswordSecret != "" {
		env = append(env, &k8s.EnvVar{
			Name: jsii.String("POSTGRES_PASSWORD"),
			ValueFrom: &k8s.EnvVarSource{SecretKeyRef: &k8s.SecretKeySelector{
				Name: jsii.String(props.PasswordSecret),
				Key:  jsii.String(KeyPostgresPassword),
			}},
		})
	} else {
		env = append(env, envVar("POSTGRES_HOST_AUTH_METHOD", "trust"))
	}
	env = append(env, envVar("PGDATA", postgresDataDir+"/pgdata"))
	vols, mounts := emptyDirs(map[string]string{"run": "/var/run/postgresql", "tmp": "/tmp"})
	vols = append(vols, &k8s.Volume{
		Name:                  jsii.String("data"),
		PersistentVolumeClaim: &k8s.PersistentVolumeClaimVolumeSource{ClaimName: jsii.String(pvcName)},
	})
	mounts = append(mounts, &k8s.VolumeMount{Name: jsii.String("data"), MountPath: jsii.String(postgresDataDir)})
	ready := []string{"pg_isready", "-h", "127.0.0.1", "-p", "5432", "-U", v.Auth.Username, "-d", v.Auth.Database}
	container := &k8s.Container{
		Name:            jsii.String("postgres"),
		Image:           jsii.String(v.Image.Reference()),
		ImagePullPolicy: jsii.String(v.Image.PullPolicy),
		Ports:           containerPort("postgres", PostgresPort),
		Env:             &env,
		Resources:       resourceRequirements(v.Resources),
		// initdb and init scripts run a server on the Unix socket only:
		// allow them 5 minutes before liveness applies.
		StartupProbe:   startupProbe(execProbe(ready, 5, 10, 5), 30),
		ReadinessProbe: execProbe(ready, 0, 10, 5),
		LivenessProbe:  execProbe(ready, 0, 20, 5),
		VolumeMounts:   &mounts,
	}
	one := int32(1)
	pg.Deployment = newDeployment(c, "deployment", workloadSpec{
		release:          r,
		component:        ComponentPostgres,
		replicas:         &one,
		recreate:         true,
		scheduling:       v.SchedulingValues,
		imagePullSecrets: props.ImagePullSecrets,
		container:        container,
		volumes:          vols,
	})
	pg.Service = newService(c, "service", serviceSpec{release: r, component: ComponentPostgres, portName: "postgres", port: PostgresPort})
	return pg
}
