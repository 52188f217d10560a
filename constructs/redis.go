package optio

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	"github.com/optio-cdk8s/optio-cdk8s/imports/k8s"
)

// RedisPort is the port of the in-cluster Redis (the contract).
const RedisPort = 6379

// InClusterRedisProps configure InClusterRedis.
type InClusterRedisProps struct {
	// Release names the objects (R-redis).
	Release Release
	// Values are the redis values.
	Values RedisValues
	// ImagePullSecrets for the pods (a mirrored redis image). Default: none.
	ImagePullSecrets []LocalObjectReference
}

// InClusterRedis is the development Redis: the Deployment and Service
// R-redis.
type InClusterRedis struct {
	constructs.Construct
	// Deployment R-redis (one replica).
	Deployment k8s.KubeDeployment
	// Service R-redis on port 6379.
	Service k8s.KubeService
}

// NewInClusterRedis emits the in-cluster Redis (the contract's "Redis"): no
// auth, writable /data, redis-cli ping probes. Its /data is an emptyDir:
// BullMQ's queues survive a container restart but not a pod rescheduling.
func NewInClusterRedis(scope constructs.Construct, id string, props *InClusterRedisProps) *InClusterRedis {
	c := constructs.NewConstruct(scope, jsii.String(id))
	v := props.Values
	vols, mounts := emptyDirs(map[string]string{"data": "/data"})
	ping := []string{"redis-cli", "-h", "127.0.0.1", "-p", "6379", "ping"}
	container := &k8s.Container{
		Name:            jsii.String("redis"),
		Image:           jsii.String(v.Image.Reference()),
		ImagePullPolicy: jsii.String(v.Image.PullPolicy),
		Ports:           containerPort("redis", RedisPort),
		Resources:       resourceRequirements(v.Resources),
		ReadinessProbe:  execProbe(ping, 5, 10, 5),
		LivenessProbe:   execProbe(ping, 15, 20, 5),
		VolumeMounts:    &mounts,
	}
	one := int32(1)
	rd := &InClusterRedis{Construct: c}
	rd.Deployment = newDeployment(c, "deployment", workloadSpec{
		release:          props.Release,
		component:        ComponentRedis,
		replicas:         &one,
		scheduling:       v.SchedulingValues,
		imagePullSecrets: props.ImagePullSecrets,
		container:        container,
		volumes:          vols,
	})
	rd.Service = newService(c, "service", serviceSpec{release: props.Release, component: ComponentRedis, portName: "redis", port: RedisPort})
	return rd
}
