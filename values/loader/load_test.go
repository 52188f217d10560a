package loader_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"k8s.io/apimachinery/pkg/util/intstr"

	"github.com/optio-cdk8s/optio-cdk8s/values"
	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

const secrets = `
encryption: {key: k}
postgresql: {auth: {password: pw}}
auth: {github: {clientId: id, clientSecret: s}}
publicUrl: https://optio.example.com
`

func noEnv(string) string { return "" }

func write(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func load(t *testing.T, opts loader.Options) (values.Values, error) {
	t.Helper()
	if opts.Getenv == nil {
		opts.Getenv = noEnv
	}
	return loader.Load(opts)
}

func mustLoad(t *testing.T, opts loader.Options) values.Values {
	t.Helper()
	p, err := load(t, opts)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return p
}

// fields returns the paths of a *loader.Error.
func fields(t *testing.T, err error) []string {
	t.Helper()
	var ve *loader.Error
	if !errors.As(err, &ve) {
		t.Fatalf("err = %v (%T), want *loader.Error", err, err)
	}
	var out []string
	for _, e := range ve.Errors {
		out = append(out, e.Field)
	}
	return out
}

func TestMergeOrderAndPrecedence(t *testing.T) {
	a := write(t, "a.yaml", secrets+`
api:
  replicas: 2
  image: {repository: a/api, tag: "1"}
ingress:
  hosts:
    - host: a.example.com
      paths: [{path: /, pathType: Prefix, service: web}]
    - host: b.example.com
      paths: [{path: /, pathType: Prefix, service: web}]
`)
	b := write(t, "b.yaml", `
api:
  image: {tag: "2"}
ingress:
  hosts:
    - host: c.example.com
      paths: [{path: /, pathType: Prefix, service: web}]
`)
	p := mustLoad(t, loader.Options{
		ValueFiles:   []string{a, b},
		Values:       []string{"api.replicas=3", "web.port=3100"},
		StringValues: []string{"postgresql.image.tag=16.4"},
	})
	if *p.API.Replicas != 3 {
		t.Errorf("replicas = %d, want 3 (--set over -f)", *p.API.Replicas)
	}
	if p.API.Image.Repository != "a/api" || p.API.Image.Tag != "2" {
		t.Errorf("image = %+v, want a/api:2 (maps merged deep, later file wins)", p.API.Image)
	}
	if p.API.Image.PullPolicy != "IfNotPresent" {
		t.Errorf("pullPolicy = %q, want the default kept", p.API.Image.PullPolicy)
	}
	if len(p.Ingress.Hosts) != 1 || p.Ingress.Hosts[0].Host != "c.example.com" {
		t.Errorf("hosts = %+v, want b.yaml's list only (lists replaced)", p.Ingress.Hosts)
	}
	if p.Web.Port != 3100 || p.Postgresql.Image.Tag != "16.4" {
		t.Errorf("web.port = %d, postgres tag = %q", p.Web.Port, p.Postgresql.Image.Tag)
	}
	if p.API.Resources.Limits["memory"] != "1Gi" {
		t.Errorf("untouched default lost: %v", p.API.Resources.Limits)
	}
}

func TestHelmSetSyntax(t *testing.T) {
	p := mustLoad(t, loader.Options{
		ValueFiles: []string{write(t, "s.yaml", secrets)},
		Values: []string{
			`ingress.annotations.nginx\.ingress\.kubernetes\.io/proxy-body-size=10m`,
			"ingress.hosts[0].host=optio.corp.dev,ingress.hosts[0].paths[0].path=/,ingress.hosts[0].paths[0].pathType=Prefix,ingress.hosts[0].paths[0].service=web",
			"imagePullSecrets[0].name=reg1,imagePullSecrets[1].name=reg2",
			`serviceAccount.annotations.note=a\,b`,
		},
		LiteralValues: []string{"postgresql.auth.password=x,y=z"},
		JSONValues:    []string{`api.tolerations=[{"key":"k","operator":"Exists"}]`},
	})
	if got := p.Ingress.Annotations["nginx.ingress.kubernetes.io/proxy-body-size"]; got != "10m" {
		t.Errorf("escaped dots: annotations = %v", p.Ingress.Annotations)
	}
	if p.Ingress.Hosts[0].Host != "optio.corp.dev" {
		t.Errorf("hosts = %+v", p.Ingress.Hosts)
	}
	if len(p.ImagePullSecrets) != 2 || p.ImagePullSecrets[1].Name != "reg2" {
		t.Errorf("imagePullSecrets = %+v", p.ImagePullSecrets)
	}
	if p.ServiceAccount.Annotations["note"] != "a,b" {
		t.Errorf("escaped comma: %v", p.ServiceAccount.Annotations)
	}
	if p.Postgresql.Auth.Password != "x,y=z" {
		t.Errorf("--set-literal: %q", p.Postgresql.Auth.Password)
	}
	if len(p.API.Tolerations) != 1 || p.API.Tolerations[0].Operator != "Exists" {
		t.Errorf("--set-json: %+v", p.API.Tolerations)
	}
}

func TestNodePortAsStringOrNumber(t *testing.T) {
	for _, np := range []string{`"30400"`, `30400`} {
		p := mustLoad(t, loader.Options{ValueFiles: []string{write(t, "v.yaml", secrets+"api: {service: {type: NodePort, nodePort: "+np+"}}\n")}})
		if port, ok := values.NodePortNumber(p.API.Service.NodePort); !ok || port != 30400 {
			t.Errorf("nodePort %s -> %v", np, p.API.Service.NodePort)
		}
	}
	p := mustLoad(t, loader.Options{ValueFiles: []string{write(t, "v.yaml", secrets)}, Values: []string{"web.service.type=NodePort", "web.service.nodePort=30310"}})
	if *p.Web.Service.NodePort != intstr.FromInt32(30310) {
		t.Errorf("--set nodePort = %v", p.Web.Service.NodePort)
	}
}

func TestStrictLoading(t *testing.T) {
	cases := []struct {
		name, yaml string
		path       string
		detail     string
	}{
		{"unknown key with hint", "api: {replicaz: 3}", "api.replicaz", `did you mean "replicas"`},
		{"unknown top-level key", "ingres: {enabled: true}", "ingres", `did you mean "ingress"`},
		{"unknown key far from any", "api: {zzzzzzzzzz: 1}", "api.zzzzzzzzzz", "unknown key"},
		{"a shortened key", "auth: {oidc: {issuer: x}}", "auth.oidc.issuer", `did you mean "issuerUrl"`},
		{"a shortened key, two candidates", "api: {autoscaling: {targetCPUUtilization: 5}}", "api.autoscaling.targetCPUUtilization", `did you mean "targetCPUUtilizationPercentage"`},
		{"wrong type", `api: {replicas: "three"}`, "api.replicas", "must be an integer, not a string"},
		{"fraction for an integer", `api: {replicas: 1.5}`, "api.replicas", "must be an integer"},
		{"boolean as a string", `postgresql: {enabled: "false"}`, "postgresql.enabled", "must be a boolean"},
		{"object for a scalar", `namespace: {name: optio}`, "namespace", "must be a string, not an object"},
		{"scalar for an object", `api: 5`, "api", "must be an object"},
		{"list for an object", `auth: [github]`, "auth", "must be an object"},
		{"unquoted numeric tag", `postgresql: {image: {tag: 16.1}}`, "postgresql.image.tag", `Invalid value: 16.1: must be a string: quote it as you wrote it`},
		{"unquoted numeric password", `postgresql: {auth: {password: 12345}}`, "postgresql.auth.password", "quote it"},
		{"bad quantity", `api: {resources: {limits: {memory: 1Gb}}}`, "api.resources.limits.memory", "quantity"},
		{"bad nodePort", `api: {service: {type: NodePort, nodePort: 99999}}`, "api.service.nodePort", "30000 and 32767"},
		{"bad pull secret entry", `imagePullSecrets: [my-secret]`, "imagePullSecrets[0]", "must be an object"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			files := []string{write(t, "secrets.yaml", secrets), write(t, "v.yaml", tc.yaml+"\n")}
			_, err := load(t, loader.Options{ValueFiles: files})
			got := fields(t, err)
			if len(got) != 1 || got[0] != tc.path {
				t.Fatalf("errors at %v, want exactly %s: %v", got, tc.path, err)
			}
			if !strings.Contains(err.Error(), tc.detail) {
				t.Errorf("%q lacks %q", err.Error(), tc.detail)
			}
		})
	}
}

