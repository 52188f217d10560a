package values

import (
	"net"
	"net/url"
	"sort"
	"strconv"
	"strings"
)

// Keys of the API's environment that hold secret material. With
// existingSecret they are read from the user's Secret, never from values.
const (
	KeyDatabaseURL        = "DATABASE_URL"
	KeyEncryptionKey      = "OPTIO_ENCRYPTION_KEY"
	KeyWebhookSecret      = "GITHUB_WEBHOOK_SECRET"
	KeyPostgresPassword   = "POSTGRES_PASSWORD"
	KeyGithubClientSecret = "GITHUB_OAUTH_CLIENT_SECRET"
	KeyGoogleClientSecret = "GOOGLE_OAUTH_CLIENT_SECRET"
	KeyGitlabClientSecret = "GITLAB_OAUTH_CLIENT_SECRET"
)

// Release returns the release of these values under the release name
// name (name, namespace, selector mode and commonLabels).
func (p *Values) Release(name string) Release {
	return Release{Name: name, Namespace: p.Namespace, HelmChartSelectors: p.HelmChartSelectors, CommonLabels: p.CommonLabels}
}

// DatabaseURL returns DATABASE_URL: for the in-cluster database
// postgres://USER:PASSWORD@R-postgres:5432/DATABASE (R is release) built with net/url (any
// character of the password is escaped), else externalDatabase.url as given.
func (p *Values) DatabaseURL(release string) string {
	if !p.Postgresql.Enabled {
		return p.ExternalDatabase.URL
	}
	a := p.Postgresql.Auth
	u := &url.URL{
		Scheme: "postgres",
		Host:   net.JoinHostPort(p.Release(release).ObjectName(ComponentPostgres), strconv.Itoa(PostgresPort)),
		Path:   "/" + a.Database,
	}
	if a.Password != "" {
		u.User = url.UserPassword(a.Username, a.Password)
	} else {
		u.User = url.User(a.Username)
	}
	if p.Postgresql.TLS.Enabled {
		postgresTLSQuery(u) // tls.go
	}
	return u.String()
}

// RedisURL returns REDIS_URL: redis://R-redis:6379 in-cluster (R is release),
// rediss:// with redis.tls.enabled, else externalRedis.url as given. The
// password is never in it: the API adds REDIS_PASSWORD itself.
func (p *Values) RedisURL(release string) string {
	if !p.Redis.Enabled {
		return p.ExternalRedis.URL
	}
	return redisURL(p.Release(release).ObjectName(ComponentRedis), p.Redis.TLS.Enabled) // tls.go
}

// EffectivePublicURL returns the public base URL: publicUrl when set (without
// a trailing slash), else the first non-wildcard Ingress host (https when
// cert-manager or a manual TLS entry covers it, wildcards included), else "".
func (p *Values) EffectivePublicURL() string {
	if p.PublicURL != "" {
		return strings.TrimRight(p.PublicURL, "/")
	}
	if !p.Ingress.Enabled {
		return ""
	}
	for _, h := range p.Ingress.Hosts {
		if h.Host == "" || strings.HasPrefix(h.Host, "*.") {
			continue
		}
		scheme := "http"
		if p.hostHasTLS(h.Host) {
			scheme = "https"
		}
		return (&url.URL{Scheme: scheme, Host: h.Host}).String()
	}
	return ""
}

func (p *Values) hostHasTLS(host string) bool {
	if p.Ingress.CertManager.Enabled {
		return true
	}
	for _, t := range p.Ingress.TLS {
		for _, h := range t.Hosts {
			if h == host {
				return true
			}
			// *.example.com covers exactly one more label: a.example.com.
			if suffix, ok := strings.CutPrefix(h, "*"); ok {
				if label, found := strings.CutSuffix(host, suffix); found && label != "" && !strings.Contains(label, ".") {
					return true
				}
			}
		}
	}
	return false
}

