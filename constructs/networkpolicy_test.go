package optio_test

import (
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
)

func TestNetworkPolicies(t *testing.T) {
	p := testutil.ValidProps()
	p.NetworkPolicy.Enabled = true
	objs := testutil.Objects(t, p)
	pg := testutil.Must(t, objs, "NetworkPolicy/optio-postgres")
	if pg.Get("spec", "ingress", 0, "from", 0, "podSelector", "matchLabels", "app.kubernetes.io/component") != "api" ||
		pg.Get("spec", "ingress", 0, "ports", 0, "port") != float64(5432) || pg.Get("spec", "ingress", 0, "from", 1) != nil {
		t.Errorf("postgres policy = %v", pg.Get("spec"))
	}
	api := testutil.Must(t, objs, "NetworkPolicy/optio-api")
	if api.Get("spec", "ingress", 0, "from") != nil || api.Get("spec", "ingress", 0, "ports", 0, "port") != float64(4000) {
		t.Errorf("api policy = %v", api.Get("spec"))
	}
}
