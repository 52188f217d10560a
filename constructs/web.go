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
	// API at http://R-api:APIPort (INTERNAL_API_URL). Required.
	// Default: 4000.
	APIPort int32
	// AuthDisabled tells the web UI that the API runs without login
	// (OPTIO_AUTH_DISABLED, auth.disabled); it must agree with the API's.
	// Default: false.
	AuthDisabled bool
	// PublicURL is Optio's public base URL (PUBLIC_URL): login callbacks
	// redirect there and it decides the Secure flag of the session cookie.
	// OptioChart passes publicUrl or the URL derived from the Ingress.
	// Default: "" (unset; the image assumes http://localhost:3000).
	PublicURL string
	// PublicAPIURL is the API's URL as browsers reach it (PUBLIC_API_URL);
	// "" takes Values.PublicAPIURL. OptioChart passes the URL derived from a
	// NodePort API when neither is set. Default: "".
	PublicAPIURL string
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
	errs = append(errs, values.ValidatePublicURL(field.NewPath("publicURL"), p.PublicURL, "PUBLIC_URL")...)
	errs = append(errs, values.ValidatePublicURL(field.NewPath("publicAPIURL"), p.PublicAPIURL, "PUBLIC_API_URL")...)
	errs = append(errs, values.ValidateLocalObjectReferences(field.NewPath("imagePullSecrets"), p.ImagePullSecrets)...)
	return errs
}

// WebCachePath is where the web images write their Next.js cache (the
// standalone server runs from /app/apps/web): a writable emptyDir.
const WebCachePath = "/app/apps/web/.next/cache"

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

// NewOptioWeb emits the web UI's objects into scope: container web with the
// environment the web images read (INTERNAL_API_URL, the API Service the
// server calls for the login code exchange and its /api proxy;
// OPTIO_AUTH_DISABLED; PUBLIC_URL and PUBLIC_API_URL when known; PORT, so
// that the server listens on web.port; HOSTNAME, the address the
// standalone server binds; and NEXT_PUBLIC_API_URL and NEXT_PUBLIC_WS_URL,
// read by images built before 2026-03-28), an HTTP readiness probe on / and
// a TCP liveness probe, writable /tmp and Next.js cache
// (/app/apps/web/.next/cache, the images' standalone layout), its Service,
// and the optional PodDisruptionBudget and HorizontalPodAutoscaler. nil props mean DefaultOptioWebProps. Invalid
// props give an *InvalidPropsError and add nothing.
func NewOptioWeb(scope constructs.Construct, id string, props *OptioWebProps) (_ *OptioWeb, err error) {
	if props, err = prepare("OptioWeb", id, props, DefaultOptioWebProps); err != nil {
		return nil, err
	}
	defer catchFault(&err)
	c, r, vals := begin(scope, id, props.Release, props.values)
	v := props.Values
	apiHost := net.JoinHostPort(r.ObjectName(values.ComponentAPI), strconv.Itoa(int(props.APIPort)))
	vols, mounts := emptyDirs(map[string]string{"tmp": "/tmp", "next-cache": WebCachePath})
	listen := v.ListenAddress
	if listen == "" {
		listen = "0.0.0.0"
	}
	env := []*k8s.EnvVar{
		envVar("NEXT_PUBLIC_API_URL", (&url.URL{Scheme: "http", Host: apiHost}).String()),
		envVar("NEXT_PUBLIC_WS_URL", (&url.URL{Scheme: "ws", Host: apiHost}).String()),
		envVar("INTERNAL_API_URL", serviceURL(r, values.ComponentAPI, props.APIPort)),
		envVar("OPTIO_AUTH_DISABLED", strconv.FormatBool(props.AuthDisabled)),
		envVar("PORT", strconv.Itoa(int(v.Port))),
		envVar("HOSTNAME", string(listen)),
	}
	if props.PublicURL != "" {
		env = append(env, envVar("PUBLIC_URL", props.PublicURL))
	}
	publicAPI := props.PublicAPIURL
	if publicAPI == "" {
		publicAPI = v.PublicAPIURL
	}
	if publicAPI != "" {
		env = append(env, envVar("PUBLIC_API_URL", publicAPI))
	}
	container := &k8s.Container{
		Name:            jsii.String("web"),
		Image:           jsii.String(v.Image.Reference()),
		ImagePullPolicy: optString(string(v.Image.PullPolicy)),
		Ports:           containerPort("http", v.Port),
		Env:             &env,
		Resources:       vals.resourceRequirements(v.Resources),
		ReadinessProbe:  vals.httpProbe("/", v.Port, 5, 10),
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
