package values_test

import (
	"bytes"
	"encoding/base64"
	"slices"
	"strings"
	"testing"

	"k8s.io/apimachinery/pkg/util/intstr"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testvalues"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// newSecrets are the secret values of Optio's chart of today, with the
// values that put each in use and its key in the API's environment.
var newSecrets = []struct {
	path, key string
	set       func(v *values.Values, secret string)
}{
	{"auth.oidc.clientSecret", "OIDC_CLIENT_SECRET", func(v *values.Values, s string) {
		v.Auth.OIDC = values.OIDCValues{IssuerURL: "https://sso.example.com", ClientID: "optio", ClientSecret: s}
	}},
	{"github.app.clientSecret", "GITHUB_APP_CLIENT_SECRET", func(v *values.Values, s string) {
		v.Github.App = values.GithubAppValues{ClientID: "Iv1.app", ClientSecret: s}
	}},
	{"github.app.privateKey", "GITHUB_APP_PRIVATE_KEY", func(v *values.Values, s string) {
		v.Github.App = values.GithubAppValues{ID: "1", PrivateKey: s}
	}},
	{"credentialSecret", "OPTIO_CREDENTIAL_SECRET", func(v *values.Values, s string) { v.CredentialSecret = s }},
	{"notifications.vapid.privateKey", "OPTIO_VAPID_PRIVATE_KEY", func(v *values.Values, s string) {
		v.Notifications.Vapid = values.VapidValues{PublicKey: "pub", PrivateKey: s, Subject: "mailto:ops@example.com"}
	}},
	{"observability.otel.headers", "OTEL_EXPORTER_OTLP_HEADERS", func(v *values.Values, s string) {
		v.Observability.OTel.Enabled, v.Observability.OTel.Endpoint, v.Observability.OTel.Headers = true, "http://collector:4318", s
	}},
}

// TestNewSecretsAreSecrets: each secret value of Optio's chart of today is
// a secret of the API's environment (R-config's Secret data), keys the
// checksum that rolls the API, is warned about when written into the
// output, is left to existingSecret (its key listed by SecretKeys, the
// value ignored with a warning), and is never shown in an error.
func TestNewSecretsAreSecrets(t *testing.T) {
	for _, s := range newSecrets {
		t.Run(s.path, func(t *testing.T) {
			v := testvalues.Valid()
			s.set(&v, "k=SECRET-ONE")
			if errs := v.Validate("optio", ""); len(errs) > 0 {
				t.Fatal(errs)
			}
			settings, secrets := v.APIEnvironment("optio")
			if secrets[s.key] != "k=SECRET-ONE" {
				t.Errorf("secret %s = %q", s.key, secrets[s.key])
			}
			if _, ok := settings[s.key]; ok {
				t.Errorf("%s is among the plain settings", s.key)
			}
			sum := v.ConfigChecksum("optio")
			other := testvalues.Valid()
			s.set(&other, "k=SECRET-TWO")
			if other.ConfigChecksum("optio") == sum {
				t.Error("the checksum does not change with the secret")
			}
			if !hasPrefix(v.Warnings("optio"), s.path+": secret value written into the output") {
				t.Errorf("no warning about the secret written into the output: %v", v.Warnings("optio"))
			}

			v.ExistingSecret = "optio-secrets"
			settings, secrets = v.APIEnvironment("optio")
			if _, ok := secrets[s.key]; ok || settings[s.key] != "" {
				t.Errorf("with existingSecret the value still reaches the output under %s", s.key)
			}
			required, optional := v.SecretKeys()
			if !slices.Contains(required, s.key) && !slices.Contains(optional, s.key) {
				t.Errorf("SecretKeys (%v, %v) lacks %s", required, optional, s.key)
			}
			if !hasPrefix(v.Warnings("optio"), s.path+": ignored: with existingSecret the Secret \"optio-secrets\" provides it (key "+s.key+")") {
				t.Errorf("no warning that the value is ignored: %v", v.Warnings("optio"))
			}

			// A value that fails a rule is not shown.
			bad := testvalues.Valid()
			s.set(&bad, "SECRET-ONE")
			bad.Auth.OIDC.IssuerURL, bad.Auth.OIDC.ClientID = "ftp://x", "" // another error in the same run
			if agg := bad.Validate("optio", "").ToAggregate(); agg == nil || strings.Contains(agg.Error(), "SECRET-ONE") {
				t.Errorf("errors = %v", agg)
			}
		})
	}
}

func hasPrefix(lines []string, prefix string) bool {
	return slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, prefix) })
}

