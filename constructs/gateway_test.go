package optio_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/synth"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

func gatewayProps() optio.OptioChartProps {
	p := testutil.ValidProps()
	p.GatewayAPI.Enabled = true
	p.GatewayAPI.GatewayClassName = "cilium"
	p.GatewayAPI.Hostname = "optio.example.com"
	return p
}

// routeOf returns the backend ("" for a rule without one, "none" when no
// rule matches) the Gateway API's precedence picks for a request path
// among the HTTPRoute's PathPrefix rules: the longest matching prefix,
// matched by whole path elements.
func routeOf(rules []interface{}, req string) string {
	best, bestLen := "none", -1
	for _, r := range rules {
		rule := manifest.Object(r.(map[string]interface{}))
		for _, m := range rule.Get("matches").([]interface{}) {
			mo := manifest.Object(m.(map[string]interface{}))
			if mo.Get("path", "type") != "PathPrefix" {
				continue
			}
			v := strings.TrimSuffix(mo.Get("path", "value").(string), "/")
			if !(v == "" || req == v || strings.HasPrefix(req, v+"/")) || len(v) <= bestLen {
				continue
			}
			best, bestLen = "", len(v)
			if name, ok := rule.Get("backendRefs", 0, "name").(string); ok {
				best = name
			}
		}
	}
	return best
}

// TestGatewayAPI: the Gateway and HTTPRoute of the chart 0.4.0, typed,
// with /api/internal closed under the Gateway API's precedence.
func TestGatewayAPI(t *testing.T) {
	p := gatewayProps()
	objs := testutil.Objects(t, p)
	gw := testutil.Must(t, objs, "Gateway/optio-gateway")
	if got, _ := json.Marshal(gw.Get("spec")); string(got) != `{"gatewayClassName":"cilium","listeners":[{"hostname":"optio.example.com","name":"http","port":80,"protocol":"HTTP"}]}` {
		t.Errorf("Gateway spec = %s", got)
	}
	route := testutil.Must(t, objs, "HTTPRoute/optio-httproute")
	if got, _ := json.Marshal(route.Get("spec", "parentRefs")); string(got) != `[{"name":"optio-gateway","namespace":"optio"}]` {
		t.Errorf("parentRefs = %s", got)
	}
	rules := route.Get("spec", "rules").([]interface{})
	if rules[0].(map[string]interface{})["backendRefs"] != nil {
		t.Errorf("the /api/internal rule has a backend: %v", rules[0])
	}
	for req, want := range map[string]string{
		"/api/internal": "", "/api/internal/git-credentials": "", "/api/internal/persistent-agents/send": "",
		"/api": "optio-api", "/api/health": "optio-api", "/api/internalx": "optio-api", "/ws/logs": "optio-api",
		"/": "optio-web", "/login": "optio-web",
	} {
		if got := routeOf(rules, req); got != want {
			t.Errorf("%s goes to %q, want %q", req, got, want)
		}
	}
	if got := testutil.Must(t, objs, "Service/optio-api").Get("spec", "ports", 0, "appProtocol"); got != values.AppProtocolWebSocket {
		t.Errorf("API Service appProtocol = %v", got)
	}
	if _, ok := objs["Ingress/optio-ingress"]; ok {
		t.Error("an Ingress with the Gateway API")
	}

	// parentRefs: no Gateway of ours, the route attached to theirs.
	p.GatewayAPI.ParentRefs = []values.GatewayParentRefValues{{Name: "platform", Namespace: "gateways", SectionName: "https"}}
	objs = testutil.Objects(t, p)
	if _, ok := objs["Gateway/optio-gateway"]; ok {
		t.Error("R-gateway with parentRefs")
	}
	if got, _ := json.Marshal(testutil.Must(t, objs, "HTTPRoute/optio-httproute").Get("spec", "parentRefs")); string(got) != `[{"name":"platform","namespace":"gateways","sectionName":"https"}]` {
		t.Errorf("parentRefs = %s", got)
	}
	if w := strings.Join(p.Warnings(), "\n"); !strings.Contains(w, "gatewayAPI.gatewayClassName: ignored") {
		t.Errorf("no warning that the class is unused:\n%s", w)
	}
}

