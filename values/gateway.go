package values

import (
	"fmt"
	"strings"

	apivalidation "k8s.io/apimachinery/pkg/api/validation"
	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// AppProtocolWebSocket is the appProtocol of the API Service's port (the
// chart 0.4.0's): Gateway API implementations then allow WebSocket upgrades
// (Kubernetes' standard application protocol name, KEP-3726).
const AppProtocolWebSocket = "kubernetes.io/ws"

// GatewayAPIGroup is the API group of the Gateway API.
const GatewayAPIGroup = "gateway.networking.k8s.io"

// GatewayProtocols are the listener protocols an HTTPRoute can attach to
// (Gateway API v1: HTTP and HTTPS; TLS, TCP and UDP take other routes).
var GatewayProtocols = []string{"HTTP", "HTTPS"}

// GatewayTLSModes are the listener TLS modes of the Gateway API. An HTTPS
// listener takes Terminate only (the CRD's rule); Passthrough is for
// protocol TLS.
var GatewayTLSModes = []string{"Terminate", "Passthrough"}

// maxGatewayListeners and maxGatewayCertificateRefs are the Gateway CRD's
// maxItems for spec.listeners and a listener's tls.certificateRefs
// (Gateway API v1.6.3).
const (
	maxGatewayListeners       = 64
	maxGatewayCertificateRefs = 64
	// maxGatewayParentRefs is the HTTPRoute CRD's maxItems for parentRefs.
	maxGatewayParentRefs = 32
)

// GatewayAPIValues configure the Gateway API objects (the chart 0.4.0's
// gatewayAPI, plus parentRefs, which its templates read without declaring).
type GatewayAPIValues struct {
	// Enabled emits the HTTPRoute R-httproute and, unless parentRefs names
	// a Gateway, the Gateway R-gateway. Cannot be combined with
	// ingress.enabled. Needs the Gateway API's CRDs in the cluster (v1.0 or
	// newer, standard channel). Default: false.
	Enabled bool `json:"enabled"`
	// GatewayClassName is the Gateway's class (cilium, istio, eg, ...).
	// Required for R-gateway. Default: "".
	GatewayClassName string `json:"gatewayClassName"`
	// Listeners of R-gateway. A missing name is "http", port 80, protocol
	// HTTP (the chart's defaults). Default: one HTTP listener on 80.
	Listeners []GatewayListenerValues `json:"listeners"`
	// Hostname of every listener and of the HTTPRoute; "" matches every
	// host. A DNS name, or a wildcard "*.example.com". Default: "".
	Hostname string `json:"hostname"`
	// GatewayAnnotations are added to R-gateway (e.g. cert-manager's
	// cluster-issuer). Default: none.
	GatewayAnnotations map[string]string `json:"gatewayAnnotations"`
	// HTTPRouteAnnotations are added to R-httproute. Default: none.
	HTTPRouteAnnotations map[string]string `json:"httpRouteAnnotations"`
	// ParentRefs attach the HTTPRoute to existing Gateways (a shared
	// platform Gateway) instead of R-gateway, which is then not emitted.
	// Default: none.
	ParentRefs []GatewayParentRefValues `json:"parentRefs"`
}

// GatewayListenerValues are one listener of R-gateway.
type GatewayListenerValues struct {
	// Name of the listener, unique in the Gateway. Default: http.
	Name string `json:"name"`
	// Port, 1 to 65535. Default: 80.
	Port int32 `json:"port"`
	// Protocol, HTTP or HTTPS. Default: HTTP.
	Protocol string `json:"protocol"`
	// TLS of an HTTPS listener (required for HTTPS).
	TLS *GatewayTLSValues `json:"tls,omitempty"`
}

// GatewayTLSValues are a listener's TLS settings (Gateway API
// GatewayTLSConfig).
type GatewayTLSValues struct {
	// Mode is Terminate or Passthrough. Default: Terminate.
	Mode string `json:"mode"`
	// CertificateRefs name the Secrets of the certificate (Terminate).
	CertificateRefs []GatewaySecretRefValues `json:"certificateRefs"`
}

// GatewaySecretRefValues name a certificate Secret.
type GatewaySecretRefValues struct {
	// Name of the Secret. Required.
	Name string `json:"name"`
	// Namespace; "" is the Gateway's (another needs a ReferenceGrant).
	Namespace string `json:"namespace"`
}

// GatewayParentRefValues name a Gateway (Gateway API ParentReference).
type GatewayParentRefValues struct {
	// Name of the Gateway. Required.
	Name string `json:"name"`
	// Namespace of the Gateway; "" is the release's.
	Namespace string `json:"namespace"`
	// SectionName is a listener's name; "" attaches to every listener.
	SectionName string `json:"sectionName"`
	// Port of the listener; 0 for any.
	Port int32 `json:"port"`
	// Group of the parent. Default: gateway.networking.k8s.io.
	Group string `json:"group"`
	// Kind of the parent, Gateway or ListenerSet. Default: Gateway.
	Kind string `json:"kind"`
}

func defaultGatewayAPI() GatewayAPIValues {
	return GatewayAPIValues{
		Listeners:            []GatewayListenerValues{{Name: "http", Port: 80, Protocol: "HTTP"}},
		GatewayAnnotations:   map[string]string{},
		HTTPRouteAnnotations: map[string]string{},
		ParentRefs:           []GatewayParentRefValues{},
	}
}

// EffectiveListeners are the listeners with the chart's defaults filled in
// (name http, port 80, protocol HTTP, TLS mode Terminate).
func (v GatewayAPIValues) EffectiveListeners() []GatewayListenerValues {
	out := make([]GatewayListenerValues, 0, len(v.Listeners))
	for _, l := range v.Listeners {
		if l.Name == "" {
			l.Name = "http"
		}
		if l.Port == 0 {
			l.Port = 80
		}
		if l.Protocol == "" {
			l.Protocol = "HTTP"
		}
		if l.TLS != nil && l.TLS.Mode == "" {
			t := *l.TLS
			t.Mode = "Terminate"
			l.TLS = &t
		}
		out = append(out, l)
	}
	return out
}

// OwnGateway tells whether R-gateway is emitted (no parentRefs).
func (v GatewayAPIValues) OwnGateway() bool { return len(v.ParentRefs) == 0 }

// validateGatewayAPI checks gatewayAPI, whether or not it is enabled (a bad
// value fails now, not on the day it is turned on), and its exclusion with
// the Ingress.
func (p *Values) validateGatewayAPI() field.ErrorList {
	path := field.NewPath("gatewayAPI")
	var errs field.ErrorList
	if p.GatewayAPI.Enabled && p.Ingress.Enabled {
		errs = append(errs, field.Invalid(path.Child("enabled"), true,
			"gatewayAPI.enabled and ingress.enabled cannot both be true (the chart's rule: one route in); turn one off").WithOrigin(RuleGatewayOrIngress))
	}
	return append(errs, p.GatewayAPI.Validate(path)...)
}

// Validate checks the gatewayAPI values at path (e.g. "gatewayAPI"),
// whether or not they are enabled (the class is required only when they
// are).
func (v GatewayAPIValues) Validate(path *field.Path) field.ErrorList {
	var errs field.ErrorList
	if v.Enabled && v.OwnGateway() && v.GatewayClassName == "" {
		errs = append(errs, field.Required(path.Child("gatewayClassName"), "the Gateway's class (e.g. cilium, istio, eg), or name an existing Gateway in gatewayAPI.parentRefs").WithOrigin(RuleGatewayValues))
	}
	if v.GatewayClassName != "" {
		errs = append(errs, ValidateObjectName(path.Child("gatewayClassName"), v.GatewayClassName)...)
	}
	if v.Hostname != "" {
		errs = append(errs, validateHost(path.Child("hostname"), v.Hostname, "", "")...)
	}
	errs = append(errs, apivalidation.ValidateAnnotations(v.GatewayAnnotations, path.Child("gatewayAnnotations"))...)
	errs = append(errs, apivalidation.ValidateAnnotations(v.HTTPRouteAnnotations, path.Child("httpRouteAnnotations"))...)
	if v.Enabled && v.OwnGateway() && len(v.Listeners) == 0 {
		errs = append(errs, field.Required(path.Child("listeners"), "at least one listener for R-gateway").WithOrigin(RuleGatewayValues))
	}
	// The Gateway CRD's own rules (Gateway API v1.6.3, spec.listeners):
	// at most 64 listeners, names unique, and the combination of port,
	// protocol and hostname unique (every listener here has the one
	// hostname gatewayAPI.hostname, so port and protocol).
	if n := len(v.Listeners); n > maxGatewayListeners {
		errs = append(errs, field.TooMany(path.Child("listeners"), n, maxGatewayListeners))
	}
	names := map[string]bool{}
	endpoints := map[string]int{} // "port/protocol" -> the first listener's index
	for i, l := range v.EffectiveListeners() {
		lp := path.Child("listeners").Index(i)
		for _, msg := range validation.IsDNS1123Subdomain(l.Name) {
			errs = append(errs, field.Invalid(lp.Child("name"), l.Name, msg))
		}
		if names[l.Name] {
			errs = append(errs, field.Duplicate(lp.Child("name"), l.Name))
		}
		names[l.Name] = true
		errs = append(errs, ValidatePort(lp.Child("port"), l.Port)...)
		errs = append(errs, validateEnum(lp.Child("protocol"), l.Protocol, GatewayProtocols).WithOrigin(RuleGatewayValues)...)
		key := fmt.Sprintf("%d/%s", l.Port, l.Protocol)
		if first, dup := endpoints[key]; dup {
			errs = append(errs, field.Duplicate(lp, fmt.Sprintf("port %d, protocol %s (as listeners[%d]): the Gateway API allows one listener per port, protocol and hostname", l.Port, l.Protocol, first)))
		} else {
			endpoints[key] = i
		}
		if l.Protocol == "HTTPS" && (l.TLS == nil || len(l.TLS.CertificateRefs) == 0) {
			errs = append(errs, field.Required(lp.Child("tls", "certificateRefs"), "an HTTPS listener terminates TLS with a certificate Secret").WithOrigin(RuleGatewayValues))
		}
		if l.TLS != nil {
			errs = append(errs, validateEnum(lp.Child("tls", "mode"), l.TLS.Mode, GatewayTLSModes).WithOrigin(RuleGatewayValues)...)
			if l.Protocol == "HTTPS" && l.TLS.Mode == "Passthrough" {
				errs = append(errs, field.Invalid(lp.Child("tls", "mode"), l.TLS.Mode, "an HTTPS listener terminates TLS (mode Terminate); Passthrough needs protocol TLS and a TLSRoute, which this program does not make"))
			}
			if n := len(l.TLS.CertificateRefs); n > maxGatewayCertificateRefs {
				errs = append(errs, field.TooMany(lp.Child("tls", "certificateRefs"), n, maxGatewayCertificateRefs))
			}
			if l.Protocol == "HTTP" {
				errs = append(errs, field.Forbidden(lp.Child("tls"), "an HTTP listener has no TLS; use protocol HTTPS").WithOrigin(RuleGatewayValues))
			}
			for j, c := range l.TLS.CertificateRefs {
				cp := lp.Child("tls", "certificateRefs").Index(j)
				errs = append(errs, ValidateObjectName(cp.Child("name"), c.Name)...)
				if c.Namespace != "" {
					errs = append(errs, validateNamespaceName(cp.Child("namespace"), c.Namespace)...)
				}
			}
		}
	}
	// The HTTPRoute CRD's rules on parentRefs (v1.6.3): at most 32, and
	// references to one parent (group, kind, namespace as written, name)
	// either all name a sectionName or none does, each a different one.
	if n := len(v.ParentRefs); n > maxGatewayParentRefs {
		errs = append(errs, field.TooMany(path.Child("parentRefs"), n, maxGatewayParentRefs))
	}
	type parentRef struct {
		index   int
		section string
	}
	parents := map[string][]parentRef{}
	for i, r := range v.ParentRefs {
		group, kind := r.Group, r.Kind
		if group == "" {
			group = GatewayAPIGroup
		}
		if kind == "" {
			kind = "Gateway"
		}
		key := group + "/" + kind + "/" + r.Namespace + "/" + r.Name
		for _, o := range parents[key] {
			sp := path.Child("parentRefs").Index(i).Child("sectionName")
			switch {
			case (o.section == "") != (r.SectionName == ""):
				errs = append(errs, field.Invalid(sp, r.SectionName, fmt.Sprintf("parentRefs[%d] names the same parent with%s a sectionName: the Gateway API wants a sectionName on every reference to one parent, or on none", o.index, map[bool]string{true: "", false: "out"}[o.section != ""])))
			case o.section == r.SectionName:
				errs = append(errs, field.Duplicate(sp, fmt.Sprintf("%q, as parentRefs[%d] to the same parent: each reference to one parent needs its own sectionName", r.SectionName, o.index)))
			}
		}
		parents[key] = append(parents[key], parentRef{i, r.SectionName})
	}
	for i, r := range v.ParentRefs {
		rp := path.Child("parentRefs").Index(i)
		errs = append(errs, ValidateObjectName(rp.Child("name"), r.Name)...)
		if r.Namespace != "" {
			errs = append(errs, validateNamespaceName(rp.Child("namespace"), r.Namespace)...)
		}
		if r.SectionName != "" {
			for _, msg := range validation.IsDNS1123Subdomain(r.SectionName) {
				errs = append(errs, field.Invalid(rp.Child("sectionName"), r.SectionName, msg))
			}
		}
		if r.Port != 0 {
			errs = append(errs, ValidatePort(rp.Child("port"), r.Port)...)
		}
		if r.Kind != "" && r.Kind != "Gateway" && r.Kind != "ListenerSet" {
			errs = append(errs, field.NotSupported(rp.Child("kind"), r.Kind, []string{"Gateway", "ListenerSet"}).WithOrigin(RuleGatewayValues))
		}
		if r.Group != "" && r.Group != GatewayAPIGroup {
			errs = append(errs, field.NotSupported(rp.Child("group"), r.Group, []string{GatewayAPIGroup}).WithOrigin(RuleGatewayValues))
		}
	}
	return errs
}

// gatewayWarnings are the warnings of gatewayAPI.
func (p *Values) gatewayWarnings() []string {
	v := p.GatewayAPI
	if !v.Enabled || v.OwnGateway() {
		return nil
	}
	var w []string
	ignored := []string{}
	if v.GatewayClassName != "" {
		ignored = append(ignored, "gatewayClassName")
	}
	if len(v.GatewayAnnotations) > 0 {
		ignored = append(ignored, "gatewayAnnotations")
	}
	if len(ignored) > 0 {
		w = append(w, fmt.Sprintf("gatewayAPI.%s: ignored: gatewayAPI.parentRefs names an existing Gateway, so R-gateway is not emitted", strings.Join(ignored, ", gatewayAPI.")))
	}
	return w
}