// TestPDBBothSetMinAvailableWins: as in Optio's chart, a PDB with both
// fields uses minAvailable, with a warning; it is not an error.
func TestPDBBothSetMinAvailableWins(t *testing.T) {
	v := testvalues.Valid()
	one, half := intstr.FromInt32(1), intstr.FromString("50%")
	v.API.PDB = values.PDBValues{Enabled: true, MinAvailable: &one, MaxUnavailable: &half}
	v.API.Replicas = new(int32(3))
	if errs := v.Validate("optio", ""); len(errs) > 0 {
		t.Fatal(errs)
	}
	if !hasPrefix(v.Warnings("optio"), "api.pdb: both minAvailable and maxUnavailable are set: minAvailable wins") {
		t.Errorf("warnings = %v", v.Warnings("optio"))
	}
}

// TestPDBMinAvailableZeroIsUnset: as Optio's chart renders it (`if
// .minAvailable` takes 0 for empty), minAvailable 0 gives way to
// maxUnavailable (or its default 1), with a warning naming the budget.
func TestPDBMinAvailableZeroIsUnset(t *testing.T) {
	zero, two, pct := intstr.FromInt32(0), intstr.FromInt32(2), intstr.FromString("0%")
	for _, c := range []struct {
		pdb      values.PDBValues
		min, max string // the budget's fields, "" for unset
		warning  string
	}{
		{values.PDBValues{Enabled: true, MinAvailable: &zero, MaxUnavailable: &two}, "", "2", "api.pdb.minAvailable: 0 counts as unset, as in Optio's chart (a Helm template takes 0 for empty): the budget is maxUnavailable 2"},
		{values.PDBValues{Enabled: true, MinAvailable: &zero}, "", "1", "api.pdb.minAvailable: 0 counts as unset, as in Optio's chart (a Helm template takes 0 for empty): the budget is maxUnavailable 1"},
		{values.PDBValues{Enabled: true, MinAvailable: &pct, MaxUnavailable: &two}, "0%", "", "api.pdb: both minAvailable and maxUnavailable are set: minAvailable wins"},
		{values.PDBValues{Enabled: true, MinAvailable: &two}, "2", "", ""},
	} {
		min, max := c.pdb.Budget()
		if got := [2]string{str(min), str(max)}; got != [2]string{c.min, c.max} {
			t.Errorf("%+v: budget %q, want %q", c.pdb, got, [2]string{c.min, c.max})
		}
		v := testvalues.Valid()
		v.API.PDB = c.pdb
		v.API.Replicas = new(int32(3))
		if errs := v.Validate("optio", ""); len(errs) > 0 {
			t.Fatal(errs)
		}
		if c.warning != "" && !hasPrefix(v.Warnings("optio"), c.warning) {
			t.Errorf("%+v: warnings %q lack %q", c.pdb, v.Warnings("optio"), c.warning)
		}
		if c.warning == "" && hasPrefix(v.Warnings("optio"), "api.pdb") {
			t.Errorf("%+v: warnings %q", c.pdb, v.Warnings("optio"))
		}
	}
}

func str(v *intstr.IntOrString) string {
	if v == nil {
		return ""
	}
	return v.String()
}

// TestAutoscalingAliases: the earlier names still read, with a warning;
// given with a different value under both names, an error names the
// earlier one.
func TestAutoscalingAliases(t *testing.T) {
	v := testvalues.Valid()
	v.Web.Autoscaling.TargetCPU = new(int32(75))
	v.Web.Autoscaling.TargetCPUUtilizationPercentage = new(int32(75))
	if errs := v.Validate("optio", ""); len(errs) > 0 {
		t.Fatal(errs)
	}
	if !hasPrefix(v.Warnings("optio"), "web.autoscaling.targetCPU: deprecated: renamed targetCPUUtilizationPercentage") {
		t.Errorf("warnings = %v", v.Warnings("optio"))
	}
	v.Web.Autoscaling.TargetCPUUtilizationPercentage = new(int32(70))
	errs := v.Validate("optio", "")
	if len(errs) != 1 || errs[0].Field != "web.autoscaling.targetCPU" || !strings.Contains(errs[0].Detail, "set only targetCPUUtilizationPercentage") {
		t.Errorf("errors = %v", errs)
	}
}

