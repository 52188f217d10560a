package cli

import (
	"context"
	"fmt"
	"os"
	"os/exec"
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
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, path, "--version").Output()
	if err != nil {
		return fmt.Errorf("Node.js %d or newer is needed to run cdk8s, and %s --version failed: %v; %s", MinNodeMajor, path, err, nodeHelp)
	}
	version := strings.TrimSpace(string(out))
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