func TestQuantitiesAcceptNumbers(t *testing.T) {
	p := mustLoad(t, loader.Options{ValueFiles: []string{write(t, "v.yaml", secrets+`
resourceQuota: {enabled: true, hard: {pods: 50, limits.cpu: 8, requests.cpu: 1.5}}
api: {resources: {limits: {cpu: 2}}}
`)}})
	if p.ResourceQuota.Hard["pods"] != "50" || p.ResourceQuota.Hard["limits.cpu"] != "8" || p.ResourceQuota.Hard["requests.cpu"] != "1.5" {
		t.Errorf("hard = %v", p.ResourceQuota.Hard)
	}
	if p.API.Resources.Limits["cpu"] != "2" {
		t.Errorf("limits = %v", p.API.Resources.Limits)
	}
	if p.ResourceQuota.Hard["limits.memory"] != "80Gi" {
		t.Errorf("hard lost the default limits.memory: %v", p.ResourceQuota.Hard)
	}
}

// TestNullRemovesTheKey: null removes a key and its default, as in Helm,
// in every map of the values: an optional value is then omitted, a required
// one is reported missing with its path.
func TestNullRemovesTheKey(t *testing.T) {
	p := mustLoad(t, loader.Options{ValueFiles: []string{write(t, "s.yaml", secrets), write(t, "v.yaml",
		"api: {replicas: null, podSecurityContext: {runAsUser: null}, containerSecurityContext: {capabilities: null}}\n")}})
	if p.API.Replicas != nil {
		t.Errorf("api.replicas: null gave %d, want unset (Kubernetes' default)", *p.API.Replicas)
	}
	if p.API.PodSecurityContext.RunAsUser != nil {
		t.Errorf("api.podSecurityContext.runAsUser: null gave %d, want unset (OpenShift assigns the UID)", *p.API.PodSecurityContext.RunAsUser)
	}
	if p.API.PodSecurityContext.RunAsGroup == nil || *p.API.PodSecurityContext.RunAsGroup != 1000 {
		t.Errorf("runAsGroup lost its default: %v", p.API.PodSecurityContext.RunAsGroup)
	}
	if p.API.ContainerSecurityContext.Capabilities != nil {
		t.Errorf("capabilities: null gave %v", p.API.ContainerSecurityContext.Capabilities)
	}
	p = mustLoad(t, loader.Options{ValueFiles: []string{write(t, "s.yaml", secrets)}, Values: []string{"web.replicas=null"}})
	if p.Web.Replicas != nil {
		t.Errorf("--set web.replicas=null gave %d replicas, want unset", *p.Web.Replicas)
	}
	_, err := load(t, loader.Options{ValueFiles: []string{write(t, "s.yaml", secrets), write(t, "v.yaml", "web: {port: null}\napi: {resources: {limits: null}}\n")}})
	msg := fmt.Sprint(err)
	for _, want := range []string{"web.port: Required value", "api.resources.limits.cpu: Required value", "api.resources.limits.memory: Required value"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error lacks %q:\n%s", want, msg)
		}
	}
}

