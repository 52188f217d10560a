package optio

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"k8s.io/apimachinery/pkg/util/validation/field"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// OptioIngressProps configure OptioIngress.
type OptioIngressProps struct {
	// Release names the Ingress R-ingress and the Services it routes to
	// (R-api, R-web) and holds the namespace ("" is the enclosing Chart's).
	// Release.Name is required.
	Release values.Release
	// Values are the ingress values of the Helm chart; Values.Enabled is
	// not consulted (the construct is the Ingress). At least one host is
	// required. Default: DefaultProps().Ingress.
	Values values.IngressValues
	// APIPort and WebPort are the ports of the Services R-api and R-web.
	// Required. Default: 4000 and 3000.
	APIPort, WebPort int32
}

// DefaultOptioIngressProps returns the props of the Helm chart's defaults
// for the release "optio": the host optio.example.com with / to the web UI
// and /api and /ws to the API.
func DefaultOptioIngressProps() OptioIngressProps {
	d := DefaultProps()
	return OptioIngressProps{Release: values.Release{Name: values.DefaultReleaseName}, Values: d.Ingress, APIPort: d.API.Port, WebPort: d.Web.Port}
}

// Validate checks the props; each error names its path (release.name,
// values.hosts[0].host, apiPort, ...).
func (p *OptioIngressProps) Validate() field.ErrorList {
	errs := p.Release.Validate(field.NewPath("release"))
	v := p.Values
	v.Enabled = true // the construct is the Ingress: its rules apply
	errs = append(errs, v.Validate(field.NewPath("values"))...)
	errs = append(errs, values.ValidatePort(field.NewPath("apiPort"), p.APIPort)...)
	errs = append(errs, values.ValidatePort(field.NewPath("webPort"), p.WebPort)...)
	return errs
}

// OptioIngress is the Ingress R-ingress (networking.k8s.io/v1).
type OptioIngress struct {
	constructs.Construct
	// Ingress R-ingress.
	Ingress k8s.KubeIngress
	// ClosedService is R-internal-closed: no selector, no endpoints, the
	// backend of every host's /api/internal path (values.InternalPath).
	ClosedService k8s.KubeService
}

// NewOptioIngress emits R-ingress into scope: each host's paths go to R-api
// or R-web, and its /api/internal path (Prefix) to R-internal-closed, a
// Service without endpoints that the controller answers itself (503), so
// the API's agent-only endpoints are closed for every controller with no
// snippet annotation; with cert-manager, its issuer annotation and one TLS entry per
// distinct host (CertManagerTLS), otherwise ingress.tls as given. nil props mean
// DefaultOptioIngressProps. Invalid props give an *InvalidPropsError and add
// nothing.
func NewOptioIngress(scope constructs.Construct, id string, props *OptioIngressProps) (_ *OptioIngress, err error) {
	if props, err = prepare("OptioIngress", id, props, DefaultOptioIngressProps); err != nil {
		return nil, err
	}
	defer catchFault(&err)
	c := constructs.NewConstruct(scope, jsii.String(id))
	v := props.Values
	r := resolve(props.Release, c)
	rules := make([]*k8s.IngressRule, 0, len(v.Hosts))
	closed := r.ObjectName(values.ClosedBackend)
	closedHosts := map[string]bool{}
	for _, h := range v.Hosts {
		paths := make([]*k8s.HttpIngressPath, 0, len(h.Paths)+1)
		if !closedHosts[h.Host] {
			// The longest matching path wins: /api/internal beats / and
			// /api, for every controller, with no snippet.
			closedHosts[h.Host] = true
			paths = append(paths, &k8s.HttpIngressPath{
				Path:     jsii.String(values.InternalPath),
				PathType: jsii.String("Prefix"),
				Backend: &k8s.IngressBackend{Service: &k8s.IngressServiceBackend{
					Name: jsii.String(closed),
					Port: &k8s.ServiceBackendPort{Number: jsii.Number(closedPort)},
				}},
			})
		}
		for _, p := range h.Paths {
			port := props.WebPort
			if p.Service == values.ComponentAPI {
				port = props.APIPort
			}
			paths = append(paths, &k8s.HttpIngressPath{
				Path:     jsii.String(p.Path),
				PathType: jsii.String(string(p.PathType)),
				Backend: &k8s.IngressBackend{Service: &k8s.IngressServiceBackend{
					Name: jsii.String(r.ObjectName(string(p.Service))),
					Port: &k8s.ServiceBackendPort{Number: jsii.Number(float64(port))},
				}},
			})
		}
		rules = append(rules, &k8s.IngressRule{
			Host: optString(h.Host),
			Http: &k8s.HttpIngressRuleValue{Paths: &paths},
		})
	}
	var tls []*k8s.IngressTls
	entries := v.TLS
	if v.CertManager.Enabled {
		entries = values.CertManagerTLS(v.Hosts)
	}
	for _, t := range entries {
		tls = append(tls, &k8s.IngressTls{Hosts: optStrings(t.Hosts), SecretName: optString(t.SecretName)})
	}
	spec := &k8s.IngressSpec{IngressClassName: optString(v.ClassName), Rules: &rules}
	if len(tls) > 0 {
		spec.Tls = &tls
	}
	meta := metadata(r, r.ObjectName(values.ComponentIngress), values.ComponentIngress)
	meta.Annotations = stringMap(values.IngressAnnotations(v))
	ing := &OptioIngress{Construct: c}
	ing.Ingress = k8s.NewKubeIngress(c, jsii.String("ingress"), &k8s.KubeIngressProps{Metadata: meta, Spec: spec})
	ing.ClosedService = k8s.NewKubeService(c, jsii.String("closed"), &k8s.KubeServiceProps{
		Metadata: metadata(r, closed, values.ComponentIngress),
		Spec: &k8s.ServiceSpec{
			Type: jsii.String("ClusterIP"),
			Ports: &[]*k8s.ServicePort{{
				Name: jsii.String("http"), Port: jsii.Number(closedPort), TargetPort: valuesFor(scope).number(closedPort), Protocol: jsii.String("TCP"),
			}},
		},
	})
	return ing, nil
}

// closedPort is the port of R-internal-closed (nothing listens).
const closedPort = 80
