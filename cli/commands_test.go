package cli

// Tests of the commands beside the synth (version, show, completion) and of
// the flags taken from kubectl's and Helm's habits (-n, -o, --strict), all
// through the built program.

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"strings"
	"testing"

	"sigs.k8s.io/yaml"

	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

// run runs the built program with args in a new folder and checks that it
// leaves nothing in its TMPDIR.
func run(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	tmpdir := t.TempDir()
	r := runCmd(t, command(t, dir, tmpdir, env, args...))
	assertNoPanic(t, r.stderr)
	assertClean(t, tmpdir)
	return r
}

// secretsSet makes the default values valid: the secrets the chart needs.
var secretsSet = []string{"--set", "encryption.key=k,postgresql.auth.password=pw,auth.github.clientId=id,auth.github.clientSecret=s,publicUrl=https://optio.example.com"}

func TestVersion(t *testing.T) {
	dir := t.TempDir()
	r := run(t, dir, nil, "version")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if alt := run(t, dir, nil, "--version"); alt.code != 0 || alt.stdout != r.stdout {
		t.Errorf("--version (exit %d) differs from version:\n%s\n%s", alt.code, alt.stdout, r.stdout)
	}
	// What the Go tool reads from the same binary.
	out, err := exec.Command("go", "version", "-m", binary(t)).Output()
	if err != nil {
		t.Fatal(err)
	}
	// go version -m indents the build information by a tab.
	text := strings.ReplaceAll(strings.SplitN(string(out), "\n", 2)[1], "\n\t", "\n")
	info, err := debug.ParseBuildInfo(strings.TrimPrefix(text, "\t"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(r.stdout, "\n")
	if want := "optio-cdk8s " + info.Main.Version; lines[0] != want {
		t.Errorf("first line %q, want %q", lines[0], want)
	}
	revision := "unknown"
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" {
			revision = s.Value
		}
	}
	if !strings.HasPrefix(lines[1], "revision: "+revision) {
		t.Errorf("second line %q, want the revision %s", lines[1], revision)
	}
	for _, want := range []string{"cdk8s v2.69.10", "go1."} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("version lacks %q:\n%s", want, r.stdout)
		}
	}
}

// formatVersion with the build information a tagged, VCS-stamped build
// records, and a dependency replaced by another version.
func TestFormatVersion(t *testing.T) {
	info := &debug.BuildInfo{
		Main: debug.Module{Path: modulePath, Version: "v0.3.0"},
		Deps: []*debug.Module{
			{Path: "github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2", Version: "v2.69.10", Replace: &debug.Module{Path: "x", Version: "v2.70.0"}},
		},
		Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
			{Key: "vcs.time", Value: "2026-12-06T10:00:00Z"},
			{Key: "vcs.modified", Value: "true"},
		},
	}
	got := strings.Split(formatVersion(info, true), "\n")
	for i, want := range []string{
		"optio-cdk8s v0.3.0",
		"revision: 0123456789abcdef0123456789abcdef01234567 (2026-12-06T10:00:00Z, modified)",
	} {
		if got[i] != want {
			t.Errorf("line %d: %q, want %q", i, got[i], want)
		}
	}
	if got[3] != "cdk8s:    cdk8s v2.70.0" {
		t.Errorf("cdk8s line %q", got[3])
	}
	if got := formatVersion(nil, false); !strings.HasPrefix(got, "optio-cdk8s (unknown)\nrevision: unknown") {
		t.Errorf("without build information: %q", got)
	}
}

