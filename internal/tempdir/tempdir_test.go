package tempdir

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
)

func TestOwnerPID(t *testing.T) {
	for name, want := range map[string]int{
		".dist.new-123-abc":     123,
		".dist.new-123-abc.old": 123,
		".dist.new-1-x":         1,
		".dist.new-123":         0, // no "-" after the PID
		".dist.new-0123-x":      0, // not how a PID is written
		".dist.new--1-x":        0,
		".dist.new-abc-1":       0,
		".out.new-123-x":        0, // another prefix
		"dist":                  0,
	} {
		got, ok := OwnerPID(name, ".dist.new-")
		if got != want || ok != (want != 0) {
			t.Errorf("OwnerPID(%q) = %d, %v; want %d", name, got, ok, want)
		}
	}
}

// deadPID returns the PID of a process that has exited.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

func TestCreateAndRemoveStale(t *testing.T) {
	parent := t.TempDir()
	mine, err := Create(parent, "p-", 0o700)
	if err != nil {
		t.Fatal(err)
	}
	if pid, ok := OwnerPID(filepath.Base(mine), "p-"); !ok || pid != os.Getpid() {
		t.Fatalf("Create made %s, not named after this process", mine)
	}
	if info, err := os.Stat(mine); err != nil || !info.IsDir() || info.Mode().Perm() != 0o700 {
		t.Fatalf("Create made %v, %v", info, err)
	}
	dead := strconv.Itoa(deadPID(t))
	staleDir := filepath.Join(parent, "p-"+dead+"-x")
	staleFile := filepath.Join(parent, "p-"+dead+"-y.old")
	os.MkdirAll(filepath.Join(staleDir, "sub"), 0o700)
	os.WriteFile(staleFile, nil, 0o600)
	kept := []string{
		mine,
		filepath.Join(parent, "p-1-init"), // PID 1 always runs
		filepath.Join(parent, "p-"+dead),  // not one of our names
		filepath.Join(parent, "q-"+dead+"-x"),
	}
	for _, k := range kept[1:] {
		os.Mkdir(k, 0o700)
	}
	if os.Geteuid() == 0 { // another user's folder is never ours to remove
		other := filepath.Join(parent, "p-"+dead+"-nobody")
		os.Mkdir(other, 0o700)
		if err := os.Chown(other, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		kept = append(kept, other)
	}
	if got := Stale(parent, "p-"); !slices.Equal(got, []string{staleDir, staleFile}) {
		t.Errorf("Stale = %v", got)
	}
	RemoveStale(parent, "p-")
	for _, k := range kept {
		if _, err := os.Stat(k); err != nil {
			t.Errorf("%s was removed: %v", k, err)
		}
	}
	for _, s := range []string{staleDir, staleFile} {
		if _, err := os.Lstat(s); !os.IsNotExist(err) {
			t.Errorf("%s was kept", s)
		}
	}
}
