package optio_test

import (
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
)

// seedObjects is the object set of the seed's defaults (with the required
// secrets): the contract's "always" rows plus Postgres, Redis and RBAC, and
// the assistant of Optio's chart of today (optio.enabled is true by
// default).
var seedObjects = []string{
	"ClusterRole/optio-optio-node-reader",
	"ClusterRoleBinding/optio-optio-node-reader",
	"ConfigMap/optio-agent-pvc-template",
	"Deployment/optio-api",
	"Deployment/optio-optio",
	"Deployment/optio-postgres",
	"Deployment/optio-redis",
	"Deployment/optio-web",
	"Namespace/optio",
	"PersistentVolumeClaim/optio-postgres-data",
	"Role/optio-pod-manager",
	"RoleBinding/optio-pod-manager",
	"Secret/optio-config",
	"Service/optio-api",
	"Service/optio-postgres",
	"Service/optio-redis",
	"Service/optio-web",
	"ServiceAccount/optio",
}

// keygenObjects are the key generator's objects, which the chart 0.4.0's
// defaults (TLS for Postgres and Redis, a generated Redis password) add.
// The Job's name ends in a hash of its template: objectIDs writes it "*".
var keygenObjects = []string{
	"ConfigMap/optio-keygen",
	"Job/optio-keygen-*",
	"Role/optio-keygen",
	"RoleBinding/optio-keygen",
	"ServiceAccount/optio-keygen",
}

