package optio

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"k8s.io/apimachinery/pkg/util/validation/field"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// OptioAssistantProps configure OptioAssistant.
type OptioAssistantProps struct {
	// Release names the Deployment (R-optio) and holds the namespace ("" is
	// the enclosing Chart's). Release.Name is required.
	Release values.Release
	// Values are the optio values of Optio's chart of today (image,
	// resources, scheduling); Values.Enabled is not read: the construct
	// exists or not. Default: DefaultProps().Optio.
	Values values.OptioValues
	// APIPort is the port of the Service R-api (api.port): the assistant
	// calls the API at http://R-api:APIPort (OPTIO_API_URL). Required.
	// Default: 4000.
	APIPort int32
	// ServiceAccountName is the ServiceAccount the pod runs as, for
	// workload identity on clouds; its token is never mounted (the
	// assistant reaches Optio over HTTP only). "" is the namespace's
	// default ServiceAccount. Default: "optio".
	ServiceAccountName string
	// ImagePullSecrets for the pod. Default: none.
	ImagePullSecrets []values.LocalObjectReference
	// values makes the jsii value objects; nil means the cache of scope.
	values *jsiiValues
}

// DefaultOptioAssistantProps returns the props of the defaults for the
// release "optio".
func DefaultOptioAssistantProps() OptioAssistantProps {
	d := DefaultProps()
	return OptioAssistantProps{
		Release:            values.Release{Name: values.DefaultReleaseName},
		Values:             d.Optio,
		APIPort:            d.API.Port,
		ServiceAccountName: d.ServiceAccount.Name,
	}
}

// Validate checks the props; each error names its path (release.name,
// values.image.tag, apiPort, ...).
func (p *OptioAssistantProps) Validate() field.ErrorList {
	errs := p.Release.Validate(field.NewPath("release"))
	errs = append(errs, p.Values.Validate(field.NewPath("values"))...)
	errs = append(errs, values.ValidatePort(field.NewPath("apiPort"), p.APIPort)...)
	if p.ServiceAccountName != "" {
		errs = append(errs, values.ValidateObjectName(field.NewPath("serviceAccountName"), p.ServiceAccountName)...)
	}
	errs = append(errs, values.ValidateLocalObjectReferences(field.NewPath("imagePullSecrets"), p.ImagePullSecrets)...)
	return errs
}

// OptioAssistant is Optio's operations assistant pod (Optio 0.4.0): the
// Deployment R-optio, one pod that the API finds by its label
// optio.pod-role: optio (in the namespace optio: the 0.4.0 API looks
// nowhere else) and reports ready or not.
type OptioAssistant struct {
	constructs.Construct
	// Deployment R-optio.
	Deployment k8s.KubeDeployment
}

// NewOptioAssistant emits the assistant's Deployment into scope: one
// replica, strategy Recreate, container optio with OPTIO_API_URL and
// OPTIO_POD_ROLE, probes that check the image's idle process (sleep), a
// writable /tmp, no Service (nothing connects to it) and no service
// account token. nil props mean DefaultOptioAssistantProps. Invalid
// props give an *InvalidPropsError and add nothing.
func NewOptioAssistant(scope constructs.Construct, id string, props *OptioAssistantProps) (_ *OptioAssistant, err error) {
	if props, err = prepare("OptioAssistant", id, props, DefaultOptioAssistantProps); err != nil {
		return nil, err
	}
	defer catchFault(&err)
	c, r, vals := begin(scope, id, props.Release, props.values)
	v := props.Values
	apiURL := serviceURL(r, values.ComponentAPI, props.APIPort)
	// The image's command is `sleep infinity`: the probes check that it
	// runs. (The chart's `sh -c "pgrep -f 'sleep infinity'"` finds its own
	// shell, whose command line holds the pattern, so it never fails.)
	idle := []string{"pgrep", "-x", "sleep"}
	vols, mounts := emptyDirs(map[string]string{"tmp": "/tmp"})
	container := &k8s.Container{
		Name:            jsii.String("optio"),
		Image:           jsii.String(v.Image.Reference()),
		ImagePullPolicy: optString(string(v.Image.PullPolicy)),
		Env: &[]*k8s.EnvVar{
			envVar("OPTIO_API_URL", apiURL),
			envVar("OPTIO_POD_ROLE", values.AssistantPodRole),
		},
		Resources:      vals.resourceRequirements(v.Resources),
		ReadinessProbe: execProbe(idle, 3, 10, 5),
		LivenessProbe:  execProbe(idle, 5, 30, 5),
		VolumeMounts:   &mounts,
	}
	podLabels := r.Labels(values.ComponentOptio)
	podLabels[values.AssistantPodRoleLabel] = values.AssistantPodRole
	w := workloadSpec{
		release:            r,
		component:          values.ComponentOptio,
		replicas:           ptr[int32](1),
		recreate:           true,
		scheduling:         v.SchedulingValues,
		imagePullSecrets:   props.ImagePullSecrets,
		serviceAccountName: props.ServiceAccountName,
		automountToken:     false,
		podLabels:          podLabels,
		container:          container,
		volumes:            vols,
		values:             vals,
	}
	a := &OptioAssistant{Construct: c}
	a.Deployment = newDeployment(c, "deployment", w)
	return a, nil
}
