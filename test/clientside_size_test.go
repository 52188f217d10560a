package test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/test/kubeapi"
	apivalidation "k8s.io/apimachinery/pkg/api/validation"
	"sigs.k8s.io/yaml"
)

// TestClientSideApplyLimitMatchesKubectl checks manifest.ClientSideApplySize
// against kubectl and the API server: an object whose annotations come to
// exactly the limit once kubectl adds last-applied-configuration is applied
// client-side; one byte more is refused as "Too long", and is not in
// manifest.TooLargeForClientSideApply's list only in the first case;
// `kubectl apply --server-side` applies both.
func TestClientSideApplyLimitMatchesKubectl(t *testing.T) {
	s := kubeapi.Start(t)
	if _, _, err := s.Kubectl("create", "namespace", "size"); err != nil {
		t.Fatal(err)
	}
	object := func(name string, pad int) manifest.Object {
		return manifest.Object{
			"apiVersion": "v1", "kind": "ConfigMap",
			"metadata": map[string]interface{}{"name": name, "namespace": "size",
				"annotations": map[string]interface{}{"example.com/note": "<&> \"quoted\""}},
			"data": map[string]interface{}{"big": strings.Repeat("a", pad)},
		}
	}
	base, err := object("x", 0).ClientSideApplySize()
	if err != nil {
		t.Fatal(err)
	}
	limit := apivalidation.TotalAnnotationSizeLimitB
	for _, c := range []struct {
		name    string
		size    int
		refused bool
	}{
		{"at-limit", limit, false},
		{"over-limit", limit + 1, true},
	} {
		o := object(c.name, c.size-base-len(c.name)+1)
		if n, _ := o.ClientSideApplySize(); n != c.size {
			t.Fatalf("%s: size %d, want %d", c.name, n, c.size)
		}
		if got := len(manifest.TooLargeForClientSideApply([]manifest.Object{o})) == 1; got != c.refused {
			t.Errorf("%s: TooLargeForClientSideApply lists it: %v, want %v", c.name, got, c.refused)
		}
		b, err := yaml.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(t.TempDir(), c.name+".yaml")
		if err := os.WriteFile(file, b, 0o600); err != nil {
			t.Fatal(err)
		}
		_, stderr, err := s.Kubectl("apply", "-f", file)
		switch {
		case c.refused && (err == nil || !strings.Contains(stderr, "metadata.annotations: Too long")):
			t.Errorf("%s: client-side apply: err %v, stderr %q; want Too long", c.name, err, stderr)
		case !c.refused && err != nil:
			t.Errorf("%s: client-side apply refused: %v", c.name, err)
		}
		if _, _, err := s.Kubectl("apply", "--server-side", "--force-conflicts", "-f", file); err != nil {
			t.Errorf("%s: server-side apply: %v", c.name, err)
		}
	}
}
