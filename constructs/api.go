package optio

import (
	"strconv"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	"github.com/optio-cdk8s/optio-cdk8s/imports/k8s"
)

// OptioApiProps configure OptioApi.
type OptioApiProps struct {
	// Release names the objects (R-api) and holds the namespace.
	Release Release
	// Values are the api values (image, port, service, resources, ...).
	Values APIValues
	// ConfigName is R-config, read with envFrom.
	ConfigName string
	// ConfigIsConfigMap is true when R-config is a ConfigMap (existingSecret
	// mode) rather than a Secret.
	ConfigIsConfigMap bool
	// ExistingSecret, when set, is read with envFrom after R-config, so its
	// keys win. Default: "".
	ExistingSecret string
	// ConfigChecksum becomes the pod annotation checksum/config. Default: ""
	// (no annotation).
	ConfigChecksum string
	// ServiceAccountName the pods run as; its token is mounted.
	ServiceAccountName string
	// ImagePullSecrets for the pods. Default: none.
	ImagePullSecrets []LocalObjectReference
}

// OptioApi is the Optio API server: the Deployment and Service R-api, and,
// when enabled, its PodDisruptionBudget and HorizontalPodAutoscaler.
type OptioApi struct {
	constructs.Construct
	// Deployment R-api.
	Deployment k8s.KubeDeployment
	// Service R-api.
	Service k8s.KubeService
}

// NewOptioApi emits the API's objects (the contract's "The API" section):
// container api with envFrom R-config, env API_PORT, API_HOST, NODE_ENV and
// LOG_LEVEL, HTTP probes on /api/health, a writable /tmp.
func NewOptioApi(scope constructs.Construct, id string, props *OptioApiProps) *OptioApi {
	c := constructs.NewConstruct(scope, jsii.String(id))
	v := props.Values
	envFrom := []*k8s.EnvFromSource{}
	if props.ConfigIsConfigMap {
		envFrom = append(envFrom, &k8s.EnvFromSource{ConfigMapRef: &k8s.ConfigMapEnvSource{Name: jsii.String(props.ConfigName)}})
	} else {
		envFrom = append(envFrom, &k8s.EnvFromSource{SecretRef: &k8s.SecretEnvSource{Name: jsii.String(props.ConfigName)}})
	}
	if props.ExistingSecret != "" {
		envFrom = append(envFrom, &k8s.EnvFromSource{SecretRef: &k8s.SecretEnvSource{Name: jsii.String(props.ExistingSecret)}})
	}
	vols, mounts := emptyDirs(map[string]string{"tmp": "/tmp"})
	container := &k8s.Container{
		Name:            jsii.String("api"),
		Image:           jsii.String(v.Image.Reference()),
		ImagePullPolicy: jsii.String(v.Image.PullPolicy),
		Ports:           containerPort("http", v.Port),
		EnvFrom:         &envFrom,
		Env: &[]*k8s.EnvVar{
			envVar("API_PORT", strconv.Itoa(int(v.Port))),
			envVar("API_HOST", "0.0.0.0"),
			envVar("NODE_ENV", "production"),
			envVar("LOG_LEVEL", v.Env.LogLevel),
		},
		Resources:      resourceRequirements(v.Resources),
		ReadinessProbe: httpProbe("/api/health", v.Port, 10, 10),
		LivenessProbe:  httpProbe("/api/health", v.Port, 15, 20),
		VolumeMounts:   &mounts,
	}
	var annotations map[string]string
	if props.ConfigChecksum != "" {
		annotations = map[string]string{"checksum/config": props.ConfigChecksum}
	}
	w := workloadSpec{
		release:            props.Release,
		component:          ComponentAPI,
		replicas:           unlessAutoscaled(v.Replicas, v.Autoscaling),
		scheduling:         v.SchedulingValues,
		antiAffinity:       v.AntiAffinity,
		imagePullSecrets:   props.ImagePullSecrets,
		serviceAccountName: props.ServiceAccountName,
		automountToken:     true,
		podAnnotations:     annotations,
		container:          container,
		volumes:            vols,
	}
	a := &OptioApi{Construct: c}
	a.Deployment = newDeployment(c, "deployment", w)
	a.Service = newService(c, "service", serviceSpec{
		release: props.Release, component: ComponentAPI,
		serviceType: v.Service.Type, portName: "http", port: v.Port, nodePort: v.Service.NodePort,
	})
	newAvailability(c, props.Release, ComponentAPI, v.PDB, v.Autoscaling)
	return a
}
