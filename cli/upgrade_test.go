package cli

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestUpgradeRefused: a PostgreSQL major version change over an existing
// output folder is refused with the value path and its steps, the folder is
// left as it was; --allow-change with that path writes it.
func TestUpgradeRefused(t *testing.T) {
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	out := filepath.Join(dir, "out")
	if code, _, stderr := runCLI(t, "-f", vals, "-o", out, "-q"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	before := snapshot(t, out)
	code, _, stderr := runCLI(t, "-f", vals, "-o", out, "-q", "--set-string", "postgresql.image.tag=17")
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, stderr)
	}
	for _, want := range []string{
		"error: 1 change that the running release cannot absorb from a plain apply (compared with the previous output, " + out + "):",
		"  postgresql.image.tag: PostgreSQL 16 -> 17: ",
		"pg_dumpall -U optio > optio-postgres-16.sql",
		"--allow-change=postgresql.image.tag\n" + out + " was left as it was\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if after := snapshot(t, out); !reflect.DeepEqual(before, after) {
		t.Error("the refused run changed the output folder")
	}
	code, _, stderr = runCLI(t, "-f", vals, "-o", out, "-q", "--set-string", "postgresql.image.tag=17", "--allow-change=postgresql.image.tag", "--allow-change=postgresql.auth.pasword")
	if code != 0 {
		t.Fatalf("with --allow-change: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "warning: --allow-change=postgresql.auth.pasword: no change from the previous output ("+out+") needs it\n") {
		t.Errorf("no warning about the unused --allow-change:\n%s", stderr)
	}
	if after := snapshot(t, out); !strings.Contains(after["/optio.k8s.yaml"], "image: postgres:17") {
		t.Error("the allowed run did not write PostgreSQL 17")
	}
}

// TestUpgradeStdoutPrevious: --stdout checks against --previous (a file or
// a folder), writes nothing to stdout when it refuses, and checks nothing
// without it.
func TestUpgradeStdoutPrevious(t *testing.T) {
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	code, prev, stderr := runCLI(t, "-f", vals, "--stdout")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	file := writeFile(t, dir, "last.yaml", prev)
	out := filepath.Join(dir, "out")
	if code, _, stderr := runCLI(t, "-f", vals, "-o", out, "-q"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, previous := range []string{file, out} {
		code, stdout, stderr := runCLI(t, "-f", vals, "--stdout", "--previous", previous, "--set-literal", "postgresql.auth.password=rotated")
		if code != 1 || stdout != "" || !strings.Contains(stderr, "postgresql.auth.password: POSTGRES_PASSWORD in the Secret optio-config changes") {
			t.Errorf("--previous %s: exit %d, stdout %d bytes, stderr:\n%s", previous, code, len(stdout), stderr)
		}
		if strings.Contains(stderr, "rotated") || strings.Contains(stderr, "pw") && strings.Contains(stderr, "password: pw") {
			t.Errorf("a password is printed:\n%s", stderr)
		}
	}
	if code, stdout, stderr := runCLI(t, "-f", vals, "--stdout", "--set-literal", "postgresql.auth.password=rotated"); code != 0 || stdout == "" {
		t.Errorf("--stdout without --previous: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "-f", vals, "--stdout", "--previous", filepath.Join(dir, "missing.yaml")); code != 2 || !strings.Contains(stderr, "error: --previous: ") {
		t.Errorf("a missing --previous: exit %d: %s", code, stderr)
	}
}

// TestRetainedObjectsFile: the Namespace and the data volume are written
// into <release>.data.k8s.yaml, the rest into <release>.k8s.yaml; a release
// with neither has no data file.
func TestRetainedObjectsFile(t *testing.T) {
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	out := filepath.Join(dir, "out")
	if code, _, stderr := runCLI(t, "-f", vals, "-o", out, "-q", "--release-name", "demo"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	files := snapshot(t, out)
	data := files["/demo.data.k8s.yaml"]
	if n := strings.Count(data, "\nkind: "); !strings.HasPrefix(data, "apiVersion: v1\nkind: Namespace\n") || n != 2 || !strings.Contains(data, "\nkind: PersistentVolumeClaim\n") {
		t.Errorf("demo.data.k8s.yaml holds:\n%s", data)
	}
	if rest := files["/demo.k8s.yaml"]; strings.Contains(rest, "kind: Namespace") || strings.Contains(rest, "kind: PersistentVolumeClaim") || !strings.Contains(rest, "kind: Deployment") {
		t.Errorf("demo.k8s.yaml holds retained objects or lacks the rest")
	}
	_, stdout, _ := runCLI(t, "-f", vals, "--stdout", "--release-name", "demo")
	if len(stdout) != len(files["/demo.data.k8s.yaml"])+len(files["/demo.k8s.yaml"])+len("---\n") {
		t.Errorf("--stdout (%d bytes) is not the two files' objects (%d + %d bytes)", len(stdout), len(files["/demo.data.k8s.yaml"]), len(files["/demo.k8s.yaml"]))
	}
	if code, _, stderr := runCLI(t, "-f", vals, "-o", out, "-q", "--release-name", "demo", "--set", "createNamespace=false,postgresql.enabled=false",
		"--set-string", "externalDatabase.url=postgres://u:p@db:5432/optio"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if files := snapshot(t, out); len(files) != 1 || files["/demo.k8s.yaml"] == "" {
		t.Errorf("without retained objects the folder holds %d files", len(files))
	}
}
