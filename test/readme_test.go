package test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/test/kubeapi"
)

// docSection returns the ```sh blocks of the "## title" section of a
// Markdown file (up to the next "## " heading), in order.
func docSection(t *testing.T, file, title string) []string {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	start := strings.Index(text, "\n## "+title+"\n")
	if start < 0 {
		t.Fatalf("%s has no section %q", file, title)
	}
	text = text[start+1:]
	if end := strings.Index(text[3:], "\n## "); end >= 0 {
		text = text[:end+3]
	}
	var blocks []string
	for _, m := range regexp.MustCompile("(?s)```sh\n(.*?)```").FindAllStringSubmatch(text, -1) {
		blocks = append(blocks, m[1])
	}
	return blocks
}

// TestReadmeQuickStart runs the README's quick start, block by block, as
// written, on an empty cluster: the values file it writes synthesizes, the
// namespace, the Secret and the output apply, and the upgrade changes the
// running release. Only the install block is not run (it would download
// the module); the built program stands in for `optio-cdk8s`.
func TestReadmeQuickStart(t *testing.T) {
	blocks := docSection(t, "../README.md", "Quick start")
	if len(blocks) != 4 {
		t.Fatalf("README \"Quick start\" has %d sh blocks, want 4 (install, synthesize, apply, upgrade)", len(blocks))
	}
	if want := "go install github.com/optio-cdk8s/optio-cdk8s@latest\n"; blocks[0] != want {
		t.Errorf("install block %q, want %q", blocks[0], want)
	}
	bin := buildCLI(t)
	s := kubeapi.Start(t)
	dir := t.TempDir()
	run := func(block string) string {
		t.Helper()
		return shell(t, s, bin, dir, "optio-cdk8s() { \"$OPTIO_BIN\" \"$@\"; }\n"+block)
	}

	out := run(blocks[1])
	for _, want := range []string{`Synthesized release "optio"`, `The Secret "optio-secrets" must exist`, "kubectl apply -f dist/"} {
		if !strings.Contains(out, want) {
			t.Errorf("the synth's summary lacks %q:\n%s", want, out)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "dist", "optio.k8s.yaml")); err != nil {
		t.Fatalf("the synth wrote no dist/optio.k8s.yaml: %v", err)
	}

	out = run(blocks[2])
	keys := secretKeys(t, s, "optio", "optio-secrets")
	for _, k := range []string{"OPTIO_ENCRYPTION_KEY", "POSTGRES_PASSWORD", "DATABASE_URL", "GITHUB_OAUTH_CLIENT_SECRET"} {
		if keys[k] == "" {
			t.Errorf("the Secret optio-secrets lacks %s", k)
		}
	}
	if pw := keys["POSTGRES_PASSWORD"]; pw == "" || !strings.Contains(keys["DATABASE_URL"], ":"+pw+"@optio-postgres:5432/") {
		t.Errorf("DATABASE_URL %q does not hold POSTGRES_PASSWORD", keys["DATABASE_URL"])
	}
	if len(keys["OPTIO_ENCRYPTION_KEY"]) != 64 {
		t.Errorf("OPTIO_ENCRYPTION_KEY has %d characters, want 64", len(keys["OPTIO_ENCRYPTION_KEY"]))
	}
	if !strings.Contains(out, "deployment.apps/optio-api created") {
		t.Errorf("kubectl apply created no optio-api:\n%s", out)
	}
	expect(t, s, "deployment", "optio", "optio-api", "spec.template.spec.containers.0.envFrom.1.secretRef.name", "optio-secrets")
	expect(t, s, "configmap", "optio", "optio-config", "data.OPTIO_RUNTIME", "kubernetes")
	expect(t, s, "deployment", "optio", "optio-api", "spec.replicas", float64(1))

	out = run(blocks[3])
	if !strings.Contains(out, "deployment.apps/optio-api configured") {
		t.Errorf("the upgrade changed no optio-api:\n%s", out)
	}
	expect(t, s, "deployment", "optio", "optio-api", "spec.replicas", float64(2))
}