// TestChartTodayWarnings: the values of Optio's chart of today that have no
// effect or are risky say so.
func TestChartTodayWarnings(t *testing.T) {
	cases := []struct {
		name string
		set  func(v *values.Values)
		want string
	}{
		{"cache switch", func(v *values.Values) { v.Agent.Cache.Enabled = false }, "agent.cache.enabled: false has no effect"},
		{"cache default size", func(v *values.Values) { v.Agent.Cache.DefaultSizePerDirectoryGi = new(int64(20)) }, "agent.cache.defaultSizePerDirectoryGi: has no effect"},
		{"digest with presets", func(v *values.Values) { v.Agent.Image.Tag = "sha256:" + strings.Repeat("a", 64) }, "agent.image.tag: a digest names one image"},
		{"bare pods outside optio", func(v *values.Values) {
			v.Agent.StatefulSet.Enabled = false
			v.Namespace = "agents"
		}, "agent.statefulSet.enabled: false: in bare-pod mode"},
		{"assistant outside optio", func(v *values.Values) { v.Namespace = "agents" }, "optio.enabled: the Optio 0.4.0 API looks for the assistant's pod in the namespace \"optio\" only"},
		{"App values beside the App's Secret", func(v *values.Values) {
			v.Github.App = values.GithubAppValues{ID: "1", ExistingSecret: "app"}
		}, "github.app: ignored: with github.app.existingSecret"},
		{"telemetry without endpoint", func(v *values.Values) { v.Observability.OTel.Enabled = true }, "observability.otel.endpoint: empty"},
		{"RWO skills cache, several API pods", func(v *values.Values) {
			v.InstalledSkillsCache.Enabled = true
			v.API.Replicas = new(int32(2))
		}, "installedSkillsCache.accessModes: [ReadWriteOnce] with up to 2 API pods"},
		{"latest assistant", func(v *values.Values) {}, "optio.image.tag: \"latest\""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := testvalues.Valid()
			c.set(&v)
			if errs := v.Validate("optio", ""); len(errs) > 0 {
				t.Fatal(errs)
			}
			if !hasPrefix(v.Warnings("optio"), c.want) {
				t.Errorf("no warning %q in %v", c.want, v.Warnings("optio"))
			}
		})
	}
	v := testvalues.Valid()
	v.InstalledSkillsCache.Enabled = true
	v.InstalledSkillsCache.AccessModes = []values.AccessMode{"ReadWriteMany"}
	v.API.Replicas = new(int32(3))
	if hasPrefix(v.Warnings("optio"), "installedSkillsCache") {
		t.Errorf("ReadWriteMany warned about: %v", v.Warnings("optio"))
	}
}

