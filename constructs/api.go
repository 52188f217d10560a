package optio

import (
	"strconv"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"k8s.io/apimachinery/pkg/util/validation/field"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// OptioApiProps configure OptioApi.
type OptioApiProps struct {
	// Release names the objects (R-api) and holds the namespace ("" is the
	// enclosing Chart's). Release.Name is required.
	Release values.Release
	// Values are the api values of the Helm chart (image, port, service,
	// resources, ...). Default: DefaultProps().API.
	Values values.APIValues
	// ConfigName is the Secret (or, with ConfigIsConfigMap, the ConfigMap)
	// the API reads its environment from with envFrom: DATABASE_URL,
	// REDIS_URL, OPTIO_ENCRYPTION_KEY and the other keys of R-config (the
	// keys OptioChartProps.APIEnvironment returns). It must exist: the API
	// used alone needs it made elsewhere. Default: "" (R-config).
	ConfigName string
	// ConfigIsConfigMap is true when ConfigName is a ConfigMap (the
	// existingSecret mode of OptioChart) rather than a Secret.
	// Default: false.
	ConfigIsConfigMap bool
	// ExistingSecret, when set, is a Secret read with envFrom after
	// ConfigName, so its keys win; ConfigName is still read. With one
	// Secret holding every key, set ConfigName to it and leave this empty.
	// Default: "".
	ExistingSecret string
	// ConfigChecksum becomes the pod annotation checksum/config, so that a
	// change of configuration rolls the pods. Default: "" (no annotation).
	ConfigChecksum string
	// ServiceAccountName is the ServiceAccount the pods run as; its token is
	// mounted (the API manages agent pods through the Kubernetes API, see
	// AgentRbac). "" is the namespace's default ServiceAccount.
	// Default: "optio".
	ServiceAccountName string
	// ImagePullSecrets for the pods. Default: none.
	// PostgresCASecret is the Secret whose ca.crt the API trusts for
	// PostgreSQL (mounted at values.PostgresCAPath, the sslrootcert of
	// DATABASE_URL); "" mounts none. Default: optio-postgres-tls.
	PostgresCASecret string
	// RedisCASecret is the Secret whose ca.crt the API trusts for Redis
	// (mounted at values.RedisCAPath, REDIS_CA_CERT_PATH); "" mounts none.
	// Default: optio-redis-tls.
	RedisCASecret string
	// RedisPasswordSecret holds the Redis password under REDIS_PASSWORD,
	// given to the API as that variable; "" gives none. Default:
	// optio-redis-auth.
	RedisPasswordSecret string
	ImagePullSecrets    []values.LocalObjectReference
	// SkillsCacheClaimName is the PersistentVolumeClaim mounted at
	// /opt/optio/skills-cache, where the 0.4.0 API keeps its marketplace
	// skills (see InstalledSkillsCache); "" mounts an emptyDir there, so
	// the cache starts empty on every restart. Default: "".
	SkillsCacheClaimName string
	// GithubAppSecret, when set, is a Secret holding the GitHub App's
	// GITHUB_APP_* keys (github.app.existingSecret), read with envFrom
	// after the others. Default: "".
	GithubAppSecret string
	// values makes the jsii value objects; nil means the cache of scope.
	values *jsiiValues
}

// DefaultOptioApiProps returns the props of the Helm chart's defaults for
// the release "optio": the api values of DefaultProps, R-config as the
// Secret and the ServiceAccount optio.
func DefaultOptioApiProps() OptioApiProps {
	return OptioApiProps{
		Release:             values.Release{Name: values.DefaultReleaseName},
		Values:              DefaultProps().API,
		ServiceAccountName:  DefaultProps().ServiceAccount.Name,
		PostgresCASecret:    "optio-postgres-tls",
		RedisCASecret:       "optio-redis-tls",
		RedisPasswordSecret: "optio-redis-auth",
	}
}

// Validate checks the props; each error names its path (release.name,
// values.service.nodePort, configName, ...).
func (p *OptioApiProps) Validate() field.ErrorList {
	errs := p.Release.Validate(field.NewPath("release"))
	errs = append(errs, p.Values.Validate(field.NewPath("values"))...)
	for _, n := range []struct{ path, name string }{
		{"configName", p.ConfigName}, {"existingSecret", p.ExistingSecret}, {"serviceAccountName", p.ServiceAccountName},
		{"postgresCASecret", p.PostgresCASecret}, {"redisCASecret", p.RedisCASecret}, {"redisPasswordSecret", p.RedisPasswordSecret},
		{"skillsCacheClaimName", p.SkillsCacheClaimName}, {"githubAppSecret", p.GithubAppSecret},
	} {
		if n.name != "" {
			errs = append(errs, values.ValidateObjectName(field.NewPath(n.path), n.name)...)
		}
	}
	errs = append(errs, values.ValidateLocalObjectReferences(field.NewPath("imagePullSecrets"), p.ImagePullSecrets)...)
	return errs
}

// OptioApi is the Optio API server: the Deployment and Service R-api, and,
// when enabled, its PodDisruptionBudget and HorizontalPodAutoscaler.
type OptioApi struct {
	constructs.Construct
	// Deployment R-api.
	Deployment k8s.KubeDeployment
	// Service R-api.
	Service k8s.KubeService
	// PDB is the PodDisruptionBudget R-api; nil unless Values.PDB.Enabled.
	PDB k8s.KubePodDisruptionBudget
	// HPA is the HorizontalPodAutoscaler R-api; nil unless
	// Values.Autoscaling.Enabled.
	HPA k8s.KubeHorizontalPodAutoscalerV2
}

// NewOptioApi emits the API's objects into scope: container api with envFrom
// R-config (and the GitHub App's Secret), env API_PORT, API_HOST,
// NODE_ENV, LOG_LEVEL and what the 0.4.0 API needs to know about itself
// (OPTIO_API_INTERNAL_URL, the Service agents call; OPTIO_NAMESPACE and
// OPTIO_SERVICE_ACCOUNT_NAME from the downward API, where it creates agent
// pods and as whom), HTTP probes on /api/health (readiness after 10 s every
// 10 s, liveness after 15 s every 20 s), a writable /tmp and skills cache,
// its Service, and the optional PodDisruptionBudget and
// HorizontalPodAutoscaler. nil props mean DefaultOptioApiProps. Invalid
// props give an *InvalidPropsError and add nothing.
func NewOptioApi(scope constructs.Construct, id string, props *OptioApiProps) (_ *OptioApi, err error) {
	if props, err = prepare("OptioApi", id, props, DefaultOptioApiProps); err != nil {
		return nil, err
	}
	defer catchFault(&err)
	c, r, vals := begin(scope, id, props.Release, props.values)
	v := props.Values
	configName := props.ConfigName
	if configName == "" {
		configName = r.ObjectName(values.ComponentConfig)
	}
	envFrom := []*k8s.EnvFromSource{}
	if props.ConfigIsConfigMap {
		envFrom = append(envFrom, &k8s.EnvFromSource{ConfigMapRef: &k8s.ConfigMapEnvSource{Name: jsii.String(configName)}})
	} else {
		envFrom = append(envFrom, &k8s.EnvFromSource{SecretRef: &k8s.SecretEnvSource{Name: jsii.String(configName)}})
	}
	if props.ExistingSecret != "" {
		envFrom = append(envFrom, &k8s.EnvFromSource{SecretRef: &k8s.SecretEnvSource{Name: jsii.String(props.ExistingSecret)}})
	}
	if props.GithubAppSecret != "" {
		envFrom = append(envFrom, &k8s.EnvFromSource{SecretRef: &k8s.SecretEnvSource{Name: jsii.String(props.GithubAppSecret)}})
	}
	env := []*k8s.EnvVar{
		envVar("API_PORT", strconv.Itoa(int(v.Port))),
		envVar("API_HOST", v.Host),
		envVar("NODE_ENV", "production"),
	}
	if v.Env.LogLevel != "" {
		env = append(env, envVar("LOG_LEVEL", string(v.Env.LogLevel)))
	}
	env = append(env,
		envVar("OPTIO_API_INTERNAL_URL", serviceURL(r, values.ComponentAPI, v.Port)),
		fieldEnvVar("OPTIO_NAMESPACE", "metadata.namespace"),
		fieldEnvVar("OPTIO_SERVICE_ACCOUNT_NAME", "spec.serviceAccountName"),
	)
	vols, mounts := emptyDirs(map[string]string{"tmp": "/tmp"})
	tlsEnv, tlsVols, tlsMounts := apiTLS(props) // tls.go
	env, vols, mounts = append(env, tlsEnv...), append(vols, tlsVols...), append(mounts, tlsMounts...)
	skills := &k8s.Volume{Name: jsii.String("skills-cache"), EmptyDir: &k8s.EmptyDirVolumeSource{}}
	if props.SkillsCacheClaimName != "" {
		skills = &k8s.Volume{Name: jsii.String("skills-cache"), PersistentVolumeClaim: &k8s.PersistentVolumeClaimVolumeSource{ClaimName: jsii.String(props.SkillsCacheClaimName)}}
	}
	vols = append(vols, skills)
	mounts = append(mounts, &k8s.VolumeMount{Name: skills.Name, MountPath: jsii.String(values.SkillsCacheMountPath)})
	container := &k8s.Container{
		Name:            jsii.String("api"),
		Image:           jsii.String(v.Image.Reference()),
		ImagePullPolicy: optString(string(v.Image.PullPolicy)),
		Ports:           containerPort("http", v.Port),
		EnvFrom:         &envFrom,
		Env:             &env,
		Resources:       vals.resourceRequirements(v.Resources),
		ReadinessProbe:  vals.httpProbe("/api/health", v.Port, 10, 10),
		LivenessProbe:   vals.httpProbe("/api/health", v.Port, 15, 20),
		VolumeMounts:    &mounts,
	}
	var annotations map[string]string
	if props.ConfigChecksum != "" {
		annotations = map[string]string{"checksum/config": props.ConfigChecksum}
	}
	w := workloadSpec{
		release:            r,
		component:          values.ComponentAPI,
		replicas:           unlessAutoscaled(v.Replicas, v.Autoscaling),
		scheduling:         v.SchedulingValues,
		antiAffinity:       string(v.AntiAffinity),
		imagePullSecrets:   props.ImagePullSecrets,
		serviceAccountName: props.ServiceAccountName,
		automountToken:     true,
		podAnnotations:     annotations,
		container:          container,
		volumes:            vols,
		values:             vals,
	}
	a := &OptioApi{Construct: c}
	a.Deployment = newDeployment(c, "deployment", w)
	a.Service = newService(c, "service", serviceSpec{
		release: r, component: values.ComponentAPI,
		serviceType: string(v.Service.Type), portName: "http", port: v.Port,
		// WebSockets on /ws: Gateway API implementations upgrade on it.
		appProtocol: values.AppProtocolWebSocket, nodePort: v.Service.NodePort, values: vals,
	})
	a.PDB, a.HPA = newAvailability(c, r, values.ComponentAPI, v.PDB, v.Autoscaling, vals)
	return a, nil
}
