package cli

import (
	"strings"
	"testing"
)

// The loader's warnings (a value the user set that is ignored) reach
// standard error, and an alias bomb fails with exit 1 and nothing written.
func TestLoaderWarningsAndLimits(t *testing.T) {
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues+"api: {replicas: 3, autoscaling: {enabled: true}}\n")
	code, _, stderr := runCLI(t, "-f", vals, "--stdout")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "warning: api.replicas: ignored: api.autoscaling.enabled is true") {
		t.Errorf("stderr lacks the ignored-value warning:\n%s", stderr)
	}
	bomb := writeFile(t, dir, "bomb.yaml", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n")
	code, _, stderr = runCLI(t, "-f", bomb, "-o", dir+"/out")
	if code != 1 || !strings.Contains(stderr, "expand it beyond 8 MiB") || !strings.Contains(stderr, "nothing was written") {
		t.Errorf("alias bomb: exit %d:\n%s", code, stderr)
	}
	code, stdout, _ := runCLI(t, "--help")
	if code != 0 || !strings.Contains(stdout, "Input limits:") || !strings.Contains(stdout, "at most 4 MiB") || !strings.Contains(stdout, "drops the newline") {
		t.Errorf("--help does not state the limits:\n%s", stdout)
	}
}
