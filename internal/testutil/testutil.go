// Package testutil holds what the tests of several packages share: valid
// props and synthesis into parsed objects.
package testutil

import (
	"maps"
	"os"
	"slices"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testvalues"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// ValidProps are testvalues.Valid for the release "optio": the seed's
// defaults plus the least that makes them valid.
func ValidProps() optio.OptioChartProps {
	return optio.OptioChartProps{ReleaseName: values.DefaultReleaseName, Values: testvalues.Valid()}
}

// Synth builds one OptioChart from props and returns its YAML stream.
func Synth(t testing.TB, props optio.OptioChartProps) string {
	t.Helper()
	app := cdk8s.NewApp(nil)
	if _, err := optio.NewOptioChart(app, "test", &props); err != nil {
		t.Fatalf("NewOptioChart: %v", err)
	}
	return *app.SynthYaml()
}

// Objects synthesizes props and indexes the objects by "Kind/name".
func Objects(t testing.TB, props optio.OptioChartProps) map[string]manifest.Object {
	t.Helper()
	objs, err := manifest.Parse([]byte(Synth(t, props)))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	idx, err := manifest.Index(objs)
	if err != nil {
		t.Fatal(err)
	}
	return idx
}

// Must returns the object id of objs or fails the test.
func Must(t testing.TB, objs map[string]manifest.Object, id string) manifest.Object {
	t.Helper()
	o, ok := objs[id]
	if !ok {
		t.Fatalf("no object %s; have %v", id, slices.Sorted(maps.Keys(objs)))
	}
	return o
}

// RunAndCloseJSII is a test package's TestMain: it runs the tests, then stops
// the jsii runtime, which removes the folder it extracted into TMPDIR (2.2 MB
// for every test binary otherwise).
func RunAndCloseJSII(m *testing.M) {
	code := m.Run()
	jsii.Close()
	os.Exit(code)
}