func TestValuesFilesHelmWouldMisread(t *testing.T) {
	for name, content := range map[string]string{
		"two documents": "api: {replicas: 2}\n---\napi: {replicas: 3}\n",
		"duplicate key": "api:\n  replicas: 2\n  replicas: 3\n",
		"a list":        "- a\n- b\n",
		"a scalar":      "optio\n",
	} {
		f := write(t, "v.yaml", content)
		_, err := load(t, loader.Options{ValueFiles: []string{f}})
		if err == nil || !strings.Contains(err.Error(), f) {
			t.Errorf("%s: err = %v, want an error naming the file", name, err)
		}
	}
	if _, err := load(t, loader.Options{ValueFiles: []string{write(t, "empty.yaml", ""), write(t, "s.yaml", secrets)}}); err != nil {
		t.Errorf("empty file: %v", err)
	}
}

func TestSecretValuesNeverShownInErrors(t *testing.T) {
	_, err := load(t, loader.Options{ValueFiles: []string{write(t, "v.yaml", "postgresql: {auth: {password: 987654}}\nencryption: {key: [123456]}\n")}})
	if err == nil || strings.Contains(err.Error(), "987654") || strings.Contains(err.Error(), "123456") {
		t.Errorf("err = %v", err)
	}
	if !strings.Contains(err.Error(), "postgresql.auth.password: Invalid value: must be a string: quote it as you wrote it") {
		t.Errorf("err = %v", err)
	}
}

func TestSecretsNotEchoedFromFlags(t *testing.T) {
	for _, set := range []string{"encryption=SECRETKEY", "externalDatabase=postgres://u:SECRETPW@h/db"} {
		_, err := load(t, loader.Options{Values: []string{set}})
		if err == nil || strings.Contains(err.Error(), "SECRET") {
			t.Errorf("--set %s: %v", set, err)
		}
	}
	_, err := load(t, loader.Options{Values: []string{"encryption.key=abc,SECRETPART"}})
	if err == nil || strings.Contains(err.Error(), "SECRETPART") || !strings.Contains(err.Error(), "--set") {
		t.Errorf("bad --set entry: %v", err)
	}
}

