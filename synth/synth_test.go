package synth_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/synth"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// BenchmarkSynth measures a full-stack synth (every optional object on) to a
// YAML string: constructs, jsii round trips and YAML rendering.
func BenchmarkSynth(b *testing.B) {
	p := testutil.ValidProps()
	p.Ingress.Enabled, p.ResourceQuota.Enabled, p.NetworkPolicy.Enabled = true, true, true
	p.API.PDB.Enabled, p.API.Autoscaling.Enabled = true, true
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := synth.YAML(p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkToDir adds the temporary folder and the swap.
func BenchmarkToDir(b *testing.B) {
	p := testutil.ValidProps()
	out := filepath.Join(b.TempDir(), "dist")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := synth.ToDir(p, out); err != nil {
			b.Fatal(err)
		}
	}
}

func TestToDirKeepsOutputOnInvalidProps(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	os.MkdirAll(out, 0o755)
	os.WriteFile(filepath.Join(out, "x.k8s.yaml"), []byte("x"), 0o644)
	p := testutil.ValidProps()
	p.Encryption.Key = ""
	if _, err := synth.ToDir(p, out); err == nil {
		t.Fatal("no error")
	}
	b, err := os.ReadFile(filepath.Join(out, "x.k8s.yaml"))
	if err != nil || string(b) != "x" {
		t.Errorf("output changed: %q %v", b, err)
	}
}

func TestSummary(t *testing.T) {
	p := testutil.ValidProps()
	p.API.Service.Type = "NodePort"
	p.API.Service.NodePort = new(intstr.FromInt32(30400))
	p.Web.Service.Type = "NodePort"
	s := synth.Summary(p, "dist", []string{"dist/optio.k8s.yaml"})
	for _, want := range []string{
		`Synthesized release "optio" (namespace "optio") into dist/`,
		"  dist/optio.k8s.yaml\n",
		"kubectl apply -f dist/",
		"kubectl apply --prune -l app.kubernetes.io/instance=optio,optio-cdk8s.io/release-namespace=optio \\\n      --prune-allowlist=core/v1/ConfigMap",
		"--prune-allowlist=autoscaling/v2/HorizontalPodAutoscaler",
		"--prune-allowlist=rbac.authorization.k8s.io/v1/ClusterRoleBinding \\\n      -f dist/\n",
		"API: http://<node-ip>:30400 (NodePort of Service optio-api)",
		"web UI: http://<node-ip>:<node-port> (kubectl -n optio get svc optio-web shows the port)",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
	p.ExistingSecret = "mine"
	p.Ingress.Enabled, p.Ingress.CertManager.Enabled = true, true
	s = synth.Summary(p, "out", nil)
	for _, want := range []string{
		"kubectl -n optio create secret generic mine",
		"--from-literal=OPTIO_ENCRYPTION_KEY=...",
		"--from-literal=POSTGRES_PASSWORD=...",
		"web UI and API: https://optio.example.com (Ingress optio-ingress)",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
}

// TestSummaryPathsCanBePasted: the folder is cleaned and quoted for a shell.
func TestSummaryPathsCanBePasted(t *testing.T) {
	s := synth.Summary(testutil.ValidProps(), "my out/", nil)
	for _, want := range []string{"into my out/:", "kubectl apply -f 'my out/'\n", "-f 'my out/'\n"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "out//") {
		t.Errorf("a doubled slash:\n%s", s)
	}
}

// TestToDirThroughALink: an output folder that is a link to a folder stays a
// link, and the folder it points to gets the output.
func TestToDirThroughALink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	if err := os.Mkdir(real, 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "out")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	if _, err := synth.ToDir(testutil.ValidProps(), link); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", info, err)
	}
	if _, err := os.Stat(filepath.Join(real, "optio.k8s.yaml")); err != nil {
		t.Errorf("nothing in the linked folder: %v", err)
	}
}

// TestFleetRetainedObjectsWithAReleaseWithoutThem: a release with nothing
// retained (no Namespace object, an external database) before one with
// both: the second's Namespace and data volume still go to its DataFile,
// the first gets no DataFile, and the folder holds exactly the stream.
func TestFleetRetainedObjectsWithAReleaseWithoutThem(t *testing.T) {
	a := testutil.ValidProps()
	a.ReleaseName, a.Namespace, a.CreateNamespace = "a", "team-a", false
	a.Postgresql.Enabled = false
	a.ExternalDatabase.URL = "postgres://optio:pw@db.example.com:5432/optio"
	b := testutil.ValidProps()
	b.ReleaseName, b.Namespace = "b", "team-b"
	releases, _ := synth.PlanFleet([]synth.FleetRelease{{Props: a, Source: "a.yaml"}, {Props: b, Source: "b.yaml"}})
	out := filepath.Join(t.TempDir(), "dist")
	if _, err := synth.FleetToDir(releases, out); err != nil {
		t.Fatal(err)
	}
	read := func(name string) string {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	if _, err := os.Stat(filepath.Join(out, synth.DataFile("a"))); !os.IsNotExist(err) {
		t.Errorf("%s: want none (a retains nothing), got err=%v", synth.DataFile("a"), err)
	}
	data, release := read(synth.DataFile("b")), read(synth.ReleaseFile("b"))
	for _, kind := range []string{"kind: Namespace", "kind: PersistentVolumeClaim"} {
		if !strings.Contains(data, kind) {
			t.Errorf("%s lacks %q", synth.DataFile("b"), kind)
		}
		if strings.Contains(release, kind) || strings.Contains(read(synth.ReleaseFile("a")), kind) {
			t.Errorf("%q is in a release file, which a prune covers", kind)
		}
	}
	stream, err := synth.FleetYAML(releases)
	if err != nil {
		t.Fatal(err)
	}
	if want := read(synth.ReleaseFile("a")) + "---\n" + data + "---\n" + release; stream != want {
		t.Errorf("FleetYAML differs from the files FleetToDir wrote, in order")
	}
}

// TestSummaryApplySetWithoutDataFile: a release that retains nothing has no
// DataFile, and the summary names none; a fleet's pattern is a release
// that has one, so that its first step (apply the data file) is shown.
func TestSummaryApplySetWithoutDataFile(t *testing.T) {
	a := testutil.ValidProps()
	a.ReleaseName, a.Namespace = "a", "team-a"
	out := t.TempDir()
	if s := synth.Summary(a, out, []string{filepath.Join(out, "a.k8s.yaml")}); strings.Contains(s, "a.data.k8s.yaml") {
		t.Errorf("summary names a data file that was not written:\n%s", s)
	}
	b := testutil.ValidProps()
	b.ReleaseName, b.Namespace = "b", "team-b"
	for _, f := range []string{"a.k8s.yaml", "b.data.k8s.yaml", "b.k8s.yaml"} {
		if err := os.WriteFile(filepath.Join(out, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := synth.FleetSummary([]synth.FleetRelease{{Props: a}, {Props: b}}, out)
	if !strings.Contains(s, "kubectl apply --server-side -f "+filepath.Join(out, "b.data.k8s.yaml")) || !strings.Contains(s, "(b.data.k8s.yaml is never pruned)") {
		t.Errorf("the fleet's pattern is not the release with a data file:\n%s", s)
	}
}
