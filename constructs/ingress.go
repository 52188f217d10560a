package optio

import (
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	"github.com/optio-cdk8s/optio-cdk8s/imports/k8s"
)

// CertManagerIssuerAnnotation is the annotation cert-manager reads on an
// Ingress to issue its certificates.
const CertManagerIssuerAnnotation = "cert-manager.io/cluster-issuer"

// OptioIngressProps configure OptioIngress.
type OptioIngressProps struct {
	// Release names the Ingress R-ingress and the Services it routes to.
	Release Release
	// Values are the ingress values.
	Values IngressValues
	// APIPort and WebPort are the ports of R-api and R-web.
	APIPort, WebPort int32
}

// OptioIngress is the Ingress R-ingress (networking.k8s.io/v1).
type OptioIngress struct {
	constructs.Construct
	// Ingress R-ingress.
	Ingress k8s.KubeIngress
}

// TLSSecretName is the certificate Secret of a host with cert-manager: the
// host with dots replaced by dashes, plus "-tls" (the contract); a leading
// "*." wildcard becomes "wildcard-".
func TLSSecretName(host string) string {
	if rest, ok := strings.CutPrefix(host, "*."); ok {
		host = "wildcard." + rest
	}
	return strings.ReplaceAll(host, ".", "-") + "-tls"
}

// IngressAnnotations merges ingress.annotations with the annotation the chart
// adds (cert-manager's issuer, which wins over a value of the same key): a map,
// so no key is ever duplicated.
func IngressAnnotations(v IngressValues) map[string]string {
	out := make(map[string]string, len(v.Annotations)+1)
	for k, val := range v.Annotations {
		out[k] = val
	}
	if v.CertManager.Enabled {
		out[CertManagerIssuerAnnotation] = v.CertManager.ClusterIssuer
	}
	return out
}

// NewOptioIngress emits R-ingress (the contract's "Ingress"): each host's
// paths go to R-api or R-web; with cert-manager one TLS entry per distinct
// host (CertManagerTLS), otherwise ingress.tls as given.
func NewOptioIngress(scope constructs.Construct, id string, props *OptioIngressProps) *OptioIngress {
	c := constructs.NewConstruct(scope, jsii.String(id))
	v := props.Values
	r := props.Release
	rules := make([]*k8s.IngressRule, 0, len(v.Hosts))
	for _, h := range v.Hosts {
		paths := make([]*k8s.HttpIngressPath, 0, len(h.Paths))
		for _, p := range h.Paths {
			port := props.WebPort
			if p.Service == ComponentAPI {
				port = props.APIPort
			}
			paths = append(paths, &k8s.HttpIngressPath{
				Path:     jsii.String(p.Path),
				PathType: jsii.String(p.PathType),
				Backend: &k8s.IngressBackend{Service: &k8s.IngressServiceBackend{
					Name: jsii.String(r.ObjectName(p.Service)),
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
		entries = CertManagerTLS(v.Hosts)
	}
	for _, t := range entries {
		tls = append(tls, &k8s.IngressTls{Hosts: optStrings(t.Hosts), SecretName: optString(t.SecretName)})
	}
	spec := &k8s.IngressSpec{IngressClassName: optString(v.ClassName), Rules: &rules}
	if len(tls) > 0 {
		spec.Tls = &tls
	}
	meta := r.metadata(r.ObjectName(ComponentIngress), ComponentIngress)
	meta.Annotations = stringMap(IngressAnnotations(v))
	ing := &OptioIngress{Construct: c}
	ing.Ingress = k8s.NewKubeIngress(c, jsii.String("ingress"), &k8s.KubeIngressProps{Metadata: meta, Spec: spec})
	return ing
}
