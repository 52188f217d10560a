package test

import (
	"fmt"
	"path/filepath"
	"testing"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/synth"
	"github.com/optio-cdk8s/optio-cdk8s/test/kubeapi"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// TestGatewayAndCertManagerAgainstRealAPIServer installs the pinned Gateway
// API and cert-manager CRDs and applies, twice each and in turn to one
// server, the modes that emit their objects: R-gateway with an HTTP and an
// HTTPS listener and the release's own CA; then the route attached to a
// platform Gateway with a ClusterIssuer; then back. The CRDs' schemas and
// CEL rules accept every object, and the route is stored as written.
func TestGatewayAndCertManagerAgainstRealAPIServer(t *testing.T) {
	s := kubeapi.Start(t)
	installEcosystemCRDs(t, s)
	own := func(p *optio.OptioChartProps) {
		p.GatewayAPI.GatewayClassName = "example"
		p.GatewayAPI.Listeners = append(p.GatewayAPI.Listeners, values.GatewayListenerValues{
			Name: "https", Port: 443, Protocol: "HTTPS",
			TLS: &values.GatewayTLSValues{CertificateRefs: []values.GatewaySecretRefValues{{Name: "optio-tls"}}},
		})
		p.GatewayAPI.GatewayAnnotations = map[string]string{"cert-manager.io/cluster-issuer": "letsencrypt-prod"}
	}
	platform := func(p *optio.OptioChartProps) {
		p.GatewayAPI.ParentRefs = []values.GatewayParentRefValues{{Name: "platform", Namespace: "gateways", SectionName: "https", Port: 443}}
		p.InternalTLS.CertManager.IssuerRef = values.IssuerRefValues{Name: "platform-ca", Kind: "ClusterIssuer", Group: "cert-manager.io"}
	}
	for i, step := range []struct {
		name   string
		change func(p *optio.OptioChartProps)
	}{{"own Gateway, own CA", own}, {"platform Gateway, ClusterIssuer", platform}, {"own again", own}} {
		p := testutil.ValidProps()
		p.Ingress.Enabled = false
		p.GatewayAPI.Enabled = true
		p.GatewayAPI.Hostname = "optio.example.com"
		p.InternalTLS.Provider = values.ProviderCertManager
		step.change(&p)
		dir := filepath.Join(t.TempDir(), fmt.Sprintf("step-%d", i))
		if _, err := synth.ToDir(p, dir); err != nil {
			t.Fatal(err)
		}
		for pass := 1; pass <= 2; pass++ {
			res, err := s.Apply(dir)
			if err != nil {
				t.Fatalf("%s, pass %d: %v", step.name, pass, err)
			}
			for _, r := range res.Rejections {
				t.Errorf("%s, pass %d: rejected %s: %s", step.name, pass, r.Object, r.Message)
			}
		}
		expect(t, s, "httproute.gateway.networking.k8s.io", "optio", "optio-httproute", "spec.rules.0.matches.0.path.value", values.InternalPath)
		expect(t, s, "httproute.gateway.networking.k8s.io", "optio", "optio-httproute", "spec.rules.0.backendRefs", nil)
		expect(t, s, "httproute.gateway.networking.k8s.io", "optio", "optio-httproute", "spec.rules.1.backendRefs.0.name", "optio-api")
		expect(t, s, "certificate.cert-manager.io", "optio", "optio-postgres-tls", "spec.secretName", "optio-postgres-tls")
		assertReadBack(t, s, dir)
	}
	expect(t, s, "gateway.gateway.networking.k8s.io", "optio", "optio-gateway", "spec.listeners.1.tls.certificateRefs.0.name", "optio-tls")
	expect(t, s, "issuer.cert-manager.io", "optio", "optio-ca", "spec.ca.secretName", "optio-ca")
}
