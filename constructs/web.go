package optio

import (
	"net"
	"net/url"
	"strconv"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	"github.com/optio-cdk8s/optio-cdk8s/imports/k8s"
)

// OptioWebProps configure OptioWeb.
type OptioWebProps struct {
	// Release names the objects (R-web) and holds the namespace.
	Release Release
	// Values are the web values.
	Values WebValues
	// APIPort is api.port: the UI reaches the API at http://R-api:APIPort.
	APIPort int32
	// ImagePullSecrets for the pods. Default: none.
	ImagePullSecrets []LocalObjectReference
}

// OptioWeb is the Optio web UI: the Deployment and Service R-web, and, when
// enabled, its PodDisruptionBudget and HorizontalPodAutoscaler.
type OptioWeb struct {
	constructs.Construct
	// Deployment R-web.
	Deployment k8s.KubeDeployment
	// Service R-web.
	Service k8s.KubeService
}

// NewOptioWeb emits the web UI's objects (the contract's "The web UI"):
// container web with NEXT_PUBLIC_API_URL and NEXT_PUBLIC_WS_URL pointing at
// the API Service, an HTTP readiness probe on / and a TCP liveness probe,
// writable /tmp and /app/.next/cache.
func NewOptioWeb(scope constructs.Construct, id string, props *OptioWebProps) *OptioWeb {
	c := constructs.NewConstruct(scope, jsii.String(id))
	v := props.Values
	apiHost := net.JoinHostPort(props.Release.ObjectName(ComponentAPI), strconv.Itoa(int(props.APIPort)))
	vols, mounts := emptyDirs(map[string]string{"tmp": "/tmp", "next-cache": "/app/.next/cache"})
	container := &k8s.Container{
		Name:            jsii.String("web"),
		Image:           jsii.String(v.Image.Reference()),
		ImagePullPolicy: jsii.String(v.Image.PullPolicy),
		Ports:           containerPort("http", v.Port),
		Env: &[]*k8s.EnvVar{
			envVar("NEXT_PUBLIC_API_URL", (&url.URL{Scheme: "http", Host: apiHost}).String()),
			envVar("NEXT_PUBLIC_WS_URL", (&url.URL{Scheme: "ws", Host: apiHost}).String()),
		},
		Resources:      resourceRequirements(v.Resources),
		ReadinessProbe: httpProbe("/", v.Port, 5, 10),
		// Liveness only asks whether the server accepts connections, so an
		// API outage (which / may depend on) never restarts the web pods.
		LivenessProbe: tcpProbe(v.Port, 15, 20),
		VolumeMounts:  &mounts,
	}
	w := workloadSpec{
		release:          props.Release,
		component:        ComponentWeb,
		replicas:         unlessAutoscaled(v.Replicas, v.Autoscaling),
		scheduling:       v.SchedulingValues,
		antiAffinity:     v.AntiAffinity,
		imagePullSecrets: props.ImagePullSecrets,
		container:        container,
		volumes:          vols,
	}
	web := &OptioWeb{Construct: c}
	web.Deployment = newDeployment(c, "deployment", w)
	web.Service = newService(c, "service", serviceSpec{
		release: props.Release, component: ComponentWeb,
		serviceType: v.Service.Type, portName: "http", port: v.Port, nodePort: v.Service.NodePort,
	})
	newAvailability(c, props.Release, ComponentWeb, v.PDB, v.Autoscaling)
	return web
}
