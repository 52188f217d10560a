package cli

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const validValues = `
encryption: {key: k}
postgresql: {auth: {password: pw}}
auth: {github: {clientId: id, clientSecret: s}}
publicUrl: https://optio.example.com
`

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// snapshot reads every file below dir.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		out[strings.TrimPrefix(p, dir)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestStdoutEqualsFiles(t *testing.T) {
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	out := filepath.Join(dir, "out")
	code, _, stderr := runCLI(t, "-f", vals, "--release-name", "demo", "-o", out, "-q")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	files := snapshot(t, out)
	if len(files) != 2 || files["/demo.data.k8s.yaml"] == "" || files["/demo.k8s.yaml"] == "" {
		t.Fatalf("files = %v", files)
	}
	code, stdout, stderr := runCLI(t, "-f", vals, "--release-name", "demo", "--stdout")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if stdout != files["/demo.data.k8s.yaml"]+"---\n"+files["/demo.k8s.yaml"] {
		t.Error("--stdout differs from the files written, one after the other")
	}
}

func TestFailedRunLeavesOutputUntouched(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "dist")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, out, "optio.k8s.yaml", "previous: content\n")
	writeFile(t, out, "other.k8s.yaml", "kept")
	before := snapshot(t, out)
	bad := writeFile(t, dir, "bad.yaml", "api: {replicaz: 3, port: 0}\n")
	code, stdout, stderr := runCLI(t, "-f", bad, "-o", out)
	if code == 0 {
		t.Fatal("exit 0 for invalid values")
	}
	for _, want := range []string{"api.replicaz", "api.port", "encryption.key", "left as it was"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if stdout != "" {
		t.Errorf("stdout = %q", stdout)
	}
	if after := snapshot(t, out); !equalMaps(before, after) {
		t.Errorf("output changed:\nbefore %v\nafter  %v", before, after)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("leftovers beside the output: %v", entries)
	}
}

func TestSuccessfulRunReplacesOutput(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "dist")
	os.MkdirAll(out, 0o755)
	writeFile(t, out, "stale.k8s.yaml", "old")
	vals := writeFile(t, dir, "v.yaml", validValues)
	code, stdout, stderr := runCLI(t, "-f", vals, "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	files := snapshot(t, out)
	if _, ok := files["/stale.k8s.yaml"]; ok || files["/optio.k8s.yaml"] == "" {
		t.Errorf("files = %v", slices.Sorted(maps.Keys(files)))
	}
	for _, want := range []string{"kubectl apply -f " + out, "port-forward svc/optio-web 3000:3000"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, "warning: encryption.key: secret value written into the output") {
		t.Errorf("stderr lacks the secret warning:\n%s", stderr)
	}
}

func TestRefusesToReplaceAFolderOfOtherFiles(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "proj")
	os.MkdirAll(filepath.Join(proj, "sub"), 0o755)
	writeFile(t, proj, "main.go", "package cli")
	before := snapshot(t, proj)
	vals := writeFile(t, dir, "v.yaml", validValues)
	code, _, stderr := runCLI(t, "-f", vals, "-o", proj)
	if code != 1 || !strings.Contains(stderr, "refusing to replace") {
		t.Errorf("exit %d, stderr %s", code, stderr)
	}
	if after := snapshot(t, proj); !equalMaps(before, after) {
		t.Errorf("folder changed: %v", after)
	}
	file := writeFile(t, dir, "file.txt", "x")
	if code, _, stderr := runCLI(t, "-f", vals, "-o", file); code != 1 || !strings.Contains(stderr, "is a file") {
		t.Errorf("-o FILE: exit %d, stderr %s", code, stderr)
	}
}

func TestOutdirFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("CDK8S_OUTDIR", filepath.Join(dir, "cdk8s-out"))
	vals := writeFile(t, dir, "v.yaml", validValues)
	if code, _, stderr := runCLI(t, "-f", vals, "-q"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "cdk8s-out", "optio.k8s.yaml")); err != nil {
		t.Error(err)
	}
}

func TestHelpAndBadFlags(t *testing.T) {
	code, stdout, _ := runCLI(t, "--help")
	if code != 0 {
		t.Errorf("--help exit %d", code)
	}
	for _, want := range []string{"--values", "--set", "--set-string", "--release-name", "--output", "--stdout", "OPTIO_ENCRYPTION_KEY", "Examples:"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("--help lacks %q", want)
		}
	}
	for _, args := range [][]string{{"--no-such-flag"}, {"-f"}, {"--stdout=maybe"}, {"values.yaml"}, {"--release-name", ""}} {
		code, stdout, stderr := runCLI(t, args...)
		if code != 2 || stdout != "" || !strings.HasPrefix(stderr, "error: ") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2 and an error on stderr", args, code, stdout, stderr)
		}
	}
}

func TestSmallInputsFromBugReports(t *testing.T) {
	dir := t.TempDir()
	np := writeFile(t, dir, "np.yaml", validValues+"api: {service: {type: NodePort, nodePort: \"30400\"}}\n")
	code, stdout, stderr := runCLI(t, "-f", np, "--stdout")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "nodePort: 30400\n") {
		t.Error("nodePort \"30400\" did not become the integer 30400")
	}
	mem := writeFile(t, dir, "mem.yaml", validValues+"api: {resources: {limits: {memory: 1Gb}}}\n")
	code, _, stderr = runCLI(t, "-f", mem, "--stdout")
	if code != 1 || !strings.Contains(stderr, "api.resources.limits.memory") {
		t.Errorf("exit %d, stderr %s", code, stderr)
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