// TestChartTodayRules: the rules of the new values, each with its path.
func TestChartTodayRules(t *testing.T) {
	cases := []struct {
		name, path string
		set        func(v *values.Values)
	}{
		{"OIDC issuer scheme", "auth.oidc.issuerUrl", func(v *values.Values) {
			v.Auth.OIDC = values.OIDCValues{IssuerURL: "ldap://sso", ClientID: "c", ClientSecret: "s"}
		}},
		{"App ID digits", "github.app.id", func(v *values.Values) { v.Github.App = values.GithubAppValues{ID: "12a", PrivateKey: "k"} }},
		{"App key without ID", "github.app.id", func(v *values.Values) { v.Github.App = values.GithubAppValues{PrivateKey: "k"} }},
		{"App ID without key", "github.app.privateKey", func(v *values.Values) { v.Github.App = values.GithubAppValues{ID: "1"} }},
		{"App Secret name", "github.app.existingSecret", func(v *values.Values) { v.Github.App = values.GithubAppValues{ExistingSecret: "Bad_Name"} }},
		{"VAPID subject", "notifications.vapid.subject", func(v *values.Values) {
			v.Notifications.Vapid = values.VapidValues{PublicKey: "p", PrivateKey: "k", Subject: "ops@example.com"}
		}},
		{"VAPID private key", "notifications.vapid.privateKey", func(v *values.Values) {
			v.Notifications.Vapid = values.VapidValues{PublicKey: "p", Subject: "mailto:ops@example.com"}
		}},
		{"OTLP protocol", "observability.otel.protocol", func(v *values.Values) { v.Observability.OTel.Protocol = "http" }},
		{"sampling ratio", "observability.otel.samplingRatio", func(v *values.Values) { v.Observability.OTel.SamplingRatio = "1.5" }},
		{"metrics interval", "observability.otel.metricsIntervalMs", func(v *values.Values) { v.Observability.OTel.MetricsIntervalMs = "1m" }},
		// JavaScript reads these otherwise: parseFloat("NaN") keeps no trace,
		// parseFloat("0x1p-1") is 0 (Go: 0.5), setInterval runs a delay
		// beyond 2^31-1 ms every millisecond.
		{"sampling ratio NaN", "observability.otel.samplingRatio", func(v *values.Values) { v.Observability.OTel.SamplingRatio = "NaN" }},
		{"sampling ratio hex", "observability.otel.samplingRatio", func(v *values.Values) { v.Observability.OTel.SamplingRatio = "0x1p-1" }},
		{"sampling ratio Inf", "observability.otel.samplingRatio", func(v *values.Values) { v.Observability.OTel.SamplingRatio = "Inf" }},
		{"metrics interval beyond a timer", "observability.otel.metricsIntervalMs", func(v *values.Values) { v.Observability.OTel.MetricsIntervalMs = "2147483648" }},
		{"OTLP endpoint credentials", "observability.otel.endpoint", func(v *values.Values) {
			v.Observability.OTel.Endpoint = "https://user:pw@otlp.example.com"
		}},
		{"resource attributes", "observability.otel.resourceAttributes", func(v *values.Values) { v.Observability.OTel.ResourceAttributes = "team" }},
		{"grace period", "agent.statefulSet.terminationGracePeriodSeconds", func(v *values.Values) {
			v.Agent.StatefulSet.TerminationGracePeriodSeconds = new(int64(-1))
		}},
		{"cache size", "agent.cache.maxSizeTotalGi", func(v *values.Values) { v.Agent.Cache.MaxSizeTotalGi = new(int64(0)) }},
		{"clone timeout", "agent.repoInitTimeoutMs", func(v *values.Values) { v.Agent.RepoInitTimeoutMs = new(int64(0)) }},
		{"image prefix", "agent.image.prefix", func(v *values.Values) { v.Agent.Image.Prefix = "Registry/UPPER-" }},
		{"Envoy image", "agent.envoyProxy.image.tag", func(v *values.Values) { v.Agent.EnvoyProxy.Image.Tag = "" }},
		{"agent node selector", "agent.nodeSelector", func(v *values.Values) { v.Agent.NodeSelector = map[string]string{"pool": "a b"} }},
		{"agent toleration", "agent.tolerations[0].operator", func(v *values.Values) {
			v.Agent.Tolerations = []values.Toleration{{Key: "k", Operator: "In"}}
		}},
		{"skills cache size", "installedSkillsCache.size", func(v *values.Values) { v.InstalledSkillsCache.Size = "5GB" }},
		{"skills cache access", "installedSkillsCache.accessModes[0]", func(v *values.Values) { v.InstalledSkillsCache.AccessModes = []values.AccessMode{"RWO"} }},
		{"assistant image", "optio.image.repository", func(v *values.Values) { v.Optio.Image.Repository = "" }},
		{"assistant resources", "optio.resources.limits.memory", func(v *values.Values) { v.Optio.Resources.Limits["memory"] = "1Gb" }},
		{"web public API URL", "web.publicApiUrl", func(v *values.Values) { v.Web.PublicAPIURL = "ws://api" }},
		{"listen address", "web.listenAddress", func(v *values.Values) { v.Web.ListenAddress = "10.0.0.1" }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := testvalues.Valid()
			c.set(&v)
			if got := fieldsOf(v); !slices.Contains(got, c.path) {
				t.Errorf("errors at %v, want one at %s: %v", got, c.path, v.Validate("optio", ""))
			}
		})
	}
}

// TestTelemetryNumbersAsJavaScriptReadsThem: plain decimals and the longest
// timer delay pass.
func TestTelemetryNumbersAsJavaScriptReadsThem(t *testing.T) {
	for _, c := range [][2]string{{"0.25", "1"}, {"1e-3", "2147483647"}, {".5", "60000"}, {"1.0", "30000"}} {
		v := testvalues.Valid()
		v.Observability.OTel.SamplingRatio, v.Observability.OTel.MetricsIntervalMs = c[0], c[1]
		if errs := v.Validate("optio", ""); len(errs) > 0 {
			t.Errorf("%q, %q: %v", c[0], c[1], errs)
		}
	}
}

