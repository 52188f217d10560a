package test

import (
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPlatformModule runs `go vet` and `go test` in test/platform, a module
// of its own: a platform team's cdk8s app that imports the constructs
// through a replace directive, as a user's module would. `go test ./...` at
// the root never enters a folder with its own go.mod, so this test is what
// makes the README's test command cover it. It is skipped by a local
// `go test -short` (CI unset), never in CI.
func TestPlatformModule(t *testing.T) {
	if testing.Short() && os.Getenv("CI") == "" {
		t.Skip("-short: not building the module test/platform (CI never skips it)")
	}
	// `go test` puts its own Go first on PATH for the test binary.
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to test the module test/platform: %v", err)
	}
	for _, args := range [][]string{
		{"vet", "./..."},
		{"test", "-count=1", "./..."},
	} {
		cmd := exec.Command(goBin, args...)
		cmd.Dir = "platform"
		// The module is built from its own go.mod, whatever go.work is
		// around; everything else is this test's environment.
		cmd.Env = append(os.Environ(), "GOWORK=off")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("cd test/platform && go %v: %v\n%s\n(after a change of the root go.mod, run `go mod tidy` in test/platform)", args, err, out)
		}
		t.Logf("cd test/platform && go %v:\n%s", args, out)
	}
}

// TestReadmeComposingExample fails when a program of the docs (README.md,
// or a page under docs/) is not, byte for byte, one of the programs
// test/platform/cmd/*/main.go that TestPlatformModule builds and runs, or
// when such a program is missing from the docs: the example a reader copies
// is the code CI runs. Every other ```go block must parse and be gofmt'd.
func TestReadmeComposingExample(t *testing.T) {
	programs, err := filepath.Glob("platform/cmd/*/main.go")
	if err != nil || len(programs) == 0 {
		t.Fatalf("no program in test/platform/cmd: %v", err)
	}
	want := map[string]string{} // source -> file
	for _, p := range programs {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		want[string(src)] = p
	}
	pages, err := filepath.Glob("../docs/*.md")
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, page := range append([]string{"../README.md"}, pages...) {
		b, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		for _, block := range goBlocks(string(b)) {
			if p, ok := want[block]; ok {
				found[p] = true
				continue
			}
			if strings.HasPrefix(block, "package ") || strings.Contains(block, "\npackage ") {
				t.Errorf("%s: a Go program that is no file of test/platform/cmd (copy it from there, or add it there):\n%s", page, block)
				continue
			}
			if got, err := format.Source([]byte(block)); err != nil {
				t.Errorf("%s: a ```go block does not parse: %v\n%s", page, err, block)
			} else if string(got) != block {
				t.Errorf("%s: a ```go block is not gofmt'd; want\n%s", page, got)
			}
		}
	}
	for _, p := range programs {
		if !found[p] {
			t.Errorf("no ```go block of README.md or docs/*.md is %s; copy the file into the guide", p)
		}
	}
}

// goBlocks returns the contents of the ```go blocks of a Markdown text.
func goBlocks(markdown string) []string {
	var blocks []string
	for _, part := range strings.Split(markdown, "```go\n")[1:] {
		if body, _, ok := strings.Cut(part, "\n```"); ok {
			blocks = append(blocks, body+"\n")
		}
	}
	return blocks
}
