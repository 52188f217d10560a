package cli

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// MinNodeMajor is the oldest Node.js major release the program runs cdk8s
// on. The jsii runtime 1.142 (cdk8s's Go bindings) supports Node.js 20 and
// newer; older releases run with a warning banner, or not at all.
const MinNodeMajor = 20

// nodeHelp says where the README explains how to get Node.js.
const nodeHelp = `see "Prerequisites" in README.md`

var nodeCheck struct {
	once sync.Once
	done chan struct{}
	err  error
}

// startNodeCheck starts, once per process, checkNode in the background and
// returns a function that waits for its result. A run starts it before it
// loads values, so that the check costs no time of its own.
func startNodeCheck() (wait func() error) {
	nodeCheck.once.Do(func() {
		nodeCheck.done = make(chan struct{})
		go func() {
			defer close(nodeCheck.done)
			nodeCheck.err = checkNode(os.Getenv("JSII_NODE"), os.Getenv("JSII_RUNTIME"))
		}()
	})
	return func() error {
		<-nodeCheck.done
		return nodeCheck.err
	}
}

// checkNode returns an error, one line naming what is needed, when the
// Node.js the jsii runtime would start is missing or older than
// MinNodeMajor. jsiiNode and jsiiRuntime are the values of JSII_NODE (the
// node program to run, default "node" on PATH) and JSII_RUNTIME (a whole
// command to run instead, which is not checked).
func checkNode(jsiiNode, jsiiRuntime string) error {
	if jsiiRuntime != "" {
		return nil
	}
	name, what := jsiiNode, fmt.Sprintf("JSII_NODE=%s", jsiiNode)
	if name == "" {
		name, what = "node", `"node"`
	}
	path, err := exec.LookPath(name)
	if err != nil {
		where := "is not on PATH"
		if strings.ContainsRune(name, os.PathSeparator) {
			where = "is not an executable file"
		}
		return fmt.Errorf("Node.js %d or newer is needed to run cdk8s, and %s %s; %s", MinNodeMajor, what, where, nodeHelp)
	}
	version, err := nodeVersion(path)
	if err != nil {
		return fmt.Errorf("Node.js %d or newer is needed to run cdk8s, and %s --version failed: %v; %s", MinNodeMajor, path, err, nodeHelp)
	}
	major, ok := nodeMajor(version)
	if !ok {
		return fmt.Errorf("Node.js %d or newer is needed to run cdk8s, and %s --version printed %q, not a Node.js version; %s", MinNodeMajor, path, version, nodeHelp)
	}
	if major < MinNodeMajor {
		return fmt.Errorf("Node.js %d or newer is needed to run cdk8s, and %s is %s; %s", MinNodeMajor, path, version, nodeHelp)
	}
	return nil
}

// nodeMajor reads the major release of a `node --version` line ("v20.11.1").
func nodeMajor(version string) (int, bool) {
	rest, ok := strings.CutPrefix(version, "v")
	if !ok {
		return 0, false
	}
	digits, _, _ := strings.Cut(rest, ".")
	major, err := strconv.Atoi(digits)
	return major, err == nil && major >= 0
}

// nodeVersion returns what `path --version` prints. Starting a second
// Node.js only to read its version costs as much as a tenth of a run, so the
// answer is kept in the user's cache folder, keyed by the binary's path,
// size and modification time, and read from there while the binary is
// unchanged. Without a usable cache folder (see packageCacheUsable), node
// is asked every time.
func nodeVersion(path string) (string, error) {
	info, statErr := os.Stat(path)
	cache, cacheErr := os.UserCacheDir()
	key := ""
	if statErr == nil && cacheErr == nil {
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			real = path
		}
		if ri, err := os.Stat(real); err == nil {
			info = ri
		}
		dir := filepath.Join(cache, "optio-cdk8s")
		cache = filepath.Join(dir, "node-versions")
		// The same rules as the jsii package cache: never a folder that
		// another user could change (nor a read-only HOME).
		if packageCacheUsable(dir) {
			key = fmt.Sprintf("%s\t%d\t%d\t", real, info.Size(), info.ModTime().UnixNano())
		}
	}
	if key != "" {
		if b, err := os.ReadFile(cache); err == nil {
			for line := range strings.SplitSeq(string(b), "\n") {
				if v, ok := strings.CutPrefix(line, key); ok && v != "" {
					return v, nil
				}
			}
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, path, "--version").Output()
	if err != nil {
		return "", err
	}
	version := strings.TrimSpace(string(out))
	if key != "" && !strings.ContainsAny(version, "\t\n") {
		rememberNodeVersion(cache, key+version)
	}
	return version, nil
}

// rememberNodeVersion adds a line to the cache file, keeping the last few
// binaries, written atomically; a failure only means node is asked again.
func rememberNodeVersion(file, line string) {
	lines := []string{line}
	if b, err := os.ReadFile(file); err == nil {
		for l := range strings.SplitSeq(string(b), "\n") {
			if l != "" && len(lines) < 16 && strings.Count(l, "\t") == 3 {
				lines = append(lines, l)
			}
		}
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o700); err != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), ".node-versions-*")
	if err != nil {
		return
	}
	_, werr := tmp.WriteString(strings.Join(lines, "\n") + "\n")
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), file) != nil {
		os.Remove(tmp.Name())
	}
}
