package values

import (
	"net/url"
	"strings"

	"k8s.io/apimachinery/pkg/util/validation/field"
)

// Keys of the API's environment for OIDC login.
const (
	KeyOIDCClientSecret = "OIDC_CLIENT_SECRET"
)

// OIDCValues are a generic OpenID Connect login provider (auth.oidc of
// Optio's chart of today; Keycloak, Authentik, Zitadel, Okta, ...), read by
// Optio 0.2.0 and newer. The provider is on when IssuerURL is set; then
// OIDC_ISSUER_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and, when set,
// OIDC_DISPLAY_NAME and OIDC_SCOPES reach the API.
type OIDCValues struct {
	// IssuerURL is the issuer, an http(s) URL without credentials; the API
	// reads <issuerUrl>/.well-known/openid-configuration. Default: "" (off).
	IssuerURL string `json:"issuerUrl"`
	// ClientID of the client registered at the issuer; required with
	// issuerUrl. Default: "".
	ClientID string `json:"clientId"`
	// ClientSecret of that client; required with issuerUrl unless
	// existingSecret provides OIDC_CLIENT_SECRET. Default: "".
	ClientSecret string `json:"clientSecret" values:"secret,opaque,env=OPTIO_OIDC_CLIENT_SECRET,key=OIDC_CLIENT_SECRET"`
	// DisplayName labels the login button ("Sign in with <displayName>");
	// "" leaves the API's own default (SSO). Default: SSO.
	DisplayName string `json:"displayName"`
	// Scopes requested, separated by spaces; "" leaves the API's default
	// ("openid email profile"). Default: "".
	Scopes string `json:"scopes"`
}

func defaultOIDC() OIDCValues { return OIDCValues{DisplayName: "SSO"} }

// Validate checks the OIDC values at path (e.g. "auth.oidc"); fromSecret
// tells whether the client secret comes from existingSecret.
func (v OIDCValues) Validate(path *field.Path, fromSecret bool) field.ErrorList {
	errs := validateURL(path.Child("issuerUrl"), v.IssuerURL, false, "https", "http")
	// OpenID Connect Core 1.0, 2 ("iss"): a URL with no query or fragment;
	// the API appends /.well-known/openid-configuration to it.
	if u, err := url.Parse(v.IssuerURL); len(errs) == 0 && err == nil && (u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || strings.HasSuffix(v.IssuerURL, "#")) {
		var shown interface{} = v.IssuerURL
		if mayHoldCredentials(v.IssuerURL) || u.RawQuery != "" {
			shown = field.OmitValueType{} // a query may carry a token
		}
		errs = append(errs, field.Invalid(path.Child("issuerUrl"), shown, "an OpenID Connect issuer has no query or fragment (OpenID Connect Core 1.0, section 2): the API appends /.well-known/openid-configuration to it").WithOrigin(RuleURLs))
	}
	if what := urlCredentials(v.IssuerURL); what != "" {
		errs = append(errs, field.Forbidden(path.Child("issuerUrl"), "holds credentials ("+what+"): give the issuer's URL without them"))
	}
	if v.IssuerURL == "" {
		return errs
	}
	if v.ClientID == "" {
		errs = append(errs, field.Required(path.Child("clientId"), "required when auth.oidc.issuerUrl is set"))
	}
	if v.ClientSecret == "" && !fromSecret {
		errs = append(errs, field.Required(path.Child("clientSecret"), "required when auth.oidc.issuerUrl is set (or set existingSecret with the key "+KeyOIDCClientSecret+")"))
	}
	return errs
}

// configured tells whether OIDC login is on: an issuer URL.
func (v OIDCValues) configured() bool { return v.IssuerURL != "" }

// environment adds the OIDC settings and secret when the provider is on.
func (v OIDCValues) environment(settings, secrets map[string]string) {
	if !v.configured() {
		return
	}
	settings["OIDC_ISSUER_URL"] = v.IssuerURL
	settings["OIDC_CLIENT_ID"] = v.ClientID
	if v.DisplayName != "" {
		settings["OIDC_DISPLAY_NAME"] = v.DisplayName
	}
	if v.Scopes != "" {
		settings["OIDC_SCOPES"] = v.Scopes
	}
	if v.ClientSecret != "" {
		secrets[KeyOIDCClientSecret] = v.ClientSecret
	}
}
