package test

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/cli"
	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/synth"
	"github.com/optio-cdk8s/optio-cdk8s/test/kubeapi"
	"github.com/optio-cdk8s/optio-cdk8s/values"
	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

// helmFixture is what `helm install` of the Optio Helm chart 0.1.0 creates
// for testdata/values/defaults-with-secrets.yaml (release optio, namespace
// optio), written from the chart's documented objects.
const helmFixture = "testdata/helm-chart-0.1.0/defaults-with-secrets.yaml"

// buildCLI builds the program once per test into a temp folder.
func buildCLI(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "optio-cdk8s")
	cmd := exec.Command("go", "build", "-o", bin, "..")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// shell runs a documented block with bash in dir, against the test server:
// kubectl is the server's, and `go run .` runs the built program.
func shell(t *testing.T, s *kubeapi.Server, bin, dir, block string) string {
	t.Helper()
	script := `set -euo pipefail
go() { if [ "${1:-}" = run ] && [ "${2:-}" = . ]; then shift 2; "$OPTIO_BIN" "$@"; else command go "$@"; fi; }
` + block
	cmd := exec.Command("bash", "-c", script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+s.BinDir+string(os.PathListSeparator)+os.Getenv("PATH"),
		"KUBECONFIG="+s.Kubeconfig, "OPTIO_BIN="+bin, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("documented block failed: %v\n--- block:\n%s--- output:\n%s", err, block, out)
	}
	return string(out)
}

// get reads one object from the server, failing the test if it is absent.
func get(t *testing.T, s *kubeapi.Server, kind, ns, name string) manifest.Object {
	t.Helper()
	obj, err := s.GetJSON(kind, ns, name)
	if err != nil {
		t.Fatalf("get %s %s/%s: %v", kind, ns, name, err)
	}
	return manifest.Object(obj)
}

// operationsDoc is the guide to day 2, whose commands these tests run.
const operationsDoc = "../docs/operations.md"

// TestMovingFromTheHelmChart runs docs/operations.md's "Moving from the
// Helm chart" commands, block by block, on a namespace where the Helm chart 0.1.0 was
// installed: taking over in place with helmChartSelectors recreates nothing,
// keeps the PVC and leaves PostgreSQL's pod template as the chart made it;
// the release record goes; then the move to the release-unique selectors
// succeeds. A second run skips the take-over: the move works directly from a
// Helm install too.
func TestMovingFromTheHelmChart(t *testing.T) {
	blocks := docSection(t, operationsDoc, "Moving from the Helm chart")
	if len(blocks) != 3 {
		t.Fatalf("docs/operations.md section has %d sh blocks, want 3 (take over, remove the release record, move)", len(blocks))
	}
	bin := buildCLI(t)
	for _, takeOver := range []bool{true, false} {
		t.Run(fmt.Sprintf("takeOver=%v", takeOver), func(t *testing.T) {
			s := kubeapi.Start(t)
			if _, stderr, err := s.Kubectl("create", "-f", helmFixture); err != nil {
				t.Fatalf("installing the Helm fixture: %v\n%s", err, stderr)
			}
			dir := t.TempDir()
			vals, err := os.ReadFile("testdata/values/defaults-with-secrets.yaml")
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "my-values.yaml"), vals, 0o600); err != nil {
				t.Fatal(err)
			}
			pvc := get(t, s, "pvc", "optio", "optio-postgres-data")
			pg := get(t, s, "deployment", "optio", "optio-postgres")
			uids := map[string]interface{}{}
			for _, c := range []string{"api", "web", "postgres", "redis"} {
				uids[c] = get(t, s, "deployment", "optio", "optio-"+c).Get("metadata", "uid")
			}
			// Without helmChartSelectors a plain apply is refused: the
			// problem the take-over solves.
			plain := filepath.Join(t.TempDir(), "dist")
			if _, err := synth.ToDir(loadValues(t, filepath.Join(dir, "my-values.yaml")), plain); err != nil {
				t.Fatal(err)
			}
			if _, stderr, err := s.Kubectl("apply", "--dry-run=server", "-f", plain); err == nil || !strings.Contains(stderr, "field is immutable") {
				t.Errorf("plain apply over the Helm install: err %v, want spec.selector immutable:\n%s", err, stderr)
			}

			if takeOver {
				shell(t, s, bin, dir, blocks[0])
				for _, c := range []string{"api", "web", "postgres", "redis"} {
					d := get(t, s, "deployment", "optio", "optio-"+c)
					if d.Get("metadata", "uid") != uids[c] {
						t.Errorf("Deployment optio-%s was recreated", c)
					}
					if got := d.Get("spec", "selector", "matchLabels"); !reflect.DeepEqual(got, map[string]interface{}{"app": map[string]string{"api": "optio-api", "web": "optio-web", "postgres": "postgres", "redis": "redis"}[c]}) {
						t.Errorf("Deployment optio-%s selector = %v", c, got)
					}
				}
				after := get(t, s, "deployment", "optio", "optio-postgres")
				if !reflect.DeepEqual(after.Get("spec", "template"), pg.Get("spec", "template")) {
					t.Errorf("PostgreSQL's pod template changed on take-over:\nbefore %s\nafter  %s", jsonOf(pg.Get("spec", "template")), jsonOf(after.Get("spec", "template")))
				}
				if after.Get("spec", "strategy", "type") != "Recreate" {
					t.Errorf("Postgres strategy = %v, want Recreate", after.Get("spec", "strategy"))
				}
				get(t, s, "clusterrolebinding", "", "optio-node-reader")
				checkPVCKept(t, s, pvc)
			}

			shell(t, s, bin, dir, blocks[1])
			if out, _, _ := s.Kubectl("get", "secrets", "-n", "optio", "-l", "owner=helm", "-o", "name"); strings.TrimSpace(out) != "" {
				t.Errorf("Helm's release record is still there: %s", out)
			}

			shell(t, s, bin, dir, blocks[2])
			for _, c := range []string{"api", "web", "postgres", "redis"} {
				d := get(t, s, "deployment", "optio", "optio-"+c)
				want := map[string]interface{}{"app.kubernetes.io/name": "optio", "app.kubernetes.io/instance": "optio", "app.kubernetes.io/component": c}
				if got := d.Get("spec", "selector", "matchLabels"); !reflect.DeepEqual(got, want) {
					t.Errorf("after the move, Deployment optio-%s selector = %v", c, got)
				}
				if got := get(t, s, "service", "optio", "optio-"+c).Get("spec", "selector"); !reflect.DeepEqual(got, want) {
					t.Errorf("after the move, Service optio-%s selector = %v", c, got)
				}
			}
			if _, err := s.GetJSON("clusterrole", "", "optio-node-reader"); err == nil {
				t.Error("the chart's ClusterRole optio-node-reader is left behind")
			}
			get(t, s, "clusterrolebinding", "", "optio-optio-node-reader")
			checkPVCKept(t, s, pvc)
			assertReadBack(t, s, filepath.Join(dir, "dist"))
		})
	}
}

