package difftest

import (
	"os"
	"path/filepath"
	"testing"

	"sigs.k8s.io/yaml"
)

// TestVariantsAreValid: base.yaml and each variant load and validate
// without a finding, so that every generated file changes a valid starting
// point (a base refused for a renamed key makes every case refused, which
// only the run against the API server would show).
func TestVariantsAreValid(t *testing.T) {
	for _, v := range Variants {
		t.Run(v.Name, func(t *testing.T) {
			vals, err := baseValues()
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range v.Sets {
				if err := setPath(vals, s.Path, s.Value, nil); err != nil {
					t.Fatal(err)
				}
			}
			b, err := yaml.Marshal(vals)
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(t.TempDir(), "values.yaml")
			if err := os.WriteFile(file, b, 0o600); err != nil {
				t.Fatal(err)
			}
			if _, errs := Findings(file, "optio"); len(errs) > 0 {
				t.Errorf("variant %s is refused:\n%v", v.Name, errs.ToAggregate())
			}
		})
	}
}
