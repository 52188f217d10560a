// Command optio-cdk8s synthesizes the Optio stack's Kubernetes manifests from
// Helm-style values into a folder (default dist/) or onto standard output.
//
//	go run . [-f FILE]... [--set K=V]... [--release-name NAME] [-n NAMESPACE] [-o DIR | --stdout] [--strict]
//	go run . version | show values | show schema | completion SHELL | argocd generate
//
// With no -f, ./values.yaml is read when it exists (the repository's own
// configuration). See docs/cli.md.
package main

import (
	_ "embed"

	"github.com/optio-cdk8s/optio-cdk8s/cli"
)

// valuesSchema is values.schema.json, kept fresh by go run ./cmd/schemagen
// (CI checks it): `show schema` prints it and `show values` is derived from
// it, so an installed binary needs no source.
//
//go:embed values.schema.json
var valuesSchema []byte

func main() {
	cli.ValuesSchema = valuesSchema
	cli.Main()
}
