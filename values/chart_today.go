package values

import (
	"fmt"
	"net"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"k8s.io/apimachinery/pkg/util/validation/field"
)

// This file ties the values of Optio's chart of today (v0.4.0) that the
// March chart lacks into validation, warnings and the API's environment;
// each group's own rules live beside its type (assistant.go,
// skills_cache.go, agent_runtime.go, oidc.go, github_app.go,
// notifications.go, observability.go, rbac.go, login.go).

// Keys of the API's environment for the values of Optio's chart of today.
const (
	KeyCredentialSecret = "OPTIO_CREDENTIAL_SECRET"
	KeyPublicURL        = "PUBLIC_URL"
)

// ListenAddresses are the addresses a server may bind: every IPv4 address,
// or every address of both families (IPv6-only and dual-stack clusters).
var ListenAddresses = []string{"0.0.0.0", "::"}

// validateChartToday checks the values of Optio's chart of today.
func (p *Values) validateChartToday() field.ErrorList {
	fromSecret := p.ExistingSecret != ""
	errs := p.Optio.Validate(field.NewPath("optio"))
	errs = append(errs, p.InstalledSkillsCache.Validate(field.NewPath("installedSkillsCache"))...)
	// These reach only the API's environment, which the server does not
	// parse.
	var env field.ErrorList
	env = append(env, p.Auth.OIDC.Validate(field.NewPath("auth", "oidc"), fromSecret)...)
	env = append(env, p.Github.App.Validate(field.NewPath("github", "app"), fromSecret)...)
	env = append(env, p.Notifications.Vapid.Validate(field.NewPath("notifications", "vapid"), fromSecret)...)
	env = append(env, p.Observability.OTel.Validate(field.NewPath("observability", "otel"))...)
	return append(errs, withDefaultOrigin(env, RuleAPIEnvironment)...)
}

// validateToday checks the web UI's values of Optio's chart of today at
// path (e.g. "web").
func (v WebValues) validateToday(path *field.Path) field.ErrorList {
	errs := withDefaultOrigin(ValidatePublicURL(path.Child("publicApiUrl"), v.PublicAPIURL, "PUBLIC_API_URL"), RuleURLs)
	return append(errs, validateEnum(path.Child("listenAddress"), v.ListenAddress, ListenAddresses).WithOrigin(RuleEnums)...)
}

// ValidatePublicURL checks an optional URL that browsers are given (env
// names the variable it becomes): http or https, with a host, without
// credentials.
func ValidatePublicURL(path *field.Path, v, env string) field.ErrorList {
	errs := validateURL(path, v, false, "http", "https")
	if what := urlCredentials(v); what != "" {
		errs = append(errs, field.Forbidden(path, "holds credentials ("+what+"): it becomes "+env+", which is sent to every browser; give the URL without them"))
	}
	return errs
}

// EffectivePublicAPIURL returns PUBLIC_API_URL of the web UI: web.publicApiUrl
// when set, else http://localhost:<nodePort> when the API is a NodePort
// Service with a fixed node port (as Optio's chart derives it for a local
// cluster), else "" (the browser reaches the API on the web UI's origin).
func (p *Values) EffectivePublicAPIURL() string {
	if p.Web.PublicAPIURL != "" {
		return p.Web.PublicAPIURL
	}
	if port, ok := NodePortNumber(p.API.Service.NodePort); ok && p.API.Service.Type == "NodePort" {
		return (&url.URL{Scheme: "http", Host: net.JoinHostPort("localhost", strconv.Itoa(int(port)))}).String()
	}
	return ""
}

