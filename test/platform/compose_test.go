package platform_test

import (
	"encoding/json"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"example.com/platform/imports/k8s"
	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/test/kubeapi"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// TestMain stops the jsii runtime after the tests, as every program using
// the constructs must (it leaves its temporary files behind otherwise).
func TestMain(m *testing.M) {
	code := m.Run()
	jsii.Close()
	os.Exit(code)
}

// Environment of the child process that TestComposeInBothOrders starts.
const (
	orderEnv = "PLATFORM_COMPOSE_ORDER" // "theirs-first" or "ours-first"
	outEnv   = "PLATFORM_COMPOSE_OUT"   // output folder
)

// TestComposeChild is the app TestComposeInBothOrders runs in a process of
// its own (jsii registers and loads each binding once per process, so each
// order needs a fresh one). It does nothing when run directly.
func TestComposeChild(t *testing.T) {
	order, out := os.Getenv(orderEnv), os.Getenv(outEnv)
	if order == "" {
		t.Skip("run by TestComposeInBothOrders")
	}
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(out)})
	theirs := cdk8s.NewChart(app, jsii.String("theirs"), &cdk8s.ChartProps{Namespace: jsii.String("shared")})
	own := func() {
		k8s.NewKubeNamespace(theirs, jsii.String("namespace"), &k8s.KubeNamespaceProps{
			Metadata: &k8s.ObjectMeta{Name: jsii.String("shared")},
		})
		k8s.NewKubeConfigMap(theirs, jsii.String("settings"), &k8s.KubeConfigMapProps{
			Metadata: &k8s.ObjectMeta{Name: jsii.String("platform-settings")},
			Data:     &map[string]*string{"owner": jsii.String("platform")},
		})
	}
	ours := func() {
		redis := optio.DefaultInClusterRedisProps()
		redis.Release = values.Release{Name: "gamma"}
		redis.Values.Image.Tag = "7.4-alpine"
		if _, err := optio.NewInClusterRedis(theirs, "redis", &redis); err != nil {
			t.Fatal(err)
		}
		p := optio.DefaultProps()
		p.Namespace = "gamma"
		p.ExistingSecret = "optio-secrets"
		p.Auth.Github.ClientID = "Iv1.gamma"
		p.PublicURL = "https://gamma.example.com"
		p.Redis.Enabled = false
		p.ExternalRedis.URL = "redis://gamma-redis.shared.svc:6379"
		rel, err := optio.NewOptioChart(app, "gamma", &p)
		if err != nil {
			t.Fatal(err)
		}
		rel.AddDependency(theirs)
	}
	switch order {
	case "theirs-first":
		own()
		ours()
	case "ours-first":
		ours()
		own()
	default:
		t.Fatalf("%s=%q", orderEnv, order)
	}
	app.Synth()
}

// TestComposeInBothOrders is the acceptance test of issue 14: an app with its
// own `cdk8s import k8s` (imports/k8s, Kubernetes 1.37, jsii module "k8s")
// uses the constructs (imports/optio_k8s, Kubernetes 1.28),
// creating its objects before ours and after, each in a new process. Both
// start (no jsii type registered twice), write the same bytes, leave no
// temporary files of the jsii runtime, and the server accepts every object.
func TestComposeInBothOrders(t *testing.T) {
	var outs []string
	for _, order := range []string{"theirs-first", "ours-first"} {
		out, tmp := t.TempDir(), t.TempDir()
		cmd := exec.Command(os.Args[0], "-test.run=^TestComposeChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), orderEnv+"="+order, outEnv+"="+out, "TMPDIR="+tmp)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", order, err, b)
		}
		assertEmpty(t, order, tmp)
		outs = append(outs, out)
	}
	a, b := readDir(t, outs[0]), readDir(t, outs[1])
	if len(a) != 2 {
		t.Fatalf("theirs-first wrote %v, want 0000-theirs.k8s.yaml and 0001-gamma.k8s.yaml", slices.Sorted(maps.Keys(a)))
	}
	// The same objects, each the same; within a chart cdk8s writes them in
	// the order they were created.
	for name, content := range a {
		x, errX := manifest.Parse(content)
		y, errY := manifest.Parse(b[name])
		if errX != nil || errY != nil {
			t.Fatalf("%s: %v, %v", name, errX, errY)
		}
		byID := func(o, p manifest.Object) int { return strings.Compare(o.ID(), p.ID()) }
		slices.SortFunc(x, byID)
		slices.SortFunc(y, byID)
		if !reflect.DeepEqual(x, y) {
			t.Errorf("%s: the objects differ between the two orders:\n%v\n%v", name, manifest.IDs(x), manifest.IDs(y))
		}
	}
	objs, err := manifest.ReadDir(outs[0])
	if err != nil {
		t.Fatal(err)
	}
	idx, err := manifest.Index(objs)
	if err != nil {
		t.Fatal(err) // an object emitted twice
	}
	for _, id := range []string{"Namespace/shared", "ConfigMap/platform-settings", "Deployment/gamma-redis", "Service/gamma-redis", "Namespace/gamma", "Deployment/optio-api"} {
		if _, ok := idx[id]; !ok {
			t.Errorf("%s missing; have %v", id, manifest.IDs(objs))
		}
	}
	if got := idx["Deployment/gamma-redis"].Namespace(); got != "shared" {
		t.Errorf("the lone Redis is in namespace %q, want its chart's, shared", got)
	}
	applyAll(t, outs[0])
}

