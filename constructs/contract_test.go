package optio_test

import (
	"fmt"
	"strings"
	"testing"

	"k8s.io/apimachinery/pkg/util/intstr"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// where a variable of the 0.4.0 contract lives.
const (
	onAPI       = "api"        // env of the api container
	inAPIConfig = "api config" // R-config, read by the api container with envFrom
	onWeb       = "web"        // env of the web container
	onOptio     = "optio"      // env of the assistant's container
)

// contractEnv is the environment of one synthesized release, as the
// containers of the 0.4.0 images see it: a value, or "fieldRef:<path>" for
// the downward API; a variable absent from a map is unset.
type contractEnv map[string]map[string]string

func envOfRelease(t *testing.T, p optio.OptioChartProps) contractEnv {
	t.Helper()
	objs := testutil.Objects(t, p)
	env := contractEnv{}
	for where, id := range map[string]string{onAPI: "Deployment/optio-api", onWeb: "Deployment/optio-web", onOptio: "Deployment/optio-optio"} {
		env[where] = map[string]string{}
		o, ok := objs[id]
		if !ok {
			continue
		}
		list, _ := container(t, o).Get("env").([]interface{})
		for _, e := range list {
			m := manifest.Object(e.(map[string]interface{}))
			v, _ := m.Get("value").(string)
			if ref, ok := m.Get("valueFrom", "fieldRef", "fieldPath").(string); ok {
				v = "fieldRef:" + ref
			}
			env[where][m.Get("name").(string)] = v
		}
	}
	env[inAPIConfig] = secretData(t, testutil.Must(t, objs, "Secret/optio-config"))
	return env
}

// TestContractOfTheImages: each variable of the 0.4.0 images' contract
// (the contract's table, less REDIS_PASSWORD and REDIS_CA_CERT_PATH, which
// come with Redis auth and TLS) reaches the container that reads it, with
// the value built from the values, and is unset where the contract says
// so.
func TestContractOfTheImages(t *testing.T) {
	type change func(p *optio.OptioChartProps)
	none := func(*optio.OptioChartProps) {}
	oidc := func(p *optio.OptioChartProps) {
		p.Auth.OIDC = values.OIDCValues{IssuerURL: "https://sso.example.com/realms/optio", ClientID: "optio", ClientSecret: "oidc-secret", DisplayName: "Corp SSO", Scopes: "openid email"}
	}
	app := func(p *optio.OptioChartProps) {
		p.Github.App = values.GithubAppValues{ID: "123456", ClientID: "Iv1.app", ClientSecret: "app-secret", InstallationID: "987654",
			PrivateKey: "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n", BotName: "optio[bot]", BotEmail: "123456+optio[bot]@users.noreply.github.com"}
	}
	vapid := func(p *optio.OptioChartProps) {
		p.Notifications.Vapid = values.VapidValues{PublicKey: "BPub", PrivateKey: "priv", Subject: "mailto:ops@example.com"}
	}
	otel := func(p *optio.OptioChartProps) {
		o := &p.Observability.OTel
		o.Enabled, o.Endpoint, o.Headers, o.ResourceAttributes = true, "https://otlp.example.com:4318", "x-team=abc", "team=platform"
		o.SamplingRatio, o.MetricsIntervalMs, o.LogsEnabled, o.Debug = "0.25", "15000", true, true
	}
	cases := []struct {
		where, name string
		set         change
		want        string // "" with unset: the variable is absent
		unset       bool
	}{
		// The web UI.
		{onWeb, "INTERNAL_API_URL", func(p *optio.OptioChartProps) { p.API.Port = 4100 }, "http://optio-api:4100", false},
		{onWeb, "OPTIO_AUTH_DISABLED", none, "false", false},
		{onWeb, "OPTIO_AUTH_DISABLED", func(p *optio.OptioChartProps) { p.Auth.Disabled = true }, "true", false},
		{onWeb, "PUBLIC_URL", func(p *optio.OptioChartProps) { p.PublicURL = "https://optio.corp/" }, "https://optio.corp", false},
		{onWeb, "PUBLIC_URL", func(p *optio.OptioChartProps) { p.PublicURL, p.Auth.Disabled = "", true }, "", true},
		{onWeb, "PORT", func(p *optio.OptioChartProps) { p.Web.Port = 8081 }, "8081", false},
		{onWeb, "HOSTNAME", none, "0.0.0.0", false},
		{onWeb, "HOSTNAME", func(p *optio.OptioChartProps) { p.Web.ListenAddress = "::" }, "::", false},
		{onWeb, "PUBLIC_API_URL", none, "", true},
		{onWeb, "PUBLIC_API_URL", func(p *optio.OptioChartProps) { p.Web.PublicAPIURL = "https://api.optio.corp" }, "https://api.optio.corp", false},
		{onWeb, "PUBLIC_API_URL", func(p *optio.OptioChartProps) {
			p.API.Service.Type, p.API.Service.NodePort = "NodePort", intstrPtr(30400)
		}, "http://localhost:30400", false},
		// The API's own environment.
		{inAPIConfig, "PUBLIC_URL", func(p *optio.OptioChartProps) { p.PublicURL = "https://optio.corp" }, "https://optio.corp", false},
		{onAPI, "OPTIO_API_INTERNAL_URL", func(p *optio.OptioChartProps) { p.API.Port = 4100 }, "http://optio-api:4100", false},
		{onAPI, "OPTIO_NAMESPACE", none, "fieldRef:metadata.namespace", false},
		{onAPI, "OPTIO_SERVICE_ACCOUNT_NAME", none, "fieldRef:spec.serviceAccountName", false},
		{onAPI, "API_HOST", func(p *optio.OptioChartProps) { p.API.Host = "::" }, "::", false},
		{inAPIConfig, "OPTIO_STATEFULSET_ENABLED", none, "true", false},
		{inAPIConfig, "OPTIO_STATEFULSET_ENABLED", func(p *optio.OptioChartProps) { p.Agent.StatefulSet.Enabled = false }, "false", false},
		{inAPIConfig, "OPTIO_TERMINATION_GRACE_PERIOD_SECONDS", func(p *optio.OptioChartProps) { p.Agent.StatefulSet.TerminationGracePeriodSeconds = new(int64(120)) }, "120", false},
		{inAPIConfig, "OPTIO_ENVOY_IMAGE", none, "envoyproxy/envoy:v1.31-latest", false},
		{inAPIConfig, "OPTIO_ENVOY_IMAGE", func(p *optio.OptioChartProps) {
			p.Agent.EnvoyProxy.Image = values.ImageValues{Repository: "mirror.example.com/envoy", Tag: "sha256:" + strings.Repeat("b", 64)}
		}, "mirror.example.com/envoy@sha256:" + strings.Repeat("b", 64), false},
		{inAPIConfig, "OPTIO_AGENT_IMAGE_PREFIX", none, "ghcr.io/jonwiggins/optio-agent-", false},
		{inAPIConfig, "OPTIO_AGENT_IMAGE_PREFIX", func(p *optio.OptioChartProps) { p.Agent.Image.Prefix = "" }, "", true},
		{inAPIConfig, "OPTIO_AGENT_IMAGE_TAG", func(p *optio.OptioChartProps) { p.Agent.Image.Tag = "0.4.0" }, "0.4.0", false},
		{inAPIConfig, "OPTIO_AGENT_NODE_SELECTOR", none, "", true},
		{inAPIConfig, "OPTIO_AGENT_NODE_SELECTOR", func(p *optio.OptioChartProps) {
			p.Agent.NodeSelector = map[string]string{"pool": "agents", "cloud.google.com/gke-nodepool": "agents-1"}
		}, `{"cloud.google.com/gke-nodepool":"agents-1","pool":"agents"}`, false},
		{inAPIConfig, "OPTIO_AGENT_TOLERATIONS", func(p *optio.OptioChartProps) {
			p.Agent.Tolerations = []values.Toleration{{Key: "optio.dev/agents", Operator: "Exists", Effect: "NoExecute", TolerationSeconds: new(int64(60))}}
		}, `[{"key":"optio.dev/agents","operator":"Exists","effect":"NoExecute","tolerationSeconds":60}]`, false},
		{inAPIConfig, "OPTIO_CACHE_STORAGE_CLASS", none, "", true},
		{inAPIConfig, "OPTIO_CACHE_STORAGE_CLASS", func(p *optio.OptioChartProps) { p.Agent.Cache.StorageClass = "fast" }, "fast", false},
		{inAPIConfig, "OPTIO_CACHE_MAX_SIZE_PER_DIR_GI", func(p *optio.OptioChartProps) { p.Agent.Cache.MaxSizePerDirectoryGi = new(int64(50)) }, "50", false},
		{inAPIConfig, "OPTIO_CACHE_MAX_SIZE_TOTAL_GI", func(p *optio.OptioChartProps) { p.Agent.Cache.MaxSizeTotalGi = new(int64(500)) }, "500", false},
		{inAPIConfig, "OPTIO_REPO_INIT_TIMEOUT_MS", func(p *optio.OptioChartProps) { p.Agent.RepoInitTimeoutMs = new(int64(600000)) }, "600000", false},
		{inAPIConfig, "OPTIO_HOME_PVC_SIZE", func(p *optio.OptioChartProps) { p.Agent.PVC.Size = "20Gi" }, "20Gi", false},
		{inAPIConfig, "OPTIO_HOME_PVC_STORAGE_CLASS", func(p *optio.OptioChartProps) { p.Agent.PVC.StorageClass = "ssd" }, "ssd", false},
		{inAPIConfig, "OPTIO_POD_ENABLED", none, "true", false},
		{inAPIConfig, "OPTIO_POD_ENABLED", func(p *optio.OptioChartProps) { p.Optio.Enabled = false }, "false", false},
		{inAPIConfig, "OIDC_ISSUER_URL", none, "", true},
		{inAPIConfig, "OIDC_ISSUER_URL", oidc, "https://sso.example.com/realms/optio", false},
		{inAPIConfig, "OIDC_CLIENT_ID", oidc, "optio", false},
		{inAPIConfig, "OIDC_CLIENT_SECRET", oidc, "oidc-secret", false},
		{inAPIConfig, "OIDC_DISPLAY_NAME", oidc, "Corp SSO", false},
		{inAPIConfig, "OIDC_SCOPES", oidc, "openid email", false},
		{inAPIConfig, "GITHUB_APP_ID", none, "", true},
		{inAPIConfig, "GITHUB_APP_ID", app, "123456", false},
		{inAPIConfig, "GITHUB_APP_CLIENT_ID", app, "Iv1.app", false},
		{inAPIConfig, "GITHUB_APP_CLIENT_ID", func(p *optio.OptioChartProps) { app(p); p.Github.App.ClientID, p.Github.App.ClientSecret = "", "" }, "", true},
		{inAPIConfig, "GITHUB_APP_CLIENT_SECRET", app, "app-secret", false},
		{inAPIConfig, "GITHUB_APP_INSTALLATION_ID", app, "987654", false},
		{inAPIConfig, "GITHUB_APP_PRIVATE_KEY", app, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n", false},
		{inAPIConfig, "GITHUB_APP_BOT_NAME", app, "optio[bot]", false},
		{inAPIConfig, "GITHUB_APP_BOT_EMAIL", app, "123456+optio[bot]@users.noreply.github.com", false},
		{inAPIConfig, "OPTIO_CREDENTIAL_SECRET", none, "", true},
		{inAPIConfig, "OPTIO_CREDENTIAL_SECRET", func(p *optio.OptioChartProps) { p.CredentialSecret = "cred" }, "cred", false},
		{inAPIConfig, "OPTIO_VAPID_PUBLIC_KEY", vapid, "BPub", false},
		{inAPIConfig, "OPTIO_VAPID_PRIVATE_KEY", vapid, "priv", false},
		{inAPIConfig, "OPTIO_VAPID_SUBJECT", vapid, "mailto:ops@example.com", false},
		{inAPIConfig, "OPTIO_VAPID_PUBLIC_KEY", none, "", true},
		{inAPIConfig, "OPTIO_OTEL_ENABLED", none, "", true},
		{inAPIConfig, "OPTIO_OTEL_ENABLED", otel, "true", false},
		{inAPIConfig, "OTEL_EXPORTER_OTLP_ENDPOINT", otel, "https://otlp.example.com:4318", false},
		{inAPIConfig, "OTEL_EXPORTER_OTLP_PROTOCOL", otel, "http/protobuf", false},
		{inAPIConfig, "OTEL_EXPORTER_OTLP_HEADERS", otel, "x-team=abc", false},
		{inAPIConfig, "OTEL_SERVICE_NAME", otel, "optio-api", false},
		{inAPIConfig, "OTEL_RESOURCE_ATTRIBUTES", otel, "team=platform", false},
		{inAPIConfig, "OPTIO_OTEL_SAMPLING_RATIO", otel, "0.25", false},
		{inAPIConfig, "OPTIO_OTEL_METRICS_INTERVAL_MS", otel, "15000", false},
		{inAPIConfig, "OPTIO_OTEL_LOGS_ENABLED", otel, "true", false},
		{inAPIConfig, "OPTIO_OTEL_DEBUG", otel, "true", false},
		// The assistant.
		{onOptio, "OPTIO_API_URL", func(p *optio.OptioChartProps) { p.API.Port = 4100 }, "http://optio-api:4100", false},
		{onOptio, "OPTIO_POD_ROLE", none, "optio", false},
	}
	for i, c := range cases {
		t.Run(fmt.Sprintf("%s/%s/%d", c.where, c.name, i), func(t *testing.T) {
			p := testutil.ValidProps()
			c.set(&p)
			env := envOfRelease(t, p)
			got, ok := env[c.where][c.name]
			switch {
			case c.unset && ok:
				t.Errorf("%s set to %q on %s, want it unset", c.name, got, c.where)
			case !c.unset && !ok:
				t.Errorf("%s unset on %s, want %q", c.name, c.where, c.want)
			case !c.unset && got != c.want:
				t.Errorf("%s on %s = %q, want %q", c.name, c.where, got, c.want)
			}
		})
	}
}

// TestGithubAppExistingSecret: github.app.existingSecret is a second
// envFrom Secret of the API, after R-config, and no GITHUB_APP_* value is
// taken from the values then.
func TestGithubAppExistingSecret(t *testing.T) {
	p := testutil.ValidProps()
	p.Github.App = values.GithubAppValues{ID: "1", ClientID: "ignored", ExistingSecret: "optio-github-app"}
	objs := testutil.Objects(t, p)
	c := container(t, testutil.Must(t, objs, "Deployment/optio-api"))
	if got := c.Get("envFrom", 1, "secretRef", "name"); got != "optio-github-app" {
		t.Errorf("envFrom = %v, want R-config then optio-github-app", c.Get("envFrom"))
	}
	for k := range secretData(t, testutil.Must(t, objs, "Secret/optio-config")) {
		if strings.HasPrefix(k, "GITHUB_APP_") {
			t.Errorf("R-config holds %s with github.app.existingSecret", k)
		}
	}
}

// TestWebAndAPIWritableCaches: the web image's Next.js cache
// (/app/apps/web/.next/cache) and the API's skills cache are writable on
// read-only root filesystems: emptyDirs, or the skills cache's claim.
func TestWebAndAPIWritableCaches(t *testing.T) {
	mounts := func(o manifest.Object) map[string]string {
		out := map[string]string{}
		vols := map[string]string{}
		list, _ := o.Get("spec", "template", "spec", "volumes").([]interface{})
		for _, v := range list {
			m := manifest.Object(v.(map[string]interface{}))
			kind := "emptyDir"
			if claim, ok := m.Get("persistentVolumeClaim", "claimName").(string); ok {
				kind = "claim:" + claim
			}
			vols[m.Get("name").(string)] = kind
		}
		ml, _ := container(t, o).Get("volumeMounts").([]interface{})
		for _, v := range ml {
			m := manifest.Object(v.(map[string]interface{}))
			out[m.Get("mountPath").(string)] = vols[m.Get("name").(string)]
		}
		return out
	}
	p := testutil.ValidProps()
	objs := testutil.Objects(t, p)
	if got := mounts(testutil.Must(t, objs, "Deployment/optio-web"))[optio.WebCachePath]; got != "emptyDir" {
		t.Errorf("web %s = %q, want an emptyDir", optio.WebCachePath, got)
	}
	if got := mounts(testutil.Must(t, objs, "Deployment/optio-api"))[values.SkillsCacheMountPath]; got != "emptyDir" {
		t.Errorf("api %s = %q, want an emptyDir", values.SkillsCacheMountPath, got)
	}
	p.InstalledSkillsCache.Enabled = true
	p.InstalledSkillsCache.AccessModes = []values.AccessMode{"ReadWriteMany"}
	objs = testutil.Objects(t, p)
	if got := mounts(testutil.Must(t, objs, "Deployment/optio-api"))[values.SkillsCacheMountPath]; got != "claim:optio-installed-skills-cache" {
		t.Errorf("api %s = %q, want the claim", values.SkillsCacheMountPath, got)
	}
	claim := testutil.Must(t, objs, "PersistentVolumeClaim/optio-installed-skills-cache")
	if claim.Get("spec", "resources", "requests", "storage") != "5Gi" || claim.Get("spec", "accessModes", 0) != "ReadWriteMany" {
		t.Errorf("claim spec = %v", claim.Get("spec"))
	}
}

// TestAssistantDeployment: R-optio as the contract has it (one replica,
// Recreate, the pod label the API finds it by, UID/GID 1000, resources),
// hardened: no service account token, a read-only root with a writable
// /tmp, no privilege escalation, probes on its idle process.
func TestAssistantDeployment(t *testing.T) {
	d := testutil.Must(t, testutil.Objects(t, testutil.ValidProps()), "Deployment/optio-optio")
	for path, want := range map[string]interface{}{
		"spec.replicas":      float64(1),
		"spec.strategy.type": "Recreate",
		"spec.template.metadata.labels.optio\\.pod-role":                           "optio",
		"spec.template.spec.automountServiceAccountToken":                          false,
		"spec.template.spec.serviceAccountName":                                    "optio",
		"spec.template.spec.securityContext.runAsUser":                             float64(1000),
		"spec.template.spec.securityContext.runAsGroup":                            float64(1000),
		"spec.template.spec.securityContext.runAsNonRoot":                          true,
		"spec.template.spec.containers.0.image":                                    "ghcr.io/jonwiggins/optio-optio:latest",
		"spec.template.spec.containers.0.imagePullPolicy":                          "IfNotPresent",
		"spec.template.spec.containers.0.resources.requests.cpu":                   "100m",
		"spec.template.spec.containers.0.resources.limits.memory":                  "512Mi",
		"spec.template.spec.containers.0.securityContext.readOnlyRootFilesystem":   true,
		"spec.template.spec.containers.0.securityContext.allowPrivilegeEscalation": false,
		"spec.template.spec.containers.0.livenessProbe.exec.command.0":             "pgrep",
		"spec.template.spec.containers.0.readinessProbe.exec.command.2":            "sleep",
		"spec.template.spec.containers.0.volumeMounts.0.mountPath":                 "/tmp",
	} {
		if got := d.Get(dottedPath(path)...); got != want {
			t.Errorf("%s = %#v, want %#v", path, got, want)
		}
	}
	if _, ok := d.Get("spec", "template", "metadata", "labels").(map[string]interface{})["app"]; !ok {
		t.Error("no app: label on the assistant's pods")
	}
}

// dottedPath splits a.b.0.c into keys and list indexes ("\." escapes a dot
// of a key).
func dottedPath(p string) []interface{} {
	p = strings.ReplaceAll(p, `\.`, "\x00")
	var out []interface{}
	for _, s := range splitPath(p) {
		if k, ok := s.(string); ok {
			s = strings.ReplaceAll(k, "\x00", ".")
		}
		out = append(out, s)
	}
	return out
}

func intstrPtr(n int32) *intstr.IntOrString { v := intstr.FromInt32(n); return &v }