// chartTodayEnvironment adds the API's settings and secrets from the values
// of Optio's chart of today: PUBLIC_URL, the agent runtime, the assistant
// switch, OIDC, the GitHub App, the credential secret, push and telemetry.
// A value left empty adds no variable (the API then uses its own default).
func (p *Values) chartTodayEnvironment(settings, secrets map[string]string) {
	if pub := p.EffectivePublicURL(); pub != "" {
		settings[KeyPublicURL] = pub
	}
	p.Agent.runtimeSettings(settings)
	settings["OPTIO_POD_ENABLED"] = strconv.FormatBool(p.Optio.Enabled)
	p.Auth.OIDC.environment(settings, secrets)
	p.Github.App.environment(settings, secrets)
	if p.CredentialSecret != "" {
		secrets[KeyCredentialSecret] = p.CredentialSecret
	}
	p.Notifications.Vapid.environment(settings, secrets)
	p.Observability.OTel.environment(settings, secrets)
}

// chartTodaySecretKeys adds the keys of existingSecret that the values of
// Optio's chart of today need (required) or read when present (optional).
func (p *Values) chartTodaySecretKeys(required, optional []string) ([]string, []string) {
	if p.Auth.OIDC.configured() {
		required = append(required, KeyOIDCClientSecret)
	}
	if a := p.Github.App; a.ExistingSecret == "" {
		if a.ClientID != "" {
			required = append(required, KeyGithubAppClientSecret)
		}
		if a.ID != "" {
			required = append(required, KeyGithubAppPrivateKey)
		}
	}
	if p.Notifications.Vapid.PublicKey != "" {
		required = append(required, KeyVAPIDPrivateKey)
	}
	optional = append(optional, KeyCredentialSecret)
	if p.Observability.OTel.Enabled {
		optional = append(optional, KeyOTelHeaders)
	}
	return required, optional
}

// secretValue is a secret value at its path.
type secretValue = struct{ path, value string }

// chartTodaySecrets are the secret values of Optio's chart of today that
// reach the API's environment (for the warnings about secrets written into
// the output or ignored because of existingSecret).
func (p *Values) chartTodaySecrets() []secretValue {
	var out []secretValue
	if p.Auth.OIDC.configured() || p.ExistingSecret != "" {
		out = append(out, secretValue{"auth.oidc.clientSecret", p.Auth.OIDC.ClientSecret})
	}
	if p.Github.App.ExistingSecret == "" {
		out = append(out, secretValue{"github.app.clientSecret", p.Github.App.ClientSecret}, secretValue{"github.app.privateKey", p.Github.App.PrivateKey})
	}
	out = append(out, secretValue{"credentialSecret", p.CredentialSecret})
	if p.Notifications.Vapid.PublicKey != "" || p.ExistingSecret != "" {
		out = append(out, secretValue{"notifications.vapid.privateKey", p.Notifications.Vapid.PrivateKey})
	}
	if p.Observability.OTel.Enabled || p.ExistingSecret != "" {
		out = append(out, secretValue{"observability.otel.headers", p.Observability.OTel.Headers})
	}
	return out
}

