package synth

import (
	"errors"

	"golang.org/x/sys/unix"
)

// exchange swaps the paths a and b atomically (renameat2 RENAME_EXCHANGE).
// ok is false when the kernel or file system cannot do it, and nothing was
// changed.
func exchange(a, b string) (ok bool, err error) {
	err = unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	if errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EINVAL) || errors.Is(err, unix.ENOTSUP) {
		return false, nil
	}
	return true, err
}

// mountPoint tells whether path is the root of a mount: statx reports
// STATX_ATTR_MOUNT_ROOT (Linux 5.8 and newer; a bind mount of a folder of
// the same file system included), else its device differs from its
// parent's.
func mountPoint(path string) bool {
	var stx unix.Statx_t
	if err := unix.Statx(unix.AT_FDCWD, path, unix.AT_SYMLINK_NOFOLLOW, unix.STATX_BASIC_STATS, &stx); err == nil &&
		stx.Attributes_mask&unix.STATX_ATTR_MOUNT_ROOT != 0 {
		return stx.Attributes&unix.STATX_ATTR_MOUNT_ROOT != 0
	}
	var st, parent unix.Stat_t
	if unix.Lstat(path, &st) != nil || unix.Stat(path+"/..", &parent) != nil {
		return false
	}
	return st.Dev != parent.Dev
}