// show values is the defaults, every value under its description: read back
// it is exactly loader.DefaultsTree, and a synth from it equals a synth
// from no file at all.
func TestShowValues(t *testing.T) {
	dir := t.TempDir()
	r := run(t, dir, nil, "show", "values")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var shown map[string]any
	if err := yaml.Unmarshal([]byte(r.stdout), &shown); err != nil {
		t.Fatalf("show values is not YAML: %v", err)
	}
	defaults := loader.DefaultsTree()
	// Optional values unset by default are written commented out; the JSON
	// of the defaults omits them (omitempty) or holds null.
	dropNulls(defaults)
	if a, b := jsonText(t, shown), jsonText(t, defaults); a != b {
		t.Errorf("show values read back differs from the defaults:\n%s\n%s", a, b)
	}
	for _, want := range []string{
		"\napi:\n  # Image of the API.",
		"\n  # Replicas is the number of API pods; nil omits spec.replicas (Kubernetes\n  # default: 1). Ignored while Autoscaling.Enabled. Default: 1.\n  replicas: 1\n",
		"\n    # minAvailable:", // unset by default
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("show values lacks %q", want)
		}
	}
	shownFile := writeFile(t, dir, "shown.yaml", r.stdout)
	from := run(t, dir, nil, append([]string{"-f", shownFile, "--stdout"}, secretsSet...)...)
	plain := run(t, dir, nil, append([]string{"--stdout"}, secretsSet...)...)
	if from.code != 0 || plain.code != 0 || from.stdout != plain.stdout {
		t.Errorf("a synth from show values (exit %d) differs from the defaults' (exit %d):\n%s", from.code, plain.code, from.stderr)
	}
}

func dropNulls(m map[string]any) {
	for k, v := range m {
		switch t := v.(type) {
		case nil:
			delete(m, k)
		case map[string]any:
			dropNulls(t)
		}
	}
}

func jsonText(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestShowSchema(t *testing.T) {
	want, err := os.ReadFile("../values.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	r := run(t, t.TempDir(), nil, "show", "schema")
	if r.code != 0 || r.stdout != string(want) {
		t.Errorf("show schema (exit %d, %d bytes) is not values.schema.json (%d bytes): %s", r.code, len(r.stdout), len(want), r.stderr)
	}
	if r := run(t, t.TempDir(), nil, "show"); r.code != 2 || !strings.Contains(r.stderr, "show values or show schema") {
		t.Errorf("show alone: exit %d, %s", r.code, r.stderr)
	}
}

// completion writes a script for each shell (bash's is checked by bash -n),
// and the program completes --set keys from the schema.
func TestCompletion(t *testing.T) {
	dir := t.TempDir()
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		r := run(t, dir, nil, "completion", shell)
		if r.code != 0 || !strings.Contains(r.stdout, "optio-cdk8s") || len(r.stdout) < 1000 {
			t.Errorf("completion %s: exit %d, %d bytes: %s", shell, r.code, len(r.stdout), r.stderr)
		}
		if shell == "bash" {
			script := writeFile(t, dir, "completion.bash", r.stdout)
			if out, err := exec.Command("bash", "-n", script).CombinedOutput(); err != nil {
				t.Errorf("bash -n: %v\n%s", err, out)
			}
		}
	}
	r := run(t, dir, nil, "__complete", "--set", "api.rep")
	if r.code != 0 || !strings.Contains(r.stdout, "api.replicas=\t") || strings.Contains(r.stdout, "web.") {
		t.Errorf("completing --set api.rep: exit %d:\n%s", r.code, r.stdout)
	}
	r = run(t, dir, nil, "__complete", "--set", "postgresql.")
	if !strings.Contains(r.stdout, "postgresql.image.\n") || !strings.Contains(r.stdout, "postgresql.enabled=\t") {
		t.Errorf("completing --set postgresql.:\n%s", r.stdout)
	}
	r = run(t, dir, nil, "__complete", "")
	for _, want := range []string{"version\t", "show\t", "completion\t", "argocd\t"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("completing a command lacks %q:\n%s", want, r.stdout)
		}
	}
}

