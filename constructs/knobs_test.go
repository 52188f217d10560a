package optio_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// deploymentPaths are the Deployments of the default release by the values
// path of their component.
var deploymentPaths = map[string]string{
	"Deployment/optio-api": "api", "Deployment/optio-web": "web", "Deployment/optio-optio": "optio",
	"Deployment/optio-postgres": "postgresql", "Deployment/optio-redis": "redis",
}

// The Bitnami knobs reach the output: commonLabels on every object but the
// Namespace and on every pod template, never on a selector; the pod knobs
// on their component's pods only; affinity replacing the antiAffinity
// preset; extraEnvVars after the container's own; existingClaim mounted
// instead of a PVC of the release's own. Both pod templates of Postgres
// (hardened and the Helm chart's) take them.
func TestBitnamiKnobsInTheOutput(t *testing.T) {
	zone := corev1.TopologySpreadConstraint{MaxSkew: 1, TopologyKey: "topology.kubernetes.io/zone", WhenUnsatisfiable: corev1.ScheduleAnyway,
		LabelSelector: &metav1.LabelSelector{MatchLabels: map[string]string{"app.kubernetes.io/component": "web"}}}
	nodeAffinity := corev1.Affinity{NodeAffinity: &corev1.NodeAffinity{RequiredDuringSchedulingIgnoredDuringExecution: &corev1.NodeSelector{
		NodeSelectorTerms: []corev1.NodeSelectorTerm{{MatchExpressions: []corev1.NodeSelectorRequirement{{Key: "pool", Operator: corev1.NodeSelectorOpIn, Values: []string{"optio"}}}}},
	}}}
	for _, helm := range []bool{false, true} {
		p := testutil.ValidProps()
		p.HelmChartSelectors = helm
		p.CommonLabels = map[string]string{"team": "platform"}
		p.API.PodLabels = map[string]string{"tier": "backend"}
		p.API.PodAnnotations = map[string]string{"prometheus.io/scrape": "true"}
		p.API.Affinity = nodeAffinity
		p.API.ExtraEnvVars = []corev1.EnvVar{{Name: "TZ", Value: "UTC"}, {Name: "TOKEN", ValueFrom: &corev1.EnvVarSource{SecretKeyRef: &corev1.SecretKeySelector{
			LocalObjectReference: corev1.LocalObjectReference{Name: "tokens"}, Key: "t"}}}}
		p.Web.TopologySpreadConstraints = []corev1.TopologySpreadConstraint{zone}
		p.Redis.ExtraEnvVars = []corev1.EnvVar{{Name: "MEM", ValueFrom: &corev1.EnvVarSource{ResourceFieldRef: &corev1.ResourceFieldSelector{
			Resource: "limits.memory", Divisor: resource.MustParse("1Mi")}}}}
		p.Postgresql.PriorityClassName = "critical"
		p.Postgresql.PodLabels = map[string]string{"tier": "db"}
		p.Postgresql.Persistence.ExistingClaim = "restored-data"
		p.Postgresql.ExtraEnvVars = []corev1.EnvVar{{Name: "TZ", Value: "UTC"}}
		objs := testutil.Objects(t, p)
		for id, o := range objs {
			if got := o.Get("metadata", "labels", "team"); (got == "platform") == (o.Kind() == "Namespace") {
				t.Errorf("helm %v: %s: commonLabels team = %v", helm, id, got)
			}
			if o.Kind() == "PersistentVolumeClaim" {
				t.Errorf("helm %v: %s emitted with existingClaim", helm, id)
			}
			if sel := o.Get("spec", "selector", "matchLabels", "team"); sel != nil {
				t.Errorf("helm %v: %s: commonLabels in the selector", helm, id)
			}
		}
		// The Secrets the key generator creates carry commonLabels too
		// (under its own labels, which win).
		var keygenLabels map[string]string
		for _, o := range objs {
			if o.Kind() != "Job" {
				continue
			}
			env, _ := o.Get("spec", "template", "spec", "containers", 0, "env").([]any)
			for _, e := range env {
				if e := e.(map[string]any); e["name"] == "KEYGEN_LABELS" {
					if err := json.Unmarshal([]byte(e["value"].(string)), &keygenLabels); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
		if keygenLabels["team"] != "platform" || keygenLabels["app.kubernetes.io/managed-by"] != "optio-keygen" {
			t.Errorf("helm %v: the generated Secrets' labels = %v, want commonLabels and the generator's", helm, keygenLabels)
		}
		for id, c := range deploymentPaths {
			o := testutil.Must(t, objs, id)
			meta, _ := o.PodTemplate()["metadata"].(map[string]any)
			labels, _ := meta["labels"].(map[string]any)
			annotations, _ := meta["annotations"].(map[string]any)
			spec := o.PodSpec()
			if labels["team"] != "platform" {
				t.Errorf("helm %v: %s: pod template lacks commonLabels: %v", helm, id, labels)
			}
			if got, want := labels["tier"], map[string]any{"api": "backend", "postgresql": "db"}[c]; got != want {
				t.Errorf("helm %v: %s: pod label tier = %v, want %v", helm, id, got, want)
			}
			if got := annotations["prometheus.io/scrape"]; (got == "true") != (c == "api") {
				t.Errorf("helm %v: %s: pod annotation = %v", helm, id, got)
			}
			if sum, _ := annotations["checksum/config"].(string); c == "api" && len(sum) != 64 {
				t.Errorf("helm %v: the API's checksum annotation is gone beside podAnnotations: %v", helm, annotations)
			}
			if got := spec["priorityClassName"]; got != map[string]any{"postgresql": "critical"}[c] {
				t.Errorf("helm %v: %s: priorityClassName = %v", helm, id, got)
			}
			aff, _ := spec["affinity"].(map[string]any)
			switch c {
			case "api": // the values' affinity replaces the soft preset
				if aff["podAntiAffinity"] != nil || aff["nodeAffinity"] == nil {
					t.Errorf("helm %v: api affinity = %v", helm, aff)
				}
			case "web": // the preset
				if aff["podAntiAffinity"] == nil {
					t.Errorf("helm %v: web affinity = %v", helm, aff)
				}
			}
			tsc, _ := spec["topologySpreadConstraints"].([]any)
			if (len(tsc) == 1) != (c == "web") {
				t.Errorf("helm %v: %s: topologySpreadConstraints = %v", helm, id, tsc)
			}
			containers, _ := spec["containers"].([]any)
			env, _ := containers[0].(map[string]any)["env"].([]any)
			var names []string
			for _, e := range env {
				names = append(names, e.(map[string]any)["name"].(string))
			}
			want := map[string][]string{"api": {"TZ", "TOKEN"}, "redis": {"MEM"}, "postgresql": {"TZ"}}[c]
			if len(names) < len(want) || !slices.Equal(names[len(names)-len(want):], want) {
				t.Errorf("helm %v: %s: env %v does not end with the extra variables %v", helm, id, names, want)
			}
			if c == "redis" {
				if d := env[len(env)-1].(map[string]any)["valueFrom"].(map[string]any)["resourceFieldRef"].(map[string]any)["divisor"]; d != "1Mi" {
					t.Errorf("helm %v: divisor = %v in %v", helm, d, env)
				}
			}
			if c == "postgresql" {
				vols, _ := spec["volumes"].([]any)
				found := false
				for _, v := range vols {
					if pvc, _ := v.(map[string]any)["persistentVolumeClaim"].(map[string]any); pvc != nil {
						found = pvc["claimName"] == "restored-data"
					}
				}
				if !found {
					t.Errorf("helm %v: the postgres pod does not mount the existing claim: %v", helm, vols)
				}
			}
		}
	}
}

// An affinity value with a required pod anti-affinity makes the rollout
// replace pods in place, as the hard preset does (a surge pod could find
// no node); one without it does not.
func TestAffinityRollout(t *testing.T) {
	p := testutil.ValidProps()
	p.API.Affinity = corev1.Affinity{PodAntiAffinity: &corev1.PodAntiAffinity{RequiredDuringSchedulingIgnoredDuringExecution: []corev1.PodAffinityTerm{{
		TopologyKey: "kubernetes.io/hostname", LabelSelector: &metav1.LabelSelector{MatchLabels: map[string]string{"app.kubernetes.io/component": "api"}},
	}}}}
	p.Web.AntiAffinity = "hard"
	p.Web.Affinity = corev1.Affinity{NodeAffinity: &corev1.NodeAffinity{PreferredDuringSchedulingIgnoredDuringExecution: []corev1.PreferredSchedulingTerm{{
		Weight: 1, Preference: corev1.NodeSelectorTerm{MatchExpressions: []corev1.NodeSelectorRequirement{{Key: "pool", Operator: corev1.NodeSelectorOpExists}}},
	}}}}
	objs := testutil.Objects(t, p)
	if got := testutil.Must(t, objs, "Deployment/optio-api").Get("spec", "strategy", "rollingUpdate", "maxSurge"); got != float64(0) {
		t.Errorf("api with a required anti-affinity: maxSurge = %v, want 0", got)
	}
	if got := testutil.Must(t, objs, "Deployment/optio-web").Get("spec", "strategy"); got != nil {
		t.Errorf("web with hard preset replaced by affinity: strategy = %v, want none", got)
	}
}

// Every environment variable the constructs write in a component's main
// container, and for the API every key of R-config, is one that
// values.ReservedEnv lists, so that extraEnvVars can never replace one.
func TestReservedEnvCoversTheOutput(t *testing.T) {
	variants := map[string]func(p *values.Values){
		"defaults": func(p *values.Values) {},
		"tls and redis auth": func(p *values.Values) {
			p.Postgresql.TLS.Enabled, p.Redis.TLS.Enabled, p.Redis.Auth.Enabled = true, true, true
		},
		"existing secret": func(p *values.Values) { p.ExistingSecret = "optio-secrets" },
		"no auth":         func(p *values.Values) { p.Auth.Disabled = true; p.Postgresql.Auth.Password = "" },
	}
	for name, mutate := range variants {
		for _, helm := range []bool{false, true} {
			p := testutil.ValidProps()
			mutate(&p.Values)
			p.HelmChartSelectors = helm
			objs := testutil.Objects(t, p)
			for id, c := range deploymentPaths {
				reserved := p.ReservedEnv(c)
				containers, _ := testutil.Must(t, objs, id).PodSpec()["containers"].([]any)
				env, _ := containers[0].(map[string]any)["env"].([]any)
				for _, e := range env {
					if n := e.(map[string]any)["name"].(string); !slices.Contains(reserved, n) {
						t.Errorf("%s, helm %v: %s sets %s, which values.ReservedEnv(%q) lacks", name, helm, id, n, c)
					}
				}
			}
			for _, id := range []string{"Secret/optio-config", "ConfigMap/optio-config"} {
				o, ok := objs[id]
				if !ok {
					continue
				}
				for _, field := range []string{"data", "stringData"} {
					m, _ := o.Get(field).(map[string]any)
					for k := range m {
						if !slices.Contains(p.ReservedEnv("api"), k) {
							t.Errorf("%s: %s holds %s, which values.ReservedEnv(api) lacks", name, id, k)
						}
					}
				}
			}
		}
	}
	// The check above must see variables at all.
	if p := testutil.ValidProps(); !slices.Contains(p.ReservedEnv("api"), values.KeyDatabaseURL) {
		t.Error("ReservedEnv(api) lacks DATABASE_URL")
	}
}

// Every field of the Kubernetes types the values take (but those Validate
// refuses, rule binding-fields and extra-env's fileKeyRef) reaches the
// output through the 1.28 bindings: one value with every field set
// synthesizes, and each field is in the output.
func TestKubernetesKnobsFitTheBindings(t *testing.T) {
	sel := &metav1.LabelSelector{MatchLabels: map[string]string{"a": "b"},
		MatchExpressions: []metav1.LabelSelectorRequirement{{Key: "c", Operator: metav1.LabelSelectorOpIn, Values: []string{"d"}}}}
	term := corev1.PodAffinityTerm{LabelSelector: sel, Namespaces: []string{"n"}, TopologyKey: "kubernetes.io/hostname", NamespaceSelector: sel}
	nodeTerm := corev1.NodeSelectorTerm{
		MatchExpressions: []corev1.NodeSelectorRequirement{{Key: "pool", Operator: corev1.NodeSelectorOpIn, Values: []string{"x"}}},
		MatchFields:      []corev1.NodeSelectorRequirement{{Key: "metadata.name", Operator: corev1.NodeSelectorOpIn, Values: []string{"node-1"}}},
	}
	honor := corev1.NodeInclusionPolicyHonor
	p := testutil.ValidProps()
	p.API.Affinity = corev1.Affinity{
		NodeAffinity: &corev1.NodeAffinity{
			RequiredDuringSchedulingIgnoredDuringExecution:  &corev1.NodeSelector{NodeSelectorTerms: []corev1.NodeSelectorTerm{nodeTerm}},
			PreferredDuringSchedulingIgnoredDuringExecution: []corev1.PreferredSchedulingTerm{{Weight: 3, Preference: nodeTerm}},
		},
		PodAffinity: &corev1.PodAffinity{
			// An empty namespaceSelector (every namespace) must stay.
			RequiredDuringSchedulingIgnoredDuringExecution: []corev1.PodAffinityTerm{term,
				{TopologyKey: "zone", NamespaceSelector: &metav1.LabelSelector{}, LabelSelector: &metav1.LabelSelector{}}},
			PreferredDuringSchedulingIgnoredDuringExecution: []corev1.WeightedPodAffinityTerm{{Weight: 5, PodAffinityTerm: term}},
		},
		PodAntiAffinity: &corev1.PodAntiAffinity{
			RequiredDuringSchedulingIgnoredDuringExecution:  []corev1.PodAffinityTerm{term},
			PreferredDuringSchedulingIgnoredDuringExecution: []corev1.WeightedPodAffinityTerm{{Weight: 7, PodAffinityTerm: term}},
		},
	}
	p.API.TopologySpreadConstraints = []corev1.TopologySpreadConstraint{{MaxSkew: 2, TopologyKey: "zone", WhenUnsatisfiable: corev1.DoNotSchedule,
		LabelSelector: &metav1.LabelSelector{MatchLabels: map[string]string{"a": "b"}}, MinDomains: ptr[int32](3),
		NodeAffinityPolicy: &honor, NodeTaintsPolicy: &honor, MatchLabelKeys: []string{"pod-template-hash"}}}
	p.API.ExtraEnvVars = []corev1.EnvVar{
		{Name: "A", Value: "v"},
		{Name: "B", ValueFrom: &corev1.EnvVarSource{FieldRef: &corev1.ObjectFieldSelector{APIVersion: "v1", FieldPath: "metadata.name"}}},
		{Name: "C", ValueFrom: &corev1.EnvVarSource{ResourceFieldRef: &corev1.ResourceFieldSelector{ContainerName: "api", Resource: "requests.cpu", Divisor: resource.MustParse("1m")}}},
		{Name: "D", ValueFrom: &corev1.EnvVarSource{ConfigMapKeyRef: &corev1.ConfigMapKeySelector{LocalObjectReference: corev1.LocalObjectReference{Name: "cm"}, Key: "k", Optional: ptr(true)}}},
		{Name: "E", ValueFrom: &corev1.EnvVarSource{SecretKeyRef: &corev1.SecretKeySelector{LocalObjectReference: corev1.LocalObjectReference{Name: "s"}, Key: "k", Optional: ptr(false)}}},
	}
	if errs := p.Validate(); len(errs) > 0 {
		t.Fatalf("the full values are refused: %v", errs)
	}
	spec := testutil.Must(t, testutil.Objects(t, p), "Deployment/optio-api").PodSpec()
	for name, v := range map[string]any{"affinity": p.API.Affinity, "topologySpreadConstraints": p.API.TopologySpreadConstraints} {
		b, _ := json.Marshal(v)
		var want any
		_ = json.Unmarshal(b, &want)
		if !reflect.DeepEqual(spec[name], want) {
			t.Errorf("%s:\n got %v\nwant %v", name, spec[name], want)
		}
	}
	env := spec["containers"].([]any)[0].(map[string]any)["env"].([]any)
	b, _ := json.Marshal(p.API.ExtraEnvVars)
	var want []any
	_ = json.Unmarshal(b, &want)
	if got := env[len(env)-len(want):]; !reflect.DeepEqual(got, want) {
		t.Errorf("extraEnvVars:\n got %v\nwant %v", got, want)
	}
}

func ptr[T any](v T) *T { return &v }
