package values

import (
	"encoding/base64"
	"fmt"
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

// vapidKeyProblem says what web-push (the 0.4.0 API's library) finds wrong
// with a VAPID key of the given decoded length: it must be URL-safe base64
// without padding, of size bytes once decoded (65 for the public key, 32
// for the private one); "" when nothing is. It never quotes the key.
func vapidKeyProblem(key string, size int) string {
	for _, r := range key {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return "is not URL-safe base64 without padding (A-Z, a-z, 0-9, - and _ only)"
		}
	}
	if b, err := base64.RawURLEncoding.DecodeString(key); err != nil || len(b) != size {
		return fmt.Sprintf("does not decode to %d bytes", size)
	}
	return ""
}

// warnings lists what the API will not use: a key web-push refuses turns
// push off (the API logs it and goes on). Keys are never quoted.
func (v VapidValues) warnings(path string) []string {
	if v.PublicKey == "" {
		return nil
	}
	var w []string
	if p := vapidKeyProblem(v.PublicKey, 65); p != "" {
		w = append(w, fmt.Sprintf("%s.publicKey: %s: web-push refuses it and the Optio 0.4.0 API turns push notifications off (generate the pair with npx web-push generate-vapid-keys)", path, p))
	}
	if v.PrivateKey != "" {
		if p := vapidKeyProblem(v.PrivateKey, 32); p != "" {
			w = append(w, fmt.Sprintf("%s.privateKey: %s: web-push refuses it and the Optio 0.4.0 API turns push notifications off (generate the pair with npx web-push generate-vapid-keys)", path, p))
		}
	}
	return w
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
