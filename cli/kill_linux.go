package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// runtimeProcesses returns the PIDs of the jsii runtime's processes: those
// descended from this one, and those whose command line mentions marker
// (the private TMPDIR, where the runtime lives), which finds a node process
// whose parent has ended already. marker "" matches no command line.
// Exited processes not yet reaped are left out.
func runtimeProcesses(marker string) []int {
	self := os.Getpid()
	children := map[int][]int{}
	found := map[int]bool{}
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, path := range stats {
		pid, err := strconv.Atoi(filepath.Base(filepath.Dir(path)))
		b, err2 := os.ReadFile(path)
		if err != nil || err2 != nil || pid == self {
			continue
		}
		// pid (comm) state ppid ...; comm may hold spaces and parentheses.
		s := string(b)
		fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		if len(fields) < 2 || fields[0] == "Z" || fields[0] == "X" {
			continue
		}
		if ppid, err := strconv.Atoi(fields[1]); err == nil {
			children[ppid] = append(children[ppid], pid)
		}
		if marker != "" {
			if cmdline, err := os.ReadFile(filepath.Join(filepath.Dir(path), "cmdline")); err == nil && bytes.Contains(cmdline, []byte(marker)) {
				found[pid] = true
			}
		}
	}
	var walk func(int)
	walk = func(pid int) {
		for _, c := range children[pid] {
			if !found[c] {
				found[c] = true
				walk(c)
			}
		}
	}
	walk(self)
	pids := make([]int, 0, len(found))
	for pid := range found {
		pids = append(pids, pid)
	}
	return pids
}

// signalRuntime sends sig to every process of runtimeProcesses(marker).
func signalRuntime(marker string, sig syscall.Signal) {
	for _, pid := range runtimeProcesses(marker) {
		_ = syscall.Kill(pid, sig)
	}
}

// waitRuntimeGone waits until runtimeProcesses(marker) is empty, at most
// timeout.
func waitRuntimeGone(marker string, timeout time.Duration) {
	for deadline := time.Now().Add(timeout); len(runtimeProcesses(marker)) > 0 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
}
