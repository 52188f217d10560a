package values_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testvalues"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// noLogin is testvalues.Valid without its GitHub OAuth application.
func noLogin() values.Values {
	v := testvalues.Valid()
	v.Auth.Github = values.OAuthProviderValues{}
	return v
}

func fieldsOf(v values.Values) []string {
	var out []string
	for _, e := range v.Validate("optio", "") {
		out = append(out, e.Field)
	}
	return out
}

// TestLoginProviders: every provider of the 0.4.0 API logs in alone (the
// chart refuses OIDC-only and GitHub-App-only installs), each reaches the
// API's environment, and none at all is refused unless auth.disabled.
func TestLoginProviders(t *testing.T) {
	cases := []struct {
		name      string
		set       func(v *values.Values)
		providers []string
		env       []string // settings the API gets
		errs      []string // paths of the errors; nil: valid
	}{
		{"none", func(v *values.Values) {}, nil, nil, []string{"auth"}},
		{"none with auth disabled", func(v *values.Values) { v.Auth.Disabled = true }, nil, nil, nil},
		{"GitHub OAuth app", func(v *values.Values) {
			v.Auth.Github = values.OAuthProviderValues{ClientID: "gh", ClientSecret: "s"}
		}, []string{"github"}, []string{"GITHUB_OAUTH_CLIENT_ID"}, nil},
		{"Google", func(v *values.Values) {
			v.Auth.Google = values.OAuthProviderValues{ClientID: "g", ClientSecret: "s"}
		}, []string{"google"}, []string{"GOOGLE_OAUTH_CLIENT_ID"}, nil},
		{"GitLab", func(v *values.Values) {
			v.Auth.Gitlab.OAuthProviderValues = values.OAuthProviderValues{ClientID: "gl", ClientSecret: "s"}
		}, []string{"gitlab"}, []string{"GITLAB_OAUTH_CLIENT_ID"}, nil},
		{"OIDC only", func(v *values.Values) {
			v.Auth.OIDC = values.OIDCValues{IssuerURL: "https://sso.example.com", ClientID: "optio", ClientSecret: "s", DisplayName: "SSO"}
		}, []string{"oidc"}, []string{"OIDC_ISSUER_URL", "OIDC_CLIENT_ID", "OIDC_DISPLAY_NAME"}, nil},
		{"OIDC without its client", func(v *values.Values) {
			v.Auth.OIDC = values.OIDCValues{IssuerURL: "https://sso.example.com"}
		}, []string{"oidc"}, nil, []string{"auth.oidc.clientId", "auth.oidc.clientSecret"}},
		{"GitHub App only", func(v *values.Values) {
			v.Github.App = values.GithubAppValues{ClientID: "Iv1.app", ClientSecret: "s"}
		}, []string{"github"}, []string{"GITHUB_APP_CLIENT_ID"}, nil},
		{"GitHub App's Secret only", func(v *values.Values) {
			v.Github.App = values.GithubAppValues{ExistingSecret: "optio-github-app"}
		}, []string{"github"}, nil, nil},
		{"GitHub App client without its secret", func(v *values.Values) {
			v.Github.App = values.GithubAppValues{ClientID: "Iv1.app"}
		}, nil, nil, []string{"auth", "github.app.clientSecret"}},
		{"GitHub App for git only (no client)", func(v *values.Values) {
			v.Github.App = values.GithubAppValues{ID: "1", InstallationID: "2", PrivateKey: "pem"}
		}, nil, []string{"GITHUB_APP_ID", "GITHUB_APP_INSTALLATION_ID"}, []string{"auth"}},
		{"every provider", func(v *values.Values) {
			v.Auth.Github = values.OAuthProviderValues{ClientID: "gh", ClientSecret: "s"}
			v.Auth.Google = values.OAuthProviderValues{ClientID: "g", ClientSecret: "s"}
			v.Auth.Gitlab.OAuthProviderValues = values.OAuthProviderValues{ClientID: "gl", ClientSecret: "s"}
			v.Auth.OIDC = values.OIDCValues{IssuerURL: "https://sso.example.com", ClientID: "optio", ClientSecret: "s"}
			v.Github.App = values.GithubAppValues{ClientID: "Iv1.app", ClientSecret: "s"}
		}, []string{"github", "google", "gitlab", "oidc"}, []string{"GITHUB_OAUTH_CLIENT_ID", "GITHUB_APP_CLIENT_ID", "OIDC_CLIENT_ID"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := noLogin()
			c.set(&v)
			if got := v.LoginProviders(); !slices.Equal(got, c.providers) {
				t.Errorf("LoginProviders = %v, want %v", got, c.providers)
			}
			if got := fieldsOf(v); !slices.Equal(got, c.errs) {
				t.Errorf("errors at %v, want %v: %v", got, c.errs, v.Validate("optio", ""))
			}
			settings, _ := v.APIEnvironment("optio")
			for _, k := range c.env {
				if settings[k] == "" {
					t.Errorf("%s not in the API's settings: %v", k, settings)
				}
			}
		})
	}
	// With existingSecret, the client IDs suffice: the secrets are the
	// Secret's required keys.
	v := noLogin()
	v.ExistingSecret = "optio-secrets"
	v.Auth.OIDC = values.OIDCValues{IssuerURL: "https://sso.example.com", ClientID: "optio"}
	v.Github.App = values.GithubAppValues{ID: "1", ClientID: "Iv1.app"}
	if errs := v.Validate("optio", ""); len(errs) > 0 {
		t.Fatalf("existingSecret: %v", errs)
	}
	required, _ := v.SecretKeys()
	for _, k := range []string{"OIDC_CLIENT_SECRET", "GITHUB_APP_CLIENT_SECRET", "GITHUB_APP_PRIVATE_KEY"} {
		if !slices.Contains(required, k) {
			t.Errorf("SecretKeys lacks %s: %v", k, required)
		}
	}
}

// TestPublicURLRequiredWithAuth: with auth on, publicUrl is required unless
// the first Ingress host gives it, and the error says which applies.
func TestPublicURLRequiredWithAuth(t *testing.T) {
	message := func(v values.Values) string {
		for _, e := range v.Validate("optio", "") {
			if e.Field == "publicUrl" {
				return e.Detail
			}
		}
		return ""
	}
	v := testvalues.Valid()
	v.PublicURL = ""
	if m := message(v); !strings.Contains(m, "set it, or enable the Ingress") {
		t.Errorf("no Ingress: %q", m)
	}
	v.Ingress.Enabled = true
	if m := message(v); m != "" {
		t.Errorf("derived from the Ingress host, yet: %q", m)
	}
	if got := v.EffectivePublicURL(); got != "http://optio.example.com" {
		t.Errorf("derived public URL = %q", got)
	}
	v.Ingress.Hosts = []values.IngressHost{{Host: "*.example.com", Paths: v.Ingress.Hosts[0].Paths}}
	if m := message(v); !strings.Contains(m, "no host without a wildcard") {
		t.Errorf("wildcard host only: %q", m)
	}
	v.Auth.Disabled = true
	if m := message(v); m != "" {
		t.Errorf("auth disabled, yet: %q", m)
	}
}