// TestGatewayAPIErrors: with the Ingress, an error naming both; without a
// class for R-gateway, one naming the class; HTTPS without a certificate.
func TestGatewayAPIErrors(t *testing.T) {
	p := gatewayProps()
	p.Ingress.Enabled = true
	p.GatewayAPI.GatewayClassName = ""
	p.GatewayAPI.Listeners = append(p.GatewayAPI.Listeners, values.GatewayListenerValues{Name: "https", Port: 443, Protocol: "HTTPS"})
	got := p.Validate().ToAggregate().Error()
	for _, want := range []string{
		"gatewayAPI.enabled: Invalid value: true: gatewayAPI.enabled and ingress.enabled cannot both be true",
		"gatewayAPI.gatewayClassName: Required value",
		"gatewayAPI.listeners[1].tls.certificateRefs: Required value",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("errors lack %q:\n%s", want, got)
		}
	}
}

// TestCertManagerProvider: internalTLS.provider cert-manager makes the
// release's CA and a Certificate per server into the Secrets the pods
// mount, or uses the given issuer; the generator then makes the password
// only.
func TestCertManagerProvider(t *testing.T) {
	p := testutil.ValidProps()
	p.InternalTLS.Provider = values.ProviderCertManager
	objs := testutil.Objects(t, p)
	for _, id := range []string{"Issuer/optio-selfsigned", "Certificate/optio-ca", "Issuer/optio-ca", "Certificate/optio-postgres-tls", "Certificate/optio-redis-tls"} {
		testutil.Must(t, objs, id)
	}
	ca := testutil.Must(t, objs, "Certificate/optio-ca")
	if ca.Get("spec", "isCA") != true || ca.Get("spec", "privateKey", "rotationPolicy") != "Never" {
		t.Errorf("CA spec = %v", ca.Get("spec"))
	}
	pg := testutil.Must(t, objs, "Certificate/optio-postgres-tls")
	if pg.Get("spec", "secretName") != "optio-postgres-tls" || pg.Get("spec", "issuerRef", "name") != "optio-ca" || pg.Get("spec", "dnsNames", 0) != "optio-postgres" {
		t.Errorf("Postgres certificate = %v", pg.Get("spec"))
	}
	jc := container(t, keygenJob(objs))
	if certs, _ := envValue(jc, "KEYGEN_CERTIFICATES"); certs != "[]" {
		t.Errorf("the generator makes certificates under cert-manager: %s", certs)
	}

	p.InternalTLS.CertManager.IssuerRef = values.IssuerRefValues{Name: "platform-ca", Kind: "ClusterIssuer", Group: "cert-manager.io"}
	p.Redis.Auth.ExistingSecret = "redis-pw"
	objs = testutil.Objects(t, p)
	for _, id := range []string{"Issuer/optio-selfsigned", "Certificate/optio-ca", "Issuer/optio-ca"} {
		if _, ok := objs[id]; ok {
			t.Errorf("%s with an issuerRef", id)
		}
	}
	if got := testutil.Must(t, objs, "Certificate/optio-redis-tls").Get("spec", "issuerRef", "kind"); got != "ClusterIssuer" {
		t.Errorf("issuerRef kind = %v", got)
	}
	if keygenJob(objs) != nil {
		t.Error("a generator with nothing to generate")
	}
}

// TestPruneKindsCoverEmittedKinds: every kind a chart emits but
// PersistentVolumeClaim and Namespace is named by the prune allowlist and
// the uninstall command (PruneAllowlist plus the values'
// CustomResourceKinds), and custom resource kinds are named only when their
// values are on (kubectl refuses a kind whose CRD is missing).
func TestPruneKindsCoverEmittedKinds(t *testing.T) {
	everything := gatewayProps()
	everything.Ingress.Enabled = false
	everything.NetworkPolicy.Enabled = true
	everything.ResourceQuota.Enabled = true
	everything.CreateNamespace = true
	everything.InternalTLS.Provider = values.ProviderCertManager
	for name, c := range map[string]struct {
		props optio.OptioChartProps
		crds  []string
	}{
		"defaults":              {testutil.ValidProps(), nil},
		"gateway, cert-manager": {everything, []string{"gateway.networking.k8s.io/v1/Gateway", "gateway.networking.k8s.io/v1/HTTPRoute", "cert-manager.io/v1/Issuer", "cert-manager.io/v1/Certificate"}},
	} {
		if got := c.props.CustomResourceKinds(); strings.Join(got, " ") != strings.Join(c.crds, " ") {
			t.Errorf("%s: CustomResourceKinds = %q, want %q", name, got, c.crds)
		}
		allow := map[string]bool{}
		for _, k := range append(values.PruneAllowlist(), c.crds...) {
			allow[k] = true
		}
		uninstall := strings.Join(synth.UninstallResources(c.crds...), ",")
		for id, o := range testutil.Objects(t, c.props) {
			if o.Kind() == "PersistentVolumeClaim" || o.Kind() == "Namespace" {
				continue
			}
			gv, _ := o.Get("apiVersion").(string)
			if !strings.Contains(gv, "/") {
				gv = "core/" + gv
			}
			if !allow[gv+"/"+o.Kind()] {
				t.Errorf("%s: %s (%s) is not in the prune allowlist", name, id, gv)
			}
			res := strings.ToLower(o.Kind())
			if group := strings.Split(gv, "/")[0]; group != "core" {
				res += "." + group
			}
			if !strings.Contains(","+uninstall+",", ","+res+",") {
				t.Errorf("%s: %s (%s) is not in the uninstall command's resources %s", name, id, res, uninstall)
			}
		}
	}
}

