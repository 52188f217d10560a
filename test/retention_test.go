package test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/synth"
	"github.com/optio-cdk8s/optio-cdk8s/test/kubeapi"
	"github.com/optio-cdk8s/optio-cdk8s/upgrade"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// synthRelease writes a release's output into a new folder and returns it.
func synthRelease(t *testing.T, p optio.OptioChartProps) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "dist")
	if _, err := synth.ToDir(p, dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

// applySet applies a release's output with the ApplySet commands of the
// summary, server-side or (without --server-side) client-side.
func applySet(t *testing.T, s *kubeapi.Server, p optio.OptioChartProps, dir string, serverSide bool) string {
	t.Helper()
	r := p.Release()
	data := filepath.Join(dir, synth.DataFile(r.Name))
	if _, err := os.Stat(data); err != nil {
		data = ""
	}
	cmds := synth.ApplySetCommands(r, data, filepath.Join(dir, synth.ReleaseFile(r.Name)))
	if !serverSide {
		cmds = strings.ReplaceAll(cmds, " --server-side", "")
	}
	return shell(t, s, "", t.TempDir(), cmds+"\n")
}

// kept checks that the retained objects are still there, the same objects
// (uid), and not being deleted.
func kept(t *testing.T, s *kubeapi.Server, step string, uids map[string]interface{}) {
	t.Helper()
	for key, uid := range uids {
		kind, ns, name := splitKey(key)
		o, err := s.GetJSON(kind, ns, name)
		if err != nil {
			t.Errorf("%s: %s is gone: %v", step, key, err)
			continue
		}
		obj := manifest.Object(o)
		if obj.Get("metadata", "uid") != uid {
			t.Errorf("%s: %s was recreated", step, key)
		}
		if ts := obj.Get("metadata", "deletionTimestamp"); ts != nil {
			t.Errorf("%s: %s is being deleted (%v)", step, key, ts)
		}
		if l := obj.Get("metadata", "labels", "applyset.kubernetes.io/part-of"); l != nil {
			t.Errorf("%s: %s is a member of an ApplySet (%v): a prune of it would delete it", step, key, l)
		}
	}
}

func splitKey(key string) (kind, ns, name string) {
	parts := strings.Split(key, "/")
	if len(parts) == 2 {
		return parts[0], "", parts[1]
	}
	return parts[0], parts[1], parts[2]
}

// uidsOf reads the uids of the retained objects keys ("kind/name" or
// "kind/namespace/name").
func uidsOf(t *testing.T, s *kubeapi.Server, keys ...string) map[string]interface{} {
	t.Helper()
	uids := map[string]interface{}{}
	for _, k := range keys {
		kind, ns, name := splitKey(k)
		uids[k] = get(t, s, kind, ns, name).Get("metadata", "uid")
	}
	return uids
}

// TestApplySetKeepsData applies a release with kubectl's ApplySet, as the
// summary and docs/operations.md say, server-side and client-side: every
// optional part on, then every part off with postgresql.enabled and
// createNamespace off, then on again. Each step leaves exactly its objects,
// and the data volume and the Namespace stay, the same objects, never
// members of the ApplySet.
func TestApplySetKeepsData(t *testing.T) {
	for _, serverSide := range []bool{true, false} {
		t.Run(fmt.Sprintf("serverSide=%v", serverSide), func(t *testing.T) {
			s := kubeapi.Start(t)
			const file = "testdata/values/everything.yaml"
			off := append(slices.Clone(everythingOff), "createNamespace=false")
			var uids map[string]interface{}
			for i, set := range [][]string{nil, off, nil, off} {
				p := loadValues(t, file, set...)
				p.ReleaseName = "acme-optio"
				dir := synthRelease(t, p)
				applySet(t, s, p, dir, serverSide)
				if i == 0 {
					uids = uidsOf(t, s, "pvc/acme-agents/acme-optio-postgres-data", "namespace/acme-agents")
				}
				want := objectIDs(t, dir, "PersistentVolumeClaim/acme-optio-postgres-data", "Namespace/acme-agents")
				if got := releaseObjects(t, s, p.Release()); !reflect.DeepEqual(got, want) {
					t.Errorf("step %d: the server holds\n%v\nwant\n%v", i, got, want)
				}
				kept(t, s, fmt.Sprintf("step %d", i), uids)
				assertReadBack(t, s, dir)
			}
		})
	}
}

// TestApplySetOverTheWholeFolder is the mistake docs/operations.md warns
// about, and how to recover: the whole folder given to --applyset makes the
// data volume and the Namespace members. Applying the data file as
// documented (with values that still hold them) takes the ApplySet's label
// off; the documented label commands do the same by hand. Either way,
// turning them off then prunes neither.
func TestApplySetOverTheWholeFolder(t *testing.T) {
	labelBlocks := docSection(t, operationsDoc, "Pruning with an ApplySet")
	if len(labelBlocks) != 2 {
		t.Fatalf("docs/operations.md \"Pruning with an ApplySet\" has %d sh blocks, want 2 (ApplySet, labels)", len(labelBlocks))
	}
	for _, c := range []struct {
		name       string
		serverSide bool
		byHand     bool
	}{{"server-side", true, false}, {"client-side", false, false}, {"by hand", true, true}} {
		t.Run(c.name, func(t *testing.T) {
			s := kubeapi.Start(t)
			const file = "testdata/values/defaults-with-secrets.yaml"
			v1 := loadValues(t, file)
			d1 := synthRelease(t, v1)
			mode := ""
			if c.serverSide {
				mode = " --server-side"
			}
			shell(t, s, "", t.TempDir(), fmt.Sprintf("kubectl create namespace optio\nKUBECTL_APPLYSET=true kubectl apply%s --prune --applyset=optio-applyset -n optio -f %s\n", mode, d1))
			if l := get(t, s, "pvc", "optio", "optio-postgres-data").Get("metadata", "labels", "applyset.kubernetes.io/part-of"); l == nil {
				t.Fatal("the data volume did not become a member of the ApplySet: the mistake is not reproduced")
			}
			uids := uidsOf(t, s, "pvc/optio/optio-postgres-data", "namespace/optio")
			if c.byHand {
				shell(t, s, "", t.TempDir(), labelBlocks[1])
			} else {
				applySet(t, s, v1, d1, c.serverSide)
			}
			kept(t, s, "after the documented apply", uids)
			v2 := loadValues(t, file, "postgresql.enabled=false", "externalDatabase.url=postgres://u:p@db.example.com:5432/optio", "createNamespace=false")
			d2 := synthRelease(t, v2)
			applySet(t, s, v2, d2, c.serverSide)
			kept(t, s, "after postgresql.enabled and createNamespace off", uids)
			want := objectIDs(t, d2, "PersistentVolumeClaim/optio-postgres-data", "Namespace/optio")
			if got := releaseObjects(t, s, v2.Release()); !reflect.DeepEqual(got, want) {
				t.Errorf("the server holds\n%v\nwant\n%v", got, want)
			}
		})
	}
}

// TestUninstall runs docs/operations.md's uninstall blocks, as written, on a
// release installed with the ApplySet commands in a namespace that also
// holds the user's objects: the first deletes every object of the release
// (and the ApplySet's parent) but the data volume and the Namespace; the
// second deletes those.
func TestUninstall(t *testing.T) {
	blocks := docSection(t, operationsDoc, "Uninstall")
	if len(blocks) != 2 {
		t.Fatalf("docs/operations.md \"Uninstall\" has %d sh blocks, want 2 (uninstall, delete the data)", len(blocks))
	}
	s := kubeapi.Start(t)
	p := loadValues(t, "testdata/values/defaults-with-secrets.yaml", "networkPolicy.enabled=true", "api.pdb.enabled=true", "resourceQuota.enabled=true")
	dir := synthRelease(t, p)
	applySet(t, s, p, dir, true)
	if _, stderr, err := s.Kubectl("-n", "optio", "create", "configmap", "user-notes", "--from-literal=a=b"); err != nil {
		t.Fatal(stderr)
	}
	uids := uidsOf(t, s, "pvc/optio/optio-postgres-data", "namespace/optio", "configmap/optio/user-notes")
	get(t, s, "secret", "optio", synth.ApplySetParent(p.Release()))

	shell(t, s, "", t.TempDir(), blocks[0])
	if got, want := releaseObjects(t, s, p.Release()), []string{"Namespace/optio", "PersistentVolumeClaim/optio-postgres-data"}; !reflect.DeepEqual(got, want) {
		t.Errorf("after the uninstall the server holds %v, want %v", got, want)
	}
	kept(t, s, "after the uninstall", uids)
	if _, err := s.GetJSON("secret", "optio", synth.ApplySetParent(p.Release())); err == nil {
		t.Error("the ApplySet's parent Secret is left behind")
	}
	if out, _, _ := s.Kubectl("get", "clusterroles,clusterrolebindings", "-l", p.Release().PruneSelector(), "-o", "name"); strings.TrimSpace(out) != "" {
		t.Errorf("cluster-scoped objects left behind: %s", out)
	}

	// No controller runs here to remove the finalizers of the claim
	// (kubernetes.io/pvc-protection) and the namespace, so kubectl would
	// wait for ever: the block runs with --wait=false, and both must then be
	// being deleted.
	noWait := "kubectl() { if [ \"$1\" = delete ]; then command kubectl \"$@\" --wait=false; else command kubectl \"$@\"; fi; }\n"
	shell(t, s, "", t.TempDir(), noWait+blocks[1])
	for _, o := range [][3]string{{"pvc", "optio", "optio-postgres-data"}, {"namespace", "", "optio"}} {
		if obj, err := s.GetJSON(o[0], o[1], o[2]); err == nil && manifest.Object(obj).Get("metadata", "deletionTimestamp") == nil {
			t.Errorf("%s %s is not being deleted", o[0], o[2])
		}
	}
}

// TestOperationsDocCommands: the commands of docs/operations.md are the
// ones the summary prints, for release optio in namespace optio.
func TestOperationsDocCommands(t *testing.T) {
	r := values.Release{Name: "optio", Namespace: "optio"}
	norm := func(s string) string { return strings.Join(strings.Fields(strings.ReplaceAll(s, "\\\n", " ")), " ") }
	apply := docSection(t, operationsDoc, "Pruning with an ApplySet")
	uninstall := docSection(t, operationsDoc, "Uninstall")
	if len(apply) < 1 || len(uninstall) != 2 {
		t.Fatalf("blocks: %d, %d", len(apply), len(uninstall))
	}
	for _, c := range []struct{ doc, want string }{
		{apply[0], synth.ApplySetCommands(r, "dist/optio.data.k8s.yaml", "dist/optio.k8s.yaml")},
		{uninstall[0], synth.UninstallCommands(r)},
		{uninstall[1], synth.DeleteDataCommands(r)},
	} {
		if norm(c.doc) != norm(c.want) {
			t.Errorf("docs/operations.md:\n%s\nthe program's:\n%s", c.doc, c.want)
		}
	}
}

// TestUpgradeRefusalsMatchTheServer applies a previous output to a real API
// server and the next one with a server-side dry run: every change that the
// upgrade check refuses as an immutable field, the server refuses too, and
// every change the server refuses, the check reports.
func TestUpgradeRefusalsMatchTheServer(t *testing.T) {
	s := kubeapi.Start(t)
	const file = "testdata/values/defaults-with-secrets.yaml"
	for i, c := range []struct {
		prev, next []string
	}{
		{nil, []string{"helmChartSelectors=true"}},
		{[]string{"postgresql.storage.storageClass=fast"}, []string{"postgresql.storage.storageClass=slow"}},
		{nil, []string{"postgresql.storage.storageClass=fast"}},
		{nil, []string{"postgresql.storage.size=2Gi"}},
		{nil, []string{"postgresql.storage.size=20Gi"}},
		{nil, []string{"postgresql.image.tag=16.4-alpine"}},
		{nil, []string{"networkPolicy.enabled=true", "api.service.type=NodePort"}},
	} {
		t.Run(strings.Join(c.next, " and "), func(t *testing.T) { // no comma: kubectl -f splits paths on commas
			ns := fmt.Sprintf("upgrade-%d", i)
			prev := loadValues(t, file, append([]string{"namespace=" + ns}, c.prev...)...)
			next := loadValues(t, file, append([]string{"namespace=" + ns}, c.next...)...)
			d1, d2 := synthRelease(t, prev), synthRelease(t, next)
			if _, stderr, err := s.Kubectl("apply", "-f", d1); err != nil {
				t.Fatalf("previous: %v\n%s", err, stderr)
			}
			o1, _ := manifest.ReadDir(d1)
			o2, _ := manifest.ReadDir(d2)
			var refused, reported []string
			for _, f := range upgrade.Check(o1, o2) {
				if f.Rule == "immutable-field" || f.Rule == "claim-size" {
					reported = append(reported, f.Object)
					if f.Refuse {
						refused = append(refused, f.Object)
					}
				}
			}
			_, stderr, err := s.Kubectl("apply", "--dry-run=server", "-f", d2)
			t.Logf("check: refused %v, reported %v; server: %v", refused, reported, err)
			if len(refused) > 0 && err == nil {
				t.Errorf("the check refuses %v, the server accepts the apply", refused)
			}
			for _, o := range refused {
				kind, name, _ := strings.Cut(o, " ")
				_, name, _ = strings.Cut(name, "/")
				if !strings.Contains(stderr, name) || !regexp.MustCompile(`immutable|Forbidden`).MatchString(stderr) {
					t.Errorf("the server does not refuse %s %s:\n%s", kind, name, stderr)
				}
			}
			if err != nil && len(reported) == 0 {
				t.Errorf("the server refuses the apply, the check reports nothing:\n%s", stderr)
			}
		})
	}
}
