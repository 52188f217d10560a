package optio

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"k8s.io/apimachinery/pkg/util/validation/field"

	gatewayv1 "github.com/optio-cdk8s/optio-cdk8s/imports/optio_gatewaynetworkingk8sio"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// OptioGatewayProps configure OptioGateway.
type OptioGatewayProps struct {
	// Release names the objects (R-gateway, R-httproute) and the Services
	// they route to (R-api, R-web), and holds the namespace ("" is the
	// enclosing Chart's). Release.Name is required.
	Release values.Release
	// Values are the gatewayAPI values of the Helm chart 0.4.0;
	// Values.Enabled is not consulted (the construct is the route).
	// Default: DefaultProps().GatewayAPI with gatewayClassName "default".
	Values values.GatewayAPIValues
	// APIPort and WebPort are the ports of the Services R-api and R-web.
	// Required. Default: 4000 and 3000.
	APIPort, WebPort int32
}

// DefaultOptioGatewayProps returns the props of the chart's defaults for
// the release "optio", with the class "default".
func DefaultOptioGatewayProps() OptioGatewayProps {
	d := DefaultProps()
	v := d.GatewayAPI
	v.GatewayClassName = "default"
	return OptioGatewayProps{Release: values.Release{Name: values.DefaultReleaseName}, Values: v, APIPort: d.API.Port, WebPort: d.Web.Port}
}

// Validate checks the props; each error names its path.
func (p *OptioGatewayProps) Validate() field.ErrorList {
	errs := p.Release.Validate(field.NewPath("release"))
	v := p.Values
	v.Enabled = true // the construct is the route: its rules apply
	errs = append(errs, v.Validate(field.NewPath("values"))...)
	errs = append(errs, values.ValidatePort(field.NewPath("apiPort"), p.APIPort)...)
	errs = append(errs, values.ValidatePort(field.NewPath("webPort"), p.WebPort)...)
	return errs
}

// OptioGateway is the Gateway API route in: the Gateway R-gateway (nil
// when Values.ParentRefs names existing Gateways) and the HTTPRoute
// R-httproute.
type OptioGateway struct {
	constructs.Construct
	// Gateway R-gateway, or nil with parentRefs.
	Gateway gatewayv1.Gateway
	// HTTPRoute R-httproute.
	HTTPRoute gatewayv1.HttpRoute
}

