//go:build !linux

package synth

// exchange is not available here: swap renames in two steps.
func exchange(a, b string) (ok bool, err error) { return false, nil }
