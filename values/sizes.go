package values

import (
	"encoding/json"
	"fmt"
	"slices"

	"k8s.io/apimachinery/pkg/util/validation/field"
)

// MaxConfigDataBytes is the most data a Secret or a ConfigMap may hold, the
// sum of the lengths of its values: 1 MiB (Kubernetes' MaxSecretSize).
const MaxConfigDataBytes = 1 << 20

// configSource is a value copied into R-config, with the environment keys
// it reaches.
type configSource struct {
	path  *field.Path
	value string
	keys  []string
}

// configSources lists the values that R-config's data is built from.
func (p *Values) configSources() []configSource {
	auth := field.NewPath("auth")
	src := []configSource{
		{field.NewPath("encryption", "key"), p.Encryption.Key, []string{KeyEncryptionKey}},
		{field.NewPath("webhook", "githubSecret"), p.Webhook.GithubSecret, []string{KeyWebhookSecret}},
		{field.NewPath("publicUrl"), p.PublicURL, []string{"API_PUBLIC_URL", "WEB_PUBLIC_URL"}},
		{auth.Child("gitlab", "baseUrl"), p.Auth.Gitlab.BaseURL, []string{"GITLAB_OAUTH_BASE_URL"}},
		{field.NewPath("externalDatabase", "url"), p.ExternalDatabase.URL, []string{KeyDatabaseURL}},
		{field.NewPath("externalRedis", "url"), p.ExternalRedis.URL, []string{"REDIS_URL"}},
		{field.NewPath("postgresql", "auth", "password"), p.Postgresql.Auth.Password, []string{KeyDatabaseURL, KeyPostgresPassword}},
		{field.NewPath("postgresql", "auth", "username"), p.Postgresql.Auth.Username, []string{KeyDatabaseURL}},
		{field.NewPath("postgresql", "auth", "database"), p.Postgresql.Auth.Database, []string{KeyDatabaseURL}},
	}
	for _, o := range p.oauthProviders() {
		src = append(src,
			configSource{auth.Child(o.path, "clientId"), o.values.ClientID, []string{o.prefix + "_OAUTH_CLIENT_ID"}},
			configSource{auth.Child(o.path, "clientSecret"), o.values.ClientSecret, []string{o.prefix + "_OAUTH_CLIENT_SECRET"}})
	}
	return src
}

// validateSizes checks the size limits Kubernetes puts on the objects
// built from values that may be arbitrarily long (a --set-file, a pasted
// key): R-config and R-agent-pvc-template hold at most MaxConfigDataBytes of
// data, and the Ingress's annotations, with cert-manager's issuer added,
// at most 256 KiB. The error names the largest value involved, never its
// content.
func (p *Values) validateSizes(release string) field.ErrorList {
	var errs field.ErrorList
	settings, secrets := p.APIEnvironment(release)
	total := 0
	for _, m := range []map[string]string{settings, secrets} {
		for _, v := range m {
			total += len(v)
		}
	}
	if total > MaxConfigDataBytes {
		kind := "Secret"
		if p.ExistingSecret != "" {
			kind = "ConfigMap"
		}
		var largest *configSource
		for _, s := range p.configSources() {
			used := slices.ContainsFunc(s.keys, func(k string) bool { _, a := settings[k]; _, b := secrets[k]; return a || b })
			if used && (largest == nil || len(s.value) > len(largest.value)) {
				largest = &s
			}
		}
		path, size := field.NewPath("agent", "image"), 0 // bounded values only: unreachable in practice
		if largest != nil {
			path, size = largest.path, len(largest.value)
		}
		errs = append(errs, field.Invalid(path, field.OmitValueType{}, fmt.Sprintf(
			"%d bytes: the %s %s would hold %d bytes of data; Kubernetes allows at most %d (1 MiB)",
			size, kind, p.Release(release).ObjectName(ComponentConfig), total, MaxConfigDataBytes)))
	}
	modes, _ := json.Marshal(p.Agent.PVC.AccessModes)
	if n := len(p.Agent.PVC.StorageClass) + len(p.Agent.PVC.Size) + len(modes); n > MaxConfigDataBytes {
		errs = append(errs, field.Invalid(field.NewPath("agent", "pvc", "accessModes"), field.OmitValueType{}, fmt.Sprintf(
			"%d access modes: the ConfigMap %s would hold %d bytes of data; Kubernetes allows at most %d (1 MiB)",
			len(p.Agent.PVC.AccessModes), p.Release(release).ObjectName("agent-pvc-template"), n, MaxConfigDataBytes)))
	}
	return errs
}