func TestNullRemovesAMapKey(t *testing.T) {
	p := mustLoad(t, loader.Options{ValueFiles: []string{write(t, "v.yaml", secrets+"resourceQuota: {hard: {pods: null}}\n")}})
	if _, ok := p.ResourceQuota.Hard["pods"]; ok || p.ResourceQuota.Hard["requests.cpu"] != "20" {
		t.Errorf("hard = %v, want pods removed and the rest kept", p.ResourceQuota.Hard)
	}
}

func TestAllErrorsAtOnce(t *testing.T) {
	_, err := load(t, loader.Options{ValueFiles: []string{write(t, "v.yaml", `
api: {replicaz: 3, port: 0, resources: {limits: {memory: 1Gb}}}
web: {service: {type: Foo}}
`)}})
	got := strings.Join(fields(t, err), " ")
	for _, want := range []string{"api.replicaz", "api.port", "api.resources.limits.memory", "web.service.type", "encryption.key", "postgresql.auth.password", "auth"} {
		if !strings.Contains(" "+got+" ", " "+want+" ") {
			t.Errorf("no error at %s in %s", want, got)
		}
	}
}

func TestOneErrorPerBadValue(t *testing.T) {
	_, err := load(t, loader.Options{ValueFiles: []string{write(t, "v.yaml", secrets+"api: {image: {tag: 7}}\n")}})
	if got := fields(t, err); len(got) != 1 {
		t.Errorf("errors = %v, want only the decode error (not also 'tag required')", got)
	}
}

func TestSecretsFromEnvironment(t *testing.T) {
	env := map[string]string{
		"OPTIO_ENCRYPTION_KEY":        "from-env",
		"OPTIO_POSTGRES_PASSWORD":     "pg-env",
		"OPTIO_GITHUB_CLIENT_SECRET":  "gh-env",
		"OPTIO_GITHUB_WEBHOOK_SECRET": "hook-env",
	}
	file := write(t, "v.yaml", "auth: {github: {clientId: id}}\nencryption: {key: from-file}\npublicUrl: https://optio.example.com\n")
	p := mustLoad(t, loader.Options{ValueFiles: []string{file}, Getenv: func(k string) string { return env[k] }})
	if p.Encryption.Key != "from-env" || p.Postgresql.Auth.Password != "pg-env" || p.Auth.Github.ClientSecret != "gh-env" || p.Webhook.GithubSecret != "hook-env" {
		t.Errorf("env not applied: %+v %+v %+v", p.Encryption, p.Postgresql.Auth, p.Auth.Github)
	}
	p = mustLoad(t, loader.Options{ValueFiles: []string{file}, Values: []string{"encryption.key=from-set"}, Getenv: func(k string) string { return env[k] }})
	if p.Encryption.Key != "from-set" {
		t.Errorf("--set must win over the environment: %q", p.Encryption.Key)
	}
	// Every secret value has its variable, and every variable sets a
	// secret value.
	byPath := map[string]string{}
	for _, e := range loader.SecretEnv {
		if !loader.SingleLineSecrets()[e.Path] {
			t.Errorf("SecretEnv %s sets %s, which is not a secret value", e.Name, e.Path)
		}
		byPath[e.Path] = e.Name
	}
	for path := range loader.SingleLineSecrets() {
		if byPath[path] == "" && path != "redis.auth.password" { // no variable: docs/security.md
			t.Errorf("secret value %s has no environment variable in SecretEnv", path)
		}
	}
}

// TestSecretsOfTodaysChartFromEnvironment: the secrets of Optio's chart of
// today come from their environment variables too, and reach the API's
// Secret under their keys.
func TestSecretsOfTodaysChartFromEnvironment(t *testing.T) {
	env := map[string]string{
		"OPTIO_OIDC_CLIENT_SECRET":       "oidc-env",
		"OPTIO_GITHUB_APP_CLIENT_SECRET": "app-env",
		"OPTIO_GITHUB_APP_PRIVATE_KEY":   "-----BEGIN KEY-----\nenv\n-----END KEY-----\n",
		"OPTIO_CREDENTIAL_SECRET":        "cred-env",
		"OPTIO_VAPID_PRIVATE_KEY":        "vapid-env",
		"OPTIO_OTEL_HEADERS":             "x-token=env",
	}
	file := write(t, "v.yaml", `
encryption: {key: k}
postgresql: {auth: {password: pw}}
publicUrl: https://optio.example.com
auth: {oidc: {issuerUrl: "https://sso.example.com", clientId: c}}
github: {app: {id: "1", clientId: app}}
notifications: {vapid: {publicKey: pub, subject: "mailto:ops@example.com"}}
observability: {otel: {enabled: true, endpoint: "http://collector:4318"}}
`)
	p := mustLoad(t, loader.Options{ValueFiles: []string{file}, Getenv: func(k string) string { return env[k] }})
	_, got := p.APIEnvironment("optio")
	for key, want := range map[string]string{
		"OIDC_CLIENT_SECRET":         "oidc-env",
		"GITHUB_APP_CLIENT_SECRET":   "app-env",
		"GITHUB_APP_PRIVATE_KEY":     env["OPTIO_GITHUB_APP_PRIVATE_KEY"],
		"OPTIO_CREDENTIAL_SECRET":    "cred-env",
		"OPTIO_VAPID_PRIVATE_KEY":    "vapid-env",
		"OTEL_EXPORTER_OTLP_HEADERS": "x-token=env",
	} {
		if got[key] != want {
			t.Errorf("secret %s = %q, want %q", key, got[key], want)
		}
	}
}

