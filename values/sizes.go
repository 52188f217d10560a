package values

import (
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

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

// stringValues lists every string of v (a values struct) with its path:
// fields, pointers, list entries and map values.
func stringValues(v reflect.Value, path *field.Path) []configSource {
	var out []configSource
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			out = stringValues(v.Elem(), path)
		}
	case reflect.String:
		out = append(out, configSource{path: path, value: v.String()})
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			out = append(out, stringValues(v.Index(i), path.Index(i))...)
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			if iter.Key().Kind() == reflect.String {
				out = append(out, stringValues(iter.Value(), path.Key(iter.Key().String()))...)
			}
		}
	case reflect.Struct:
		for _, f := range Fields(v.Type()) {
			out = append(out, stringValues(v.FieldByIndex(f.Index), childPath(path, f.Name))...)
		}
	}
	return out
}

// childPath is path.Child(name), or the root field name when path is nil.
func childPath(path *field.Path, name string) *field.Path {
	if path == nil {
		return field.NewPath(name)
	}
	return path.Child(name)
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
		// Any other string value that reaches the data as it is (the list
		// above holds those that are escaped or built into a URL): the
		// longest first, up to the first one found in the data.
		data := slices.Concat(slices.Collect(maps.Values(settings)), slices.Collect(maps.Values(secrets)))
		candidates := stringValues(reflect.ValueOf(p).Elem(), nil)
		slices.SortStableFunc(candidates, func(a, b configSource) int { return len(b.value) - len(a.value) })
		for _, s := range candidates {
			if s.value == "" || (largest != nil && len(s.value) <= len(largest.value)) {
				break
			}
			if slices.ContainsFunc(data, func(d string) bool { return strings.Contains(d, s.value) }) {
				largest = &s
				break
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
