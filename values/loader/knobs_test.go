package loader_test

import (
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

// The Kubernetes-typed knobs decode from YAML as Kubernetes writes them,
// strictly (an unknown key is refused with its path), and the warnings name
// a preset or a storage that an affinity or an existing claim replaces.
func TestKnobsLoad(t *testing.T) {
	file := write(t, "v.yaml", secrets+`
commonLabels: {team: platform}
api:
  antiAffinity: hard
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms: [{matchExpressions: [{key: pool, operator: In, values: [optio]}]}]
  topologySpreadConstraints:
    - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway}
  extraEnvVars:
    - {name: TZ, value: UTC}
    - name: MEM
      valueFrom: {resourceFieldRef: {resource: limits.memory, divisor: 1Mi}}
`)
	v, w, err := loader.LoadWithWarnings(loader.Options{ValueFiles: []string{file}, Getenv: noEnv,
		Values: []string{"postgresql.storage.size=20Gi,postgresql.persistence.existingClaim=pg-restored"}})
	if err != nil {
		t.Fatal(err)
	}
	if v.CommonLabels["team"] != "platform" || v.API.Affinity.NodeAffinity == nil || len(v.API.TopologySpreadConstraints) != 1 ||
		v.API.TopologySpreadConstraints[0].MaxSkew != 1 || v.API.ExtraEnvVars[1].ValueFrom.ResourceFieldRef.Divisor.String() != "1Mi" {
		t.Errorf("decoded: %+v %+v %+v", v.API.Affinity, v.API.TopologySpreadConstraints, v.API.ExtraEnvVars)
	}
	for _, want := range []string{
		"api.antiAffinity: ignored: api.affinity is set and replaces the preset (hard)",
		"postgresql.storage: ignored: postgresql.persistence.existingClaim names the claim (pg-restored)",
	} {
		if !slicesHasPrefix(w, want) {
			t.Errorf("no warning %q in %q", want, w)
		}
	}
	// The preset alone, or affinity alone: no warning.
	_, w, _ = loader.LoadWithWarnings(loader.Options{ValueFiles: []string{write(t, "v.yaml", secrets+"web: {affinity: {podAffinity: {}}}\n")}, Getenv: noEnv})
	if slicesHasPrefix(w, "web.antiAffinity") {
		t.Errorf("warning without a preset set by the user: %q", w)
	}

	// Strict: a misspelt key of a Kubernetes type, with its path.
	_, err = loader.Load(loader.Options{ValueFiles: []string{write(t, "v.yaml", secrets+"web: {affinity: {nodeAfinity: {}}}\n")}, Getenv: noEnv})
	if err == nil || !strings.Contains(err.Error(), `web.affinity.nodeAfinity: Forbidden: unknown key; did you mean "nodeAffinity"?`) {
		t.Errorf("misspelt key: %v", err)
	}
}

// An extra variable's value never appears in an error, whatever the rule
// that refuses it: a type error, a control character, a reserved name.
func TestExtraEnvValuesAreNeverShown(t *testing.T) {
	const token = "ghp_s3cr3t-token"
	for name, yaml := range map[string]string{
		"number value":    "api: {extraEnvVars: [{name: X, value: 12345}]}\n",
		"object value":    "api: {extraEnvVars: [{name: X, value: {t: " + token + "}}]}\n",
		"reserved name":   "api: {extraEnvVars: [{name: DATABASE_URL, value: " + token + "}]}\n",
		"yaml-unsafe":     "api: {extraEnvVars: [{name: X, value: \"" + token + "\\u2028\"}]}\n",
		"value and from":  "web: {extraEnvVars: [{name: X, value: " + token + ", valueFrom: {fieldRef: {fieldPath: metadata.name}}}]}\n",
		"bad divisor":     "web: {extraEnvVars: [{name: X, valueFrom: {resourceFieldRef: {resource: limits.cpu, divisor: " + token + "}}}]}\n",
		"bad name (kept)": "redis: {extraEnvVars: [{name: \"A=B\", value: " + token + "}]}\n",
	} {
		_, err := loader.Load(loader.Options{ValueFiles: []string{write(t, "v.yaml", secrets+yaml)}, Getenv: noEnv})
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if strings.Contains(err.Error(), token) || strings.Contains(err.Error(), "12345") {
			t.Errorf("%s: the value is shown: %v", name, err)
		}
	}
}
