//go:build !linux

package synth

// exchange is not available here: swap renames in two steps.
func exchange(a, b string) (ok bool, err error) { return false, nil }

// mountPoint is not detected here: a failed rename says so instead.
func mountPoint(path string) bool { return false }
