package values_test

import (
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/values"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// withPath sets the second path of the default host (/api, Prefix).
func withPath(path, pathType string) func(p *releaseValues) {
	return func(p *releaseValues) {
		p.Ingress.Enabled = true
		p.Ingress.Hosts[0].Paths[1].Path = path
		p.Ingress.Hosts[0].Paths[1].PathType = values.PathType(pathType)
	}
}

// TestIngressPathRules: the Ingress API's path rules under Prefix and
// Exact, and ingress-nginx's stricter ones for the nginx class.
func TestIngressPathRules(t *testing.T) {
	const pp = "ingress.hosts[0].paths[1].path"
	checkRuleCases(t, []ruleCase{
		{"repeated slash", withPath("/a//b", "Prefix"), pp, field.ErrorTypeInvalid, `must not contain "//"`},
		{"dot segment", withPath("/a/./b", "Exact"), pp, field.ErrorTypeInvalid, `"/./"`},
		{"dot-dot segment", withPath("/a/../b", "Prefix"), pp, field.ErrorTypeInvalid, `"/../"`},
		{"escaped slash", withPath("/a%2Fb", "Exact"), pp, field.ErrorTypeInvalid, `"%2F"`},
		{"ends in /..", withPath("/a/..", "Prefix"), pp, field.ErrorTypeInvalid, `must not end with "/.."`},
		{"nginx: regex under Prefix", withPath("/api/(.*)", "Prefix"), pp, field.ErrorTypeInvalid, "use pathType ImplementationSpecific"},
		{"nginx: space under Exact", withPath("/a b", "Exact"), pp, field.ErrorTypeInvalid, "ingress-nginx accepts only"},
		{"nginx: escape under Prefix", withPath("/a%20b", "Prefix"), pp, field.ErrorTypeInvalid, "ingress-nginx"},
		{"nginx: non-ASCII under Prefix", withPath("/ü", "Prefix"), pp, field.ErrorTypeInvalid, "ingress-nginx"},
		{"nginx: no class is nginx's", func(p *releaseValues) {
			withPath("/~user", "Exact")(p)
			p.Ingress.ClassName = ""
		}, pp, field.ErrorTypeInvalid, "ingress-nginx"},
		{"nginx: directive in any path type", withPath("/a;root /etc;", "ImplementationSpecific"), pp, field.ErrorTypeInvalid, "nginx directives"},
		{"nginx: secrets folder", withPath("/var/run/secrets", "ImplementationSpecific"), pp, field.ErrorTypeInvalid, "/var/run/secrets"},
		{"class annotation differs from className", func(p *releaseValues) {
			p.Ingress.Annotations = map[string]string{"kubernetes.io/ingress.class": "traefik"}
		}, "ingress.annotations[kubernetes.io/ingress.class]", field.ErrorTypeInvalid, "must equal ingress.className"},
	}, true)
}

// TestIngressPathRulesAccept: regex paths with ImplementationSpecific,
// any characters under another class, and ordinary paths are accepted.
func TestIngressPathRulesAccept(t *testing.T) {
	for _, c := range []struct{ class, path, pathType string }{
		{"nginx", "/api(/|$)(.*)", "ImplementationSpecific"},
		{"nginx", "/a%20b", "ImplementationSpecific"},
		{"nginx", "/api/v1.0/a-b_c/", "Prefix"},
		{"nginx", "/v2", "Exact"},
		{"traefik", "/~user", "Prefix"},
		{"traefik", "/a;root /etc;", "ImplementationSpecific"},
	} {
		p := validRelease()
		withPath(c.path, c.pathType)(&p)
		p.Ingress.ClassName = c.class
		p.Ingress.Annotations = map[string]string{"kubernetes.io/ingress.class": c.class}
		if errs := p.Validate(); len(errs) != 0 {
			t.Errorf("%s %s %q: %v", c.class, c.pathType, c.path, errs)
		}
	}
}

func host(name string, paths ...string) values.IngressHost {
	h := values.IngressHost{Host: name}
	for _, p := range paths {
		h.Paths = append(h.Paths, values.IngressPath{Path: p, PathType: "Prefix", Service: "web"})
	}
	return h
}

// TestCertManagerRules: cert-manager's ingress-shim refuses an Ingress
// whose TLS entries share a secretName.
func TestCertManagerRules(t *testing.T) {
	certManager := func(hosts ...values.IngressHost) func(p *releaseValues) {
		return func(p *releaseValues) {
			p.Ingress.Enabled = true
			p.Ingress.CertManager.Enabled = true
			p.Ingress.Hosts = hosts
		}
	}
	checkRuleCases(t, []ruleCase{
		{"dashed names coincide", certManager(host("optio.example.com", "/"), host("optio-example.com", "/")),
			"ingress.hosts[1].host", field.ErrorTypeDuplicate, "optio-example-com-tls is also the one of optio.example.com"},
		{"wildcard and its dashed twin", certManager(host("*.example.com", "/"), host("wildcard.example.com", "/")),
			"ingress.hosts[1].host", field.ErrorTypeDuplicate, "wildcard-example-com-tls"},
		{"secret name longer than 253", certManager(host(strings.Repeat("a", 60)+"."+strings.Repeat("b", 60)+"."+strings.Repeat("c", 60)+"."+strings.Repeat("d", 60)+".example", "/")),
			"ingress.hosts[0].host", field.ErrorTypeInvalid, "certificate Secret name"},
		{"manual TLS annotated for cert-manager: secret twice", func(p *releaseValues) {
			p.Ingress.Enabled = true
			p.Ingress.Annotations = map[string]string{"cert-manager.io/cluster-issuer": "le"}
			p.Ingress.TLS = []values.IngressTLS{{SecretName: "a-tls", Hosts: []string{"optio.example.com"}}, {SecretName: "a-tls", Hosts: []string{"x.example.com"}}}
		}, "ingress.tls[1].secretName", field.ErrorTypeDuplicate, "a-tls"},
		{"manual TLS annotated for cert-manager: no hosts", func(p *releaseValues) {
			p.Ingress.Enabled = true
			p.Ingress.Annotations = map[string]string{"cert-manager.io/issuer": "le"}
			p.Ingress.TLS = []values.IngressTLS{{SecretName: "a-tls"}}
		}, "ingress.tls[0].hosts", field.ErrorTypeRequired, "cert-manager"},
	}, true)
	// One host listed twice is one certificate: valid.
	p := validRelease()
	certManager(host("optio.example.com", "/"), host("optio.example.com", "/api"))(&p)
	if errs := p.Validate(); len(errs) != 0 {
		t.Errorf("a host listed twice: %v", errs)
	}
}

// TestSizeLimits: a Secret or ConfigMap holds at most 1 MiB and an
// object's annotations at most 256 KiB; the error names the value, never
// shows it.
func TestSizeLimits(t *testing.T) {
	huge := strings.Repeat("k", values.MaxConfigDataBytes)
	checkRuleCases(t, []ruleCase{
		{"a 1 MiB encryption key", func(p *releaseValues) { p.Encryption.Key = huge },
			"encryption.key", field.ErrorTypeInvalid, "the Secret optio-config would hold"},
		{"the largest of two values", func(p *releaseValues) {
			p.Webhook.GithubSecret = huge[:600<<10]
			p.Auth.Github.ClientSecret = huge[:500<<10]
		}, "webhook.githubSecret", field.ErrorTypeInvalid, "at most 1048576 (1 MiB)"},
		{"a value of today's chart, bigger than one of March's", func(p *releaseValues) {
			p.Webhook.GithubSecret = huge[:400<<10]
			p.CredentialSecret = huge[:700<<10]
		}, "credentialSecret", field.ErrorTypeInvalid, "the Secret optio-config would hold"},
		{"a ConfigMap with existingSecret", func(p *releaseValues) {
			p.ExistingSecret = "optio-secrets"
			p.PublicURL = "https://optio.example.com/" + huge[:600<<10]
		}, "publicUrl", field.ErrorTypeInvalid, "the ConfigMap optio-config"},
		{"the agent PVC template", func(p *releaseValues) {
			p.Agent.PVC.AccessModes = make([]values.AccessMode, 100000)
			for i := range p.Agent.PVC.AccessModes {
				p.Agent.PVC.AccessModes[i] = "ReadWriteOnce"
			}
		}, "agent.pvc.accessModes", field.ErrorTypeInvalid, "ConfigMap optio-agent-pvc-template"},
		{"annotations with cert-manager's issuer", func(p *releaseValues) {
			p.Ingress.Enabled = true
			p.Ingress.CertManager.Enabled = true
			p.Ingress.Annotations = map[string]string{"a": huge[:200<<10]}
			p.Ingress.CertManager.ClusterIssuer = huge[:100<<10]
		}, "ingress.certManager.clusterIssuer", field.ErrorTypeInvalid, "256 KiB"},
	}, true)
	p := validRelease()
	p.Encryption.Key = huge
	for _, e := range p.Validate() {
		if strings.Contains(e.Error(), "kkkk") {
			t.Errorf("the error shows the value: %.200s", e.Error())
		}
	}
	p.Encryption.Key = huge[:values.MaxConfigDataBytes-2048] // with the rest, just under 1 MiB
	if errs := p.Validate(); len(errs) != 0 {
		t.Errorf("just under 1 MiB: %v", errs)
	}
}
