package values

import (
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// Keys of the API's environment for the GitHub App.
const (
	KeyGithubAppID             = "GITHUB_APP_ID"
	KeyGithubAppClientID       = "GITHUB_APP_CLIENT_ID"
	KeyGithubAppClientSecret   = "GITHUB_APP_CLIENT_SECRET"
	KeyGithubAppInstallationID = "GITHUB_APP_INSTALLATION_ID"
	KeyGithubAppPrivateKey     = "GITHUB_APP_PRIVATE_KEY"
	KeyGithubAppBotName        = "GITHUB_APP_BOT_NAME"
	KeyGithubAppBotEmail       = "GITHUB_APP_BOT_EMAIL"
)

// GithubValues hold the GitHub App (the `github` key of Optio's chart of
// today).
type GithubValues struct {
	// App is the GitHub App Optio acts as on GitHub.
	App GithubAppValues `json:"app"`
}

// GithubAppValues are a GitHub App (github.app): installation tokens for
// the agents' git operations, and, with clientId and clientSecret, login
// with GitHub (the App's client then replaces auth.github's OAuth app).
// Each value reaches the API as its GITHUB_APP_* variable when set, never
// as an empty one (an empty GITHUB_APP_CLIENT_ID would hide
// auth.github.clientId from the API).
type GithubAppValues struct {
	// ID of the App, digits (GITHUB_APP_ID). A number is accepted and
	// written as its digits. Default: "".
	ID string `json:"id" values:"numeric"`
	// ClientID of the App (GITHUB_APP_CLIENT_ID), for login with GitHub.
	// Default: "".
	ClientID string `json:"clientId"`
	// ClientSecret of the App (GITHUB_APP_CLIENT_SECRET); required with
	// clientId unless a Secret provides it. Default: "".
	ClientSecret string `json:"clientSecret" values:"secret,opaque,env=OPTIO_GITHUB_APP_CLIENT_SECRET,key=GITHUB_APP_CLIENT_SECRET"`
	// InstallationID of the App in your organization, digits
	// (GITHUB_APP_INSTALLATION_ID). Default: "".
	InstallationID string `json:"installationId" values:"numeric"`
	// PrivateKey of the App, PEM (GITHUB_APP_PRIVATE_KEY); required with id
	// unless a Secret provides it. Give it with --set-file
	// github.app.privateKey=key.pem. Default: "".
	PrivateKey string `json:"privateKey" values:"secret,opaque,env=OPTIO_GITHUB_APP_PRIVATE_KEY,key=GITHUB_APP_PRIVATE_KEY"`
	// BotName is the git author name of agent commits, e.g.
	// my-app[bot] (GITHUB_APP_BOT_NAME). Default: "".
	BotName string `json:"botName"`
	// BotEmail is the git author email of agent commits
	// (GITHUB_APP_BOT_EMAIL). Default: "".
	BotEmail string `json:"botEmail"`
	// ExistingSecret names a Secret holding the App's GITHUB_APP_* keys; the
	// API reads it with envFrom after R-config, and no GITHUB_APP_* value is
	// taken from these values. Default: "".
	ExistingSecret string `json:"existingSecret"`
}

// Validate checks the App's values at path (e.g. "github.app"); fromSecret
// tells whether existingSecret provides the secret keys.
func (v GithubAppValues) Validate(path *field.Path, fromSecret bool) field.ErrorList {
	var errs field.ErrorList
	for _, n := range []struct{ name, v string }{{"id", v.ID}, {"installationId", v.InstallationID}} {
		if n.v != "" && !allDigits(n.v) {
			errs = append(errs, field.Invalid(path.Child(n.name), n.v, "must be the App's numeric ID (digits only)"))
		}
	}
	if v.ExistingSecret != "" {
		errs = append(errs, ValidateObjectName(path.Child("existingSecret"), v.ExistingSecret)...)
		return errs
	}
	if v.ClientID != "" && v.ClientSecret == "" && !fromSecret {
		errs = append(errs, field.Required(path.Child("clientSecret"), "required when github.app.clientId is set (or set github.app.existingSecret, or existingSecret with the key "+KeyGithubAppClientSecret+")"))
	}
	if v.ID != "" && v.PrivateKey == "" && !fromSecret {
		errs = append(errs, field.Required(path.Child("privateKey"), "required when github.app.id is set: the API signs its installation tokens with it (give it with --set-file github.app.privateKey=key.pem)"))
	}
	if v.ID == "" && (v.InstallationID != "" || v.PrivateKey != "") {
		errs = append(errs, field.Required(path.Child("id"), "required when github.app.installationId or github.app.privateKey is set"))
	}
	return errs
}

// allDigits tells whether s is one or more ASCII digits.
func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// environment adds the App's settings and secrets, each only when set;
// nothing with the App's own existingSecret.
func (v GithubAppValues) environment(settings, secrets map[string]string) {
	if v.ExistingSecret != "" {
		return
	}
	for k, val := range map[string]string{
		KeyGithubAppID: v.ID, KeyGithubAppClientID: v.ClientID, KeyGithubAppInstallationID: v.InstallationID,
		KeyGithubAppBotName: v.BotName, KeyGithubAppBotEmail: v.BotEmail,
	} {
		if val != "" {
			settings[k] = val
		}
	}
	for k, val := range map[string]string{KeyGithubAppClientSecret: v.ClientSecret, KeyGithubAppPrivateKey: v.PrivateKey} {
		if val != "" {
			secrets[k] = val
		}
	}
}
