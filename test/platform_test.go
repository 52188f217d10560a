package test

import (
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

// TestReadmeComposingExample fails when the composing example of the docs
// (README.md, or a page under docs/) is not, byte for byte, the program
// test/platform/cmd/synth/main.go that TestPlatformModule builds, runs and
// applies: the example a reader copies is the code CI runs.
func TestReadmeComposingExample(t *testing.T) {
	src, err := os.ReadFile("platform/cmd/synth/main.go")
	if err != nil {
		t.Fatal(err)
	}
	block := "```go\n" + string(src) + "```\n"
	pages, err := filepath.Glob("../docs/*.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, page := range append([]string{"../README.md"}, pages...) {
		b, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), block) {
			return
		}
	}
	t.Errorf("no ```go block of README.md or docs/*.md is test/platform/cmd/synth/main.go; copy the file into the composing example")
}