// -n sets the namespace as kubectl's does: it replaces the default, agrees
// with the same namespace in the values, and a different one is an error.
func TestNamespaceFlag(t *testing.T) {
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	r := run(t, dir, nil, "-f", vals, "-n", "team-a", "--stdout")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	objs, err := manifest.Parse([]byte(r.stdout))
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range objs {
		ns := o.Get("metadata", "namespace")
		switch {
		case o.Kind() == "Namespace":
			if o.Name() != "team-a" {
				t.Errorf("Namespace %s", o.Name())
			}
		case strings.HasPrefix(o.Kind(), "Cluster"):
			if ns != nil {
				t.Errorf("%s has namespace %v", o.ID(), ns)
			}
		case ns != "team-a":
			t.Errorf("%s in namespace %v, want team-a", o.ID(), ns)
		}
	}
	same := writeFile(t, dir, "same.yaml", validValues+"namespace: team-a\n")
	if r2 := run(t, dir, nil, "-f", same, "--namespace", "team-a", "--stdout"); r2.code != 0 || r2.stdout != r.stdout {
		t.Errorf("the same namespace in the values and -n: exit %d: %s", r2.code, r2.stderr)
	}
	other := writeFile(t, dir, "other.yaml", validValues+"namespace: team-b\napi: {replicas: many}\n")
	r = run(t, dir, nil, "-f", other, "-n", "team-a", "--stdout")
	if r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, `namespace: Invalid value: "team-b": differs from -n/--namespace "team-a"`) ||
		!strings.Contains(r.stderr, "api.replicas") {
		t.Errorf("a different namespace in the values: exit %d:\n%s", r.code, r.stderr)
	}
	if r := run(t, dir, nil, "-f", vals, "-n", "Team_A", "--stdout"); r.code != 1 || !strings.Contains(r.stderr, "namespace: Invalid value") {
		t.Errorf("-n Team_A: exit %d:\n%s", r.code, r.stderr)
	}
	if r := run(t, dir, nil, "-f", vals, "-n", "", "--stdout"); r.code != 2 {
		t.Errorf("-n '': exit %d:\n%s", r.code, r.stderr)
	}
}

// -o given kubectl's or Helm's output format, or a file name, is refused
// with the hint, and creates nothing; -o ./yaml is a folder named yaml.
func TestOutputFormatRefused(t *testing.T) {
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	for _, o := range []string{"yaml", "json", "name", "wide", "jsonpath={.items}", "go-template={{.}}", "out.yaml", "out.yml", "sub/out.json", "OUT.YAML"} {
		r := run(t, dir, nil, "-f", vals, "-o", o)
		if r.code != 2 || !strings.Contains(r.stderr, "did you mean --stdout") {
			t.Errorf("-o %s: exit %d, stderr %s", o, r.code, r.stderr)
		}
		if got := entries(t, dir); len(got) != 1 {
			t.Errorf("-o %s created %v", o, got)
		}
	}
	if r := run(t, dir, nil, "-f", vals, "-o", "./yaml", "-q"); r.code != 0 {
		t.Errorf("-o ./yaml: exit %d: %s", r.code, r.stderr)
	} else if _, err := os.Stat(filepath.Join(dir, "yaml", "optio.k8s.yaml")); err != nil {
		t.Error(err)
	}
}

