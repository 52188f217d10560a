package optio

import (
	"net"
	"net/url"
	"strconv"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"k8s.io/apimachinery/pkg/util/validation/field"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// OptioWebProps configure OptioWeb.
type OptioWebProps struct {
	// Release names the objects (R-web) and holds the namespace ("" is the
	// enclosing Chart's). Release.Name is required.
	Release values.Release
	// Values are the web values of the Helm chart. Default:
	// DefaultProps().Web.
	Values values.WebValues
	// APIPort is the port of the Service R-api (api.port): the UI reaches the
	// API at http://R-api:APIPort. Required. Default: 4000.
	APIPort int32
	// ImagePullSecrets for the pods. Default: none.
	ImagePullSecrets []values.LocalObjectReference
	// values makes the jsii value objects; nil means the cache of scope.
	values *jsiiValues
}

// DefaultOptioWebProps returns the props of the Helm chart's defaults for
// the release "optio".
func DefaultOptioWebProps() OptioWebProps {
	d := DefaultProps()
	return OptioWebProps{Release: values.Release{Name: values.DefaultReleaseName}, Values: d.Web, APIPort: d.API.Port}
}

// Validate checks the props; each error names its path (release.name,
// values.port, apiPort, ...).
func (p *OptioWebProps) Validate() field.ErrorList {
	errs := p.Release.Validate(field.NewPath("release"))
	errs = append(errs, p.Values.Validate(field.NewPath("values"))...)
	errs = append(errs, values.ValidatePort(field.NewPath("apiPort"), p.APIPort)...)
	errs = append(errs, values.ValidateLocalObjectReferences(field.NewPath("imagePullSecrets"), p.ImagePullSecrets)...)
	return errs
}

// OptioWeb is the Optio web UI: the Deployment and Service R-web, and, when
// enabled, its PodDisruptionBudget and HorizontalPodAutoscaler.
type OptioWeb struct {
	constructs.Construct
	// Deployment R-web.
	Deployment k8s.KubeDeployment
	// Service R-web.
	Service k8s.KubeService
	// PDB is the PodDisruptionBudget R-web; nil unless Values.PDB.Enabled.
	PDB k8s.KubePodDisruptionBudget
	// HPA is the HorizontalPodAutoscaler R-web; nil unless
	// Values.Autoscaling.Enabled.
	HPA k8s.KubeHorizontalPodAutoscalerV2
}

// NewOptioWeb emits the web UI's objects into scope: container web with
// NEXT_PUBLIC_API_URL and NEXT_PUBLIC_WS_URL pointing at the API Service, an
// HTTP readiness probe on / and a TCP liveness probe, writable /tmp and
// /app/.next/cache, its Service, and the optional PodDisruptionBudget and
// HorizontalPodAutoscaler. nil props mean DefaultOptioWebProps. Invalid
// props give an *InvalidPropsError and add nothing.
func NewOptioWeb(scope constructs.Construct, id string, props *OptioWebProps) (_ *OptioWeb, err error) {
	if props, err = prepare("OptioWeb", id, props, DefaultOptioWebProps); err != nil {
		return nil, err
	}
	defer catchFault(&err)
	vals := props.values
	if vals == nil {
		vals = valuesFor(scope)
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	r := resolve(props.Release, c)
	v := props.Values
	apiHost := net.JoinHostPort(r.ObjectName(values.ComponentAPI), strconv.Itoa(int(props.APIPort)))
	vols, mounts := emptyDirs(map[string]string{"tmp": "/tmp", "next-cache": "/app/.next/cache"})
	container := &k8s.Container{
		Name:            jsii.String("web"),
		Image:           jsii.String(v.Image.Reference()),
		ImagePullPolicy: optString(string(v.Image.PullPolicy)),
		Ports:           containerPort("http", v.Port),
		Env: &[]*k8s.EnvVar{
			envVar("NEXT_PUBLIC_API_URL", (&url.URL{Scheme: "http", Host: apiHost}).String()),
			envVar("NEXT_PUBLIC_WS_URL", (&url.URL{Scheme: "ws", Host: apiHost}).String()),
		},
		Resources:      vals.resourceRequirements(v.Resources),
		ReadinessProbe: vals.httpProbe("/", v.Port, 5, 10),
		// Liveness only asks whether the server accepts connections, so an
		// API outage (which / may depend on) never restarts the web pods.
		LivenessProbe: vals.tcpProbe(v.Port, 15, 20),
		VolumeMounts:  &mounts,
	}
	w := workloadSpec{
		release:          r,
		component:        values.ComponentWeb,
		replicas:         unlessAutoscaled(v.Replicas, v.Autoscaling),
		scheduling:       v.SchedulingValues,
		antiAffinity:     string(v.AntiAffinity),
		imagePullSecrets: props.ImagePullSecrets,
		container:        container,
		volumes:          vols,
		values:           vals,
	}
	web := &OptioWeb{Construct: c}
	web.Deployment = newDeployment(c, "deployment", w)
	web.Service = newService(c, "service", serviceSpec{
		release: r, component: values.ComponentWeb,
		serviceType: string(v.Service.Type), portName: "http", port: v.Port, nodePort: v.Service.NodePort, values: vals,
	})
	web.PDB, web.HPA = newAvailability(c, r, values.ComponentWeb, v.PDB, v.Autoscaling, vals)
	return web, nil
}
