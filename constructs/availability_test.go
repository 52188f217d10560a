package optio_test

import (
	"testing"

	"k8s.io/apimachinery/pkg/util/intstr"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

func TestPdbAndAutoscaling(t *testing.T) {
	p := testutil.ValidProps()
	p.API.Autoscaling = values.AutoscalingValues{Enabled: true, MinReplicas: new(int32(2)), MaxReplicas: 6, TargetCPUUtilizationPercentage: new(int32(70)), TargetMemoryUtilizationPercentage: new(int32(85))}
	half := intstr.FromString("50%")
	p.API.PDB = values.PDBValues{Enabled: true, MinAvailable: &half}
	p.Web.PDB = values.PDBValues{Enabled: true}
	objs := testutil.Objects(t, p)
	if got := testutil.Must(t, objs, "Deployment/optio-api").Get("spec", "replicas"); got != nil {
		t.Errorf("replicas = %v with autoscaling, want none (the HPA owns it)", got)
	}
	if got := testutil.Must(t, objs, "Deployment/optio-web").Get("spec", "replicas"); got != float64(1) {
		t.Errorf("web replicas = %v", got)
	}
	hpa := testutil.Must(t, objs, "HorizontalPodAutoscaler/optio-api")
	if hpa.Get("apiVersion") != "autoscaling/v2" || hpa.Get("spec", "minReplicas") != float64(2) || hpa.Get("spec", "maxReplicas") != float64(6) ||
		hpa.Get("spec", "scaleTargetRef", "name") != "optio-api" ||
		hpa.Get("spec", "metrics", 0, "resource", "target", "averageUtilization") != float64(70) ||
		hpa.Get("spec", "metrics", 1, "resource", "name") != "memory" {
		t.Errorf("hpa = %v", hpa.Get("spec"))
	}
	if got := testutil.Must(t, objs, "PodDisruptionBudget/optio-api").Get("spec", "minAvailable"); got != "50%" {
		t.Errorf("api pdb minAvailable = %v", got)
	}
	webPdb := testutil.Must(t, objs, "PodDisruptionBudget/optio-web")
	if webPdb.Get("spec", "maxUnavailable") != float64(1) || webPdb.Get("spec", "minAvailable") != nil {
		t.Errorf("web pdb = %v, want maxUnavailable 1 only", webPdb.Get("spec"))
	}
}