// TestDefaultsOfTodaysChart: keys the seed lacks take v0.4.0's defaults;
// keys the seed has keep the seed's.
func TestDefaultsOfTodaysChart(t *testing.T) {
	d := values.Default()
	checks := map[string][2]interface{}{
		"optio.enabled":                     {d.Optio.Enabled, true},
		"optio.image":                       {d.Optio.Image.Reference(), "ghcr.io/jonwiggins/optio-optio:latest"},
		"agent.image.prefix":                {d.Agent.Image.Prefix, "ghcr.io/jonwiggins/optio-agent-"},
		"agent.image.repository (seed)":     {d.Agent.Image.Repository, "optio-base"},
		"api.image.repository (seed)":       {d.API.Image.Repository, "optio-api"},
		"agent.envoyProxy.image":            {d.Agent.EnvoyProxy.Image.Reference(), "envoyproxy/envoy:v1.31-latest"},
		"agent.statefulSet.enabled":         {d.Agent.StatefulSet.Enabled, true},
		"terminationGracePeriodSeconds":     {*d.Agent.StatefulSet.TerminationGracePeriodSeconds, int64(300)},
		"agent.cache.maxSizePerDirectoryGi": {*d.Agent.Cache.MaxSizePerDirectoryGi, int64(100)},
		"agent.cache.maxSizeTotalGi":        {*d.Agent.Cache.MaxSizeTotalGi, int64(200)},
		"agent.repoInitTimeoutMs":           {*d.Agent.RepoInitTimeoutMs, int64(120000)},
		"installedSkillsCache.enabled":      {d.InstalledSkillsCache.Enabled, false},
		"installedSkillsCache.size":         {d.InstalledSkillsCache.Size, "5Gi"},
		"auth.oidc.displayName":             {d.Auth.OIDC.DisplayName, "SSO"},
		"otel.protocol":                     {d.Observability.OTel.Protocol, values.OTLPProtocol("http/protobuf")},
		"otel.serviceName":                  {d.Observability.OTel.ServiceName, "optio-api"},
		"otel.samplingRatio":                {d.Observability.OTel.SamplingRatio, "1.0"},
		"otel.metricsIntervalMs":            {d.Observability.OTel.MetricsIntervalMs, "60000"},
		"rbac.clusterRole.create":           {d.Rbac.ClusterRole.Create, true},
		"api.autoscaling.minReplicas":       {*d.API.Autoscaling.MinReplicas, int32(2)},
		"api.autoscaling.maxReplicas":       {d.API.Autoscaling.MaxReplicas, int32(5)},
		"web.autoscaling.maxReplicas":       {d.Web.Autoscaling.MaxReplicas, int32(4)},
		"api.autoscaling.targetCPU...":      {*d.API.Autoscaling.TargetCPUUtilizationPercentage, int32(70)},
		"web.autoscaling.targetMemory...":   {d.Web.Autoscaling.TargetMemoryUtilizationPercentage == nil, true},
		"api.pdb.enabled":                   {d.API.PDB.Enabled, false},
	}
	for name, c := range checks {
		if c[0] != c[1] {
			t.Errorf("%s = %#v, want %#v", name, c[0], c[1])
		}
	}
}

// TestAgentImagePrefix: a prefix is the start of a repository (a registry
// port is fine), never one with a tag.
func TestAgentImagePrefix(t *testing.T) {
	for prefix, ok := range map[string]bool{
		"ghcr.io/jonwiggins/optio-agent-":   true,
		"registry.local:5000/optio/agent-":  true,
		"optio-":                            true,
		"ghcr.io/acme/agent:1.0-":           false,
		"ghcr.io/acme/agent@sha256:abc":     false,
		"Registry.Example.com/UPPER-agent-": false,
	} {
		v := testvalues.Valid()
		v.Agent.Image.Prefix = prefix
		if got := !slices.Contains(fieldsOf(v), "agent.image.prefix"); got != ok {
			t.Errorf("%q accepted = %v, want %v", prefix, got, ok)
		}
	}
}

