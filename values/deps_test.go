package values_test

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// nodeFree are the packages that must build and test without the jsii
// runtime (and so without Node.js): the values model, its loader, the test
// values and the schema generator.
var nodeFree = []string{
	"github.com/optio-cdk8s/optio-cdk8s/values/...",
	"github.com/optio-cdk8s/optio-cdk8s/internal/testvalues",
	"github.com/optio-cdk8s/optio-cdk8s/schema",
	"github.com/optio-cdk8s/optio-cdk8s/cmd/schemagen",
}

// forbidden are the import paths (prefixes) that start or need the jsii
// runtime: cdk8s, cdk8s-plus, constructs, jsii, the generated k8s bindings
// and the packages built on them.
var forbidden = []string{
	"github.com/cdk8s-team/",
	"github.com/aws/jsii-runtime-go",
	"github.com/aws/constructs-go/",
	"github.com/optio-cdk8s/optio-cdk8s/imports/",
	"github.com/optio-cdk8s/optio-cdk8s/constructs",
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil",
	"github.com/optio-cdk8s/optio-cdk8s/synth",
}

// TestNoJSIIDependency lists every dependency of the Node-free packages and
// of their tests (go list -deps -test) and fails on any of the forbidden
// ones, so that the values model never comes to need Node.js again.
func TestNoJSIIDependency(t *testing.T) {
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	args := append([]string{"list", "-deps", "-test", "-f", `{{.ImportPath}} {{join .Imports " "}}`}, nodeFree...)
	out, err := exec.Command(goTool, args...).Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < len(nodeFree) {
		t.Fatalf("go list listed %d packages, want at least %d:\n%s", len(lines), len(nodeFree), out)
	}
	for _, line := range lines {
		pkg, _, _ := strings.Cut(line, " ")
		for _, f := range forbidden {
			if strings.HasPrefix(pkg, f) {
				t.Errorf("%s is a dependency of the Node-free packages (imported by: %s)", pkg, importers(lines, pkg))
			}
		}
	}
}

// importers lists the packages of lines that import pkg.
func importers(lines []string, pkg string) string {
	var by []string
	for _, line := range lines {
		p, imports, _ := strings.Cut(line, " ")
		for _, i := range strings.Fields(imports) {
			if i == pkg {
				by = append(by, p)
			}
		}
	}
	return strings.Join(by, ", ")
}
