package optio

import (
	"encoding/base64"
	"encoding/json"
	"net"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	plus "github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2"

	"github.com/optio-cdk8s/optio-cdk8s/imports/k8s"
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

// oauthProvider is one OAuth provider with its environment prefix.
type oauthProvider struct {
	prefix string // GITHUB, GOOGLE, GITLAB
	path   string // values path below auth
	values OAuthProviderValues
}

func (p *OptioChartProps) oauthProviders() []oauthProvider {
	return []oauthProvider{
		{"GITHUB", "github", p.Auth.Github},
		{"GOOGLE", "google", p.Auth.Google},
		{"GITLAB", "gitlab", p.Auth.Gitlab.OAuthProviderValues},
	}
}

// configured tells whether a provider is configured: both fields set (the
// Helm chart's rule), or with existingSecret the client ID set (its secret is
// then read from the Secret).
func (p *OptioChartProps) configured(o oauthProvider) bool {
	if p.ExistingSecret != "" {
		return o.values.ClientID != ""
	}
	return o.values.ClientID != "" && o.values.ClientSecret != ""
}

// Release returns the release (name and namespace) of these props.
func (p *OptioChartProps) Release() Release {
	return Release{Name: p.ReleaseName, Namespace: p.Namespace, HelmChartSelectors: p.HelmChartSelectors}
}

// DatabaseURL returns DATABASE_URL: for the in-cluster database
// postgres://USER:PASSWORD@R-postgres:5432/DATABASE built with net/url (any
// character of the password is escaped), else externalDatabase.url as given.
func (p *OptioChartProps) DatabaseURL() string {
	if !p.Postgresql.Enabled {
		return p.ExternalDatabase.URL
	}
	a := p.Postgresql.Auth
	u := &url.URL{
		Scheme: "postgres",
		Host:   net.JoinHostPort(p.Release().ObjectName(ComponentPostgres), strconv.Itoa(PostgresPort)),
		Path:   "/" + a.Database,
	}
	if a.Password != "" {
		u.User = url.UserPassword(a.Username, a.Password)
	} else {
		u.User = url.User(a.Username)
	}
	return u.String()
}

// RedisURL returns REDIS_URL: redis://R-redis:6379 in-cluster, else
// externalRedis.url as given.
func (p *OptioChartProps) RedisURL() string {
	if !p.Redis.Enabled {
		return p.ExternalRedis.URL
	}
	u := &url.URL{Scheme: "redis", Host: net.JoinHostPort(p.Release().ObjectName(ComponentRedis), strconv.Itoa(RedisPort))}
	return u.String()
}

// EffectivePublicURL returns the public base URL: publicUrl when set (without
// a trailing slash), else the first non-wildcard Ingress host (https when
// cert-manager or a manual TLS entry covers it, wildcards included), else "".
func (p *OptioChartProps) EffectivePublicURL() string {
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

func (p *OptioChartProps) hostHasTLS(host string) bool {
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
func (p *OptioChartProps) APIEnvironment() (settings, secrets map[string]string) {
	settings = map[string]string{
		"OPTIO_AGENT_IMAGE":             p.Agent.Image.Reference(),
		"OPTIO_IMAGE_PULL_POLICY":       p.Agent.ImagePullPolicy,
		"OPTIO_RUNTIME":                 "kubernetes",
		"OPTIO_AUTH_DISABLED":           strconv.FormatBool(p.Auth.Disabled),
		"OPTIO_AGENT_PVC_STORAGE_CLASS": p.Agent.PVC.StorageClass,
		"OPTIO_AGENT_PVC_SIZE":          p.Agent.PVC.Size,
	}
	if r := p.RedisURL(); r != "" && !(p.ExistingSecret != "" && urlHasCredentials(r)) {
		settings["REDIS_URL"] = r
	}
	if pub := p.EffectivePublicURL(); pub != "" {
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
	secrets[KeyDatabaseURL] = p.DatabaseURL()
	secrets[KeyEncryptionKey] = p.Encryption.Key
	if p.Webhook.GithubSecret != "" {
		secrets[KeyWebhookSecret] = p.Webhook.GithubSecret
	}
	if p.Postgresql.Enabled && p.Postgresql.Auth.Password != "" {
		secrets[KeyPostgresPassword] = p.Postgresql.Auth.Password
	}
	if p.ExistingSecret != "" {
		secrets = map[string]string{}
	}
	return settings, secrets
}

// SecretKeys lists the keys the Secret named by existingSecret must hold for
// these values, and the optional ones. Sorted.
func (p *OptioChartProps) SecretKeys() (required, optional []string) {
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
	sort.Strings(required)
	sort.Strings(optional)
	return required, optional
}

// ConfigChecksum is the pod-template annotation checksum/config, so that a
// change of the API's configuration from the values (settings and secrets)
// rolls the API: HMAC-SHA256 of the settings keyed by a key derived from
// the secrets (see configChecksum), 64 hex characters, the same for the same
// values. With existingSecret the user's Secret is not part of it.
func (p *OptioChartProps) ConfigChecksum() string {
	settings, secrets := p.APIEnvironment()
	return configChecksum(p.Release(), settings, secrets)
}

// newNamespace emits the Namespace. Its labels carry no release (instance)
// so that two releases sharing a namespace emit the same object.
func newNamespace(scope constructs.Construct, id string, r Release, chartNS string) k8s.KubeNamespace {
	ns := k8s.NewKubeNamespace(scope, jsii.String(id), &k8s.KubeNamespaceProps{
		Metadata: &k8s.ObjectMeta{
			Name: jsii.String(r.Namespace),
			Labels: stringMap(map[string]string{
				"app.kubernetes.io/name":       "optio",
				"app.kubernetes.io/version":    AppVersion,
				"app.kubernetes.io/managed-by": "cdk8s",
				"app.kubernetes.io/part-of":    "optio",
			}),
		},
	})
	clusterScoped(ns, chartNS)
	return ns
}

// newConfig emits R-config: the Secret with the API's whole environment, or
// with existingSecret the ConfigMap with its settings (the other return value
// is then nil).
func newConfig(scope constructs.Construct, id string, p *OptioChartProps) (k8s.KubeSecret, plus.ConfigMap) {
	r := p.Release()
	settings, secrets := p.APIEnvironment()
	if p.ExistingSecret != "" {
		return nil, plus.NewConfigMap(scope, jsii.String(id), &plus.ConfigMapProps{
			Metadata:  r.plusMetadata(r.ObjectName(ComponentConfig), ComponentConfig),
			Data:      stringMap(settings),
			Immutable: jsii.Bool(false),
		})
	}
	data := make(map[string]string, len(settings)+len(secrets))
	for k, v := range settings {
		data[k] = base64.StdEncoding.EncodeToString([]byte(v))
	}
	for k, v := range secrets {
		data[k] = base64.StdEncoding.EncodeToString([]byte(v))
	}
	return k8s.NewKubeSecret(scope, jsii.String(id), &k8s.KubeSecretProps{
		Metadata: r.metadata(r.ObjectName(ComponentConfig), ComponentConfig),
		Type:     jsii.String("Opaque"),
		Data:     stringMap(data),
	}), nil
}

// newAgentPVCTemplate emits the ConfigMap R-agent-pvc-template with keys
// storageClass, size and accessModes (a JSON list), from agent.pvc.
func newAgentPVCTemplate(scope constructs.Construct, id string, r Release, pvc AgentPVCValues) plus.ConfigMap {
	modes := pvc.AccessModes
	if modes == nil {
		modes = []string{}
	}
	accessModes, _ := json.Marshal(modes)
	return plus.NewConfigMap(scope, jsii.String(id), &plus.ConfigMapProps{
		Metadata: r.plusMetadata(r.ObjectName("agent-pvc-template"), "agent"),
		Data: &map[string]*string{
			"storageClass": jsii.String(pvc.StorageClass),
			"size":         jsii.String(pvc.Size),
			"accessModes":  jsii.String(string(accessModes)),
		},
		Immutable: jsii.Bool(false),
	})
}

// newResourceQuota emits R-quota with spec.hard = resourceQuota.hard.
func newResourceQuota(scope constructs.Construct, id string, r Release, hard ResourceList, vals *jsiiValues) k8s.KubeResourceQuota {
	return k8s.NewKubeResourceQuota(scope, jsii.String(id), &k8s.KubeResourceQuotaProps{
		Metadata: r.metadata(r.ObjectName("quota"), "quota"),
		Spec:     &k8s.ResourceQuotaSpec{Hard: vals.quantityMap(hard)},
	})
}
