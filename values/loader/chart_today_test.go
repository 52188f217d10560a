package loader_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

// TestChartSemanticsOfTodaysChart: the Helm semantics Optio's chart of
// today relies on: "" is unset where the chart tests a value with if, the
// earlier autoscaling names still read (moved to the new ones, with a
// warning), and numeric IDs may be written unquoted.
func TestChartSemanticsOfTodaysChart(t *testing.T) {
	file := write(t, "v.yaml", secrets+`
api:
  replicas: 3
  pdb: {enabled: true, minAvailable: "", maxUnavailable: 1}
  autoscaling: {targetMemoryUtilizationPercentage: ""}
web:
  replicas: 3
  pdb: {enabled: true, minAvailable: 1}
  autoscaling: {targetCPU: 55}
github:
  app: {id: 123456, installationId: "7890", privateKey: pem}
observability:
  otel: {samplingRatio: 0.5, metricsIntervalMs: 30000}
`)
	v, warnings, err := loader.LoadWithWarnings(loader.Options{ValueFiles: []string{file}, Getenv: noEnv})
	if err != nil {
		t.Fatal(err)
	}
	if v.API.PDB.MinAvailable != nil || v.API.PDB.MaxUnavailable == nil || v.API.PDB.MaxUnavailable.IntVal != 1 {
		t.Errorf("api.pdb = %+v, want minAvailable unset, maxUnavailable 1", v.API.PDB)
	}
	if v.API.Autoscaling.TargetMemoryUtilizationPercentage != nil {
		t.Errorf("\"\" target = %v, want unset", *v.API.Autoscaling.TargetMemoryUtilizationPercentage)
	}
	// web: minAvailable over the default maxUnavailable (unset): no warning.
	if v.Web.PDB.MinAvailable == nil || v.Web.PDB.MaxUnavailable != nil {
		t.Errorf("web.pdb = %+v", v.Web.PDB)
	}
	if got := v.Web.Autoscaling.TargetCPUUtilizationPercentage; got == nil || *got != 55 {
		t.Errorf("targetCPU not moved to targetCPUUtilizationPercentage: %v", got)
	}
	if !slices.ContainsFunc(warnings, func(w string) bool { return strings.HasPrefix(w, "web.autoscaling.targetCPU: deprecated") }) {
		t.Errorf("no deprecation warning in %v", warnings)
	}
	if slices.ContainsFunc(warnings, func(w string) bool {
		return strings.HasPrefix(w, "web.pdb: both") || strings.HasPrefix(w, "api.pdb: both")
	}) {
		t.Errorf("a both-set warning where only one is set: %v", warnings)
	}
	if v.Github.App.ID != "123456" || v.Github.App.InstallationID != "7890" {
		t.Errorf("IDs = %q, %q", v.Github.App.ID, v.Github.App.InstallationID)
	}
	if v.Observability.OTel.SamplingRatio != "0.5" || v.Observability.OTel.MetricsIntervalMs != "30000" {
		t.Errorf("otel numbers = %q, %q", v.Observability.OTel.SamplingRatio, v.Observability.OTel.MetricsIntervalMs)
	}

	// Both names with different values: an error at the earlier name.
	both := write(t, "both.yaml", secrets+"api: {autoscaling: {targetCPU: 50, targetCPUUtilizationPercentage: 60}}\n")
	_, err = load(t, loader.Options{ValueFiles: []string{both}})
	if got := fields(t, err); !slices.Equal(got, []string{"api.autoscaling.targetCPU"}) {
		t.Errorf("errors at %v: %v", got, err)
	}
	// A null under the earlier name unsets the target, as it would have.
	null := write(t, "null.yaml", secrets+"api: {autoscaling: {targetCPU: null}}\n")
	v = mustLoad(t, loader.Options{ValueFiles: []string{null}})
	if v.API.Autoscaling.TargetCPUUtilizationPercentage != nil {
		t.Errorf("targetCPU: null left %v", *v.API.Autoscaling.TargetCPUUtilizationPercentage)
	}
}

// TestBothPDBFieldsLayered: the chart's values.yaml (maxUnavailable: 1)
// under a file that sets minAvailable gives both: minAvailable wins, with a
// warning, as Helm renders it.
func TestBothPDBFieldsLayered(t *testing.T) {
	base := write(t, "values.yaml", "api: {pdb: {enabled: false, minAvailable: \"\", maxUnavailable: 1}}\n")
	prod := write(t, "prod.yaml", secrets+"api: {replicas: 2, pdb: {enabled: true, minAvailable: 1}}\n")
	v, warnings, err := loader.LoadWithWarnings(loader.Options{ValueFiles: []string{base, prod}, Getenv: noEnv})
	if err != nil {
		t.Fatal(err)
	}
	if v.API.PDB.MinAvailable == nil || v.API.PDB.MinAvailable.IntVal != 1 || v.API.PDB.MaxUnavailable == nil {
		t.Errorf("api.pdb = %+v", v.API.PDB)
	}
	if !slices.ContainsFunc(warnings, func(w string) bool {
		return strings.HasPrefix(w, "api.pdb: both minAvailable and maxUnavailable are set: minAvailable wins")
	}) {
		t.Errorf("warnings = %v", warnings)
	}
}