func checkPVCKept(t *testing.T, s *kubeapi.Server, before manifest.Object) {
	t.Helper()
	now := get(t, s, "pvc", "optio", "optio-postgres-data")
	if now.Get("metadata", "uid") != before.Get("metadata", "uid") || !reflect.DeepEqual(now.Get("spec"), before.Get("spec")) {
		t.Errorf("the PVC changed:\nbefore %s\nafter  %s", jsonOf(before.Get("spec")), jsonOf(now.Get("spec")))
	}
}

func jsonOf(v interface{}) string { b, _ := json.Marshal(v); return string(b) }

func loadValues(t *testing.T, file string, set ...string) optio.OptioChartProps {
	t.Helper()
	v, err := loader.Load(loader.Options{ValueFiles: []string{file}, Values: set, Getenv: func(string) string { return "" }})
	if err != nil {
		t.Fatalf("%s %v: %v", file, set, err)
	}
	return optio.OptioChartProps{ReleaseName: values.DefaultReleaseName, Values: v}
}

// assertReadBack checks that every leaf of every object in dir reads back
// from the server unchanged: what we write is what the server stores, so a
// GitOps tool comparing the two sees no difference.
func assertReadBack(t *testing.T, s *kubeapi.Server, dir string) {
	t.Helper()
	ours, err := manifest.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	stdout, stderr, err := s.Kubectl("get", "-f", dir, "-o", "json")
	if err != nil {
		t.Fatalf("kubectl get -f %s: %v\n%s", dir, err, stderr)
	}
	var list struct{ Items []manifest.Object }
	if err := json.Unmarshal([]byte(stdout), &list); err != nil {
		t.Fatal(err)
	}
	stored := map[string]manifest.Object{}
	for _, o := range list.Items {
		stored[o.Kind()+"/"+o.Namespace()+"/"+o.Name()] = o
	}
	for _, o := range ours {
		key := o.Kind() + "/" + o.Namespace() + "/" + o.Name()
		got, ok := stored[key]
		if !ok {
			t.Errorf("%s: not on the server", key)
			continue
		}
		for _, d := range leafDiffs("", map[string]interface{}(o), map[string]interface{}(got)) {
			t.Errorf("%s: %s", key, d)
		}
	}
}