// TestURLsWithoutStraySpaceOrIssuerQuery: no URL value begins or ends with
// white space, and an OpenID Connect issuer has no query or fragment.
func TestURLsWithoutStraySpaceOrIssuerQuery(t *testing.T) {
	for _, c := range []struct {
		issuer string
		want   string // "" for valid
	}{
		{"https://sso.example.com/realms/optio", ""},
		{"https://sso.example.com/ ", "must not begin or end with white space"},
		{"https://sso.example.com/realms/x?tenant=a", "has no query or fragment"},
		{"https://sso.example.com/#frag", "has no query or fragment"},
		{"https://sso.example.com/?", "has no query or fragment"},
	} {
		v := testvalues.Valid()
		v.Auth.OIDC = values.OIDCValues{IssuerURL: c.issuer, ClientID: "c", ClientSecret: "s"}
		got := v.Validate("optio", "").ToAggregate()
		if c.want == "" && got != nil || c.want != "" && (got == nil || !strings.Contains(got.Error(), "auth.oidc.issuerUrl") || !strings.Contains(got.Error(), c.want)) {
			t.Errorf("%q: %v, want %q", c.issuer, got, c.want)
		}
	}
	// A token in the query is never shown.
	v := testvalues.Valid()
	v.Auth.OIDC = values.OIDCValues{IssuerURL: "https://sso.example.com/?client_secret=s3cret", ClientID: "c", ClientSecret: "s"}
	if got := v.Validate("optio", "").ToAggregate(); got == nil || strings.Contains(got.Error(), "s3cret") {
		t.Errorf("issuer with a token in its query: %v", got)
	}
	v = testvalues.Valid()
	v.PublicURL = "https://optio.example.com\t"
	if got := v.Validate("optio", "").ToAggregate(); got == nil || !strings.Contains(got.Error(), "publicUrl") {
		t.Errorf("publicUrl with a tab: %v", got)
	}
}

// TestAutoscalingWithoutTarget: an HPA without a target is warned about
// (the API server defaults it to CPU at 80%); with one, it is not.
func TestAutoscalingWithoutTarget(t *testing.T) {
	v := testvalues.Valid()
	v.API.Autoscaling.Enabled = true
	v.API.Autoscaling.TargetCPUUtilizationPercentage = nil
	if errs := v.Validate("optio", ""); len(errs) > 0 {
		t.Fatal(errs)
	}
	if !hasPrefix(v.Warnings("optio"), "api.autoscaling: no target set") {
		t.Errorf("warnings = %q", v.Warnings("optio"))
	}
	v.API.Autoscaling.TargetMemoryUtilizationPercentage = new(int32(80))
	if hasPrefix(v.Warnings("optio"), "api.autoscaling: no target set") {
		t.Errorf("with a memory target: %q", v.Warnings("optio"))
	}
}

// TestOTLPProtocolTheImageIgnores: the 0.4.0 API builds HTTP/protobuf
// exporters itself, so another protocol is warned about.
func TestOTLPProtocolTheImageIgnores(t *testing.T) {
	v := testvalues.Valid()
	v.Observability.OTel.Enabled, v.Observability.OTel.Endpoint = true, "http://collector.observability:4318"
	if hasPrefix(v.Warnings("optio"), "observability.otel.protocol") {
		t.Errorf("http/protobuf warned about: %q", v.Warnings("optio"))
	}
	v.Observability.OTel.Protocol = "grpc"
	if !hasPrefix(v.Warnings("optio"), "observability.otel.protocol: grpc has no effect") {
		t.Errorf("grpc: %q", v.Warnings("optio"))
	}
}

// TestVAPIDKeysWebPushRefuses: keys web-push would refuse (so push is off)
// are warned about, without quoting them; a pair of the right form is not.
func TestVAPIDKeysWebPushRefuses(t *testing.T) {
	pub := base64.RawURLEncoding.EncodeToString(append([]byte{4}, make([]byte, 64)...))
	priv := base64.RawURLEncoding.EncodeToString(bytes.Repeat([]byte{7}, 32))
	v := testvalues.Valid()
	v.Notifications.Vapid = values.VapidValues{PublicKey: pub, PrivateKey: priv, Subject: "mailto:ops@example.com"}
	if w := strings.Join(v.Warnings("optio"), "\n"); strings.Contains(w, "web-push refuses") {
		t.Errorf("a well-formed pair: %s", w)
	}
	v.Notifications.Vapid.PublicKey = pub[:40]
	v.Notifications.Vapid.PrivateKey = "secret+value/with=padding"
	w := strings.Join(v.Warnings("optio"), "\n")
	for _, want := range []string{"notifications.vapid.publicKey: does not decode to 65 bytes", "notifications.vapid.privateKey: is not URL-safe base64"} {
		if !strings.Contains(w, want) {
			t.Errorf("warnings lack %q:\n%s", want, w)
		}
	}
	if strings.Contains(w, "secret+value") {
		t.Errorf("a warning quotes the private key:\n%s", w)
	}
}
