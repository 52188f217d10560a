package values

import (
	"net/mail"
	"net/url"
	"strings"

	"k8s.io/apimachinery/pkg/util/validation/field"
)

// KeyVAPIDPrivateKey is the key of the VAPID private key in the API's
// environment.
const KeyVAPIDPrivateKey = "OPTIO_VAPID_PRIVATE_KEY"

// NotificationsValues configure notifications (the `notifications` key of
// Optio's chart of today).
type NotificationsValues struct {
	// Vapid are the Web Push keys.
	Vapid VapidValues `json:"vapid"`
}

// VapidValues are the VAPID key pair and contact of browser push
// notifications (notifications.vapid); push is on when PublicKey is set
// (OPTIO_VAPID_PUBLIC_KEY, OPTIO_VAPID_PRIVATE_KEY, OPTIO_VAPID_SUBJECT).
// Generate the pair with `npx web-push generate-vapid-keys`.
type VapidValues struct {
	// PublicKey, base64url. Default: "" (push off).
	PublicKey string `json:"publicKey"`
	// PrivateKey, base64url; required with publicKey unless existingSecret
	// provides OPTIO_VAPID_PRIVATE_KEY. Default: "".
	PrivateKey string `json:"privateKey" values:"secret,opaque,env=OPTIO_VAPID_PRIVATE_KEY,key=OPTIO_VAPID_PRIVATE_KEY"`
	// Subject is the contact push services use: a mailto: or https: URL;
	// required with publicKey. Default: "".
	Subject string `json:"subject"`
}

// Validate checks the VAPID values at path (e.g. "notifications.vapid");
// fromSecret tells whether existingSecret provides the private key.
func (v VapidValues) Validate(path *field.Path, fromSecret bool) field.ErrorList {
	var errs field.ErrorList
	if v.PublicKey == "" {
		if v.PrivateKey != "" || v.Subject != "" {
			errs = append(errs, field.Required(path.Child("publicKey"), "required when privateKey or subject is set: push is on only with a public key"))
		}
		return errs
	}
	if v.PrivateKey == "" && !fromSecret {
		errs = append(errs, field.Required(path.Child("privateKey"), "required when publicKey is set (or set existingSecret with the key "+KeyVAPIDPrivateKey+")"))
	}
	switch {
	case v.Subject == "":
		errs = append(errs, field.Required(path.Child("subject"), "required when publicKey is set: a mailto: or https: URL push services can reach you at"))
	case !validVAPIDSubject(v.Subject):
		errs = append(errs, field.Invalid(path.Child("subject"), v.Subject, "must be a mailto: address (mailto:ops@example.com) or an https: URL"))
	}
	return errs
}

// validVAPIDSubject accepts what RFC 8292 allows: a mailto: URI with one
// address, or an https: URL with a host.
func validVAPIDSubject(s string) bool {
	if addr, ok := strings.CutPrefix(s, "mailto:"); ok {
		a, err := mail.ParseAddress(addr)
		return err == nil && a.Name == "" && a.Address == addr
	}
	u, err := url.Parse(s)
	return err == nil && u.Scheme == "https" && u.Host != "" && u.User == nil
}

// environment adds the push settings and secret when push is on.
func (v VapidValues) environment(settings, secrets map[string]string) {
	if v.PublicKey == "" {
		return
	}
	settings["OPTIO_VAPID_PUBLIC_KEY"] = v.PublicKey
	settings["OPTIO_VAPID_SUBJECT"] = v.Subject
	if v.PrivateKey != "" {
		secrets[KeyVAPIDPrivateKey] = v.PrivateKey
	}
}