// objectIDs are the sorted IDs of objs, the keygen Job's hash as "*".
func objectIDs(objs map[string]manifest.Object) []string {
	var ids []string
	for id := range objs {
		if strings.HasPrefix(id, "Job/optio-keygen-") {
			id = "Job/optio-keygen-*"
		}
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func TestSeedDefaultsGiveSeedObjectSet(t *testing.T) {
	p := testutil.ValidProps()
	want := slices.Sorted(slices.Values(append(slices.Clone(seedObjects), keygenObjects...)))
	if got := objectIDs(testutil.Objects(t, p)); !reflect.DeepEqual(got, want) {
		t.Errorf("objects:\n got %v\nwant %v", got, want)
	}
	// The seed's chart had neither TLS nor a Redis password.
	p.Postgresql.TLS.Enabled, p.Redis.TLS.Enabled, p.Redis.Auth.Enabled = false, false, false
	if got := objectIDs(testutil.Objects(t, p)); !reflect.DeepEqual(got, seedObjects) {
		t.Errorf("objects without TLS and auth:\n got %v\nwant %v", got, seedObjects)
	}
}

func TestConditionals(t *testing.T) {
	cases := []struct {
		name    string
		change  func(p *optio.OptioChartProps)
		added   []string
		removed []string
	}{
		{"postgresql disabled", func(p *optio.OptioChartProps) {
			p.Postgresql.Enabled = false
			p.ExternalDatabase.URL = "postgres://u:p@db.example.com:5432/optio"
		}, nil, []string{"Deployment/optio-postgres", "Service/optio-postgres", "PersistentVolumeClaim/optio-postgres-data"}},
		{"redis disabled", func(p *optio.OptioChartProps) {
			p.Redis.Enabled = false
			p.ExternalRedis.URL = "redis://cache.example.com:6379"
		}, nil, []string{"Deployment/optio-redis", "Service/optio-redis"}},
		{"ingress enabled", func(p *optio.OptioChartProps) { p.Ingress.Enabled = true },
			[]string{"Ingress/optio-ingress", "Service/optio-internal-closed"}, nil},
		{"resourceQuota enabled", func(p *optio.OptioChartProps) { p.ResourceQuota.Enabled = true },
			[]string{"ResourceQuota/optio-quota"}, nil},
		{"serviceAccount.create false", func(p *optio.OptioChartProps) { p.ServiceAccount.Create = false },
			nil, []string{"ServiceAccount/optio", "Role/optio-pod-manager", "RoleBinding/optio-pod-manager", "ClusterRole/optio-optio-node-reader", "ClusterRoleBinding/optio-optio-node-reader"}},
		{"existingSecret", func(p *optio.OptioChartProps) { p.ExistingSecret = "mine" },
			[]string{"ConfigMap/optio-config"}, []string{"Secret/optio-config"}},
		{"networkPolicy enabled", func(p *optio.OptioChartProps) { p.NetworkPolicy.Enabled = true },
			[]string{"NetworkPolicy/optio-api", "NetworkPolicy/optio-web", "NetworkPolicy/optio-postgres", "NetworkPolicy/optio-redis", "NetworkPolicy/optio-agent-pods"}, nil},
		{"api pdb and autoscaling", func(p *optio.OptioChartProps) {
			p.API.PDB.Enabled = true
			p.API.Autoscaling.Enabled = true
		}, []string{"PodDisruptionBudget/optio-api", "HorizontalPodAutoscaler/optio-api"}, nil},
		{"web pdb and autoscaling", func(p *optio.OptioChartProps) {
			p.Web.PDB.Enabled = true
			p.Web.Autoscaling.Enabled = true
		}, []string{"PodDisruptionBudget/optio-web", "HorizontalPodAutoscaler/optio-web"}, nil},
		{"TLS and auth off", func(p *optio.OptioChartProps) {
			p.Postgresql.TLS.Enabled, p.Redis.TLS.Enabled, p.Redis.Auth.Enabled = false, false, false
		}, nil, keygenObjects},
		{"redis.auth.password given, TLS off", func(p *optio.OptioChartProps) {
			p.Postgresql.TLS.Enabled, p.Redis.TLS.Enabled = false, false
			p.Redis.Auth.Password = "given-by-the-user"
		}, []string{"Secret/optio-redis-auth"}, keygenObjects},
		{"every Secret given", func(p *optio.OptioChartProps) {
			p.Postgresql.TLS.ExistingSecret = "pg-tls"
			p.Redis.TLS.AutoGenerateCert, p.Redis.TLS.ExistingSecret = false, "redis-tls"
			p.Redis.Auth.ExistingSecret = "redis-auth"
		}, nil, keygenObjects},
		{"databases external", func(p *optio.OptioChartProps) {
			p.Postgresql.Enabled, p.Redis.Enabled = false, false
			p.ExternalDatabase.URL = "postgres://u:p@db.example.com:5432/optio"
			p.ExternalRedis.URL = "rediss://cache.example.com:6380"
		}, nil, append([]string{"Deployment/optio-postgres", "Service/optio-postgres", "PersistentVolumeClaim/optio-postgres-data", "Deployment/optio-redis", "Service/optio-redis"}, keygenObjects...)},
		{"optio disabled", func(p *optio.OptioChartProps) { p.Optio.Enabled = false },
			nil, []string{"Deployment/optio-optio"}},
		{"installedSkillsCache enabled", func(p *optio.OptioChartProps) { p.InstalledSkillsCache.Enabled = true },
			[]string{"PersistentVolumeClaim/optio-installed-skills-cache"}, nil},
		{"rbac.clusterRole.create false", func(p *optio.OptioChartProps) { p.Rbac.ClusterRole.Create = false },
			nil, []string{"ClusterRole/optio-optio-node-reader", "ClusterRoleBinding/optio-optio-node-reader"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := testutil.ValidProps()
			tc.change(&p)
			got := testutil.Objects(t, p)
			want := map[string]bool{}
			for _, id := range append(slices.Clone(seedObjects), keygenObjects...) {
				want[id] = true
			}
			for _, id := range tc.removed {
				delete(want, id)
			}
			for _, id := range tc.added {
				want[id] = true
			}
			var wantIDs []string
			for id := range want {
				wantIDs = append(wantIDs, id)
			}
			sort.Strings(wantIDs)
			if !reflect.DeepEqual(objectIDs(got), wantIDs) {
				t.Errorf("objects:\n got %v\nwant %v", objectIDs(got), wantIDs)
			}
		})
	}
}

// Two releases in one app and one namespace: no Service or Deployment of one
// selects the pods of the other.
func TestTwoReleasesDoNotCapturePods(t *testing.T) {
	app := cdk8s.NewApp(nil)
	for _, name := range []string{"team-a", "team-b"} {
		p := testutil.ValidProps()
		p.ReleaseName = name
		p.ServiceAccount.Name = name // the warning asks for it
		if _, err := optio.NewOptioChart(app, name, &p); err != nil {
			t.Fatal(err)
		}
	}
	objs, err := manifest.Parse([]byte(*app.SynthYaml()))
	if err != nil {
		t.Fatal(err)
	}
	// No object of one release overwrites one of the other; only the shared
	// Namespace appears twice, identical.
	var namespaces []manifest.Object
	var rest []manifest.Object
	for _, o := range objs {
		if o.Kind() == "Namespace" {
			namespaces = append(namespaces, o)
		} else {
			rest = append(rest, o)
		}
	}
	if _, err := manifest.Index(rest); err != nil {
		t.Error(err)
	}
	if len(namespaces) != 2 || !reflect.DeepEqual(namespaces[0], namespaces[1]) {
		t.Errorf("namespaces = %v, want two identical", namespaces)
	}
	type pod struct {
		owner  string
		labels map[string]interface{}
	}
	var pods []pod
	for _, o := range objs {
		if o.Kind() == "Deployment" {
			pods = append(pods, pod{o.ID(), o.Get("spec", "template", "metadata", "labels").(map[string]interface{})})
		}
	}
	if len(pods) != 10 { // api, web, postgres, redis and the assistant, twice
		t.Fatalf("%d deployments, want 10", len(pods))
	}
	selects := func(sel, labels map[string]interface{}) bool {
		for k, v := range sel {
			if labels[k] != v {
				return false
			}
		}
		return true
	}
	checked := 0
	for _, o := range objs {
		var sel map[string]interface{}
		switch o.Kind() {
		case "Service":
			sel, _ = o.Get("spec", "selector").(map[string]interface{})
		case "Deployment":
			sel, _ = o.Get("spec", "selector", "matchLabels").(map[string]interface{})
		default:
			continue
		}
		matched := 0
		for _, p := range pods {
			if selects(sel, p.labels) {
				matched++
				if p.owner != "Deployment/"+o.Name() {
					t.Errorf("%s selects the pods of %s", o.ID(), p.owner)
				}
			}
		}
		if matched != 1 {
			t.Errorf("%s selects %d pod templates, want 1", o.ID(), matched)
		}
		checked++
	}
	if checked != 18 { // 5 Deployments and 4 Services per release
		t.Errorf("checked %d selectors, want 18", checked)
	}
}

func TestSynthIsDeterministic(t *testing.T) {
	p := testutil.ValidProps()
	p.Ingress.Enabled = true
	p.Ingress.Annotations = map[string]string{"a": "1", "b": "2", "c": "3"}
	p.ResourceQuota.Enabled = true
	first := testutil.Synth(t, p)
	for i := 0; i < 2; i++ {
		if again := testutil.Synth(t, p); again != first {
			t.Fatal("two synths of the same props differ")
		}
	}
}

func TestInvalidPropsAddNothing(t *testing.T) {
	app := cdk8s.NewApp(nil)
	p := optio.DefaultProps() // no encryption key, no password, no OAuth
	_, err := optio.NewOptioChart(app, "bad", &p)
	var ipe *optio.InvalidPropsError
	if err == nil || !asInvalid(err, &ipe) {
		t.Fatalf("err = %v, want *InvalidPropsError", err)
	}
	if n := len(*app.Charts()); n != 0 {
		t.Errorf("%d charts added despite the error", n)
	}
	var fields []string
	for _, e := range ipe.Errors {
		fields = append(fields, e.Field)
	}
	want := []string{"encryption.key", "postgresql.auth.password", "auth", "publicUrl"}
	if !reflect.DeepEqual(fields, want) {
		t.Errorf("fields = %v, want %v", fields, want)
	}
}

func asInvalid(err error, target **optio.InvalidPropsError) bool {
	e, ok := err.(*optio.InvalidPropsError)
	*target = e
	return ok
}
