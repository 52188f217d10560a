//go:build unix

package cli

import (
	"os"

	"golang.org/x/sys/unix"
)

// quietStderr points file descriptor 2 at the null device, so that what the
// jsii runtime prints while it is being stopped (its node processes got the
// signal too when it was sent to the process group, as a terminal's Ctrl-C
// does) is dropped. It returns the original standard error, for the
// process's own last line.
func quietStderr() *os.File {
	saved, err := unix.Dup(2)
	if err != nil {
		return os.Stderr
	}
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err == nil {
		err = unix.Dup2(int(null.Fd()), 2)
		null.Close()
	}
	if err != nil {
		unix.Close(saved)
		return os.Stderr
	}
	return os.NewFile(uintptr(saved), "stderr")
}