// TestReadmeProgram builds and runs cmd/synth, the README's composing
// example, as its user would: in a folder of its own, with a private TMPDIR
// that must be empty afterwards (defer jsii.Close()), and applies its dist/
// to the real API server.
func TestReadmeProgram(t *testing.T) {
	work, out := buildAndRun(t, "./cmd/synth")
	if !strings.Contains(string(out), "warning: ") {
		t.Errorf("cmd/synth printed no warning of the chart's defaults (latest image tags):\n%s", out)
	}
	dist := filepath.Join(work, "dist")
	files := readDir(t, dist)
	if _, ok := files["0000-data.k8s.yaml"]; !ok || len(files) != 2 {
		t.Fatalf("cmd/synth wrote %v, want 0000-data.k8s.yaml and 0001-optio.k8s.yaml", slices.Sorted(maps.Keys(files)))
	}
	objs, err := manifest.ReadDir(dist)
	if err != nil {
		t.Fatal(err)
	}
	idx, err := manifest.Index(objs)
	if err != nil {
		t.Fatal(err)
	}
	if got := idx["ConfigMap/optio-config"].Get("data", "REDIS_URL"); got != "redis://optio-redis.platform-data.svc:6379" {
		t.Errorf("the release does not use the lone Redis: optio-config REDIS_URL = %v", got)
	}
	if got := idx["Deployment/optio-redis"].Namespace(); got != "platform-data" {
		t.Errorf("the lone Redis is in namespace %q, want platform-data", got)
	}
	applyAll(t, dist)
}

// TestAloneProgram builds and runs cmd/alone, the library guide's example
// of constructs used without the OptioChart, as TestReadmeProgram does
// cmd/synth. Its objects are those of the constructs' own tests, which apply
// them to the real API server.
func TestAloneProgram(t *testing.T) {
	work, out := buildAndRun(t, "./cmd/alone")
	dist := filepath.Join(work, "dist")
	if files := readDir(t, dist); len(files) != 1 || files["team.k8s.yaml"] == nil {
		t.Fatalf("cmd/alone wrote %v, want team.k8s.yaml\n%s", slices.Sorted(maps.Keys(files)), out)
	}
	objs, err := manifest.ReadDir(dist)
	if err != nil {
		t.Fatal(err)
	}
	idx, err := manifest.Index(objs)
	if err != nil {
		t.Fatal(err)
	}
	if got := idx["PersistentVolumeClaim/optio-postgres-data"].Get("spec", "resources", "requests", "storage"); got != "20Gi" {
		t.Errorf("cmd/alone: the PVC requests %v, want 20Gi", got)
	}
	for _, key := range []string{"Deployment/optio-postgres", "Deployment/optio-redis", "Service/optio-redis",
		"ServiceAccount/optio-postgres-keygen", "ServiceAccount/optio-redis-keygen"} {
		if o, ok := idx[key]; !ok || o.Namespace() != "agents" {
			t.Errorf("cmd/alone: %s missing or not in the chart's namespace agents", key)
		}
	}
	// Every Secret the pods read is made by a key generator of the output
	// (OwnSecrets), but the database password, which the guide says to
	// create: the servers start.
	generated := map[string]bool{}
	var dnsNames []string
	for _, o := range objs {
		if o.Kind() != "Job" {
			continue
		}
		env, _ := o.Get("spec", "template", "spec", "containers", 0, "env").([]interface{})
		for _, e := range env {
			e := e.(map[string]interface{})
			var made []struct {
				Secret   string
				DNSNames []string
			}
			if n := e["name"]; n == "KEYGEN_CERTIFICATES" || n == "KEYGEN_PASSWORDS" {
				if err := json.Unmarshal([]byte(e["value"].(string)), &made); err != nil {
					t.Fatal(err)
				}
			}
			for _, m := range made {
				generated[m.Secret] = true
				dnsNames = append(dnsNames, m.DNSNames...)
			}
		}
	}
	read := map[string]bool{}
	for _, key := range []string{"Deployment/optio-postgres", "Deployment/optio-redis"} {
		for _, name := range secretsRead(idx[key]) {
			read[name] = true
		}
	}
	for _, want := range []string{"optio-postgres-tls", "optio-redis-tls", "optio-redis-auth", "optio-config"} {
		if !read[want] {
			t.Errorf("cmd/alone: no pod reads the Secret %s (read: %v)", want, slices.Sorted(maps.Keys(read)))
		}
	}
	for name := range read {
		if !generated[name] && name != "optio-config" {
			t.Errorf("cmd/alone: the Secret %s is read but nothing in the output makes it (generated: %v)", name, slices.Sorted(maps.Keys(generated)))
		}
	}
	if !slices.Contains(dnsNames, "optio-postgres.agents.svc") || !slices.Contains(dnsNames, "optio-redis.agents.svc") {
		t.Errorf("cmd/alone: certificates' names %v lack the Services in namespace agents", dnsNames)
	}
}