// APIEnvironment splits the API's environment from the values into settings
// (not secret) and secrets. Without existingSecret both go into the Secret
// R-config; with it, settings go into the ConfigMap R-config and secrets are
// left to the user's Secret (the returned secrets are then empty).
// POSTGRES_PASSWORD is among the secrets for the in-cluster database; the
// postgres pod reads it from the same Secret.
func (p *Values) APIEnvironment(release string) (settings, secrets map[string]string) {
	settings = map[string]string{
		"OPTIO_AGENT_IMAGE":             p.Agent.Image.Reference(),
		"OPTIO_IMAGE_PULL_POLICY":       string(p.Agent.ImagePullPolicy),
		"OPTIO_RUNTIME":                 "kubernetes",
		"OPTIO_AUTH_DISABLED":           strconv.FormatBool(p.Auth.Disabled),
		"OPTIO_AGENT_PVC_STORAGE_CLASS": p.Agent.PVC.StorageClass,
		"OPTIO_AGENT_PVC_SIZE":          p.Agent.PVC.Size,
	}
	if r := p.RedisURL(release); r != "" && !(p.ExistingSecret != "" && urlHasCredentials(r)) {
		settings["REDIS_URL"] = r
	}
	p.tlsEnvironment(settings) // tls.go
	if pub := p.EffectivePublicURL(); pub != "" {
		// Read by the API images built before 2026-03-28 only; PUBLIC_URL
		// (chart_today.go) is what later ones read.
		settings["API_PUBLIC_URL"] = pub
		settings["WEB_PUBLIC_URL"] = pub
	}
	if p.Auth.Gitlab.BaseURL != "" {
		settings["GITLAB_OAUTH_BASE_URL"] = p.Auth.Gitlab.BaseURL
	}
	secrets = map[string]string{}
	for _, o := range p.oauthProviders() {
		if p.configured(o) {
			settings[o.prefix+"_OAUTH_CLIENT_ID"] = o.values.ClientID
			secrets[o.prefix+"_OAUTH_CLIENT_SECRET"] = o.values.ClientSecret
		}
	}
	secrets[KeyDatabaseURL] = p.DatabaseURL(release)
	secrets[KeyEncryptionKey] = p.Encryption.Key
	if p.Webhook.GithubSecret != "" {
		secrets[KeyWebhookSecret] = p.Webhook.GithubSecret
	}
	if p.Postgresql.Enabled && p.Postgresql.Auth.Password != "" {
		secrets[KeyPostgresPassword] = p.Postgresql.Auth.Password
	}
	p.chartTodayEnvironment(settings, secrets) // chart_today.go
	if p.ExistingSecret != "" {
		secrets = map[string]string{}
	}
	return settings, secrets
}

// SecretKeys lists the keys the Secret named by existingSecret must hold for
// these values, and the optional ones. Sorted.
func (p *Values) SecretKeys() (required, optional []string) {
	required = []string{KeyDatabaseURL, KeyEncryptionKey}
	if p.Postgresql.Enabled {
		required = append(required, KeyPostgresPassword)
	}
	for _, o := range p.oauthProviders() {
		if p.configured(o) {
			required = append(required, o.prefix+"_OAUTH_CLIENT_SECRET")
		}
	}
	optional = []string{KeyWebhookSecret}
	if !p.Redis.Enabled && (p.ExternalRedis.URL == "" || urlHasCredentials(p.ExternalRedis.URL)) {
		required = append(required, "REDIS_URL")
	} else {
		optional = append(optional, "REDIS_URL")
	}
	required, optional = p.chartTodaySecretKeys(required, optional) // chart_today.go
	sort.Strings(required)
	sort.Strings(optional)
	return required, optional
}

// ConfigChecksum is the pod-template annotation checksum/config, so that a
// change of the API's configuration from the values (settings and secrets)
// rolls the API: HMAC-SHA256 of the settings keyed by a key derived from
// the secrets (see configChecksum), 64 hex characters, the same for the same
// values. With existingSecret the user's Secret is not part of it.
func (p *Values) ConfigChecksum(release string) string {
	settings, secrets := p.APIEnvironment(release)
	return configChecksum(p.Release(release), settings, secrets)
}
