package values

import (
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/util/validation/field"
)

// credentialParams are the parts of a query parameter name that mark it as
// a credential (compared in lower case, without '-', '_' and '.'): password,
// passwd, pwd, token, secret, key (apikey, sslkey, key), auth, credential,
// signature, sig.
var credentialParams = []string{"pass", "pwd", "token", "secret", "key", "auth", "cred", "sig"}

// urlCredentials describes the credentials a URL carries, or returns "":
// any user information (user:password@, a lone token@) or a query
// parameter whose name looks like a credential (?password=, ?token=,
// ?api_key=, ...). Such a URL is a secret. The values themselves are never
// part of the description.
func urlCredentials(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	var found []string
	if u.User != nil {
		if _, ok := u.User.Password(); ok {
			found = append(found, "a user name and password")
		} else {
			found = append(found, "a user name or token before @")
		}
	}
	for _, name := range slices.Sorted(maps.Keys(u.Query())) {
		n := strings.NewReplacer("-", "", "_", "", ".", "").Replace(strings.ToLower(name))
		for _, c := range credentialParams {
			if strings.Contains(n, c) {
				found = append(found, fmt.Sprintf("the query parameter %q", name))
				break
			}
		}
	}
	return strings.Join(found, " and ")
}

// urlHasCredentials tells whether a URL carries credentials (see
// urlCredentials), so that it is secret.
func urlHasCredentials(raw string) bool { return urlCredentials(raw) != "" }

// mayHoldCredentials tells whether an error about the URL raw must omit it:
// it has credentials, or it does not parse and holds an '@'.
func mayHoldCredentials(raw string) bool {
	if _, err := url.Parse(raw); err != nil {
		return strings.Contains(raw, "@")
	}
	return urlHasCredentials(raw)
}

// validateSecretURLs refuses credentials where they would land in plain
// sight: externalRedis.url with existingSecret (REDIS_URL would go into the
// ConfigMap; it belongs in the Secret), and publicUrl and auth.gitlab.baseUrl
// in any mode (settings that Optio shows to browsers and writes into
// links). The URLs are never shown.
func (p *Values) validateSecretURLs() field.ErrorList {
	var errs field.ErrorList
	if what := urlCredentials(p.ExternalRedis.URL); what != "" && p.ExistingSecret != "" {
		errs = append(errs, field.Forbidden(field.NewPath("externalRedis", "url"), fmt.Sprintf(
			"holds credentials (%s): with existingSecret, put this URL in the Secret %q under the key REDIS_URL and leave externalRedis.url empty", what, p.ExistingSecret)))
	}
	for _, u := range []struct {
		path  *field.Path
		value string
		env   string
	}{
		{field.NewPath("publicUrl"), p.PublicURL, "API_PUBLIC_URL and WEB_PUBLIC_URL"},
		{field.NewPath("auth", "gitlab", "baseUrl"), p.Auth.Gitlab.BaseURL, "GITLAB_OAUTH_BASE_URL"},
	} {
		if what := urlCredentials(u.value); what != "" {
			errs = append(errs, field.Forbidden(u.path, fmt.Sprintf(
				"holds credentials (%s): it becomes %s, a plain setting that Optio also shows to browsers in links; give the URL without them", what, u.env)))
		}
	}
	return errs.WithOrigin(RuleURLs)
}

// checksumIterations is the PBKDF2 iteration count of configChecksum: each
// guess of the secrets costs an attacker this many HMAC-SHA256 rounds
// (BenchmarkConfigChecksum measures one). A variable only so that the
// brute-force test can run its enumeration quickly.
var checksumIterations = 100_000

// configChecksum is the checksum/config annotation of release r:
// HMAC-SHA256 of the settings, keyed by PBKDF2-SHA256 of the secret values
// (salted with the namespace and release name, checksumIterations rounds).
// It is deterministic (same values, same checksum) and changes when any
// setting or secret changes. Unlike a plain hash over settings and
// secrets, guessing one short secret needs every other secret too, and each
// guess costs a key derivation instead of one SHA-256. Residual risk: when
// every secret is weak (say a 4-character encryption.key with auth.disabled
// and a passwordless database), anyone who can read the Deployment can
// still test guesses offline, only slower; encryptionKeyWarnings warns
// about a short key. When encryption.key is a raw AES-256 key (64 hex
// characters, 256 random bits from `openssl rand -hex 32`), guessing is
// already out of reach, so one round is enough and the synth pays nothing.
func configChecksum(r Release, settings, secrets map[string]string) string {
	var key []byte
	if len(secrets) > 0 {
		salt := []byte("optio-cdk8s checksum/config\x00" + r.Namespace + "\x00" + r.Name)
		iterations := checksumIterations
		if isRawKey(secrets[KeyEncryptionKey]) {
			iterations = 1
		}
		var err error
		if key, err = pbkdf2.Key(sha256.New, string(canonical(secrets)), salt, iterations, sha256.Size); err != nil {
			panic(fmt.Sprintf("pbkdf2: %v", err)) // only for parameters outside FIPS limits, never these
		}
	}
	mac := hmac.New(sha256.New, key)
	mac.Write(canonical(settings))
	return hex.EncodeToString(mac.Sum(nil))
}

// canonical encodes a map in key order, each key and value preceded by its
// length, so that distinct maps never encode alike (whatever bytes the
// values hold).
func canonical(m map[string]string) []byte {
	var b []byte
	for _, k := range slices.Sorted(maps.Keys(m)) {
		b = binary.AppendUvarint(b, uint64(len(k)))
		b = append(b, k...)
		b = binary.AppendUvarint(b, uint64(len(m[k])))
		b = append(b, m[k]...)
	}
	return b
}

// MinPassphraseLength is the length under which an encryption.key that is
// not 64 hex characters is warned about as short.
const MinPassphraseLength = 32

// isRawKey tells whether key is what Optio uses as the raw AES-256 key: 64
// hex characters.
func isRawKey(key string) bool {
	_, err := hex.DecodeString(key)
	return len(key) == 64 && err == nil
}

// encryptionKeyWarnings warns about an encryption.key that Optio does not
// use as the raw AES-256 key: 64 hex characters with whitespace around them
// (a newline from a file, which makes the key a passphrase), and a short
// passphrase (fewer than MinPassphraseLength characters: Optio hashes it
// with SHA-256, unsalted, so it is as weak as it is short). Not with
// existingSecret, where the key is not read from the values.
func (p *Values) encryptionKeyWarnings() []string {
	key := p.Encryption.Key
	if p.ExistingSecret != "" || key == "" || isRawKey(key) {
		return nil
	}
	if isRawKey(strings.TrimSpace(key)) {
		return []string{"encryption.key: 64 hex characters with whitespace around them: Optio then hashes the whole text as a passphrase instead of using the 64 hex characters as the AES-256 key; remove the whitespace"}
	}
	if n := len([]rune(key)); n < MinPassphraseLength {
		return []string{fmt.Sprintf("encryption.key: a short passphrase (%d characters): Optio uses exactly 64 hex characters as the AES-256 key and hashes anything else with SHA-256, unsalted, so a short key can be guessed; generate one with: openssl rand -hex 32", n)}
	}
	return nil
}
