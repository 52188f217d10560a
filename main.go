// Command optio-cdk8s synthesizes the Optio stack's Kubernetes manifests from
// Helm-style values into a folder (default dist/) or onto standard output.
//
//	go run . [-f FILE]... [--set K=V]... [--set-string K=V]... [--release-name NAME] [-o DIR] [--stdout]
//
// With no -f, ./values.yaml is read when it exists (the repository's own
// configuration). See README.md.
package main

import "github.com/optio-cdk8s/optio-cdk8s/cli"

func main() {
	cli.Main()
}
