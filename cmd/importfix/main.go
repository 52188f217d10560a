// Command importfix rewrites the JSON converters of a `cdk8s import` package
// so that they run in time linear in the size of the maps they convert (see
// package internal/importfix). `npm run import` runs it after the import:
//
//	go run ./cmd/importfix imports/*/jsii/*.tgz          # rewrites the tarballs in place
//	go run ./cmd/importfix -check imports/*/jsii/*.tgz   # exits 1 when one holds a quadratic converter
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/optio-cdk8s/optio-cdk8s/internal/importfix"
)

func main() {
	check := flag.Bool("check", false, "write nothing; exit 1 when a tarball holds a quadratic converter")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: importfix [-check] TARBALL...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	failed := false
	for _, path := range flag.Args() {
		if err := fix(path, *check); err != nil {
			fmt.Fprintf(os.Stderr, "importfix: %s: %v\n", path, err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

func fix(path string, check bool) error {
	tgz, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if check {
		n, err := importfix.CountTarball(tgz)
		if err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("%d map converters copy their accumulator per key (quadratic time); run go run ./cmd/importfix %s", n, path)
		}
		return nil
	}
	out, n, err := importfix.RewriteTarball(tgz)
	if err != nil {
		return err
	}
	if n == 0 {
		return nil // already linear: leave the bytes as they are
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, out, info.Mode().Perm()); err != nil {
		return err
	}
	fmt.Printf("%s: %d map converters made linear\n", path, n)
	return nil
}
