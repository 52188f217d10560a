package optio_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

var update = flag.Bool("update", false, "rewrite testdata/*.yaml from the current synth (review the diff)")

// checkGolden synthesizes the construct of standalones named name, with its
// defaults (nil props), alone in a chart of namespace team-x, and compares
// the YAML with testdata/file, which -update rewrites.
func checkGolden(t *testing.T, name, file string) {
	t.Helper()
	var c *standalone
	for i := range standalones {
		if standalones[i].name == name {
			c = &standalones[i]
		}
	}
	if c == nil {
		t.Fatalf("no standalone construct %s", name)
	}
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("platform"), &cdk8s.ChartProps{Namespace: jsii.String("team-x")})
	if err := c.build(chart, false); err != nil {
		t.Fatalf("%s with nil props: %v", name, err)
	}
	got := *app.SynthYaml()
	path := filepath.Join("testdata", file)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./constructs/ -run Golden -update and review the diff)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s (go test ./constructs/ -run Golden -update, then review the diff):\n%s", name, path, got)
	}
}
