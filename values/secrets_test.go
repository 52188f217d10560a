package values_test

import (
	"strings"
	"testing"

	"k8s.io/apimachinery/pkg/util/validation/field"
)

// errorsAt returns the errors of Validate at path.
func errorsAt(p releaseValues, path string) field.ErrorList {
	var out field.ErrorList
	for _, e := range p.Validate() {
		if e.Field == path {
			out = append(out, e)
		}
	}
	return out
}

// With existingSecret, a Redis URL holding any kind of credential is
// refused with its path and the Secret key to use, and never printed.
func TestRedisURLWithCredentialsAndExistingSecret(t *testing.T) {
	for _, u := range []string{
		"redis://:SECRETPW@cache:6379/0",
		"redis://SECRETTOKEN@cache:6379",
		"redis://user:SECRETPW@cache:6379",
		"redis://cache:6379/0?password=SECRETPW",
		"rediss://cache:6380?token=SECRETTOKEN",
		"redis://cache:6379?api_key=SECRETKEY",
		"redis://cache:6379?Auth-Token=SECRETTOKEN",
	} {
		p := pinned()
		p.Redis.Enabled = false
		p.ExternalRedis.URL = u
		errs := errorsAt(p, "externalRedis.url")
		if len(errs) != 1 || errs[0].Type != field.ErrorTypeForbidden || !strings.Contains(errs[0].Detail, `Secret "optio-secrets" under the key REDIS_URL`) {
			t.Errorf("%s: errors %v, want one Forbidden naming the Secret key REDIS_URL", u, p.Validate())
		}
		if all := p.Validate().ToAggregate(); all != nil && strings.Contains(all.Error(), "SECRET") {
			t.Errorf("%s: a credential is printed: %v", u, all)
		}
	}
	for _, u := range []string{"redis://cache:6379", "redis://cache:6379/2?db=2", "rediss://cache:6380?ssl_cert_reqs=required"} {
		p := pinned()
		p.Redis.Enabled = false
		p.ExternalRedis.URL = u
		if errs := p.Validate(); len(errs) > 0 {
			t.Errorf("%s (no credentials): %v", u, errs)
		}
		if settings, _ := p.APIEnvironment(); settings["REDIS_URL"] != u {
			t.Errorf("%s: REDIS_URL setting = %q", u, settings["REDIS_URL"])
		}
	}
	// Without existingSecret the URL is a secret value of R-config, warned.
	p := validRelease()
	p.Redis.Enabled = false
	p.ExternalRedis.URL = "redis://TOKEN@cache:6379"
	if errs := p.Validate(); len(errs) > 0 {
		t.Fatalf("without existingSecret: %v", errs)
	}
	if w := strings.Join(p.Warnings(), "\n"); !strings.Contains(w, "externalRedis.url: secret value written into the output") {
		t.Errorf("no secret warning for a token URL:\n%s", w)
	}
}

func TestPublicURLsWithCredentialsRefused(t *testing.T) {
	for _, tc := range []struct{ path, url string }{
		{"publicUrl", "https://user:SECRETPW@optio.example.com"},
		{"publicUrl", "https://SECRETTOKEN@optio.example.com"},
		{"publicUrl", "https://optio.example.com/?token=SECRETTOKEN"},
		{"auth.gitlab.baseUrl", "https://oauth2:SECRETPW@gitlab.example.com"},
		{"auth.gitlab.baseUrl", "https://gitlab.example.com?private_token=SECRETTOKEN"},
	} {
		p := validRelease()
		if tc.path == "publicUrl" {
			p.PublicURL = tc.url
		} else {
			p.Auth.Gitlab.BaseURL = tc.url
		}
		errs := errorsAt(p, tc.path)
		if len(errs) != 1 || errs[0].Type != field.ErrorTypeForbidden || !strings.Contains(errs[0].Detail, "holds credentials") {
			t.Errorf("%s=%s: %v", tc.path, tc.url, p.Validate())
		}
		if strings.Contains(p.Validate().ToAggregate().Error(), "SECRET") {
			t.Errorf("%s: credential printed: %v", tc.url, p.Validate())
		}
	}
	// A URL with credentials and another fault: the other error omits the URL.
	p := validRelease()
	p.PublicURL = "ftp://user:SECRETPW@optio.example.com"
	if msg := p.Validate().ToAggregate().Error(); strings.Contains(msg, "SECRET") || !strings.Contains(msg, "publicUrl: Invalid value: scheme must be") {
		t.Errorf("bad scheme with credentials: %s", msg)
	}
}

func TestEncryptionKeyWarnings(t *testing.T) {
	raw := strings.Repeat("0123456789abcdef", 4)
	for key, want := range map[string]string{
		"abcd":                                "encryption.key: a short passphrase (4 characters)",
		"correct horse battery":               "encryption.key: a short passphrase (21 characters)",
		raw + "\n":                            "encryption.key: 64 hex characters with whitespace around them",
		" " + raw:                             "encryption.key: 64 hex characters with whitespace around them",
		raw:                                   "",
		strings.ToUpper(raw):                  "",
		strings.Repeat("long passphrase ", 3): "",
	} {
		p := validRelease()
		p.Encryption.Key = key
		var got []string
		for _, w := range p.Warnings() {
			if strings.HasPrefix(w, "encryption.key: ") && !strings.Contains(w, "written into the output") {
				got = append(got, w)
			}
		}
		switch {
		case want == "" && len(got) > 0:
			t.Errorf("key %q: unexpected %q", key, got)
		case want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], want)):
			t.Errorf("key %q: warnings %q, want %q", key, got, want)
		}
		if strings.Contains(strings.Join(got, ""), strings.TrimSpace(key)) {
			t.Errorf("the key is printed: %q", got)
		}
	}
	p := pinned() // existingSecret: the values' key is not used
	p.Encryption.Key = "abcd"
	for _, w := range p.Warnings() {
		if strings.Contains(w, "short passphrase") {
			t.Errorf("short-key warning with existingSecret: %s", w)
		}
	}
}
