// Package test holds the end-to-end tests: the values files a user would
// write, synthesized as the program does, compared with reviewed golden files
// and applied to a real kube-apiserver.
package test

import (
	"path/filepath"
	"testing"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/synth"
	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

// matrixCase is one values file of the matrix and the release name it is
// synthesized with.
type matrixCase struct {
	name    string
	file    string
	release string
}

// matrix is every configuration the end-to-end tests cover: the repository's
// own values.yaml (what dist/ holds) and testdata/values/*.yaml.
var matrix = []matrixCase{
	{"repository", "../values.yaml", "optio"},
	{"defaults-with-secrets", "testdata/values/defaults-with-secrets.yaml", "optio"},
	{"production", "testdata/values/production.yaml", "optio"},
	{"local-nodeport", "testdata/values/local-nodeport.yaml", "optio"},
	{"everything", "testdata/values/everything.yaml", "acme-optio"},
	{"external", "testdata/values/external.yaml", "optio"},
	{"existing-secret", "testdata/values/existing-secret.yaml", "optio"},
}

// load reads a matrix case as `go run . -f FILE --release-name R` does, with
// no secret from the environment.
func (c matrixCase) load(t testing.TB) optio.OptioChartProps {
	t.Helper()
	vals, err := loader.Load(loader.Options{
		ValueFiles:  []string{c.file},
		ReleaseName: c.release,
		Getenv:      func(string) string { return "" },
	})
	if err != nil {
		t.Fatalf("%s: %v", c.file, err)
	}
	return optio.OptioChartProps{ReleaseName: c.release, Values: vals}
}

// yaml synthesizes a matrix case.
func (c matrixCase) yaml(t testing.TB) string {
	t.Helper()
	out, err := synth.YAML(c.load(t))
	if err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	return out
}

func TestMatrixCoversEveryValuesFile(t *testing.T) {
	files, _ := filepath.Glob("testdata/values/*.yaml")
	covered := map[string]bool{}
	for _, c := range matrix {
		covered[c.file] = true
	}
	for _, f := range files {
		if !covered[f] {
			t.Errorf("%s is not in the matrix", f)
		}
	}
}
