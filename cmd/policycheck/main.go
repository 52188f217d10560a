// Command policycheck checks the workloads of any Kubernetes manifests (files,
// or folders of *.yaml and *.yml files) with package policy: the Pod Security
// Standards "restricted" profile, run by Kubernetes' own evaluator, plus
// probes, CPU and memory requests and limits, a read-only root filesystem and
// no service-account token for the default service account. For example:
//
//	go run github.com/optio-cdk8s/optio-cdk8s/cmd/policycheck dist/
//
// It prints one line per finding, naming the object, the container and the
// check, and a count on standard error. It exits 0 when there is no finding,
// 1 when there is any, and 2 when a manifest cannot be read.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/policy"
)

const usage = `usage: policycheck DIR|FILE...

Checks the workloads of Kubernetes manifests (files, or folders of *.yaml and
*.yml files): the Pod Security Standards "restricted" profile (Kubernetes' own
evaluator), probes, CPU and memory requests and limits, a read-only root
filesystem, and no service-account token for the default service account.
Prints one line per finding; exits 0 with none, 1 with any, 2 when a manifest
cannot be read.`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the command with its arguments (without the program name) and
// returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		fmt.Fprintln(stdout, usage)
		return 0
	}
	var objs []manifest.Object
	for _, path := range args {
		more, err := read(path)
		if err != nil {
			fmt.Fprintf(stderr, "error: %s: %v\n", path, err)
			return 2
		}
		objs = append(objs, more...)
	}
	violations := policy.Check(objs)
	for _, v := range violations {
		fmt.Fprintln(stdout, v)
	}
	fmt.Fprintf(stderr, "%d objects checked, %d violations\n", len(objs), len(violations))
	if len(violations) > 0 {
		return 1
	}
	return 0
}

func read(path string) ([]manifest.Object, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return manifest.ReadDir(path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return manifest.Parse(b)
}