// secretsRead are the Secrets a workload's pods read: Secret volumes,
// secretKeyRef and envFrom.
func secretsRead(o manifest.Object) []string {
	var out []string
	str := func(v interface{}) {
		if s, ok := v.(string); ok && s != "" {
			out = append(out, s)
		}
	}
	tpl := manifest.Object(o.PodTemplate())
	vols, _ := tpl.Get("spec", "volumes").([]interface{})
	for i := range vols {
		str(tpl.Get("spec", "volumes", i, "secret", "secretName"))
	}
	for _, list := range []string{"initContainers", "containers"} {
		cs, _ := tpl.Get("spec", list).([]interface{})
		for i := range cs {
			env, _ := tpl.Get("spec", list, i, "env").([]interface{})
			for j := range env {
				str(tpl.Get("spec", list, i, "env", j, "valueFrom", "secretKeyRef", "name"))
			}
			from, _ := tpl.Get("spec", list, i, "envFrom").([]interface{})
			for j := range from {
				str(tpl.Get("spec", list, i, "envFrom", j, "secretRef", "name"))
			}
		}
	}
	return out
}

// buildAndRun builds the program pkg of this module and runs it as its user
// would: in a folder of its own, with a private TMPDIR that must be empty
// afterwards (defer jsii.Close()). It returns that folder and the output.
func buildAndRun(t *testing.T, pkg string) (work string, out []byte) {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to build %s: %v", pkg, err)
	}
	work, tmp := t.TempDir(), t.TempDir()
	bin := filepath.Join(work, "program")
	build := exec.Command(goBin, "build", "-o", bin, pkg)
	build.Env = append(os.Environ(), "GOWORK=off")
	if b, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", pkg, err, b)
	}
	run := exec.Command(bin)
	run.Dir = work
	run.Env = append(os.Environ(), "TMPDIR="+tmp)
	out, err = run.CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", pkg, err, out)
	}
	assertEmpty(t, pkg, tmp)
	return work, out
}

// applyAll applies dir to a new real API server; every object must be
// accepted. A local `go test -short` skips it.
func applyAll(t *testing.T, dir string) {
	t.Helper()
	srv := kubeapi.Start(t)
	res, err := srv.Apply(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Rejections {
		t.Errorf("rejected: %s: %s", r.Object, r.Message)
	}
	if res.Applied == 0 {
		t.Error("nothing applied")
	}
}

// assertEmpty fails if dir holds anything: the jsii runtime's temporary
// files must be gone when the program ends.
func assertEmpty(t *testing.T, who, dir string) {
	t.Helper()
	left, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range left {
		t.Errorf("%s left %s in its TMPDIR (jsii runtime not closed?)", who, e.Name())
	}
}

// readDir returns the *.k8s.yaml files of dir by name.
func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.k8s.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(p)] = b
	}
	return files
}