// leafDiffs lists every leaf of ours that differs in stored (stored may hold
// more: defaults, status, server metadata).
func leafDiffs(path string, ours, stored interface{}) []string {
	switch o := ours.(type) {
	case map[string]interface{}:
		s, ok := stored.(map[string]interface{})
		if !ok {
			return []string{fmt.Sprintf("%s: wrote an object, server has %s", path, jsonOf(stored))}
		}
		if len(o) == 0 && s == nil {
			return []string{fmt.Sprintf("%s: wrote {}, server has nothing", path)}
		}
		var diffs []string
		for _, k := range slices.Sorted(maps.Keys(o)) {
			diffs = append(diffs, leafDiffs(path+"."+k, o[k], s[k])...)
		}
		return diffs
	case []interface{}:
		s, ok := stored.([]interface{})
		if !ok || len(s) != len(o) {
			return []string{fmt.Sprintf("%s: wrote %s, server has %s", path, jsonOf(o), jsonOf(stored))}
		}
		var diffs []string
		for i := range o {
			diffs = append(diffs, leafDiffs(fmt.Sprintf("%s[%d]", path, i), o[i], s[i])...)
		}
		return diffs
	}
	if !reflect.DeepEqual(ours, stored) {
		return []string{fmt.Sprintf("%s: wrote %s, server has %s", path, jsonOf(ours), jsonOf(stored))}
	}
	return nil
}

// pruneApply runs the summary's prune command for props' release on dir.
func pruneApply(t *testing.T, s *kubeapi.Server, props optio.OptioChartProps, dir string) {
	t.Helper()
	cmd := props.Release().PruneCommand(dir, props.CustomResourceKinds()...)
	args := strings.Fields(strings.ReplaceAll(cmd, "\\\n", " "))[1:] // drop "kubectl"
	if _, stderr, err := s.Kubectl(args...); err != nil {
		t.Fatalf("%s: %v\n%s", cmd, err, stderr)
	}
}

// releaseObjects lists what the server holds of a release: every kind it
// emits, selected by the prune selector, plus its Namespace.
func releaseObjects(t *testing.T, s *kubeapi.Server, r values.Release) []string {
	t.Helper()
	kinds := "configmaps,secrets,services,serviceaccounts,resourcequotas,deployments.apps,jobs.batch,horizontalpodautoscalers.autoscaling," +
		"poddisruptionbudgets.policy,ingresses.networking.k8s.io,networkpolicies.networking.k8s.io,roles.rbac.authorization.k8s.io," +
		"rolebindings.rbac.authorization.k8s.io,clusterroles.rbac.authorization.k8s.io,clusterrolebindings.rbac.authorization.k8s.io,persistentvolumeclaims"
	out, stderr, err := s.Kubectl("get", kinds, "-A", "-l", r.PruneSelector(), "-o", "json")
	if err != nil {
		t.Fatalf("listing the release: %v\n%s", err, stderr)
	}
	var list struct{ Items []manifest.Object }
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	ids := manifest.IDs(list.Items)
	if _, err := s.GetJSON("namespace", "", r.Namespace); err == nil {
		ids = append(ids, "Namespace/"+r.Namespace)
	}
	sort.Strings(ids)
	return ids
}

// objectIDs are the IDs of the objects in dir, plus extra.
func objectIDs(t *testing.T, dir string, extra ...string) []string {
	t.Helper()
	objs, err := manifest.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	ids := append(manifest.IDs(objs), extra...)
	sort.Strings(ids)
	return slices.Compact(ids)
}

// everythingOff turns every optional part of testdata/values/everything.yaml
// off and moves to an external database and Redis.
var everythingOff = []string{
	"postgresql.enabled=false", "externalDatabase.url=postgres://agents:pw@db.acme.dev:5432/agents",
	"redis.enabled=false", "externalRedis.url=rediss://cache.acme.dev:6380",
	"ingress.enabled=false", "resourceQuota.enabled=false", "networkPolicy.enabled=false",
	"api.pdb.enabled=false", "api.autoscaling.enabled=false", "web.pdb.enabled=false", "serviceAccount.create=false",
}

