//go:build !linux

package cli

import (
	"syscall"
	"time"
)

// Without /proc the jsii runtime's processes cannot be listed: they end
// when they read the end of their input, after this process exits.
func signalRuntime(string, syscall.Signal)  {}
func waitRuntimeGone(string, time.Duration) {}
