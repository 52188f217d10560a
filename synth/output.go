package synth

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"github.com/optio-cdk8s/optio-cdk8s/internal/tempdir"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testhook"
)

// ErrStopped is returned by ToDir once Stop has been called.
var ErrStopped = errors.New("stopped before replacing the output")

// out tracks the temporary folders of the ToDir calls in progress, so that a
// signal handler can remove them (Stop, RemoveTemporary). mu also covers
// each swap, so that Stop waits for a swap to be complete.
var out struct {
	mu      sync.Mutex
	stopped bool
	temps   map[string]bool
}

// Stop waits for a swap of ToDir in progress to end, so that every output
// folder is either as it was or fully replaced, and makes every ToDir from
// now on fail with ErrStopped before it changes its output folder. It is for
// a process that is about to exit on a signal; it cannot be undone. Stop the
// jsii runtime after it (so that nothing writes into the temporary folders
// any more), then call RemoveTemporary.
func Stop() {
	out.mu.Lock()
	defer out.mu.Unlock()
	out.stopped = true
}

// RemoveTemporary removes the temporary folders of the ToDir calls in
// progress and returns the errors of those it could not remove.
func RemoveTemporary() error {
	out.mu.Lock()
	defer out.mu.Unlock()
	var errs []error
	for dir := range out.temps {
		errs = append(errs, os.RemoveAll(dir), os.RemoveAll(dir+".old"))
		delete(out.temps, dir)
	}
	return errors.Join(errs...)
}

// newTemp creates the temporary folder of one ToDir, private (0700) while it
// is written, and returns it with the mode an ordinary new folder gets there
// (0777 minus the umask, or what a default ACL gives).
func newTemp(parent, prefix string) (string, fs.FileMode, error) {
	out.mu.Lock()
	defer out.mu.Unlock()
	if out.stopped {
		return "", 0, ErrStopped
	}
	dir, err := tempdir.Create(parent, prefix, 0o777)
	if err != nil {
		return "", 0, err
	}
	info, err := os.Stat(dir)
	if err == nil {
		err = os.Chmod(dir, 0o700|info.Mode()&(fs.ModeSetgid|fs.ModeSticky))
	}
	if err != nil {
		_ = os.Remove(dir)
		return "", 0, err
	}
	if out.temps == nil {
		out.temps = map[string]bool{}
	}
	out.temps[dir] = true
	return dir, info.Mode() & (fs.ModePerm | fs.ModeSetgid | fs.ModeSticky), nil
}

// dropTemp removes a temporary folder of newTemp, if it still exists.
func dropTemp(dir string) {
	out.mu.Lock()
	defer out.mu.Unlock()
	_ = os.RemoveAll(dir)
	_ = os.RemoveAll(dir + ".old")
	delete(out.temps, dir)
}

// commit swaps the folder tmp into place of dst, unless Stop was called.
func commit(tmp, dst string) error {
	out.mu.Lock()
	defer out.mu.Unlock()
	if out.stopped {
		return ErrStopped
	}
	testhook.Pause("swap")
	err := swap(tmp, dst)
	if errors.Is(err, syscall.EBUSY) || errors.Is(err, syscall.EXDEV) {
		// A mount point that mountPoint did not see (another kind of
		// mount, or mounted since the check).
		return fmt.Errorf("%w (%s is a mount point, or on another file system than its parent folder: write into a subfolder of it, or use --stdout)", err, dst)
	}
	return err
}

// removeStale removes the temporary folders beside dst (named prefix<pid>-…)
// of runs that no longer run. When dst is missing because such a run was
// killed between the two renames of a swap, its previous output (the
// ".old" folder) is moved back first.
func removeStale(parent, prefix, dst string) {
	stale := tempdir.Stale(parent, prefix)
	if _, err := os.Lstat(dst); errors.Is(err, fs.ErrNotExist) {
		for _, p := range stale {
			if strings.HasSuffix(p, ".old") && os.Rename(p, dst) == nil {
				break
			}
		}
	}
	for _, p := range stale {
		_ = os.RemoveAll(p)
	}
}

// protectSecrets makes every file in dir that holds a Kubernetes Secret
// readable by its owner only (0600) and reports whether there was one.
func protectSecrets(dir string) (bool, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false, err
	}
	found := false
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		path := filepath.Join(dir, e.Name())
		b, err := os.ReadFile(path)
		if err != nil {
			return false, err
		}
		if holdsSecret(b) {
			found = true
			if err := os.Chmod(path, 0o600); err != nil {
				return false, err
			}
		}
	}
	return found, nil
}

// holdsSecret reports whether a YAML stream written by cdk8s has an object
// of kind Secret: cdk8s writes each object's top-level keys unindented, so
// the line is exactly "kind: Secret".
func holdsSecret(yaml []byte) bool {
	sc := bufio.NewScanner(bytes.NewReader(yaml))
	sc.Buffer(nil, len(yaml)+1)
	for sc.Scan() {
		if strings.TrimRight(sc.Text(), " \r") == "kind: Secret" {
			return true
		}
	}
	return false
}

// swap replaces dst by the folder src. When dst exists the two are exchanged
// in one atomic step where the system can (Linux renameat2), so dst is never
// missing; src then holds the previous output, for the caller to remove.
// Elsewhere dst is renamed aside to src+".old", src renamed in, and the old
// copy removed. Each step is a rename within one parent folder.
func swap(src, dst string) error {
	if _, err := os.Lstat(dst); errors.Is(err, fs.ErrNotExist) {
		if err := os.Rename(src, dst); err != nil {
			return fmt.Errorf("moving the new output into %s: %w", dst, err)
		}
		return nil
	}
	if ok, err := exchange(src, dst); ok {
		if err != nil {
			return fmt.Errorf("moving the new output into %s: %w", dst, err)
		}
		return nil
	}
	old := src + ".old"
	if err := os.Rename(dst, old); err != nil {
		return fmt.Errorf("moving %s aside: %w", dst, err)
	}
	if err := os.Rename(src, dst); err != nil {
		_ = os.Rename(old, dst)
		return fmt.Errorf("moving the new output into %s: %w", dst, err)
	}
	// The new output is in place: a leftover old copy is not a failure.
	_ = os.RemoveAll(old)
	return nil
}
