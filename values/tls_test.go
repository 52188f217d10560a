package values_test

import (
	"strings"
	"testing"

	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// valid returns the defaults with the values the chart requires.
func valid() values.Values {
	v := values.Default()
	v.Encryption.Key = strings.Repeat("ab", 32)
	v.Postgresql.Auth.Password = "pw"
	v.Auth.Disabled = true
	return v
}

func TestTLSDefaultsAreTheChart04s(t *testing.T) {
	v := values.Default()
	if !v.Postgresql.TLS.Enabled || !v.Redis.TLS.Enabled || !v.Redis.TLS.AutoGenerateCert || !v.Redis.Auth.Enabled {
		t.Errorf("postgresql.tls %+v, redis.tls %+v, redis.auth %+v: the chart 0.4.0 turns all on", v.Postgresql.TLS, v.Redis.TLS, v.Redis.Auth)
	}
	if v.InternalTLS.Provider != values.ProviderKeygen {
		t.Errorf("internalTLS.provider = %q", v.InternalTLS.Provider)
	}
	if !v.KeygenNeeded() || v.KeygenImage() != v.API.Image {
		t.Errorf("keygen needed %v, image %v", v.KeygenNeeded(), v.KeygenImage())
	}
}

func TestTLSValidation(t *testing.T) {
	cases := []struct {
		name   string
		change func(v *values.Values)
		path   string
		typ    field.ErrorType
	}{
		{"autoGenerateCert false without existingSecret", func(v *values.Values) { v.Redis.TLS.AutoGenerateCert = false }, "redis.tls.existingSecret", field.ErrorTypeRequired},
		{"bad existingSecret", func(v *values.Values) { v.Postgresql.TLS.ExistingSecret = "Bad_Name" }, "postgresql.tls.existingSecret", field.ErrorTypeInvalid},
		{"bad auth existingSecret", func(v *values.Values) { v.Redis.Auth.ExistingSecret = "Bad_Name" }, "redis.auth.existingSecret", field.ErrorTypeInvalid},
		{"unknown provider", func(v *values.Values) { v.InternalTLS.Provider = "vault" }, "internalTLS.provider", field.ErrorTypeNotSupported},
		{"bad issuer kind", func(v *values.Values) { v.InternalTLS.CertManager.IssuerRef.Kind = "Certificate" }, "internalTLS.certManager.issuerRef.kind", field.ErrorTypeNotSupported},
		{"keygen image without tag", func(v *values.Values) { v.Keygen.Image.Repository = "node" }, "keygen.image.tag", field.ErrorTypeRequired},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := valid()
			c.change(&v)
			errs := v.Validate("optio", "")
			for _, e := range errs {
				if e.Field == c.path && e.Type == c.typ {
					return
				}
			}
			t.Errorf("no %s error at %s in %v", c.typ, c.path, errs)
		})
	}
	// Redis off: its TLS values do not matter.
	v := valid()
	v.Redis.Enabled, v.ExternalRedis.URL = false, "redis://cache:6379"
	v.Redis.TLS.AutoGenerateCert = false
	if errs := v.Validate("optio", ""); len(errs) != 0 {
		t.Errorf("redis disabled: %v", errs)
	}
}

func TestTLSWarnings(t *testing.T) {
	v := valid()
	v.Redis.TLS.ExistingSecret = "mine"
	v.Postgresql.PodSecurityContext.FSGroup = nil
	w := strings.Join(v.Warnings("optio"), "\n")
	for _, want := range []string{"redis.tls.existingSecret: ignored while redis.tls.autoGenerateCert is true", "postgresql.podSecurityContext.fsGroup: unset while postgresql.tls.enabled"} {
		if !strings.Contains(w, want) {
			t.Errorf("warnings lack %q:\n%s", want, w)
		}
	}
}