// TestPruneKeepsDataAndLeavesNoDebris applies v1 (every optional part on),
// then v2 (every optional part off, an external database) with the summary's
// prune command: the server then holds exactly v2's objects plus the data
// PVC, and v2 reads back unchanged.
func TestPruneKeepsDataAndLeavesNoDebris(t *testing.T) {
	s := kubeapi.Start(t)
	const file = "testdata/values/everything.yaml"
	v1 := loadValues(t, file)
	v1.ReleaseName = "acme-optio"
	d1 := filepath.Join(t.TempDir(), "dist")
	if _, err := synth.ToDir(v1, d1); err != nil {
		t.Fatal(err)
	}
	if _, stderr, err := s.Kubectl("apply", "-f", d1); err != nil {
		t.Fatalf("v1: %v\n%s", err, stderr)
	}
	v2 := loadValues(t, file, everythingOff...)
	v2.ReleaseName = "acme-optio"
	d2 := filepath.Join(t.TempDir(), "dist")
	if _, err := synth.ToDir(v2, d2); err != nil {
		t.Fatal(err)
	}
	pruneApply(t, s, v2, d2)
	want := objectIDs(t, d2, "PersistentVolumeClaim/acme-optio-postgres-data")
	if got := releaseObjects(t, s, v2.Release()); !reflect.DeepEqual(got, want) {
		t.Errorf("after the prune, the server holds:\n%v\nwant v2's objects and the data PVC:\n%v", got, want)
	}
	assertReadBack(t, s, d2)
}

// toggles are the values that turn parts of a release on and off, as
// --set entries that flip testdata/values/everything.yaml. helmChartSelectors
// is not one: selectors are immutable, see "Moving from the Helm chart".
var toggles = [][]string{
	{"postgresql.enabled=false", "externalDatabase.url=postgres://agents:pw@db.acme.dev:5432/agents"},
	{"redis.enabled=false", "externalRedis.url=rediss://cache.acme.dev:6380"},
	{"ingress.enabled=false"},
	{"ingress.certManager.enabled=false"},
	{"resourceQuota.enabled=false"},
	{"networkPolicy.enabled=false"},
	{"api.pdb.enabled=false"},
	{"api.autoscaling.enabled=false"},
	{"web.pdb.enabled=false"},
	{"web.autoscaling.enabled=true"},
	{"serviceAccount.create=false"},
	{"existingSecret=acme-optio-secrets"},
	{"createNamespace=false"},
	{"api.antiAffinity=soft", "web.antiAffinity=hard"},
	{"api.service.type=NodePort", "api.service.nodePort=30400", "web.service.type=LoadBalancer"},
}

// TestUpgradesInSequence applies v1 (every part on), then each toggle
// flipped and back, then every toggle flipped at once and back, each step
// with the summary's prune command: every step is accepted, reads back
// unchanged, and leaves exactly its objects (plus the data PVC once made).
func TestUpgradesInSequence(t *testing.T) {
	s := kubeapi.Start(t)
	const file = "testdata/values/everything.yaml"
	type step struct {
		name string
		set  []string
	}
	steps := []step{{"v1", nil}}
	var all []string
	for _, tg := range toggles {
		steps = append(steps, step{strings.Join(tg, ","), tg}, step{"v1", nil})
		all = append(all, tg...)
	}
	steps = append(steps, step{"every toggle", all}, step{"v1", nil})
	for i, st := range steps {
		p := loadValues(t, file, st.set...)
		p.ReleaseName = "acme-optio"
		dir := filepath.Join(t.TempDir(), fmt.Sprintf("step-%d", i))
		if _, err := synth.ToDir(p, dir); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			if _, stderr, err := s.Kubectl("apply", "-f", dir); err != nil {
				t.Fatalf("step 0: %v\n%s", err, stderr)
			}
		} else {
			pruneApply(t, s, p, dir)
		}
		assertReadBack(t, s, dir)
		want := objectIDs(t, dir, "PersistentVolumeClaim/acme-optio-postgres-data", "Namespace/acme-agents")
		if got := releaseObjects(t, s, p.Release()); !reflect.DeepEqual(got, want) {
			t.Errorf("step %d (%s): server holds\n%v\nwant\n%v", i, st.name, got, want)
		}
	}
}

