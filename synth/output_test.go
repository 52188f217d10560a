package synth

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
)

func TestHoldsSecret(t *testing.T) {
	for yaml, want := range map[string]bool{
		"apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\n": true,
		"kind: ConfigMap\n---\napiVersion: v1\nkind: Secret\n": true,
		"kind: Secret\r\n": true,
		"kind: ConfigMap\ndata:\n  a: |\n    kind: Secret\n":           false, // a value, not an object
		"kind: SecretProviderClass\n":                                  false,
		"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: secret\n": false,
	} {
		if got := holdsSecret([]byte(yaml)); got != want {
			t.Errorf("holdsSecret(%q) = %v", yaml, got)
		}
	}
}

func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(b)
	}
	return out
}

func TestSwapReplacesAWholeFolder(t *testing.T) {
	dir := t.TempDir()
	src, dst := filepath.Join(dir, ".dist.new-1-x"), filepath.Join(dir, "dist")
	writeTree(t, src, map[string]string{"a.k8s.yaml": "new"})
	writeTree(t, dst, map[string]string{"a.k8s.yaml": "old", "b.k8s.yaml": "old"})
	if err := swap(src, dst); err != nil {
		t.Fatal(err)
	}
	if got := readTree(t, dst); len(got) != 1 || got["a.k8s.yaml"] != "new" {
		t.Errorf("dst = %v", got)
	}
	// With an atomic exchange src holds the previous output, for ToDir to
	// remove; with two renames it is gone already.
	if got, err := os.ReadDir(src); err == nil && len(got) != 2 {
		t.Errorf("src after the swap = %v", got)
	}
	if _, err := os.Stat(src + ".old"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("%s.old left: %v", src, err)
	}
	// Into a missing folder: a plain rename.
	src2, dst2 := filepath.Join(dir, ".out.new-1-y"), filepath.Join(dir, "out")
	writeTree(t, src2, map[string]string{"c.k8s.yaml": "c"})
	if err := swap(src2, dst2); err != nil {
		t.Fatal(err)
	}
	if got := readTree(t, dst2); got["c.k8s.yaml"] != "c" {
		t.Errorf("dst2 = %v", got)
	}
	if _, err := os.Stat(src2); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("%s left: %v", src2, err)
	}
}

func TestExchangeIsAtomicOnLinux(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	writeTree(t, a, map[string]string{"f": "a"})
	writeTree(t, b, map[string]string{"f": "b"})
	ok, err := exchange(a, b)
	if !ok {
		t.Skip("no atomic exchange on this system")
	}
	if err != nil {
		t.Fatal(err)
	}
	if readTree(t, a)["f"] != "b" || readTree(t, b)["f"] != "a" {
		t.Error("not exchanged")
	}
}

// deadPID returns the PID of a process that has exited.
func deadPID(t *testing.T) string {
	t.Helper()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return strconv.Itoa(cmd.Process.Pid)
}

func TestRemoveStaleRestoresAnOutputMovedAside(t *testing.T) {
	dir := t.TempDir()
	dst := filepath.Join(dir, "dist")
	dead := deadPID(t)
	// Killed between the two renames of a two-step swap: dist is missing,
	// its previous content is in .old, the new one complete beside it.
	writeTree(t, filepath.Join(dir, ".dist.new-"+dead+"-x.old"), map[string]string{"optio.k8s.yaml": "previous"})
	writeTree(t, filepath.Join(dir, ".dist.new-"+dead+"-x"), map[string]string{"optio.k8s.yaml": "new"})
	writeTree(t, filepath.Join(dir, ".dist.new-"+dead+"-y"), map[string]string{"optio.k8s.yaml": "partial"})
	removeStale(dir, ".dist.new-", dst)
	if got, _ := os.ReadDir(dir); len(got) != 1 {
		t.Errorf("left beside dist: %v", got)
	}
	if got := readTree(t, dst); got["optio.k8s.yaml"] != "previous" {
		t.Errorf("dist = %v", got)
	}
	// With dist in place, a stale .old is removed like the rest.
	writeTree(t, filepath.Join(dir, ".dist.new-"+dead+"-z.old"), map[string]string{"optio.k8s.yaml": "older"})
	removeStale(dir, ".dist.new-", dst)
	beside, _ := os.ReadDir(dir)
	if got := readTree(t, dst); got["optio.k8s.yaml"] != "previous" || len(beside) != 1 {
		t.Errorf("dist = %v, beside: %v", got, beside)
	}
}

func TestStopKeepsTheOutputAndRemovesTemporaryFolders(t *testing.T) {
	t.Cleanup(func() { out.mu.Lock(); out.stopped = false; out.mu.Unlock() })
	dir := t.TempDir()
	tmp, _, err := newTemp(dir, ".dist.new-")
	if err != nil {
		t.Fatal(err)
	}
	writeTree(t, tmp, map[string]string{"optio.k8s.yaml": "secret"})
	Stop()
	if err := commit(tmp, filepath.Join(dir, "dist")); !errors.Is(err, ErrStopped) {
		t.Errorf("commit after Stop: %v", err)
	}
	if _, err := ToDir(testutil.ValidProps(), filepath.Join(dir, "dist")); !errors.Is(err, ErrStopped) {
		t.Errorf("ToDir after Stop: %v", err)
	}
	if err := RemoveTemporary(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadDir(dir); len(got) != 0 {
		t.Errorf("left: %v", got)
	}
}

// umask returns the process's umask.
func umask() os.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return os.FileMode(m)
}

func TestToDirModes(t *testing.T) {
	mask := umask()
	secret := testutil.ValidProps()
	noSecret := testutil.ValidProps()
	noSecret.ExistingSecret = "optio-secrets"
	noSecret.Encryption.Key, noSecret.Postgresql.Auth.Password, noSecret.Auth.Github.ClientSecret = "", "", ""
	for name, c := range map[string]struct {
		dirMode, fileMode os.FileMode
		props             optio.OptioChartProps
	}{
		"Secret":         {0o700, 0o600, secret},
		"existingSecret": {0o777 &^ mask, 0o666 &^ mask, noSecret},
	} {
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "new", "dist")
			files, err := ToDir(c.props, out)
			if err != nil {
				t.Fatal(err)
			}
			if info, _ := os.Stat(out); info.Mode().Perm() != c.dirMode {
				t.Errorf("%s: %v, want %v", out, info.Mode().Perm(), c.dirMode)
			}
			if info, _ := os.Stat(filepath.Dir(out)); info.Mode().Perm() != 0o777&^mask {
				t.Errorf("parent: %v, want %v", info.Mode().Perm(), 0o777&^mask)
			}
			for _, f := range files {
				// The data file (the Namespace and the data volume) never
				// holds a Secret: it keeps the ordinary mode.
				want, secretFile := c.fileMode, filepath.Base(f) == ReleaseFile("optio") && name == "Secret"
				if !secretFile {
					want = 0o666 &^ mask
				}
				info, _ := os.Stat(f)
				if info.Mode().Perm() != want {
					t.Errorf("%s: %v, want %v", f, info.Mode().Perm(), want)
				}
				b, _ := os.ReadFile(f)
				if strings.Contains(string(b), "\nkind: Secret\n") != secretFile {
					t.Errorf("%s: Secret present = %v", f, !secretFile)
				}
			}
		})
	}
}
