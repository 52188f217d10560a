package values

// AuthValues configure authentication (the Helm chart's "Authentication" values).
type AuthValues struct {
	// Disabled skips all authentication: local development only.
	// Default: false.
	Disabled bool `json:"disabled"`
	// Github OAuth application.
	Github OAuthProviderValues `json:"github"`
	// Google OAuth application.
	Google OAuthProviderValues `json:"google"`
	// Gitlab OAuth application.
	Gitlab GitlabValues `json:"gitlab"`
	// OIDC is a generic OpenID Connect provider (oidc.go).
	OIDC OIDCValues `json:"oidc"`
}

// OAuthProviderValues are one OAuth application. A provider is configured
// only when both fields are set (the Helm chart's rule).
type OAuthProviderValues struct {
	// ClientID of the OAuth application. Default: "".
	ClientID string `json:"clientId"`
	// ClientSecret of the OAuth application. Default: "".
	ClientSecret string `json:"clientSecret" values:"secret,opaque,env=OPTIO_{PARENT}_CLIENT_SECRET,key={PARENT}_OAUTH_CLIENT_SECRET"`
}

// GitlabValues are the GitLab OAuth application.
type GitlabValues struct {
	OAuthProviderValues
	// BaseURL (beyond the Helm chart) is a self-hosted GitLab's URL
	// (GITLAB_OAUTH_BASE_URL). Default: "" (gitlab.com).
	BaseURL string `json:"baseUrl"`
}

// EncryptionValues hold the database encryption key.
type EncryptionValues struct {
	// Key is required (unless existingSecret provides it): 64 hex characters
	// are the raw AES-256 key, anything else is hashed with SHA-256.
	// Generate with openssl rand -hex 32. Default: "".
	Key string `json:"key" values:"secret,opaque,env=OPTIO_ENCRYPTION_KEY,key=OPTIO_ENCRYPTION_KEY"`
}

// WebhookValues hold the GitHub webhook secret.
type WebhookValues struct {
	// GithubSecret validates GitHub webhook signatures. Default: "".
	GithubSecret string `json:"githubSecret" values:"secret,opaque,env=OPTIO_GITHUB_WEBHOOK_SECRET,key=GITHUB_WEBHOOK_SECRET"`
}

// oauthProvider is one OAuth provider with its environment prefix.
type oauthProvider struct {
	prefix string // GITHUB, GOOGLE, GITLAB
	path   string // values path below auth
	values OAuthProviderValues
}

func (p *Values) oauthProviders() []oauthProvider {
	return []oauthProvider{
		{"GITHUB", "github", p.Auth.Github},
		{"GOOGLE", "google", p.Auth.Google},
		{"GITLAB", "gitlab", p.Auth.Gitlab.OAuthProviderValues},
	}
}

// configured tells whether a provider is configured: both fields set (the
// Helm chart's rule), or with existingSecret the client ID set (its secret is
// then read from the Secret).
func (p *Values) configured(o oauthProvider) bool {
	if p.ExistingSecret != "" {
		return o.values.ClientID != ""
	}
	return o.values.ClientID != "" && o.values.ClientSecret != ""
}
