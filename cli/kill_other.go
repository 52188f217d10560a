//go:build !linux

package cli

// killDescendants is not available here: the jsii runtime's processes end
// when they read the end of their input, after this process exits.
func killDescendants() {}
