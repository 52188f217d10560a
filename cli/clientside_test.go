package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bigValues are values without warnings whose Deployment optio-api is too
// large for a client-side kubectl apply (5,000 node selector labels, about
// 400 KB with the last-applied annotation).
func bigValues() string {
	var b strings.Builder
	b.WriteString(`existingSecret: optio-secrets
auth: {github: {clientId: id}}
publicUrl: https://optio.example.com
web: {image: {tag: "0.4.0"}}
optio: {image: {tag: "0.4.0"}}
agent: {image: {tag: "0.4.0"}, imagePullPolicy: IfNotPresent}
`)
	b.WriteString("api:\n  image: {tag: \"0.4.0\"}\n  nodeSelector:\n")
	for i := range 5000 {
		fmt.Fprintf(&b, "    example.com/label-%05d: value-%05d-%s\n", i, i, strings.Repeat("x", 40))
	}
	return b.String()
}

// TestClientSideApplyTooLarge: an object too large for a client-side apply
// is named in a warning with the way out (--server-side); --strict fails the
// run and leaves the output folder as it was.
func TestClientSideApplyTooLarge(t *testing.T) {
	dir := t.TempDir()
	vals := writeFile(t, dir, "big.yaml", bigValues())
	out := filepath.Join(dir, "dist")
	code, _, stderr := runCLI(t, "-f", vals, "-o", out, "-q")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "warning: Deployment optio/optio-api: too large for a client-side `kubectl apply`") ||
		!strings.Contains(lines[0], "kubectl apply --server-side") || !strings.Contains(lines[0], "over Kubernetes' limit of 262144") {
		t.Fatalf("stderr, want one warning naming Deployment optio/optio-api:\n%s", stderr)
	}
	before := snapshot(t, out)
	code, stdout, stderr := runCLI(t, "-f", vals, "-o", out, "--strict", "--set", "api.replicas=3")
	if code == 0 || !strings.Contains(stderr, "error: --strict: 1 warning about the output") || !strings.Contains(stderr, "left as it was") {
		t.Errorf("--strict: exit %d, stdout %q, stderr:\n%s", code, stdout, stderr)
	}
	if after := snapshot(t, out); !equalMaps(before, after) {
		t.Error("--strict changed the output folder")
	}
	code, stdout, stderr = runCLI(t, "-f", vals, "--stdout", "--strict")
	if code == 0 || stdout != "" || !strings.Contains(stderr, "error: --strict: 1 warning about the output") {
		t.Errorf("--stdout --strict: exit %d, %d bytes out, stderr:\n%s", code, len(stdout), stderr)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("leftovers beside the output: %v", entries)
	}
}
