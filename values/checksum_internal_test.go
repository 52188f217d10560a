package values

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"testing"
)

// oldChecksum is the checksum/config of earlier versions: a plain SHA-256
// over the settings and secrets, which anyone who can read the Deployment
// could test guesses against.
func oldChecksum(settings, secrets map[string]string) string {
	b, _ := json.Marshal([]map[string]string{settings, secrets})
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// bruteForce tries every 4-hex-character encryption.key against a
// checksum, the way an attacker with read access to the Deployment would:
// knowing the settings and the other secrets as given in guess. It returns
// the key found, or "".
func bruteForce(target string, guess Values, sum func(p *Values) string) string {
	for i := range 1 << 16 {
		guess.Encryption.Key = fmt.Sprintf("%04x", i)
		if sum(&guess) == target {
			return guess.Encryption.Key
		}
	}
	return ""
}

// A development setup whose only secret is a short encryption.key
// (auth.disabled, a passwordless database): the brute force that recovered
// the key from the old checksum; with the new one, each guess costs a key
// derivation (the residual risk, which the short-key warning names).
func TestChecksumBruteForce(t *testing.T) {
	weak := Default()
	weak.Auth.Disabled = true
	weak.Encryption.Key = "a1b2"
	old := func(p *Values) string { return oldChecksum(p.APIEnvironment(DefaultReleaseName)) }
	checksum := func(p *Values) string { return p.ConfigChecksum(DefaultReleaseName) }
	if got := bruteForce(old(&weak), weak, old); got != "a1b2" {
		t.Fatalf("old checksum: brute force found %q, want the key a1b2 (the attack the new checksum answers)", got)
	}

	// Another secret, unknown to the attacker: the same brute force over
	// the key finds nothing, with the old and the new checksum alike, since
	// checking a guess of the key needs the password too.
	strong := weak
	strong.Auth.Disabled = false
	strong.Auth.Github = OAuthProviderValues{ClientID: "gh-id", ClientSecret: "9f3c1e7a5b2d8c4e6f0a1b3c5d7e9f1a2b4c6d8e"}
	strong.Postgresql.Auth.Password = "c0ffee5ee0d15ea5e5ca1ab1ef00dd00"
	attacker := strong
	attacker.Auth.Github.ClientSecret = "guessed"
	attacker.Postgresql.Auth.Password = "guessed"
	defer func(n int) { checksumIterations = n }(checksumIterations)
	checksumIterations = 1 // the structure is tested here, the cost by BenchmarkConfigChecksum
	if got := bruteForce(checksum(&strong), attacker, checksum); got != "" {
		t.Errorf("new checksum with another secret present: brute force found %q", got)
	}
	// The residual risk: when every other secret is known, the key is found
	// (at the cost of one key derivation per guess).
	if got := bruteForce(checksum(&weak), weak, checksum); got != "a1b2" {
		t.Errorf("residual risk not reproduced: found %q", got)
	}
	if checksum(&weak) == old(&weak) {
		t.Error("the new checksum equals the old one")
	}
}

// One guess of an attacker: a checksum with secrets (the key derivation).
//
//	go test -run '^$' -bench BenchmarkConfigChecksum ./values/
func BenchmarkConfigChecksum(b *testing.B) {
	p := Default()
	p.Encryption.Key = "a1b2"
	p.Postgresql.Auth.Password = "pw"
	settings, secrets := p.APIEnvironment(DefaultReleaseName)
	for range b.N {
		configChecksum(p.Release(DefaultReleaseName), settings, secrets)
	}
}

func TestChecksumIsSaltedPerRelease(t *testing.T) {
	a := Default()
	a.Encryption.Key, a.Postgresql.Auth.Password = "k", "pw"
	sa, sb := a.ConfigChecksum(DefaultReleaseName), a.ConfigChecksum("other")
	if sa == sb {
		t.Error("two releases with the same secrets have the same checksum: guesses could be precomputed once for every install")
	}
	if len(sa) != 64 || sa != a.ConfigChecksum(DefaultReleaseName) {
		t.Errorf("checksum %q: want 64 hex characters, the same every time", sa)
	}
}

// TestChecksumRoundsDependOnTheKey: a raw 64-hex encryption.key (256 random
// bits) already puts guessing out of reach, so its checksum takes one
// derivation round and the synth stays fast; a passphrase key takes
// checksumIterations rounds.
func TestChecksumRoundsDependOnTheKey(t *testing.T) {
	defer func(n int) { checksumIterations = n }(checksumIterations)
	sum := func(key string, rounds int) string {
		checksumIterations = rounds
		p := Default()
		p.Encryption.Key, p.Postgresql.Auth.Password = key, "pw"
		return p.ConfigChecksum(DefaultReleaseName)
	}
	raw := "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
	if sum(raw, 1) != sum(raw, 1000) {
		t.Error("a raw key's checksum depends on checksumIterations: it pays the key derivation")
	}
	if sum("passphrase", 1) == sum("passphrase", 1000) {
		t.Error("a passphrase key's checksum does not depend on checksumIterations: guesses are cheap")
	}
}
