package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// Files beside the output (a kustomization.yaml, a README, a link) are
// kept through the atomic swap, as they were (the same file); the previous
// *.k8s.yaml files are replaced; the summary lists only what was written.
func TestOutputKeepsOtherFiles(t *testing.T) {
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	out := filepath.Join(dir, "dist")
	os.Mkdir(out, 0o755)
	kustomization := "resources: [optio.k8s.yaml]\npatches: [{path: patch.yaml}]\n"
	writeFile(t, out, "kustomization.yaml", kustomization)
	writeFile(t, out, "patch.yaml", "kind: Deployment\n")
	if err := os.WriteFile(filepath.Join(out, "README"), []byte("generated: do not edit\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("kustomization.yaml", filepath.Join(out, "link.yaml")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, out, "stale.k8s.yaml", "old output\n")
	before, err := os.Stat(filepath.Join(out, "kustomization.yaml"))
	if err != nil {
		t.Fatal(err)
	}

	r := run(t, dir, nil, "-f", vals, "-o", out)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	names := entries(t, out)
	if want := []string{"README", "kustomization.yaml", "link.yaml", "optio.data.k8s.yaml", "optio.k8s.yaml", "patch.yaml"}; !slices.Equal(names, want) {
		t.Errorf("output holds %v, want %v", names, want)
	}
	after, err := os.Stat(filepath.Join(out, "kustomization.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(before, after) {
		t.Error("kustomization.yaml is not the same file after the swap")
	}
	if b, _ := os.ReadFile(filepath.Join(out, "kustomization.yaml")); string(b) != kustomization {
		t.Errorf("kustomization.yaml = %q", b)
	}
	if info, err := os.Stat(filepath.Join(out, "README")); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("README: %v, %v", info, err)
	}
	if target, err := os.Readlink(filepath.Join(out, "link.yaml")); err != nil || target != "kustomization.yaml" {
		t.Errorf("link.yaml -> %q, %v", target, err)
	}
	if !strings.Contains(r.stdout, "into "+out+"/:\n  "+filepath.Join(out, "optio.data.k8s.yaml")+"\n  "+filepath.Join(out, "optio.k8s.yaml")+"\n\n") {
		t.Errorf("the summary lists more than the file written:\n%s", r.stdout)
	}
	// Again: the files stay, still the same.
	if r := run(t, dir, nil, "-f", vals, "-o", out, "-q"); r.code != 0 {
		t.Fatalf("second run: exit %d: %s", r.code, r.stderr)
	}
	if again, _ := os.Stat(filepath.Join(out, "kustomization.yaml")); again == nil || !os.SameFile(before, again) {
		t.Error("kustomization.yaml lost on the second run")
	}
}

// A folder that a swap would clobber is still refused, untouched: one
// holding a folder, a *.k8s.yaml that is not a file, the working directory
// or a folder above it.
func TestOutputRefusals(t *testing.T) {
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	withFolder := filepath.Join(dir, "with-folder")
	os.MkdirAll(filepath.Join(withFolder, "overlays"), 0o755)
	writeFile(t, withFolder, "kustomization.yaml", "resources: []\n")
	linkOut := filepath.Join(dir, "link-out")
	os.Mkdir(linkOut, 0o755)
	os.Symlink(vals, filepath.Join(linkOut, "optio.k8s.yaml"))
	work := filepath.Join(dir, "work")
	os.MkdirAll(filepath.Join(work, "sub"), 0o755)
	writeFile(t, work, "notes.txt", "mine")
	for _, c := range []struct {
		name, cwd, out, want string
	}{
		{"a folder inside", dir, withFolder, "holds the folder overlays"},
		{"a link named *.k8s.yaml", dir, linkOut, "holds optio.k8s.yaml, which is not a file of synthesized output"},
		{"the working directory", work, ".", "is the working directory or holds it"},
		{"above the working directory", filepath.Join(work, "sub"), "..", "is the working directory or holds it"},
	} {
		target := c.out
		if !filepath.IsAbs(target) {
			target = filepath.Join(c.cwd, target)
		}
		before := snapshot(t, target)
		r := run(t, c.cwd, nil, "-f", vals, "-o", c.out)
		if r.code != 1 || !strings.Contains(r.stderr, c.want) || !strings.Contains(r.stderr, "was left as it was") {
			t.Errorf("%s: exit %d, stderr:\n%s", c.name, r.code, r.stderr)
		}
		if after := snapshot(t, target); !equalMaps(before, after) {
			t.Errorf("%s: the folder changed", c.name)
		}
	}
}

// An output folder that is a mount point cannot be swapped atomically: the
// run says so and what to do, before it writes anything; a subfolder of
// it works. The mount is made in a mount namespace of the run's own
// (unshare -m), so that nothing outlives the test.
func TestOutputMountPoint(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting needs root")
	}
	unshare, err := exec.LookPath("unshare")
	if err != nil {
		t.Skip("no unshare")
	}
	if err := exec.Command(unshare, "-m", "true").Run(); err != nil {
		t.Skipf("unshare -m: %v", err)
	}
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	out := filepath.Join(dir, "volume")
	os.Mkdir(out, 0o755)
	inMount := func(args ...string) result {
		t.Helper()
		tmpdir := t.TempDir()
		cmd := command(t, dir, tmpdir, nil, args...)
		script := `mount -t tmpfs tmpfs "$0" && echo kept > "$0/README" && "$@"; code=$?; ls -A "$0" >&2; exit $code`
		cmd.Args = append([]string{"unshare", "-m", "sh", "-c", script, out, cmd.Path}, cmd.Args[1:]...)
		cmd.Path = unshare
		cmd.SysProcAttr = &syscall.SysProcAttr{}
		r := runCmd(t, cmd)
		assertNoPanic(t, r.stderr)
		assertClean(t, tmpdir)
		return r
	}
	r := inMount("-f", vals, "-o", out)
	if r.code != 1 || !strings.Contains(r.stderr, "output "+out+" is a mount point") ||
		!strings.Contains(r.stderr, "-o "+filepath.Join(out, "dist")) || !strings.Contains(r.stderr, "--stdout") {
		t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if !strings.HasSuffix(r.stderr, "\nREADME\n") {
		t.Errorf("the mount holds more than it did:\n%s", r.stderr)
	}
	r = inMount("-f", vals, "-o", filepath.Join(out, "dist"), "-q")
	if r.code != 0 || !strings.HasSuffix(r.stderr, "\nREADME\ndist\n") {
		t.Errorf("a subfolder of the mount: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if got := entries(t, out); len(got) != 0 {
		t.Errorf("the mount outlived its namespace: %v", got)
	}
}
