package optio

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"k8s.io/apimachinery/pkg/util/validation/field"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// InClusterRedisProps configure InClusterRedis.
type InClusterRedisProps struct {
	// Release names the objects (R-redis) and holds the namespace ("" is the
	// enclosing Chart's). Release.Name is required.
	Release values.Release
	// Values are the redis values of the Helm chart. Default:
	// DefaultProps().Redis.
	Values values.RedisValues
	// ImagePullSecrets for the pods (a mirrored redis image). Default: none.
	ImagePullSecrets []values.LocalObjectReference
	// OwnSecrets makes the Secrets the values name that the Helm chart
	// would make, so that a Redis used without OptioChart starts: the
	// KeyGenerator R-redis-keygen for the TLS certificate
	// (Values.TLS.Enabled with autoGenerateCert) and the password
	// (Values.Auth.Enabled without password or existingSecret), and
	// R-redis-auth for a password given in Values.Auth.Password. Clients
	// in the namespace mount ca.crt of R-redis-tls and read REDIS_PASSWORD
	// of R-redis-auth. Default (DefaultInClusterRedisProps): true;
	// OptioChart leaves it false and makes them itself.
	OwnSecrets bool
	// KeygenImage runs R-redis-keygen (Node.js 18 or newer and openssl).
	// Default: the Helm chart's api.image.
	KeygenImage values.ImageValues
	// values makes the jsii value objects; nil means the cache of scope.
	values *jsiiValues
}

// DefaultInClusterRedisProps returns the props of the Helm chart's defaults
// for the release "optio", with OwnSecrets.
func DefaultInClusterRedisProps() InClusterRedisProps {
	d := DefaultProps()
	return InClusterRedisProps{Release: values.Release{Name: values.DefaultReleaseName}, Values: d.Redis, OwnSecrets: true, KeygenImage: d.KeygenImage()}
}

// Validate checks the props; each error names its path (release.name,
// values.image.tag, ...).
func (p *InClusterRedisProps) Validate() field.ErrorList {
	errs := p.Release.Validate(field.NewPath("release"))
	errs = append(errs, p.Values.Validate(field.NewPath("values"))...)
	errs = append(errs, values.ValidateLocalObjectReferences(field.NewPath("imagePullSecrets"), p.ImagePullSecrets)...)
	if p.ownKeygen(p.Release) != nil {
		errs = append(errs, values.ValidateImage(field.NewPath("keygenImage"), p.KeygenImage, false)...)
	}
	return errs
}

// ownKeygen is R-redis-keygen's props for OwnSecrets, nil when nothing is
// to be generated. r is the resolved release (its namespace goes into the
// certificate's names).
func (p *InClusterRedisProps) ownKeygen(r values.Release) *KeyGeneratorProps {
	if !p.OwnSecrets {
		return nil
	}
	v := p.Values
	kg := &KeyGeneratorProps{Release: r, Name: r.ObjectName("redis-keygen"), Image: p.KeygenImage, ImagePullSecrets: p.ImagePullSecrets}
	if v.TLS.Enabled && v.TLS.AutoGenerateCert {
		kg.Certificates = []GeneratedCertificate{serverCertificate(r, values.ComponentRedis, v.TLS.Secret(r))}
	}
	if v.Auth.Enabled && v.Auth.Password == "" && v.Auth.ExistingSecret == "" {
		kg.Passwords = []GeneratedPassword{redisPassword(v.Auth.Secret(r))}
	}
	if len(kg.Certificates)+len(kg.Passwords) == 0 {
		return nil
	}
	return kg
}

// InClusterRedis is the development Redis: the Deployment and Service
// R-redis.
type InClusterRedis struct {
	constructs.Construct
	// Deployment R-redis (one replica).
	Deployment k8s.KubeDeployment
	// Service R-redis on port 6379.
	Service k8s.KubeService
	// Keygen is R-redis-keygen (OwnSecrets, when anything is generated),
	// else nil.
	Keygen *KeyGenerator
	// AuthSecret is R-redis-auth holding Values.Auth.Password (OwnSecrets,
	// a password given), else nil.
	AuthSecret k8s.KubeSecret
}

// NewInClusterRedis emits the in-cluster Redis into scope: with
// Values.TLS.Enabled TLS only (TLS 1.3, certificate and key from the Secret
// Values.TLS.Secret), with Values.Auth.Enabled a password (--requirepass from
// the Secret Values.Auth.Secret, key REDIS_PASSWORD), as the Optio Helm chart
// 0.4.0 by default; a writable /data, redis-cli ping probes, and its
// Service. The Secrets must exist: with OwnSecrets (the default of nil
// props) the construct makes them, else OptioChart's KeyGenerator,
// cert-manager or yours. Its /data is an emptyDir: BullMQ's queues survive a container
// restart but not a pod rescheduling. nil props mean
// DefaultInClusterRedisProps. Invalid props give an *InvalidPropsError and
// add nothing.
func NewInClusterRedis(scope constructs.Construct, id string, props *InClusterRedisProps) (_ *InClusterRedis, err error) {
	if props, err = prepare("InClusterRedis", id, props, DefaultInClusterRedisProps); err != nil {
		return nil, err
	}
	defer catchFault(&err)
	c, r, vals := begin(scope, id, props.Release, props.values)
	v := props.Values
	vols, mounts := emptyDirs(map[string]string{"data": "/data"})
	var env []*k8s.EnvVar
	if v.TLS.Enabled {
		vol, mount := serverTLSVolume(v.TLS.Secret(r), values.RedisTLSDir)
		vols, mounts = append(vols, vol), append(mounts, mount)
	}
	if v.Auth.Enabled {
		// REDIS_PASSWORD for --requirepass, REDISCLI_AUTH for the probes.
		secret := v.Auth.Secret(r)
		env = append(env, secretEnv(values.KeyRedisPassword, secret, values.KeyRedisPassword), secretEnv("REDISCLI_AUTH", secret, values.KeyRedisPassword))
	}
	ping := redisPing(v) // tls.go
	container := &k8s.Container{
		Name:            jsii.String("redis"),
		Image:           jsii.String(v.Image.Reference()),
		ImagePullPolicy: optString(string(v.Image.PullPolicy)),
		Args:            optStrings(redisServerArgs(v)),
		Ports:           containerPort("redis", values.RedisPort),
		Resources:       vals.resourceRequirements(v.Resources),
		ReadinessProbe:  execProbe(ping, 5, 10, 5),
		LivenessProbe:   execProbe(ping, 15, 20, 5),
		VolumeMounts:    &mounts,
	}
	if len(env) > 0 {
		container.Env = &env
	}
	rd := &InClusterRedis{Construct: c}
	rd.Deployment = newDeployment(c, "deployment", workloadSpec{
		release:          r,
		component:        values.ComponentRedis,
		replicas:         ptr[int32](1),
		scheduling:       v.SchedulingValues,
		imagePullSecrets: props.ImagePullSecrets,
		container:        container,
		volumes:          vols,
		values:           vals,
	})
	rd.Service = newService(c, "service", serviceSpec{release: r, component: values.ComponentRedis, portName: "redis", port: values.RedisPort, values: vals})
	if kg := props.ownKeygen(r); kg != nil {
		if rd.Keygen, err = NewKeyGenerator(c, "keygen", kg); err != nil {
			return nil, err
		}
	}
	if props.OwnSecrets && v.Auth.Enabled && v.Auth.Password != "" && v.Auth.ExistingSecret == "" {
		rd.AuthSecret = newRedisAuthSecret(c, "auth", r, v.Auth.Password)
	}
	return rd, nil
}