// NewOptioGateway emits the Gateway API objects into scope (typed from the
// Gateway API v1.6.3 CRDs): R-gateway with the class, listeners and
// hostname of the values (unless parentRefs), and R-httproute attached to
// it or to parentRefs: /api/internal has no backend (the API's agent-only
// endpoints: conformant implementations answer 500 themselves, nothing is
// forwarded), /api and /ws go to R-api, everything else to R-web. The
// longest matching path prefix wins (Gateway API precedence), so
// /api/internal/... never reaches /api's rule. nil props mean
// DefaultOptioGatewayProps. Invalid props give an *InvalidPropsError and add
// nothing.
func NewOptioGateway(scope constructs.Construct, id string, props *OptioGatewayProps) (_ *OptioGateway, err error) {
	if props, err = prepare("OptioGateway", id, props, DefaultOptioGatewayProps); err != nil {
		return nil, err
	}
	defer catchFault(&err)
	c := constructs.NewConstruct(scope, jsii.String(id))
	r := resolve(props.Release, c)
	v := props.Values
	g := &OptioGateway{Construct: c}
	gatewayName := r.ObjectName("gateway")
	if v.OwnGateway() {
		listeners := make([]*gatewayv1.GatewaySpecListeners, 0, len(v.Listeners))
		for _, l := range v.EffectiveListeners() {
			gl := &gatewayv1.GatewaySpecListeners{
				Name:     jsii.String(l.Name),
				Port:     jsii.Number(float64(l.Port)),
				Protocol: jsii.String(l.Protocol),
				Hostname: optString(v.Hostname),
			}
			if l.TLS != nil {
				mode := gatewayv1.GatewaySpecListenersTlsMode_TERMINATE
				if l.TLS.Mode == "Passthrough" {
					mode = gatewayv1.GatewaySpecListenersTlsMode_PASSTHROUGH
				}
				refs := make([]*gatewayv1.GatewaySpecListenersTlsCertificateRefs, 0, len(l.TLS.CertificateRefs))
				for _, cr := range l.TLS.CertificateRefs {
					refs = append(refs, &gatewayv1.GatewaySpecListenersTlsCertificateRefs{Name: jsii.String(cr.Name), Namespace: optString(cr.Namespace)})
				}
				gl.Tls = &gatewayv1.GatewaySpecListenersTls{Mode: mode}
				if len(refs) > 0 {
					gl.Tls.CertificateRefs = &refs
				}
			}
			listeners = append(listeners, gl)
		}
		meta := crdMetadata(r, gatewayName, "gateway")
		meta.Annotations = stringMap(v.GatewayAnnotations)
		g.Gateway = gatewayv1.NewGateway(c, jsii.String("gateway"), &gatewayv1.GatewayProps{
			Metadata: meta,
			Spec:     &gatewayv1.GatewaySpec{GatewayClassName: jsii.String(v.GatewayClassName), Listeners: &listeners},
		})
	}
	var parents []*gatewayv1.HttpRouteSpecParentRefs
	if v.OwnGateway() {
		parents = append(parents, &gatewayv1.HttpRouteSpecParentRefs{Name: jsii.String(gatewayName), Namespace: optString(r.Namespace)})
	}
	for _, pr := range v.ParentRefs {
		ref := &gatewayv1.HttpRouteSpecParentRefs{
			Name: jsii.String(pr.Name), Namespace: optString(pr.Namespace), SectionName: optString(pr.SectionName),
			Group: optString(pr.Group), Kind: optString(pr.Kind),
		}
		if pr.Port != 0 {
			ref.Port = jsii.Number(float64(pr.Port))
		}
		parents = append(parents, ref)
	}
	prefix := func(paths ...string) *[]*gatewayv1.HttpRouteSpecRulesMatches {
		ms := make([]*gatewayv1.HttpRouteSpecRulesMatches, 0, len(paths))
		for _, p := range paths {
			ms = append(ms, &gatewayv1.HttpRouteSpecRulesMatches{Path: &gatewayv1.HttpRouteSpecRulesMatchesPath{
				Type: gatewayv1.HttpRouteSpecRulesMatchesPathType_PATH_PREFIX, Value: jsii.String(p),
			}})
		}
		return &ms
	}
	backend := func(name string, port int32) *[]*gatewayv1.HttpRouteSpecRulesBackendRefs {
		return &[]*gatewayv1.HttpRouteSpecRulesBackendRefs{{Name: jsii.String(name), Port: jsii.Number(float64(port))}}
	}
	// The rules carry no names: rules[].name is Gateway API v1.2 or newer,
	// and a cluster with the v1.0 or v1.1 CRDs would refuse the field.
	rules := []*gatewayv1.HttpRouteSpecRules{
		{Matches: prefix(values.InternalPath)},
		{Matches: prefix("/api", "/ws"), BackendRefs: backend(r.ObjectName(values.ComponentAPI), props.APIPort)},
		{Matches: prefix("/"), BackendRefs: backend(r.ObjectName(values.ComponentWeb), props.WebPort)},
	}
	spec := &gatewayv1.HttpRouteSpec{ParentRefs: &parents, Rules: &rules}
	if v.Hostname != "" {
		spec.Hostnames = &[]*string{jsii.String(v.Hostname)}
	}
	meta := crdMetadata(r, r.ObjectName("httproute"), "gateway")
	meta.Annotations = stringMap(v.HTTPRouteAnnotations)
	g.HTTPRoute = gatewayv1.NewHttpRoute(c, jsii.String("httproute"), &gatewayv1.HttpRouteProps{Metadata: meta, Spec: spec})
	return g, nil
}