func TestSeedProductionExample(t *testing.T) {
	p := mustLoad(t, loader.Options{ValueFiles: []string{"../../test/testdata/values/production.yaml"}})
	if p.Postgresql.Enabled || p.Redis.Enabled || !p.Ingress.Enabled || !p.ResourceQuota.Enabled || !p.Ingress.CertManager.Enabled {
		t.Errorf("conditionals: %+v", p)
	}
	if p.DatabaseURL("optio") != "postgres://optio:password@your-db.example.com:5432/optio" || p.RedisURL("optio") != "redis://your-redis.example.com:6379" {
		t.Errorf("urls: %s %s", p.DatabaseURL("optio"), p.RedisURL("optio"))
	}
	if p.Agent.ImagePullPolicy != "IfNotPresent" || p.Agent.Image.Reference() != "ghcr.io/your-org/optio-agent-base:latest" {
		t.Errorf("agent = %+v", p.Agent)
	}
	if p.ResourceQuota.Hard["pods"] != "50" {
		t.Errorf("quota defaults lost: %v", p.ResourceQuota.Hard)
	}
}

func TestUnreadableInputs(t *testing.T) {
	if _, err := load(t, loader.Options{ValueFiles: []string{filepath.Join(t.TempDir(), "missing.yaml")}}); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := load(t, loader.Options{ValueFiles: []string{write(t, "bad.yaml", "api: [\n")}}); err == nil || !strings.Contains(err.Error(), "bad.yaml") {
		t.Errorf("bad YAML: %v", err)
	}
	if _, err := load(t, loader.Options{Values: []string{"a[=1"}}); err == nil || !strings.Contains(err.Error(), "--set") {
		t.Errorf("bad --set: %v", err)
	}
}

// TestNumbersReadInexactly: a whole number YAML cannot read exactly (above
// 2^53) is refused where its text is kept (an ID: quote it) and called out
// of range where it fills an integer, from a file and from --set alike.
func TestNumbersReadInexactly(t *testing.T) {
	_, err := load(t, loader.Options{ValueFiles: []string{write(t, "v.yaml", secrets+`
github: {app: {installationId: 9007199254740993}}
agent: {repoInitTimeoutMs: 99999999999999999999}
api: {pdb: {enabled: true, minAvailable: 2147483648}}
`)}})
	if err == nil {
		t.Fatal("accepted")
	}
	for _, want := range []string{
		"github.app.installationId: Invalid value: 9007199254740992: must be quoted: unquoted, a whole number from 2^53",
		"agent.repoInitTimeoutMs: Invalid value: 1e+20: is out of range: a whole number from 2^53",
		"api.pdb.minAvailable: Invalid value: 2147483648: is out of range",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("errors lack %q:\n%v", want, err)
		}
	}
	_, err = load(t, loader.Options{ValueFiles: []string{write(t, "s.yaml", secrets)}, Values: []string{"agent.repoInitTimeoutMs=99999999999999999999"}})
	if err == nil || !strings.Contains(err.Error(), "agent.repoInitTimeoutMs: Invalid value: \"99999999999999999999\": is out of range") {
		t.Errorf("--set: %v", err)
	}
	// Quoted, the digits are kept.
	_, err = load(t, loader.Options{ValueFiles: []string{write(t, "v.yaml", secrets+`
github: {app: {id: "9007199254740993", installationId: "9007199254740993"}}
`)}})
	if err == nil || strings.Contains(err.Error(), "github.app.id: Invalid") || strings.Contains(err.Error(), "installationId") {
		t.Errorf("quoted IDs: %v", err)
	}
}
