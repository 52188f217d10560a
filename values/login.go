package values

import (
	"strings"

	"k8s.io/apimachinery/pkg/util/validation/field"
)

// LoginProviders lists the login providers the values configure, as the
// Optio 0.4.0 API counts them: github (an OAuth app in auth.github, or the
// GitHub App's client, which then replaces it), google, gitlab, and oidc
// (auth.oidc.issuerUrl). The GitHub App's client counts when
// github.app.clientId has its secret (in the values or existingSecret), or
// when github.app.existingSecret names the App's Secret. Optio's chart
// counts only the OAuth apps, so it refuses OIDC-only and GitHub-App-only
// installs; here they are valid.
func (p *Values) LoginProviders() []string {
	var out []string
	for _, o := range p.oauthProviders() {
		if p.configured(o) || (o.prefix == "GITHUB" && p.githubAppLogin()) {
			out = append(out, strings.ToLower(o.prefix))
		}
	}
	if p.Auth.OIDC.configured() {
		out = append(out, "oidc")
	}
	return out
}

// githubAppLogin tells whether the GitHub App's client is a login provider.
func (p *Values) githubAppLogin() bool {
	a := p.Github.App
	return a.ExistingSecret != "" || (a.ClientID != "" && (a.ClientSecret != "" || p.ExistingSecret != ""))
}

// validateLogin holds the rules of authentication: unless auth.disabled, at
// least one login provider (LoginProviders), and a public URL, given as
// publicUrl or derived from the first Ingress host, on which the API builds
// its OAuth callback URLs (without it they point at localhost).
func (p *Values) validateLogin() field.ErrorList {
	if p.Auth.Disabled {
		return nil
	}
	var errs field.ErrorList
	if len(p.LoginProviders()) == 0 {
		need := "clientId and clientSecret"
		if p.ExistingSecret != "" {
			need = "clientId"
		}
		errs = append(errs, field.Required(field.NewPath("auth"), "at least one login provider unless auth.disabled is true: "+
			"auth.github, auth.google or auth.gitlab (its "+need+"), auth.oidc (issuerUrl and clientId), "+
			"or the GitHub App (github.app.clientId with its clientSecret, or github.app.existingSecret)"))
	}
	if p.EffectivePublicURL() == "" {
		why := "set it, or enable the Ingress (ingress.enabled) with a host, from which it is derived"
		if p.Ingress.Enabled {
			why = "it cannot be derived from the Ingress, which has no host without a wildcard; set it"
		}
		errs = append(errs, field.Required(field.NewPath("publicUrl"),
			"required unless auth.disabled is true: the API builds its OAuth callback URLs on it (without it they point at localhost); "+why+" (e.g. https://optio.example.com)"))
	}
	return withDefaultOrigin(errs, RuleRequiredValues)
}
