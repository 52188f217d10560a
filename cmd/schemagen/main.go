// Command schemagen writes values.schema.json, the JSON Schema of the values
// tree, generated from the Go types (see package schema), and docs/values.md,
// the values reference rendered from that schema:
//
//	go run ./cmd/schemagen            # writes both at the repository root
//	go run ./cmd/schemagen -o PATH    # writes the schema to PATH instead
//	go run ./cmd/schemagen -docs PATH # writes the values reference to PATH instead
//	go run ./cmd/schemagen -check     # writes nothing; exits 1 when either is stale
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/optio-cdk8s/optio-cdk8s/schema"
)

func main() {
	out := flag.String("o", "", "the schema file to write (default: values.schema.json at the repository root)")
	docs := flag.String("docs", "", "the values reference to write (default: docs/values.md at the repository root)")
	check := flag.Bool("check", false, "write nothing; exit 1 when a file differs from the generated one")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "schemagen: unexpected arguments %q\n", flag.Args())
		os.Exit(2)
	}
	if err := run(*out, *docs, *check); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(out, docs string, check bool) error {
	if out == "" || docs == "" {
		root, err := schema.ModuleRoot()
		if err != nil {
			return err
		}
		if out == "" {
			out = filepath.Join(root, schema.FileName)
		}
		if docs == "" {
			docs = filepath.Join(root, filepath.FromSlash(schema.DocsFileName))
		}
	}
	js, err := schema.Generate()
	if err != nil {
		return err
	}
	md, err := schema.Markdown(js)
	if err != nil {
		return err
	}
	files := []struct {
		path, stale string
		want        []byte
	}{{out, schema.StaleMessage, js}, {docs, schema.DocsStaleMessage, md}}
	var errs []error
	for _, f := range files {
		if check {
			have, err := os.ReadFile(f.path)
			if err != nil && !os.IsNotExist(err) {
				errs = append(errs, err)
			} else if !bytes.Equal(have, f.want) {
				errs = append(errs, fmt.Errorf("%s (%s)", f.stale, f.path))
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(f.path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(f.path, f.want, 0o644); err != nil {
			return err
		}
	}
	return errors.Join(errs...)
}