// TestSecretChangeRollsOnlyTheAPI: a values change of a secret only changes
// R-config and the API's pod template (its checksum), nothing else.
func TestSecretChangeRollsOnlyTheAPI(t *testing.T) {
	s := kubeapi.Start(t)
	const file = "testdata/values/everything.yaml"
	versions := func(dir string) map[string]string {
		stdout, stderr, err := s.Kubectl("get", "-f", dir, "-o", "json")
		if err != nil {
			t.Fatalf("%v\n%s", err, stderr)
		}
		var list struct{ Items []manifest.Object }
		if err := json.Unmarshal([]byte(stdout), &list); err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, o := range list.Items {
			out[o.ID()], _ = o.Get("metadata", "resourceVersion").(string)
		}
		return out
	}
	var before map[string]string
	for i, set := range [][]string{nil, {"webhook.githubSecret=rotated-hook-secret"}} {
		p := loadValues(t, file, set...)
		p.ReleaseName = "acme-optio"
		dir := filepath.Join(t.TempDir(), "dist")
		if _, err := synth.ToDir(p, dir); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			if _, stderr, err := s.Kubectl("apply", "-f", dir); err != nil {
				t.Fatalf("%v\n%s", err, stderr)
			}
			before = versions(dir)
			continue
		}
		pruneApply(t, s, p, dir)
		after := versions(dir)
		var changed []string
		for id, v := range after {
			if before[id] != v {
				changed = append(changed, id)
			}
		}
		sort.Strings(changed)
		if want := []string{"Deployment/acme-optio-api", "Secret/acme-optio-config"}; !reflect.DeepEqual(changed, want) {
			t.Errorf("changed objects = %v, want %v", changed, want)
		}
	}
}

// TestLeafDiffs: the read-back comparison reports a leaf the server stores
// differently (a quantity, a number written as a string, a list that grew),
// and ignores what the server adds.
func TestLeafDiffs(t *testing.T) {
	ours := map[string]interface{}{"spec": map[string]interface{}{
		"cpu": "0.5", "port": float64(80), "list": []interface{}{"a"}, "same": "x", "empty": map[string]interface{}{},
	}}
	stored := map[string]interface{}{"spec": map[string]interface{}{
		"cpu": "500m", "port": "80", "list": []interface{}{"a", "b"}, "same": "x", "empty": map[string]interface{}{}, "added": true,
	}, "status": map[string]interface{}{}}
	got := leafDiffs("", ours, stored)
	want := []string{
		`.spec.cpu: wrote "0.5", server has "500m"`,
		`.spec.list: wrote ["a"], server has ["a","b"]`,
		`.spec.port: wrote 80, server has "80"`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("leafDiffs:\n got %q\nwant %q", got, want)
	}
}

// TestDocumentedPruneCommand: docs/operations.md's prune command is the one
// the summary prints (for release R in namespace NS).
func TestDocumentedPruneCommand(t *testing.T) {
	b, err := os.ReadFile(operationsDoc)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)\n## Updating and pruning\n.*?```sh\n(.*?)```").FindSubmatch(b)
	if m == nil {
		t.Fatal("docs/operations.md has no prune command under ## Updating and pruning")
	}
	norm := func(s string) string { return strings.Join(strings.Fields(strings.ReplaceAll(s, "\\\n", " ")), " ") }
	want := norm(values.Release{Name: "R", Namespace: "NS"}.PruneCommand("dist/"))
	if got := norm(string(m[1])); got != want {
		t.Errorf("docs/operations.md prune command:\n%s\nthe summary's:\n%s", got, want)
	}
}

// TestFleetApplies: a fleet of releases (--releases), two sharing a
// namespace and one elsewhere, all with the release name's defaults, is
// accepted by the API server as one `kubectl apply -f out/`, and reads back
// unchanged.
func TestFleetApplies(t *testing.T) {
	dir := t.TempDir()
	teams := filepath.Join(dir, "teams")
	if err := os.Mkdir(teams, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{
		"alpha.yaml": "namespace: team-a\nserviceAccount: {name: alpha}\n",
		"beta.yaml":  "namespace: team-a\nserviceAccount: {name: beta}\nnetworkPolicy: {enabled: true}\n",
		"gamma.yaml": "namespace: team-c\ningress: {enabled: true, certManager: {enabled: true}}\n",
	} {
		if err := os.WriteFile(filepath.Join(teams, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "out")
	var stdout, stderr strings.Builder
	if code := cli.Run([]string{"-q", "-f", "testdata/values/defaults-with-secrets.yaml", "--releases", teams, "-o", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	s := kubeapi.Start(t)
	if _, stderr, err := s.Kubectl("apply", "-f", out); err != nil {
		t.Fatalf("kubectl apply -f out/: %v\n%s", err, stderr)
	}
	assertReadBack(t, s, out)
	for _, name := range []string{"alpha-team-a-node-reader", "beta-team-a-node-reader", "gamma-team-c-node-reader"} {
		get(t, s, "clusterrolebinding", "", name)
	}
}
