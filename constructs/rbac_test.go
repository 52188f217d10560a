package optio_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
)

func TestRbacRules(t *testing.T) {
	objs := testutil.Objects(t, testutil.ValidProps())
	role := testutil.Must(t, objs, "Role/optio-pod-manager")
	got := rulesOf(role)
	want := []string{
		"|pods,pods/log,pods/exec,pods/status|get,list,watch,create,delete,patch",
		"|secrets|get,list,create,delete",
		"|persistentvolumeclaims|get,list,create,delete",
		"|services|get,list",
		"|configmaps|get,list",
		"|events|get,list,watch",
		"metrics.k8s.io|pods,nodes|get,list",
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
