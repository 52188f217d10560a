package values_test

import (
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/values"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// pinned are ValidProps without any warning: pinned tags, registry pull
// policy for agents, and existingSecret so no secret lands in the output.
func pinned() releaseValues {
	p := defaultRelease()
	p.ExistingSecret = "optio-secrets"
	p.Auth.Github.ClientID = "gh-id"
	p.PublicURL = "https://optio.example.com"
	for _, img := range []*values.ImageValues{&p.API.Image, &p.Web.Image, &p.Agent.Image.ImageValues, &p.Optio.Image} {
		img.Tag = "0.1.0"
	}
	p.Agent.ImagePullPolicy = "IfNotPresent"
	return p
}

func TestNoWarningsForACarefulConfiguration(t *testing.T) {
	p := pinned()
	if w := p.Warnings(); len(w) != 0 {
		t.Errorf("warnings = %v", w)
	}
}

func TestWarnings(t *testing.T) {
	cases := []struct {
		name   string
		change func(p *releaseValues)
		want   string // the whole line's prefix: path first
	}{
		{"secret in output", func(p *releaseValues) {
			*p = validRelease()
			p.API.Image.Tag, p.Web.Image.Tag, p.Agent.Image.Tag, p.Agent.ImagePullPolicy = "1", "1", "1", "Always"
			p.Postgresql.Auth.Password = ""
			p.Auth.Disabled = true
			p.Auth.Github = values.OAuthProviderValues{}
		}, "encryption.key: secret value written into the output (Secret optio-config); in a GitOps flow set existingSecret instead"},
		{"password in external database url", func(p *releaseValues) {
			p.Postgresql.Enabled = false
			p.ExternalDatabase.URL = "postgres://u:pw@db/optio"
		}, "externalDatabase.url: ignored: with existingSecret the Secret \"optio-secrets\" provides it"},
		{"secret ignored with existingSecret", func(p *releaseValues) { p.Webhook.GithubSecret = "x" },
			"webhook.githubSecret: ignored: with existingSecret"},
		{"latest tag", func(p *releaseValues) { p.Web.Image.Tag = "latest" }, "web.image.tag: \"latest\" is not reproducible"},
		{"latest tag of an enabled database only", func(p *releaseValues) { p.Redis.Image.Tag = "latest" }, "redis.image.tag: \"latest\""},
		{"agents pull Never", func(p *releaseValues) { p.Agent.ImagePullPolicy = "Never" }, "agent.imagePullPolicy: Never works only"},
		{"auth disabled", func(p *releaseValues) { p.Auth.Disabled = true }, "auth.disabled: authentication is off"},
		{"assistant outside namespace optio", func(p *releaseValues) { p.Namespace = "agents" }, "optio.enabled: the Optio 0.4.0 API looks for the assistant's pod in the namespace \"optio\" only (not \"agents\")"},
		{"ingress without tls", func(p *releaseValues) { p.Ingress.Enabled = true }, "ingress.tls: the Ingress serves plain HTTP"},
		{"redis password with existingSecret", func(p *releaseValues) {
			p.Redis.Enabled = false
			p.ExternalRedis.URL = "redis://:rpw@cache:6379"
		}, "externalRedis.url: ignored: with existingSecret the Secret \"optio-secrets\" provides it (key REDIS_URL)"},
		{"manual tls with cert-manager", func(p *releaseValues) {
			p.Ingress.Enabled, p.Ingress.CertManager.Enabled = true, true
			p.Ingress.TLS = []values.IngressTLS{{SecretName: "x", Hosts: []string{"optio.example.com"}}}
		}, "ingress.tls: ignored: with ingress.certManager.enabled"},
		{"pdb minAvailable blocks drains", func(p *releaseValues) {
			one := intstr.FromInt32(1)
			p.API.PDB = values.PDBValues{Enabled: true, MinAvailable: &one}
		}, "api.pdb: with 1 replicas no pod may ever be evicted"},
		{"pdb maxUnavailable 0% blocks drains", func(p *releaseValues) {
			zero := intstr.FromString("0%")
			p.Web.Replicas = new(int32(3))
			p.Web.PDB = values.PDBValues{Enabled: true, MaxUnavailable: &zero}
		}, "web.pdb: with 3 replicas no pod may ever be evicted"},
		{"shared service account name", func(p *releaseValues) { p.ReleaseName = "team-a" },
			"serviceAccount.name: \"optio\" is the default of every release"},
		{"half a provider", func(p *releaseValues) {
			p.ExistingSecret = ""
			p.Encryption.Key, p.Postgresql.Auth.Password = "k", "pw"
			p.Auth.Github.ClientSecret = "s"
			p.Auth.Google.ClientID = "only-id"
		}, "auth.google: only one of clientId and clientSecret is set"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := pinned()
			tc.change(&p)
			found := false
			for _, w := range p.Warnings() {
				found = found || strings.HasPrefix(w, tc.want)
			}
			if !found {
				t.Errorf("no warning %q in %q", tc.want, p.Warnings())
			}
		})
	}
	p := pinned()
	p.ExistingSecret = ""
	p.Auth.Gitlab.ClientSecret = "s" // no clientId: not emitted, so not "written"
	for _, w := range p.Warnings() {
		if strings.HasPrefix(w, "auth.gitlab.clientSecret") {
			t.Errorf("warning about a secret that is not written: %s", w)
		}
	}
	p = pinned()
	p.Postgresql.Enabled = false
	p.Postgresql.Image.Tag = "latest"
	for _, w := range p.Warnings() {
		if strings.HasPrefix(w, "postgresql.") {
			t.Errorf("warning about a disabled component: %s", w)
		}
	}
}

func TestRedisPasswordStaysOutOfTheConfigMap(t *testing.T) {
	p := pinned()
	p.Redis.Enabled = false
	p.ExternalRedis.URL = "redis://:rpw@cache:6379"
	// Validate refuses it with the Secret key to use; the environment keeps
	// it out of the ConfigMap even for props never validated.
	if errs := p.Validate(); !strings.Contains(errs.ToAggregate().Error(), "externalRedis.url") || !strings.Contains(errs.ToAggregate().Error(), "REDIS_URL") {
		t.Errorf("Validate = %v, want externalRedis.url refused, naming the key REDIS_URL", errs)
	}
	settings, _ := p.APIEnvironment()
	if _, ok := settings["REDIS_URL"]; ok {
		t.Error("REDIS_URL with a password in the ConfigMap")
	}
	required, _ := p.SecretKeys()
	if !strings.Contains(strings.Join(required, " "), "REDIS_URL") {
		t.Errorf("SecretKeys = %v, want REDIS_URL required", required)
	}
	p.ExternalRedis.URL = "redis://cache:6379"
	if settings, _ := p.APIEnvironment(); settings["REDIS_URL"] != "redis://cache:6379" {
		t.Errorf("REDIS_URL without a password = %q, want it in the ConfigMap", settings["REDIS_URL"])
	}
}
