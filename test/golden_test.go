package test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/synth"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.yaml from the current synth (review the diff)")

// TestGolden compares each case's synth with its reviewed golden file.
// Refresh with: go test ./test/ -run TestGolden -update
func TestGolden(t *testing.T) {
	for _, c := range matrix {
		t.Run(c.name, func(t *testing.T) {
			got := []byte(c.yaml(t))
			golden := filepath.Join("testdata", "golden", c.name+".yaml")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (create it with -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the synth; review with: go test ./test/ -run TestGolden -update && git diff %s", golden, golden)
			}
		})
	}
}

// TestDistIsFresh fails when dist/ is not what `go run .` writes today.
func TestDistIsFresh(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	files, err := synth.ToDir(matrix[0].load(t), out)
	if err != nil {
		t.Fatal(err)
	}
	dist, _ := filepath.Glob("../dist/*")
	if len(dist) != len(files) {
		t.Fatalf("dist/ has %d files, synth writes %d: run `go run .`", len(dist), len(files))
	}
	for _, f := range files {
		want, err := os.ReadFile(filepath.Join("..", "dist", filepath.Base(f)))
		if err != nil {
			t.Fatalf("%v: run `go run .`", err)
		}
		got, _ := os.ReadFile(f)
		if !bytes.Equal(got, want) {
			t.Errorf("dist/%s is stale: run `go run .` and commit dist/", filepath.Base(f))
		}
	}
}
