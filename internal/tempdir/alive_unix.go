//go:build unix

package tempdir

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// alive reports whether a process with this PID exists. A process of another
// user (EPERM) counts as alive: only a certain "no such process" is dead.
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || !errors.Is(err, syscall.ESRCH)
}

// ownedByMe reports whether the current user owns the file.
func ownedByMe(info fs.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return ok && int(st.Uid) == os.Geteuid()
}
