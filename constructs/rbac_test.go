package optio_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
)

func TestRbacRules(t *testing.T) {
	objs := testutil.Objects(t, testutil.ValidProps())
	role := testutil.Must(t, objs, "Role/optio-pod-manager")
	got := rulesOf(role)
	// The defaults: Optio 0.4.0 with StatefulSets (TestRoleRulesFollowFeatures
	// has a case per rule and feature).
	want := []string{
		"|pods,pods/log,pods/exec,pods/status|get,list,watch,create,delete,patch",
		"|secrets|get,list,create,delete",
		"|persistentvolumeclaims|get,list,create,delete,patch,update",
		"|services|get,list,create,delete",
		"|configmaps|get,list,create,delete",
		"|events|get,list,watch",
		"metrics.k8s.io|pods,nodes|get,list",
		"networking.k8s.io|networkpolicies|get,list,create,delete,patch",
		"apps|statefulsets,statefulsets/scale,statefulsets/status|get,list,watch,create,delete,patch,update",
		"batch|jobs,jobs/status|get,list,watch,create,delete,patch",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Role rules:\n got %v\nwant %v", got, want)
	}
	cr := testutil.Must(t, objs, "ClusterRole/optio-optio-node-reader")
	wantCR := []string{"|nodes|get,list", "|namespaces|get,list", "metrics.k8s.io|nodes|get,list"}
	if got := rulesOf(cr); !reflect.DeepEqual(got, wantCR) {
		t.Errorf("ClusterRole rules:\n got %v\nwant %v", got, wantCR)
	}
	for _, id := range []string{"RoleBinding/optio-pod-manager", "ClusterRoleBinding/optio-optio-node-reader"} {
		b := testutil.Must(t, objs, id)
		if b.Get("subjects", 0, "kind") != "ServiceAccount" || b.Get("subjects", 0, "name") != "optio" || b.Get("subjects", 0, "namespace") != "optio" {
			t.Errorf("%s subjects = %v", id, b.Get("subjects"))
		}
	}
	if cr.Namespace() != "" {
		t.Errorf("ClusterRole has a namespace %q", cr.Namespace())
	}
}

func rulesOf(o manifest.Object) []string {
	var out []string
	rules, _ := o.Get("rules").([]interface{})
	for _, r := range rules {
		m := manifest.Object(r.(map[string]interface{}))
		join := func(k string) string {
			var s []string
			l, _ := m.Get(k).([]interface{})
			for _, v := range l {
				s = append(s, v.(string))
			}
			return strings.Join(s, ",")
		}
		out = append(out, join("apiGroups")+"|"+join("resources")+"|"+join("verbs"))
	}
	return out
}

func TestServiceAccountAnnotationsAndNoCreate(t *testing.T) {
	p := testutil.ValidProps()
	p.ServiceAccount.Name = "optio-irsa"
	p.ServiceAccount.Annotations = map[string]string{"eks.amazonaws.com/role-arn": "arn:aws:iam::1:role/optio"}
	objs := testutil.Objects(t, p)
	sa := testutil.Must(t, objs, "ServiceAccount/optio-irsa")
	if got := sa.Get("metadata", "annotations", "eks.amazonaws.com/role-arn"); got != "arn:aws:iam::1:role/optio" {
		t.Errorf("annotation = %v", got)
	}
	p.ServiceAccount.Create = false
	objs = testutil.Objects(t, p)
	if got := manifest.Object(testutil.Must(t, objs, "Deployment/optio-api").PodSpec()).Get("serviceAccountName"); got != "optio-irsa" {
		t.Errorf("serviceAccountName without create = %v", got)
	}
}

// TestAgentRbacGolden: the objects of AgentRbac with its defaults
// (testdata/agent-rbac.yaml).
func TestAgentRbacGolden(t *testing.T) { checkGolden(t, "AgentRbac", "agent-rbac.yaml") }

