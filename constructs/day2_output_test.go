package optio_test

import (
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
)

// storageClass "-" writes storageClassName: "" (a claim for a
// pre-provisioned volume without a class); "" leaves the field out.
func TestStorageClassNoneOutput(t *testing.T) {
	for in, want := range map[string]any{"-": "", "": nil, "fast": "fast"} {
		p := testutil.ValidProps()
		p.Postgresql.Storage.StorageClass = in
		pvc := testutil.Must(t, testutil.Objects(t, p), "PersistentVolumeClaim/optio-postgres-data")
		if got := pvc.Get("spec", "storageClassName"); got != want {
			t.Errorf("storageClass %q: storageClassName %#v, want %#v", in, got, want)
		}
	}
}

// api.host is the API's API_HOST.
func TestAPIHostOutput(t *testing.T) {
	for _, h := range []string{"0.0.0.0", "::"} {
		p := testutil.ValidProps()
		p.API.Host = h
		d := testutil.Must(t, testutil.Objects(t, p), "Deployment/optio-api")
		env, _ := d.PodSpec()["containers"].([]any)[0].(map[string]any)["env"].([]any)
		got := ""
		for _, e := range env {
			if m := e.(map[string]any); m["name"] == "API_HOST" {
				got, _ = m["value"].(string)
			}
		}
		if got != h {
			t.Errorf("api.host %q: API_HOST %q", h, got)
		}
	}
}
