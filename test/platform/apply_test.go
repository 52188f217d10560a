package platform_test

import (
	"os"
	"path/filepath"
	"testing"

	"example.com/platform"
	"github.com/optio-cdk8s/optio-cdk8s/test/kubeapi"
)

// TestApply applies the platform's folder, as `kubectl apply -f dist/`
// would, to a real kube-apiserver with strict field validation: every
// object of the four files is accepted (the patched API Deployments
// included), and the patch is what the server stored. A local
// `go test -short` skips it.
func TestApply(t *testing.T) {
	s := synth(t)
	srv := kubeapi.Start(t)
	dir := t.TempDir()
	for name, b := range s.files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := srv.Apply(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Rejections {
		t.Errorf("rejected: %s: %s", r.Object, r.Message)
	}
	if res.Applied != len(s.objects) {
		t.Errorf("applied %d objects, want %d", res.Applied, len(s.objects))
	}
	for _, team := range teams {
		dep, err := srv.GetJSON("deployments.apps", team.Namespace, "optio-api")
		if err != nil {
			t.Fatal(err)
		}
		spec := dep["spec"].(map[string]any)["template"].(map[string]any)["spec"].(map[string]any)
		if got := spec["priorityClassName"]; got != platform.PriorityClass {
			t.Errorf("%s: stored priorityClassName = %v", team.Name, got)
		}
	}
}
