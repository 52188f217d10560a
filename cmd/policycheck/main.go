// Command policycheck runs this project's workload policy (package policy) on
// the manifests in one or more folders or files, e.g. a dist/ folder:
//
//	go run github.com/optio-cdk8s/optio-cdk8s/cmd/policycheck dist/
//
// It prints one line per violation and exits 1 when there is any, 2 when a
// manifest cannot be read.
package main

import (
	"fmt"
	"os"

	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/policy"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: policycheck DIR|FILE...")
		os.Exit(2)
	}
	var objs []manifest.Object
	for _, path := range os.Args[1:] {
		more, err := read(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "error: %s: %v\n", path, err)
			os.Exit(2)
		}
		objs = append(objs, more...)
	}
	violations := policy.Check(objs)
	for _, v := range violations {
		fmt.Println(v)
	}
	fmt.Fprintf(os.Stderr, "%d objects checked, %d violations\n", len(objs), len(violations))
	if len(violations) > 0 {
		os.Exit(1)
	}
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
