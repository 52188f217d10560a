package values_test

import (
	"slices"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testvalues"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// TestSecretFields: the walker finds every field tagged values:"secret",
// with its environment variable and the key of the API's environment it
// fills ({PARENT} resolved per OAuth provider).
func TestSecretFields(t *testing.T) {
	want := []values.SecretField{
		{Path: "postgresql.auth.password", Env: "OPTIO_POSTGRES_PASSWORD", Key: values.KeyPostgresPassword, Opaque: true},
		{Path: "redis.auth.password", Env: "OPTIO_REDIS_PASSWORD"}, // no control characters (redis-server reads its arguments as configuration lines); in R-redis-auth, not in existingSecret (docs/security.md)
		{Path: "externalDatabase.url", Env: "OPTIO_EXTERNAL_DATABASE_URL", Key: values.KeyDatabaseURL},
		{Path: "externalRedis.url", Env: "OPTIO_EXTERNAL_REDIS_URL", Key: "REDIS_URL"},
		{Path: "auth.github.clientSecret", Env: "OPTIO_GITHUB_CLIENT_SECRET", Key: values.KeyGithubClientSecret, Opaque: true},
		{Path: "auth.google.clientSecret", Env: "OPTIO_GOOGLE_CLIENT_SECRET", Key: values.KeyGoogleClientSecret, Opaque: true},
		{Path: "auth.gitlab.clientSecret", Env: "OPTIO_GITLAB_CLIENT_SECRET", Key: values.KeyGitlabClientSecret, Opaque: true},
		{Path: "auth.oidc.clientSecret", Env: "OPTIO_OIDC_CLIENT_SECRET", Key: values.KeyOIDCClientSecret, Opaque: true},
		{Path: "encryption.key", Env: "OPTIO_ENCRYPTION_KEY", Key: values.KeyEncryptionKey, Opaque: true},
		{Path: "webhook.githubSecret", Env: "OPTIO_GITHUB_WEBHOOK_SECRET", Key: values.KeyWebhookSecret, Opaque: true},
		// Optio's chart of today (v0.4.0).
		{Path: "github.app.clientSecret", Env: "OPTIO_GITHUB_APP_CLIENT_SECRET", Key: values.KeyGithubAppClientSecret, Opaque: true},
		{Path: "github.app.privateKey", Env: "OPTIO_GITHUB_APP_PRIVATE_KEY", Key: values.KeyGithubAppPrivateKey, Opaque: true},
		{Path: "credentialSecret", Env: "OPTIO_CREDENTIAL_SECRET", Key: values.KeyCredentialSecret, Opaque: true},
		{Path: "notifications.vapid.privateKey", Env: "OPTIO_VAPID_PRIVATE_KEY", Key: values.KeyVAPIDPrivateKey, Opaque: true},
		{Path: "observability.otel.headers", Env: "OPTIO_OTEL_HEADERS", Key: values.KeyOTelHeaders, Opaque: true},
	}
	got := values.SecretFields()
	if len(got) != len(want) {
		t.Fatalf("SecretFields = %+v, want %d fields", got, len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Path != w.Path || g.Env != w.Env || g.Key != w.Key || g.Opaque != w.Opaque {
			t.Errorf("SecretFields()[%d] = %+v, want %+v", i, g, w)
		}
	}
}

// TestSecretFieldKeysAreTheSecretKeys: every secret value fills a key that
// existingSecret may hold (SecretKeys, with every provider configured), and
// Value reads the field.
func TestSecretFieldKeysAreTheSecretKeys(t *testing.T) {
	v := testvalues.Valid()
	v.ExistingSecret = "mine"
	v.Auth.Google.ClientID, v.Auth.Gitlab.ClientID = "g", "l"
	v.Auth.OIDC.IssuerURL, v.Auth.OIDC.ClientID = "https://sso.example.com", "o"
	v.Github.App.ID, v.Github.App.ClientID = "1", "a"
	v.Notifications.Vapid.PublicKey = "pub"
	v.Observability.OTel.Enabled = true
	required, optional := v.SecretKeys()
	keys := append(required, optional...)
	for _, f := range values.SecretFields() {
		if f.Path == "redis.auth.password" {
			continue // its own Secret, R-redis-auth or redis.auth.existingSecret
		}
		if !slices.Contains(keys, f.Key) {
			t.Errorf("%s fills %s, which is not among the keys of existingSecret %v", f.Path, f.Key, keys)
		}
	}
	v.Webhook.GithubSecret = "hook"
	for _, f := range values.SecretFields() {
		if f.Path == "webhook.githubSecret" && f.Value(&v) != "hook" {
			t.Errorf("Value(webhook.githubSecret) = %q", f.Value(&v))
		}
	}
}
