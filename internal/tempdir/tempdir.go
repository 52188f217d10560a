// Package tempdir makes temporary folders whose names say which process owns
// them (prefix<pid>-<random>), and removes the ones left behind by processes
// that no longer run: a run killed with SIGKILL cannot clean up after itself,
// so the next run does.
package tempdir

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Create makes a new folder parent/prefix<pid>-<random> with mode perm (minus
// the umask, as mkdir does) and returns its path. prefix must not be empty
// and must not end with a digit, so that the PID can be read back.
func Create(parent, prefix string, perm fs.FileMode) (string, error) {
	stem := prefix + strconv.Itoa(os.Getpid()) + "-"
	for try := 0; ; try++ {
		dir := filepath.Join(parent, stem+strconv.FormatUint(uint64(rand.Uint32()), 36))
		err := os.Mkdir(dir, perm)
		if err == nil {
			return dir, nil
		}
		if !errors.Is(err, fs.ErrExist) || try == 100 {
			return "", err
		}
	}
}

// OwnerPID returns the PID in name when name is prefix<pid>-<anything>.
func OwnerPID(name, prefix string) (int, bool) {
	rest, ok := strings.CutPrefix(name, prefix)
	if !ok {
		return 0, false
	}
	digits, _, ok := strings.Cut(rest, "-")
	if !ok {
		return 0, false
	}
	pid, err := strconv.Atoi(digits)
	if err != nil || pid <= 0 || strconv.Itoa(pid) != digits {
		return 0, false
	}
	return pid, true
}

// Stale lists the entries of parent named prefix<pid>-* that belong to the
// current user and whose process no longer runs. Entries of a process that
// still runs (this one included), of another user, or that cannot be read
// are never listed. A parent that cannot be read gives no entries.
func Stale(parent, prefix string) []string {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return nil
	}
	var stale []string
	for _, e := range entries {
		pid, ok := OwnerPID(e.Name(), prefix)
		if !ok || pid == os.Getpid() {
			continue
		}
		path := filepath.Join(parent, e.Name())
		info, err := os.Lstat(path)
		if err != nil || !ownedByMe(info) || alive(pid) {
			continue
		}
		stale = append(stale, path)
	}
	return stale
}

// RemoveStale removes what Stale lists and returns the paths it removed.
// A path that cannot be removed is skipped: the next run tries again.
func RemoveStale(parent, prefix string) []string {
	var removed []string
	for _, p := range Stale(parent, prefix) {
		if os.RemoveAll(p) == nil {
			removed = append(removed, p)
		}
	}
	return removed
}
