package values_test

import (
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/values"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

func TestValidPropsAreValid(t *testing.T) {
	p := validRelease()
	if errs := p.Validate(); len(errs) > 0 {
		t.Fatalf("ValidProps: %v", errs)
	}
}

// Each case breaks one rule; the error must name the value's path, be of the
// expected type, and be the only error.
func TestValidationRules(t *testing.T) {
	pct := func(s string) *intstr.IntOrString { v := intstr.FromString(s); return &v }
	cases := []ruleCase{
		// The seed's required values.
		{"encryption.key required", func(p *releaseValues) { p.Encryption.Key = "" }, "encryption.key", field.ErrorTypeRequired, "openssl rand -hex 32"},
		{"postgres password required", func(p *releaseValues) { p.Postgresql.Auth.Password = "" }, "postgresql.auth.password", field.ErrorTypeRequired, ""},
		{"externalDatabase.url required", func(p *releaseValues) { p.Postgresql.Enabled = false }, "externalDatabase.url", field.ErrorTypeRequired, ""},
		{"externalRedis.url required", func(p *releaseValues) { p.Redis.Enabled = false }, "externalRedis.url", field.ErrorTypeRequired, ""},
		{"an OAuth provider required", func(p *releaseValues) { p.Auth.Github.ClientSecret = "" }, "auth", field.ErrorTypeRequired, "at least one login provider"},
		// Enums.
		{"service type", func(p *releaseValues) { p.API.Service.Type = "Ingress" }, "api.service.type", field.ErrorTypeNotSupported, ""},
		{"pull policy", func(p *releaseValues) { p.Web.Image.PullPolicy = "Sometimes" }, "web.image.pullPolicy", field.ErrorTypeNotSupported, ""},
		{"agent pull policy", func(p *releaseValues) { p.Agent.ImagePullPolicy = "never" }, "agent.imagePullPolicy", field.ErrorTypeNotSupported, ""},
		{"anti-affinity", func(p *releaseValues) { p.API.AntiAffinity = "strict" }, "api.antiAffinity", field.ErrorTypeNotSupported, ""},
		{"log level", func(p *releaseValues) { p.API.Env.LogLevel = "verbose" }, "api.env.LOG_LEVEL", field.ErrorTypeNotSupported, ""},
		{"access mode", func(p *releaseValues) { p.Agent.PVC.AccessModes = []values.AccessMode{"RWO"} }, "agent.pvc.accessModes[0]", field.ErrorTypeNotSupported, ""},
		{"path type", func(p *releaseValues) {
			p.Ingress.Enabled = true
			p.Ingress.Hosts[0].Paths[1].PathType = "Glob"
		}, "ingress.hosts[0].paths[1].pathType", field.ErrorTypeNotSupported, ""},
		{"ingress service", func(p *releaseValues) {
			p.Ingress.Enabled = true
			p.Ingress.Hosts[0].Paths[2].Service = "redis"
		}, "ingress.hosts[0].paths[2].service", field.ErrorTypeNotSupported, ""},
		// Ports.
		{"port 0", func(p *releaseValues) { p.API.Port = 0 }, "api.port", field.ErrorTypeRequired, "between 1 and 65535"},
		{"port 70000", func(p *releaseValues) { p.Web.Port = 70000 }, "web.port", field.ErrorTypeInvalid, "between 1 and 65535"},
		{"nodePort out of range", func(p *releaseValues) {
			p.API.Service = values.ServiceValues{Type: "NodePort", NodePort: new(intstr.FromInt32(99999))}
		}, "api.service.nodePort", field.ErrorTypeInvalid, "between 30000 and 32767"},
		{"nodePort not a number", func(p *releaseValues) {
			p.API.Service = values.ServiceValues{Type: "NodePort", NodePort: new(intstr.FromString("30k"))}
		}, "api.service.nodePort", field.ErrorTypeInvalid, "port number"},
		{"nodePort without NodePort", func(p *releaseValues) { p.Web.Service.NodePort = new(intstr.FromInt32(30310)) }, "web.service.nodePort", field.ErrorTypeForbidden, "NodePort"},
		{"same nodePort twice", func(p *releaseValues) {
			p.API.Service = values.ServiceValues{Type: "NodePort", NodePort: new(intstr.FromString("30400"))}
			p.Web.Service = values.ServiceValues{Type: "NodePort", NodePort: new(intstr.FromInt32(30400))}
		}, "web.service.nodePort", field.ErrorTypeDuplicate, ""},
		// Names.
		{"namespace", func(p *releaseValues) { p.Namespace = "Optio_NS" }, "namespace", field.ErrorTypeInvalid, "RFC 1123"},
		{"release name too long", func(p *releaseValues) { p.ReleaseName = strings.Repeat("a", 45) }, "releaseName", field.ErrorTypeInvalid, "agent-pvc-template"},
		{"release name starting with a digit", func(p *releaseValues) { p.ReleaseName = "1st" }, "releaseName", field.ErrorTypeInvalid, "1st-api"},
		{"service account name", func(p *releaseValues) { p.ServiceAccount.Name = "Optio SA" }, "serviceAccount.name", field.ErrorTypeInvalid, ""},
		{"image pull secret entry", func(p *releaseValues) { p.ImagePullSecrets = []values.LocalObjectReference{{}} }, "imagePullSecrets[0].name", field.ErrorTypeRequired, ""},
		// A list map keyed by name: a server-side apply refuses a name twice.
		{"image pull secret twice", func(p *releaseValues) {
			p.ImagePullSecrets = []values.LocalObjectReference{{Name: "a"}, {Name: "a"}}
		}, "imagePullSecrets[1].name", field.ErrorTypeDuplicate, ""},
		{"existingSecret name", func(p *releaseValues) { p.ExistingSecret = "my_secret" }, "existingSecret", field.ErrorTypeInvalid, ""},
		// Ingress.
		{"ingress host", func(p *releaseValues) {
			p.Ingress.Enabled = true
			p.Ingress.Hosts[0].Host = "optio..example.com"
		}, "ingress.hosts[0].host", field.ErrorTypeInvalid, ""},
		{"ingress wildcard in the middle", func(p *releaseValues) {
			p.Ingress.Enabled = true
			p.Ingress.Hosts[0].Host = "optio.*.example.com"
		}, "ingress.hosts[0].host", field.ErrorTypeInvalid, ""},
		{"ingress relative path", func(p *releaseValues) {
			p.Ingress.Enabled = true
			p.Ingress.Hosts[0].Paths[0].Path = "api"
		}, "ingress.hosts[0].paths[0].path", field.ErrorTypeInvalid, "start with '/'"},
		{"ingress tls secret", func(p *releaseValues) {
			p.Ingress.Enabled = true
			p.Ingress.TLS = []values.IngressTLS{{Hosts: []string{"optio.example.com"}}}
		}, "ingress.tls[0].secretName", field.ErrorTypeRequired, ""},
		{"ingress annotation key", func(p *releaseValues) {
			p.Ingress.Enabled = true
			p.Ingress.Annotations = map[string]string{"bad key": "x"}
		}, "ingress.annotations", field.ErrorTypeInvalid, ""},
		// URLs.
		{"externalDatabase scheme", func(p *releaseValues) {
			p.Postgresql.Enabled = false
			p.ExternalDatabase.URL = "mysql://u:secretpw@db:3306/optio"
		}, "externalDatabase.url", field.ErrorTypeInvalid, "postgres:// or postgresql://"},
		{"externalRedis scheme", func(p *releaseValues) {
			p.Redis.Enabled = false
			p.ExternalRedis.URL = "http://cache:6379"
		}, "externalRedis.url", field.ErrorTypeInvalid, "redis:// or rediss://"},
		{"publicUrl", func(p *releaseValues) { p.PublicURL = "optio.example.com" }, "publicUrl", field.ErrorTypeInvalid, ""},
		// Quantities.
		{"memory 1Gb", func(p *releaseValues) { p.API.Resources.Limits["memory"] = "1Gb" }, "api.resources.limits.memory", field.ErrorTypeInvalid, "quantity"},
		{"request over limit", func(p *releaseValues) { p.Redis.Resources.Requests["cpu"] = "2" }, "redis.resources.requests.cpu", field.ErrorTypeInvalid, "less than or equal"},
		{"pvc size", func(p *releaseValues) { p.Agent.PVC.Size = "ten" }, "agent.pvc.size", field.ErrorTypeInvalid, ""},
		{"postgres storage", func(p *releaseValues) { p.Postgresql.Storage.Size = "" }, "postgresql.storage.size", field.ErrorTypeRequired, ""},
		{"quota quantity", func(p *releaseValues) {
			p.ResourceQuota.Enabled = true
			p.ResourceQuota.Hard["pods"] = "fifty"
		}, "resourceQuota.hard[pods]", field.ErrorTypeInvalid, ""},
		{"quota key", func(p *releaseValues) {
			p.ResourceQuota.Enabled = true
			p.ResourceQuota.Hard["limits cpu"] = "4"
		}, "resourceQuota.hard[limits cpu]", field.ErrorTypeInvalid, ""},
		// Knobs beyond the seed.
		{"pdb percent", func(p *releaseValues) {
			p.Web.PDB = values.PDBValues{Enabled: true, MinAvailable: pct("150%")}
		}, "web.pdb.minAvailable", field.ErrorTypeInvalid, ""},
		{"hpa bounds", func(p *releaseValues) {
			p.API.Autoscaling.Enabled = true
			p.API.Autoscaling.MaxReplicas = 0
		}, "api.autoscaling.maxReplicas", field.ErrorTypeInvalid, ""},
		{"hpa target", func(p *releaseValues) {
			p.Web.Autoscaling.Enabled = true
			p.Web.Autoscaling.TargetCPU = new(int32(0))
		}, "web.autoscaling.targetCPU", field.ErrorTypeInvalid, ""},
		{"cpu request required", func(p *releaseValues) { delete(p.Web.Resources.Requests, "cpu") }, "web.resources.requests.cpu", field.ErrorTypeRequired, "requests and limits"},
		{"memory limit required", func(p *releaseValues) { delete(p.Redis.Resources.Limits, "memory") }, "redis.resources.limits.memory", field.ErrorTypeRequired, ""},
		{"disabled postgres still checked", func(p *releaseValues) {
			p.Postgresql.Enabled = false
			p.ExternalDatabase.URL = "postgres://db/optio"
			p.Postgresql.Image.PullPolicy = "Bogus"
		}, "postgresql.image.pullPolicy", field.ErrorTypeNotSupported, ""},
		{"disabled ingress still checked", func(p *releaseValues) { p.Ingress.Hosts[0].Paths[0].PathType = "Wrong" }, "ingress.hosts[0].paths[0].pathType", field.ErrorTypeNotSupported, ""},
		{"disabled quota still checked", func(p *releaseValues) { p.ResourceQuota.Hard["cpu"] = "lots" }, "resourceQuota.hard[cpu]", field.ErrorTypeInvalid, ""},
		{"empty quota", func(p *releaseValues) {
			p.ResourceQuota.Enabled = true
			p.ResourceQuota.Hard = values.ResourceList{}
		}, "resourceQuota.hard", field.ErrorTypeRequired, ""},
		{"namespace a subdomain, not a label", func(p *releaseValues) { p.Namespace = "optio.prod" }, "namespace", field.ErrorTypeInvalid, ""},
		{"toleration operator", func(p *releaseValues) {
			p.Redis.Tolerations = []values.Toleration{{Key: "k", Operator: "In"}}
		}, "redis.tolerations[0].operator", field.ErrorTypeNotSupported, ""},
		{"node selector", func(p *releaseValues) { p.Postgresql.NodeSelector = map[string]string{"pool": "a b"} }, "postgresql.nodeSelector", field.ErrorTypeInvalid, ""},
		{"image tag", func(p *releaseValues) { p.API.Image.Tag = "" }, "api.image.tag", field.ErrorTypeRequired, ""},
		{"image tag too long", func(p *releaseValues) { p.API.Image.Tag = strings.Repeat("a", 129) }, "api.image.tag", field.ErrorTypeInvalid, "at most 128"},
		{"image tag with a comma", func(p *releaseValues) { p.Web.Image.Tag = "a,b=c" }, "web.image.tag", field.ErrorTypeInvalid, ""},
		{"bad digest", func(p *releaseValues) { p.Web.Image.Tag = "sha256:abc" }, "web.image.tag", field.ErrorTypeInvalid, "digest"},
		{"upper-case repository", func(p *releaseValues) { p.API.Image.Repository = "UPPER/X" }, "api.image.repository", field.ErrorTypeInvalid, "lower case"},
		{"repository with a digest", func(p *releaseValues) { p.Agent.Image.Repository = "r/x@sha256:abc" }, "agent.image.repository", field.ErrorTypeInvalid, "digest"},
		{"repository with a tag", func(p *releaseValues) { p.Redis.Image.Repository = "redis:7" }, "redis.image.repository", field.ErrorTypeInvalid, "tag"},
		{"ingress host an IP", func(p *releaseValues) {
			p.Ingress.Enabled = true
			p.Ingress.Hosts[0].Host = "10.0.0.1"
		}, "ingress.hosts[0].host", field.ErrorTypeInvalid, "not an IP address"},
		{"ingress duplicate path", func(p *releaseValues) {
			p.Ingress.Enabled = true
			p.Ingress.Hosts = append(p.Ingress.Hosts, values.IngressHost{Host: "optio.example.com", Paths: []values.IngressPath{{Path: "/", PathType: "Prefix", Service: "api"}}})
		}, "ingress.hosts[1].paths[0].path", field.ErrorTypeDuplicate, ""},
		{"zero storage", func(p *releaseValues) { p.Postgresql.Storage.Size = "0" }, "postgresql.storage.size", field.ErrorTypeInvalid, "greater than zero"},
		{"unknown quota resource", func(p *releaseValues) {
			p.ResourceQuota.Enabled = true
			p.ResourceQuota.Hard["foo"] = "1"
		}, "resourceQuota.hard[foo]", field.ErrorTypeInvalid, "standard quota resource"},
		{"redis port", func(p *releaseValues) {
			p.Redis.Enabled = false
			p.ExternalRedis.URL = "redis://cache:99999"
		}, "externalRedis.url", field.ErrorTypeInvalid, "between 1 and 65535"},
	}
	checkRuleCases(t, cases, false)
}

func TestValidationReportsEveryErrorAtOnce(t *testing.T) {
	p := defaultRelease()
	p.API.Port = 0
	p.Web.Service.Type = "Foo"
	p.API.Resources.Limits["memory"] = "1Gb"
	got := map[string]bool{}
	for _, e := range p.Validate() {
		got[e.Field] = true
	}
	for _, want := range []string{"encryption.key", "postgresql.auth.password", "auth", "api.port", "web.service.type", "api.resources.limits.memory"} {
		if !got[want] {
			t.Errorf("no error for %s; got %v", want, got)
		}
	}
}

func TestValidationSecretPasswordNotEchoed(t *testing.T) {
	p := validRelease()
	p.Postgresql.Enabled = false
	for _, u := range []string{"mysql://user:hunter2@db/optio", "postgres://optio:hunter2#99@db/optio", "postgres://optio:hunter2@db:port/optio", "u:hunter2@db.example.com:5432/optio"} {
		p.ExternalDatabase.URL = u
		errs := p.Validate()
		if len(errs) == 0 {
			t.Errorf("%s: no error", u)
		}
		for _, e := range errs {
			if strings.Contains(e.Error(), "hunter2") {
				t.Errorf("error echoes the password: %s", e.Error())
			}
		}
	}
}

func TestValidEdgeCases(t *testing.T) {
	p := validRelease()
	p.API.Image.Tag = "sha256:" + strings.Repeat("a", 64)
	p.Web.Image.Repository = "registry.example.com:5000/team/optio-web"
	p.Ingress.Enabled = true
	p.Ingress.Hosts[0].Host = "*.optio.example.com"
	p.ResourceQuota.Enabled = true
	p.ResourceQuota.Hard["count/deployments.apps"] = "10"
	p.ResourceQuota.Hard["gold.storageclass.storage.k8s.io/requests.storage"] = "100Gi"
	p.ReleaseName = strings.Repeat("a", 44)
	if errs := p.Validate(); len(errs) != 0 {
		t.Fatalf("errs = %v", errs)
	}
	if got := p.API.Image.Reference(); got != "optio-api@sha256:"+strings.Repeat("a", 64) {
		t.Errorf("digest reference = %s", got)
	}
}

func TestExistingSecretRelaxesSecretChecks(t *testing.T) {
	p := defaultRelease()
	p.ExistingSecret = "optio-secrets"
	p.Postgresql.Enabled = false
	p.Redis.Enabled = false
	p.PublicURL = "https://optio.example.com"
	errs := p.Validate()
	if len(errs) != 1 || errs[0].Field != "auth" || !strings.Contains(errs[0].Detail, "clientId") {
		t.Fatalf("errs = %v, want only the OAuth clientId requirement", errs)
	}
	p.Auth.Google.ClientID = "g-id"
	if errs := p.Validate(); len(errs) != 0 {
		t.Errorf("errs = %v", errs)
	}
}

func TestAuthDisabledNeedsNoProviderNorPassword(t *testing.T) {
	p := defaultRelease()
	p.Auth.Disabled = true
	p.Encryption.Key = "k"
	if errs := p.Validate(); len(errs) != 0 {
		t.Errorf("errs = %v", errs)
	}
}