func TestOptioGatewayGolden(t *testing.T) { checkGolden(t, "OptioGateway", "optio-gateway.yaml") }

// TestGatewayListenerRulesOfTheCRD: the Gateway CRD's rules on listeners
// (v1.6.3) are checked before synth, each at its path: one listener per
// port and protocol (they share the hostname), HTTPS with TLS mode
// Terminate only, at most 64 listeners.
func TestGatewayListenerRulesOfTheCRD(t *testing.T) {
	tls := func(mode string) *values.GatewayTLSValues {
		return &values.GatewayTLSValues{Mode: mode, CertificateRefs: []values.GatewaySecretRefValues{{Name: "cert"}}}
	}
	p := gatewayProps()
	p.GatewayAPI.Listeners = []values.GatewayListenerValues{
		{Name: "http", Port: 80, Protocol: "HTTP"},
		{Name: "https", Port: 443, Protocol: "HTTPS", TLS: tls("Terminate")},
		{Name: "https-alt", Port: 8443, Protocol: "HTTPS", TLS: tls("")},
	}
	if errs := p.Validate(); len(errs) != 0 {
		t.Fatalf("distinct ports and protocols, HTTPS terminated: %v", errs)
	}
	p.GatewayAPI.Listeners = []values.GatewayListenerValues{
		{Name: "http", Port: 80, Protocol: "HTTP"},
		{Name: "http2", Port: 80, Protocol: "HTTP"},
		{Name: "https", Port: 443, Protocol: "HTTPS", TLS: tls("Passthrough")},
	}
	got := p.Validate().ToAggregate().Error()
	for _, want := range []string{
		`gatewayAPI.listeners[1]: Duplicate value: "port 80, protocol HTTP (as listeners[0])`,
		`gatewayAPI.listeners[2].tls.mode: Invalid value: "Passthrough": an HTTPS listener terminates TLS`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("errors lack %q:\n%s", want, got)
		}
	}
	p.GatewayAPI.Listeners = nil
	for i := range 65 {
		p.GatewayAPI.Listeners = append(p.GatewayAPI.Listeners, values.GatewayListenerValues{Name: fmt.Sprintf("l%d", i), Port: int32(1000 + i), Protocol: "HTTP"})
	}
	if got := p.Validate().ToAggregate().Error(); !strings.Contains(got, "gatewayAPI.listeners: Too many: 65: must have at most 64 items") {
		t.Errorf("65 listeners: %s", got)
	}
}

// TestGatewayParentRefRulesOfTheCRD: the HTTPRoute CRD's rules on
// parentRefs (v1.6.3): references to one parent all name a sectionName or
// none does, each a different one; other parents are free.
func TestGatewayParentRefRulesOfTheCRD(t *testing.T) {
	p := gatewayProps()
	p.GatewayAPI.ParentRefs = []values.GatewayParentRefValues{
		{Name: "gw", Namespace: "gateways", SectionName: "http"},
		{Name: "gw", Namespace: "gateways", SectionName: "https"},
		{Name: "other", Namespace: "gateways"},
		{Name: "gw", Namespace: "elsewhere"},
	}
	if errs := p.Validate(); len(errs) != 0 {
		t.Fatalf("distinct sections, other parents: %v", errs)
	}
	p.GatewayAPI.ParentRefs = []values.GatewayParentRefValues{
		{Name: "gw", Namespace: "gateways", SectionName: "http"},
		{Name: "gw", Namespace: "gateways"},
		{Name: "gw", Namespace: "gateways", SectionName: "http"},
	}
	got := p.Validate().ToAggregate().Error()
	for _, want := range []string{
		`gatewayAPI.parentRefs[1].sectionName: Invalid value: "": parentRefs[0] names the same parent with a sectionName`,
		`gatewayAPI.parentRefs[2].sectionName: Duplicate value: "\"http\", as parentRefs[0] to the same parent`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("errors lack %q:\n%s", want, got)
		}
	}
}
