package cli

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// killDescendants sends SIGKILL to every process descended from this one
// (the jsii runtime's node processes), as read from /proc.
func killDescendants() {
	children := map[int][]int{}
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, path := range stats {
		b, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...; comm may hold spaces and parentheses.
		s := string(b)
		fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		pid, err := strconv.Atoi(filepath.Base(filepath.Dir(path)))
		if err != nil || len(fields) < 2 {
			continue
		}
		ppid, err := strconv.Atoi(fields[1])
		if err == nil {
			children[ppid] = append(children[ppid], pid)
		}
	}
	var kill func(int)
	kill = func(pid int) {
		for _, c := range children[pid] {
			_ = syscall.Kill(c, syscall.SIGKILL)
			kill(c)
		}
	}
	kill(os.Getpid())
}
