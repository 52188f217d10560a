//go:build !linux

package kubeapi

import (
	"os"
	"os/exec"
)

// setProcAttr is a no-op off Linux: the control plane is only exercised on
// Linux, but the package still compiles elsewhere.
func setProcAttr(cmd *exec.Cmd) {}

// killGroup signals the process itself: interrupt if not hard, else kill.
func killGroup(cmd *exec.Cmd, hard bool) {
	if cmd.Process == nil {
		return
	}
	if hard {
		_ = cmd.Process.Kill()
		return
	}
	_ = cmd.Process.Signal(os.Interrupt)
}
