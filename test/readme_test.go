package test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/optio-cdk8s/optio-cdk8s/test/kubeapi"
)

// docSection returns the ```sh blocks of the section of a Markdown file
// whose heading (## or ###) is title, in order, up to the next heading of
// that level or above.
func docSection(t *testing.T, file, title string) []string {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	var level string
	start := -1
	for _, l := range []string{"## ", "### "} {
		if i := strings.Index(text, "\n"+l+title+"\n"); i >= 0 {
			start, level = i+1, l
			break
		}
	}
	if start < 0 {
		t.Fatalf("%s has no section %q", file, title)
	}
	text = text[start+len(level):]
	for _, l := range []string{"\n## ", "\n### "} {
		if end := strings.Index(text, l); end >= 0 && len(l)-1 <= len(level) {
			text = text[:end]
		}
	}
	var blocks []string
	for _, m := range regexp.MustCompile("(?s)```sh\n(.*?)```").FindAllStringSubmatch(text, -1) {
		blocks = append(blocks, m[1])
	}
	return blocks
}

// TestDocLinks: every relative link of README.md and docs/*.md reaches a
// file of the repository, and its #fragment a heading of that file (as
// GitHub makes anchors), so moving text between the guides cannot leave a
// dead link behind.
func TestDocLinks(t *testing.T) {
	files, err := filepath.Glob("../docs/*.md")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, "../README.md")
	if len(files) < 7 {
		t.Fatalf("%d Markdown files: the docs were not found", len(files))
	}
	link := regexp.MustCompile(`\]\(([^)\s]+)\)`)
	codeBlock := regexp.MustCompile("(?s)```.*?```")
	checked := 0
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		text := codeBlock.ReplaceAllString(string(b), "")
		for _, m := range link.FindAllStringSubmatch(text, -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			path, frag, _ := strings.Cut(target, "#")
			dest := file
			if path != "" {
				dest = filepath.Join(filepath.Dir(file), filepath.FromSlash(path))
			}
			if _, err := os.Stat(dest); err != nil {
				t.Errorf("%s: link %s: %v", file, target, err)
				continue
			}
			checked++
			if frag == "" {
				continue
			}
			if !strings.HasSuffix(dest, ".md") {
				t.Errorf("%s: link %s: a fragment into a file that is not Markdown", file, target)
				continue
			}
			d, err := os.ReadFile(dest)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(anchors(string(d)), frag) {
				t.Errorf("%s: link %s: %s has no heading with the anchor #%s", file, target, dest, frag)
			}
		}
	}
	if checked < 20 {
		t.Errorf("%d relative links checked: the links were not parsed", checked)
	}
}

// anchors are the fragment names of a Markdown file's headings, made as
// GitHub makes them: lower case, punctuation dropped, spaces as hyphens,
// -1, -2... after a repeated name.
func anchors(markdown string) []string {
	markdown = regexp.MustCompile("(?s)```.*?```").ReplaceAllString(markdown, "")
	var out []string
	seen := map[string]int{}
	for _, line := range strings.Split(markdown, "\n") {
		title, ok := strings.CutPrefix(strings.TrimLeft(line, "#"), " ")
		if !ok || !strings.HasPrefix(line, "#") {
			continue
		}
		var b strings.Builder
		for _, r := range strings.ToLower(strings.TrimSpace(title)) {
			switch {
			case r == ' ':
				b.WriteRune('-')
			case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
				b.WriteRune(r)
			}
		}
		a := b.String()
		if n := seen[a]; n > 0 {
			seen[a]++
			a = fmt.Sprintf("%s-%d", a, n)
		} else {
			seen[a] = 1
		}
		out = append(out, a)
	}
	return out
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
