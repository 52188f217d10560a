package cli

import (
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"runtime"
)

// usePackageCacheOrNone turns the jsii package cache off for this process
// (JSII_RUNTIME_PACKAGE_CACHE=disabled) when jsii could not use its default
// location: an unwritable HOME, as in an Argo CD plugin sidecar or a CI
// container, would otherwise fail every run. Without the cache each run
// unpacks the cdk8s packages into its own temporary folder, which takes
// about 0.25 s more. A user who set JSII_RUNTIME_PACKAGE_CACHE or
// JSII_RUNTIME_PACKAGE_CACHE_ROOT decided already and is left alone.
func usePackageCacheOrNone() {
	if os.Getenv("JSII_RUNTIME_PACKAGE_CACHE") != "" || os.Getenv("JSII_RUNTIME_PACKAGE_CACHE_ROOT") != "" {
		return
	}
	root := defaultPackageCacheRoot()
	if root == "" || packageCacheUsable(root) {
		return // without a home, jsii keeps its cache under TMPDIR
	}
	os.Setenv("JSII_RUNTIME_PACKAGE_CACHE", "disabled")
}

// defaultPackageCacheRoot is where the jsii runtime keeps its package cache
// by default, or "" when there is no absolute home folder.
func defaultPackageCacheRoot() string {
	if runtime.GOOS == "windows" {
		if d := os.Getenv("LOCALAPPDATA"); filepath.IsAbs(d) {
			return filepath.Join(d, "AWS", "jsii", "package-cache")
		}
	}
	home := os.Getenv("HOME")
	if home == "" { // Node.js reads the password database then
		if u, err := user.Current(); err == nil {
			home = u.HomeDir
		}
	}
	if !filepath.IsAbs(home) {
		return ""
	}
	switch runtime.GOOS {
	case "windows":
		return filepath.Join(home, "AppData", "Local", "AWS", "jsii", "package-cache")
	case "darwin":
		return filepath.Join(home, "Library", "Caches", "com.amazonaws.jsii", "package-cache")
	}
	return filepath.Join(home, ".cache", "aws", "jsii", "package-cache")
}

// packageCacheUsable reports whether the jsii runtime can use root as its
// package cache, by the rules jsii checks: it must be able to create root
// (or write into it); root must be owned by the user and not writable by
// group or others; every folder above it must be owned by the user or root,
// and not writable by group or others unless sticky (as /tmp). A folder
// that cannot be examined counts as unusable.
func packageCacheUsable(root string) bool {
	existing := root // the nearest folder of root, itself included, that exists
	for {
		if _, err := os.Stat(existing); err == nil {
			break
		}
		parent := filepath.Dir(existing)
		if parent == existing {
			return false
		}
		existing = parent
	}
	real, err := filepath.EvalSymlinks(existing)
	if err != nil {
		return false
	}
	info, err := os.Stat(real)
	if err != nil || !info.IsDir() || !writable(real) {
		return false
	}
	if existing == root {
		if !ownedByMe(info) || info.Mode().Perm()&0o022 != 0 {
			return false
		}
	} else if !safeParent(info) {
		return false // the folders jsii creates below it are private (0700)
	}
	for dir := filepath.Dir(real); ; dir = filepath.Dir(dir) {
		info, err := os.Stat(dir)
		if err != nil || !safeParent(info) {
			return false
		}
		if filepath.Dir(dir) == dir {
			return true
		}
	}
}

// safeParent reports whether no other user (but root) can replace what is
// in the folder.
func safeParent(info fs.FileInfo) bool {
	return ownedByMeOrRoot(info) && (info.Mode().Perm()&0o022 == 0 || info.Mode()&fs.ModeSticky != 0)
}