// chartTodayWarnings lists what is valid but risky or without effect in the
// values of Optio's chart of today.
func (p *Values) chartTodayWarnings() []string {
	var w []string
	for _, c := range []struct {
		path string
		a    AutoscalingValues
		pdb  PDBValues
	}{{"api", p.API.Autoscaling, p.API.PDB}, {"web", p.Web.Autoscaling, p.Web.PDB}} {
		w = append(w, c.a.aliasWarnings(c.path+".autoscaling")...)
		if c.a.Enabled && c.a.TargetCPUUtilizationPercentage == nil && c.a.TargetMemoryUtilizationPercentage == nil && c.a.TargetCPU == nil && c.a.TargetMemory == nil {
			w = append(w, fmt.Sprintf("%s.autoscaling: no target set (targetCPUUtilizationPercentage, targetMemoryUtilizationPercentage): the HorizontalPodAutoscaler has no metrics, and the API server gives it CPU at 80%%", c.path))
		}
		if min, max := c.pdb.Budget(); c.pdb.Enabled && c.pdb.MinAvailable != nil && min == nil {
			w = append(w, fmt.Sprintf("%s.pdb.minAvailable: 0 counts as unset, as in Optio's chart (a Helm template takes 0 for empty): the budget is maxUnavailable %s", c.path, max.String()))
		} else if c.pdb.Enabled && min != nil && c.pdb.MaxUnavailable != nil {
			w = append(w, fmt.Sprintf("%s.pdb: both minAvailable and maxUnavailable are set: minAvailable wins, as in Optio's chart (set maxUnavailable to null or \"\" to say so)", c.path))
		}
	}
	if p.Optio.Enabled && p.Optio.Image.Tag == "latest" {
		w = append(w, "optio.image.tag: \"latest\" is not reproducible; pin a version")
	}
	if p.Optio.Enabled && p.Namespace != "optio" {
		w = append(w, fmt.Sprintf("optio.enabled: the Optio 0.4.0 API looks for the assistant's pod in the namespace \"optio\" only (not %q), so it reports the assistant not ready", p.Namespace))
	}
	a := p.Agent
	if !a.Cache.Enabled {
		w = append(w, "agent.cache.enabled: false has no effect: no Optio image reads it (cache directories are created per repository in Optio's UI)")
	}
	if d := a.Cache.DefaultSizePerDirectoryGi; d != nil && *d != 10 {
		w = append(w, "agent.cache.defaultSizePerDirectoryGi: has no effect: no Optio image reads it")
	}
	if a.Image.Prefix != "" && digestTag(a.Image.Tag) {
		w = append(w, "agent.image.tag: a digest names one image, so the preset images (<agent.image.prefix><preset>:<tag>) cannot take it: OPTIO_AGENT_IMAGE_TAG is left unset and they run :latest")
	}
	if !a.StatefulSet.Enabled && p.Namespace != "optio" {
		w = append(w, fmt.Sprintf("agent.statefulSet.enabled: false: in bare-pod mode the Optio 0.4.0 API creates each agent's home volume in the namespace \"optio\" (not %q), so it fails there and agents run on ephemeral storage", p.Namespace))
	}
	if g := p.Github.App; g.ExistingSecret != "" && (g.ID != "" || g.ClientID != "" || g.ClientSecret != "" || g.InstallationID != "" || g.PrivateKey != "" || g.BotName != "" || g.BotEmail != "") {
		w = append(w, fmt.Sprintf("github.app: ignored: with github.app.existingSecret the Secret %q provides every GITHUB_APP_* key", g.ExistingSecret))
	}
	w = append(w, p.Notifications.Vapid.warnings("notifications.vapid")...)
	if o := p.Observability.OTel; o.Enabled && o.Protocol != "" && o.Protocol != "http/protobuf" {
		w = append(w, fmt.Sprintf("observability.otel.protocol: %s has no effect: the Optio 0.4.0 API exports with its own HTTP/protobuf exporters, which do not read OTEL_EXPORTER_OTLP_PROTOCOL; point observability.otel.endpoint at the collector's OTLP/HTTP port (4318)", o.Protocol))
	}
	if o := p.Observability.OTel; o.Enabled && o.Endpoint == "" {
		w = append(w, "observability.otel.endpoint: empty: the OpenTelemetry SDK then exports to localhost, where nothing listens in the API's pod")
	}
	if c := p.InstalledSkillsCache; c.Enabled && !slices.Contains(c.AccessModes, "ReadWriteMany") {
		if n := p.apiPodsAtMost(); n > 1 {
			w = append(w, fmt.Sprintf("installedSkillsCache.accessModes: %v with up to %d API pods: a pod on another node cannot mount the claim and stays Pending; use ReadWriteMany (if the storage class offers it) or one API pod", c.AccessModes, n))
		}
	}
	return w
}

// apiPodsAtMost is the most API pods that run at once in steady state:
// replicas, or maxReplicas with autoscaling.
func (p *Values) apiPodsAtMost() int32 {
	if p.API.Autoscaling.Enabled {
		return p.API.Autoscaling.MaxReplicas
	}
	return effectiveReplicas(p.API.Replicas)
}

// digestTag tells whether an image tag is a digest (sha256:...).
func digestTag(tag string) bool { return strings.Contains(tag, ":") }