// roleRules are the rules of the Role R-pod-manager, each with the feature
// that needs it and whether agent.statefulSet.enabled gates it
// (docs/rbac.md is the same table in prose).
var roleRules = []struct {
	rule, feature string
	statefulSets  bool
}{
	{"|pods,pods/log,pods/exec,pods/status|get,list,watch,create,delete,patch", "agent pods", false},
	{"|secrets|get,list,create,delete", "agent credentials", false},
	{"|persistentvolumeclaims|get,list,create,delete,patch,update", "home volumes and cache directories (kubectl apply)", false},
	{"|services|get,list", "cluster overview", false},
	{"|services|get,list,create,delete", "headless Services of the StatefulSets", true},
	{"|configmaps|get,list,create,delete", "Envoy configuration of the secret proxy", false},
	{"|events|get,list,watch", "cluster overview", false},
	{"metrics.k8s.io|pods,nodes|get,list", "pod metrics", false},
	{"networking.k8s.io|networkpolicies|get,list,create,delete,patch", "per-pod egress policies", false},
	{"apps|statefulsets,statefulsets/scale,statefulsets/status|get,list,watch,create,delete,patch,update", "repo pods as StatefulSets", true},
	{"batch|jobs,jobs/status|get,list,watch,create,delete,patch", "workflow pods as Jobs", true},
}

// TestRoleRulesFollowFeatures: each rule is in the Role exactly when its
// feature is on, through the values (agent.statefulSet.enabled) and through
// AgentRbac used alone (StatefulSets).
func TestRoleRulesFollowFeatures(t *testing.T) {
	for _, statefulSets := range []bool{true, false} {
		p := testutil.ValidProps()
		p.Agent.StatefulSet.Enabled = statefulSets
		chartRules := rulesOf(testutil.Must(t, testutil.Objects(t, p), "Role/optio-pod-manager"))
		alone := optio.DefaultAgentRbacProps()
		alone.StatefulSets = statefulSets
		var aloneRules []string
		for _, o := range synthChart(t, func(chart cdk8s.Chart) {
			if _, err := optio.NewAgentRbac(chart, "rbac", &alone); err != nil {
				t.Fatal(err)
			}
		}) {
			if o.ID() == "Role/optio-pod-manager" {
				aloneRules = rulesOf(o)
			}
		}
		for _, r := range roleRules {
			// The read-only services rule stands alone only without
			// StatefulSets; with them it carries create and delete.
			want := !r.statefulSets || statefulSets
			if r.rule == "|services|get,list" {
				want = !statefulSets
			}
			name := r.feature
			if statefulSets {
				name += "/statefulSet.enabled"
			}
			t.Run(name, func(t *testing.T) {
				for src, rules := range map[string][]string{"chart": chartRules, "AgentRbac": aloneRules} {
					if got := slices.Contains(rules, r.rule); got != want {
						t.Errorf("%s: rule %s present = %v, want %v (rules %v)", src, r.rule, got, want, rules)
					}
				}
			})
		}
		if len(chartRules) != len(aloneRules) {
			t.Errorf("statefulSets %v: chart has %d rules, AgentRbac alone %d", statefulSets, len(chartRules), len(aloneRules))
		}
		for _, got := range chartRules {
			if !slices.ContainsFunc(roleRules, func(r struct {
				rule, feature string
				statefulSets  bool
			}) bool {
				return r.rule == got
			}) {
				t.Errorf("statefulSets %v: rule %s has no feature in the table", statefulSets, got)
			}
		}
	}
}

// TestNodeReaderFollowsClusterRoleCreate: rbac.clusterRole.create false
// leaves out the ClusterRole and its binding, and nothing else.
func TestNodeReaderFollowsClusterRoleCreate(t *testing.T) {
	p := testutil.ValidProps()
	p.Rbac.ClusterRole.Create = false
	objs := testutil.Objects(t, p)
	for _, id := range []string{"ClusterRole/optio-optio-node-reader", "ClusterRoleBinding/optio-optio-node-reader"} {
		if _, ok := objs[id]; ok {
			t.Errorf("%s emitted with rbac.clusterRole.create false", id)
		}
	}
	for _, id := range []string{"Role/optio-pod-manager", "RoleBinding/optio-pod-manager", "ServiceAccount/optio"} {
		testutil.Must(t, objs, id)
	}
	p.Rbac.ClusterRole.Create = true
	cr := testutil.Must(t, testutil.Objects(t, p), "ClusterRole/optio-optio-node-reader")
	if got := rulesOf(cr); len(got) != 3 {
		t.Errorf("node reader rules = %v", got)
	}
}
