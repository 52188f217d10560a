// Command schemagen writes values.schema.json, the JSON Schema of the values
// tree, generated from the Go types (see package schema):
//
//	go run ./cmd/schemagen            # writes values.schema.json at the repository root
//	go run ./cmd/schemagen -o PATH    # writes PATH instead
//	go run ./cmd/schemagen -check     # exits 1 when the file is stale
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/optio-cdk8s/optio-cdk8s/schema"
)

func main() {
	out := flag.String("o", "", "the file to write (default: values.schema.json at the repository root)")
	check := flag.Bool("check", false, "write nothing; exit 1 when the file differs from the generated schema")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "schemagen: unexpected arguments %q\n", flag.Args())
		os.Exit(2)
	}
	if err := run(*out, *check); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(out string, check bool) error {
	if out == "" {
		root, err := schema.ModuleRoot()
		if err != nil {
			return err
		}
		out = filepath.Join(root, schema.FileName)
	}
	want, err := schema.Generate()
	if err != nil {
		return err
	}
	if check {
		have, err := os.ReadFile(out)
		if err != nil && !os.IsNotExist(err) {
			return err
		}
		if !bytes.Equal(have, want) {
			return fmt.Errorf("%s (%s)", schema.StaleMessage, out)
		}
		return nil
	}
	return os.WriteFile(out, want, 0o644)
}
