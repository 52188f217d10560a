package values_test

import (
	"slices"
	"testing"

	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testvalues"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// The pod knobs' rules that mirror the API server: one error at the path
// the server names, of its type, without a rule identity (the differential
// tester checks them against a real server; apimachinery's own format
// origins may be there).
func TestPodKnobServerRules(t *testing.T) {
	node := func(r corev1.NodeSelectorRequirement) corev1.Affinity {
		return corev1.Affinity{NodeAffinity: &corev1.NodeAffinity{RequiredDuringSchedulingIgnoredDuringExecution: &corev1.NodeSelector{
			NodeSelectorTerms: []corev1.NodeSelectorTerm{{MatchExpressions: []corev1.NodeSelectorRequirement{r}}}}}}
	}
	sel := &metav1.LabelSelector{MatchLabels: map[string]string{"a": "b"}}
	for _, c := range []struct {
		name   string
		mutate func(v *values.Values)
		path   string
		typ    field.ErrorType
	}{
		{"podLabels key", func(v *values.Values) { v.API.PodLabels = map[string]string{"a b": "x"} }, "api.podLabels", field.ErrorTypeInvalid},
		{"podAnnotations key", func(v *values.Values) { v.Web.PodAnnotations = map[string]string{"-x": "1"} }, "web.podAnnotations", field.ErrorTypeInvalid},
		{"priorityClassName", func(v *values.Values) { v.Redis.PriorityClassName = "High_Priority" }, "redis.priorityClassName", field.ErrorTypeInvalid},
		{"commonLabels value", func(v *values.Values) { v.CommonLabels = map[string]string{"team": "-x"} }, "commonLabels", field.ErrorTypeInvalid},
		{"no node selector term", func(v *values.Values) {
			v.API.Affinity = corev1.Affinity{NodeAffinity: &corev1.NodeAffinity{RequiredDuringSchedulingIgnoredDuringExecution: &corev1.NodeSelector{}}}
		}, "api.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms", field.ErrorTypeRequired},
		{"In without values", func(v *values.Values) {
			v.API.Affinity = node(corev1.NodeSelectorRequirement{Key: "k", Operator: "In"})
		},
			"api.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values", field.ErrorTypeRequired},
		{"operator", func(v *values.Values) {
			v.API.Affinity = node(corev1.NodeSelectorRequirement{Key: "k", Operator: "Is"})
		},
			"api.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator", field.ErrorTypeNotSupported},
		{"weight", func(v *values.Values) {
			v.Web.Affinity = corev1.Affinity{PodAntiAffinity: &corev1.PodAntiAffinity{PreferredDuringSchedulingIgnoredDuringExecution: []corev1.WeightedPodAffinityTerm{{
				Weight: 101, PodAffinityTerm: corev1.PodAffinityTerm{TopologyKey: "kubernetes.io/hostname", LabelSelector: sel}}}}}
		}, "web.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight", field.ErrorTypeInvalid},
		{"topologyKey", func(v *values.Values) {
			v.Optio.Affinity = corev1.Affinity{PodAffinity: &corev1.PodAffinity{RequiredDuringSchedulingIgnoredDuringExecution: []corev1.PodAffinityTerm{{LabelSelector: sel}}}}
		}, "optio.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey", field.ErrorTypeRequired},
		{"maxSkew", func(v *values.Values) {
			v.Web.TopologySpreadConstraints = []corev1.TopologySpreadConstraint{{TopologyKey: "zone", WhenUnsatisfiable: "DoNotSchedule"}}
		}, "web.topologySpreadConstraints[0].maxSkew", field.ErrorTypeInvalid},
		{"whenUnsatisfiable", func(v *values.Values) {
			v.Web.TopologySpreadConstraints = []corev1.TopologySpreadConstraint{{MaxSkew: 1, TopologyKey: "zone", WhenUnsatisfiable: "Never"}}
		}, "web.topologySpreadConstraints[0].whenUnsatisfiable", field.ErrorTypeNotSupported},
		{"duplicate constraint", func(v *values.Values) {
			c := corev1.TopologySpreadConstraint{MaxSkew: 1, TopologyKey: "zone", WhenUnsatisfiable: "DoNotSchedule"}
			v.Web.TopologySpreadConstraints = []corev1.TopologySpreadConstraint{c, c}
		}, "web.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}", field.ErrorTypeDuplicate},
		{"minDomains with ScheduleAnyway", func(v *values.Values) {
			v.Web.TopologySpreadConstraints = []corev1.TopologySpreadConstraint{{MaxSkew: 1, TopologyKey: "zone", WhenUnsatisfiable: "ScheduleAnyway", MinDomains: ptr[int32](2)}}
		}, "web.topologySpreadConstraints[0].minDomains", field.ErrorTypeInvalid},
		{"env name", func(v *values.Values) { v.API.ExtraEnvVars = []corev1.EnvVar{{Name: "A=B"}} }, "api.extraEnvVars[0].name", field.ErrorTypeInvalid},
		{"env twice", func(v *values.Values) { v.Redis.ExtraEnvVars = []corev1.EnvVar{{Name: "X"}, {Name: "X", Value: "2"}} }, "redis.extraEnvVars[1].name", field.ErrorTypeDuplicate},
		{"env no name", func(v *values.Values) { v.API.ExtraEnvVars = []corev1.EnvVar{{Value: "x"}} }, "api.extraEnvVars[0].name", field.ErrorTypeRequired},
		{"env value and valueFrom", func(v *values.Values) {
			v.API.ExtraEnvVars = []corev1.EnvVar{{Name: "X", Value: "x", ValueFrom: &corev1.EnvVarSource{FieldRef: &corev1.ObjectFieldSelector{FieldPath: "metadata.name"}}}}
		}, "api.extraEnvVars[0].valueFrom", field.ErrorTypeInvalid},
		{"env fieldPath", func(v *values.Values) {
			v.API.ExtraEnvVars = []corev1.EnvVar{{Name: "X", ValueFrom: &corev1.EnvVarSource{FieldRef: &corev1.ObjectFieldSelector{FieldPath: "spec.restartPolicy"}}}}
		}, "api.extraEnvVars[0].valueFrom.fieldRef.fieldPath", field.ErrorTypeNotSupported},
		{"env divisor", func(v *values.Values) {
			v.API.ExtraEnvVars = []corev1.EnvVar{{Name: "X", ValueFrom: &corev1.EnvVarSource{ResourceFieldRef: &corev1.ResourceFieldSelector{Resource: "limits.cpu", Divisor: resource.MustParse("1Mi")}}}}
		}, "api.extraEnvVars[0].valueFrom.resourceFieldRef.divisor", field.ErrorTypeNotSupported},
		{"env secret key", func(v *values.Values) {
			v.API.ExtraEnvVars = []corev1.EnvVar{{Name: "X", ValueFrom: &corev1.EnvVarSource{SecretKeyRef: &corev1.SecretKeySelector{LocalObjectReference: corev1.LocalObjectReference{Name: "s"}}}}}
		}, "api.extraEnvVars[0].valueFrom.secretKeyRef.key", field.ErrorTypeRequired},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := testvalues.Valid()
			c.mutate(&v)
			errs := v.Validate("optio", "")
			if len(errs) != 1 || errs[0].Field != c.path || errs[0].Type != c.typ || slices.Contains(values.Rules(), errs[0].Origin) {
				t.Errorf("got %v (origin %q); want one %s at %s, no rule of ours", errs, origin(errs), c.typ, c.path)
			}
		})
	}
}

func origin(errs field.ErrorList) string {
	if len(errs) == 0 {
		return ""
	}
	return errs[0].Origin
}

// The same knobs, valid, are accepted: an env var may be named what the
// server takes (relaxed names), a fieldRef may read a label.
func TestPodKnobsValid(t *testing.T) {
	v := testvalues.Valid()
	v.API.ExtraEnvVars = []corev1.EnvVar{{Name: "1.odd-name", Value: "x"},
		{Name: "ZONE", ValueFrom: &corev1.EnvVarSource{FieldRef: &corev1.ObjectFieldSelector{FieldPath: "metadata.labels['topology.kubernetes.io/zone']"}}}}
	v.CommonLabels = map[string]string{"example.com/team": "platform"}
	if errs := v.Validate("optio", ""); len(errs) > 0 {
		t.Errorf("refused: %v", errs)
	}
}