// --strict fails a run that has warnings, writing nothing; a run without
// warnings passes.
func TestStrict(t *testing.T) {
	dir := t.TempDir()
	withSecrets := writeFile(t, dir, "secrets.yaml", validValues) // warns: secrets written into the output
	out := filepath.Join(dir, "dist")
	r := run(t, dir, nil, "-f", withSecrets, "--strict", "-o", out)
	if r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, "warning: encryption.key: secret value written into the output") ||
		!strings.Contains(r.stderr, "which --strict counts as errors") || !strings.Contains(r.stderr, "nothing was written") {
		t.Errorf("--strict with warnings: exit %d:\n%s", r.code, r.stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("--strict wrote %s", out)
	}
	if r := run(t, dir, nil, "-f", withSecrets, "--strict", "--stdout"); r.code != 1 || r.stdout != "" {
		t.Errorf("--strict --stdout with warnings: exit %d, %d bytes", r.code, len(r.stdout))
	}
	clean := writeFile(t, dir, "clean.yaml", "existingSecret: optio-secrets\nauth: {github: {clientId: id}}\npublicUrl: https://optio.example.com\n"+
		"api: {image: {tag: 0.1.0}}\nweb: {image: {tag: 0.1.0}}\nagent: {image: {tag: 0.1.0}, imagePullPolicy: IfNotPresent}\noptio: {image: {tag: 0.4.0}}\n")
	if r := run(t, dir, nil, "-f", clean, "--strict", "--stdout"); r.code != 0 || r.stderr != "" || r.stdout == "" {
		t.Errorf("--strict without warnings: exit %d:\n%s", r.code, r.stderr)
	}
}

// Under `cdk8s synth` (which sets CDK8S_OUTDIR and
// CDK8S_RECORD_CONSTRUCT_METADATA and discards the program's stdout) the
// summary goes to stderr; into cdk8s synth --stdout's temporary folder, none.
func TestUnderCdk8sSynth(t *testing.T) {
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	out := filepath.Join(dir, "dist")
	env := []string{"CDK8S_OUTDIR=" + out, "CDK8S_RECORD_CONSTRUCT_METADATA=false"}
	r := run(t, dir, env, "-f", vals)
	if r.code != 0 || r.stdout != "" || !strings.Contains(r.stderr, `Synthesized release "optio" (namespace "optio") into `+out+"/") {
		t.Errorf("exit %d, stdout %q, stderr:\n%s", r.code, r.stdout, r.stderr)
	}
	plain := run(t, dir, nil, "-f", vals, "-o", out)
	if !strings.Contains(r.stderr, plain.stdout) {
		t.Errorf("the summary under cdk8s synth differs from the plain one:\n%s\n%s", r.stderr, plain.stdout)
	}
	tmp := filepath.Join(dir, "tmp")
	os.Mkdir(tmp, 0o700)
	cmd := command(t, dir, tmp, []string{"CDK8S_OUTDIR=" + filepath.Join(tmp, "cdk8s-Ab12Cd"), "CDK8S_RECORD_CONSTRUCT_METADATA=false"}, "-f", vals)
	r = runCmd(t, cmd)
	if r.code != 0 || strings.Contains(r.stderr, "Synthesized") {
		t.Errorf("into cdk8s synth --stdout's folder: exit %d, stderr:\n%s", r.code, r.stderr)
	}
}

// The real cdk8s CLI (npm ci installs it) runs the program with values
// passed through --app, and shows the summary.
func TestCdk8sCLI(t *testing.T) {
	cdk8s, err := filepath.Abs("../node_modules/.bin/cdk8s")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(cdk8s); err != nil {
		t.Skip("no cdk8s CLI: npm ci installs it (CI does before the tests)")
	}
	dir := t.TempDir()
	writeFile(t, dir, "prod.yaml", validValues)
	cmd := exec.Command(cdk8s, "synth", "--no-check-upgrade", "--app", binary(t)+" -f prod.yaml --set api.replicas=3")
	cmd.Dir = dir
	cmd.Env = append(baseEnv(), "TMPDIR="+t.TempDir())
	r := runCmd(t, cmd)
	if r.code != 0 || !strings.Contains(r.stderr, `Synthesized release "optio"`) || !strings.Contains(r.stderr, "kubectl apply -f dist/") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	b, err := os.ReadFile(filepath.Join(dir, "dist", "optio.k8s.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	objs, err := manifest.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, o := range objs {
		if o.ID() == "Deployment/optio-api" {
			found = reflect.DeepEqual(o.Get("spec", "replicas"), float64(3))
		}
	}
	if !found {
		t.Error("--set api.replicas=3 passed through --app did not reach the output")
	}
}
