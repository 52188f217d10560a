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

// matrixCase is one configuration of the matrix: its values files, layered
// left to right as -f does, and the release name it is synthesized with.
type matrixCase struct {
	name    string
	files   []string
	release string
}

// chart040 is a values file shaped as Optio's chart of today (v0.4.0).
func chart040(name string) string { return "testdata/values/chart-0.4.0/" + name }

// matrix is every configuration the end-to-end tests cover: the repository's
// own values.yaml (what dist/ holds) and testdata/values/*.yaml.
var matrix = []matrixCase{
	{"repository", []string{"../values.yaml"}, "optio"},
	{"defaults-with-secrets", []string{"testdata/values/defaults-with-secrets.yaml"}, "optio"},
	{"production", []string{"testdata/values/production.yaml"}, "optio"},
	{"local-nodeport", []string{"testdata/values/local-nodeport.yaml"}, "optio"},
	{"everything", []string{"testdata/values/everything.yaml"}, "acme-optio"},
	{"external", []string{"testdata/values/external.yaml"}, "optio"},
	{"existing-secret", []string{"testdata/values/existing-secret.yaml"}, "optio"},
	{"existing-claim", []string{"testdata/values/existing-claim.yaml"}, "optio"},
	// Optio's chart of today: every one of its new keys, and its own three
	// files as users layer them (with what they pass by --set).
	{"chart-0.4.0-every-key", []string{chart040("every-key.yaml")}, "optio"},
	{"chart-0.4.0-defaults", []string{chart040("values.yaml"), chart040("set.defaults.yaml")}, "optio"},
	{"chart-0.4.0-production", []string{chart040("values.yaml"), chart040("values.production.yaml"), chart040("set.production.yaml")}, "optio"},
	{"chart-0.4.0-production-alone", []string{chart040("values.production.yaml"), chart040("set.production.yaml")}, "optio"},
	{"chart-0.4.0-local", []string{chart040("values.yaml"), chart040("values.local.yaml"), chart040("set.local.yaml")}, "optio"},
}

// load reads a matrix case as `go run . -f FILE... --release-name R` does,
// with no secret from the environment.
func (c matrixCase) load(t testing.TB) optio.OptioChartProps {
	t.Helper()
	tree, err := loader.Tree(loader.Options{ValueFiles: c.files, Getenv: func(string) string { return "" }})
	if err != nil {
		t.Fatalf("%v: %v", c.files, err)
	}
	vals, err := loader.FromTree(tree, c.release)
	if err != nil {
		t.Fatalf("%v: %v", c.files, err)
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
	more, _ := filepath.Glob("testdata/values/*/*.yaml")
	files = append(files, more...)
	covered := map[string]bool{}
	for _, c := range matrix {
		for _, f := range c.files {
			covered[f] = true
		}
	}
	for _, f := range files {
		if !covered[f] {
			t.Errorf("%s is not in the matrix", f)
		}
	}
}
