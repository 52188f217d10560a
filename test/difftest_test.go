package test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/optio-cdk8s/optio-cdk8s/test/difftest"
	"github.com/optio-cdk8s/optio-cdk8s/test/kubeapi"
	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

var (
	difftestN    = flag.Int("difftest.n", 300, "number of values files the differential tester generates")
	difftestSeed = flag.Uint64("difftest.seed", 20260901, "seed of the differential tester's generator")
	difftestCase = flag.Int("difftest.case", -1, "run only this case of the seed (as printed by a failure)")
	difftestLog  = flag.String("difftest.log", "", "file that receives one line per case (verdicts, changes, first errors)")
	difftestOut  = flag.String("difftest.out", os.Getenv("OPTIO_DIFFTEST_OUT"), "folder that receives the values files of failing cases (default: a new temporary folder, printed)")
)

// TestDifferential generates values files (test/difftest: a seeded
// generator over the catalog of every value that reaches a Kubernetes
// field), takes our verdict on each (the CLI's exit status) and the real
// kube-apiserver's (every object created with strict field validation:
// dry-run, Namespaces and Services for real), and fails on any file we
// accept and the server refuses, and on any refusal of ours the server does
// not share unless docs/validation.md documents it as deliberate
// (difftest.DeliberateRefusals). It prints the confusion matrix (in the
// test log, and in the file OPTIO_DIFFTEST_REPORT names, which .ci/run
// shows).
//
// CI runs 300 files of a fixed seed; more with
//
//	go test ./test/ -run TestDifferential -difftest.n=5000 -difftest.seed=7
func TestDifferential(t *testing.T) {
	s := kubeapi.Start(t)
	installEcosystemCRDs(t, s)           // the gateway variants' Gateway, HTTPRoute, Issuer, Certificate
	for _, e := range loader.SecretEnv { // the CLI reads them; the files alone decide here
		t.Setenv(e.Name, "")
	}
	srv, err := difftest.NewServer(s.URL, s.Token)
	if err != nil {
		t.Fatal(err)
	}
	checkHarness(t, srv)
	runner := &difftest.Runner{Server: srv, Dir: t.TempDir()}
	gen := difftest.NewGenerator(*difftestSeed)
	cases := make([]int, 0, *difftestN)
	if *difftestCase >= 0 {
		cases = append(cases, *difftestCase)
	} else {
		for i := range *difftestN {
			cases = append(cases, i)
		}
	}

	start := time.Now()
	matrix := map[[2]string]int{}
	deliberate := map[string]int{}
	noManifest := map[string]int{}
	warned := 0 // files with a refusal our warnings foretold
	var bugs []*difftest.Outcome
	var logLines []string
	for _, i := range cases {
		c, err := gen.Case(i)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		o, err := runner.Run(context.Background(), c)
		if err != nil {
			t.Fatal(err)
		}
		matrix[[2]string{o.Ours, o.Server}]++
		if *difftestLog != "" {
			logLines = append(logLines, o.Line())
		}
		for _, id := range o.Explained {
			deliberate[id]++
		}
		if o.Server == difftest.NoManifest {
			noManifest[short(o.RenderError)]++
		}
		if len(o.Warned) > 0 {
			warned++
		}
		if o.Bug() {
			bugs = append(bugs, o)
		}
	}

	var b strings.Builder
	fmt.Fprintf(&b, "differential test: %d files (seed %d, %d point/form pairs) in %v\n", len(cases), *difftestSeed, gen.Pairs(), time.Since(start).Round(time.Second))
	fmt.Fprintf(&b, "                 server accept  server refuse  no manifest\n")
	for _, ours := range []string{difftest.Accept, difftest.Refuse} {
		fmt.Fprintf(&b, "  ours %-8s  %13d  %13d  %11d\n", ours,
			matrix[[2]string{ours, difftest.Accept}], matrix[[2]string{ours, difftest.Refuse}], matrix[[2]string{ours, difftest.NoManifest}])
	}
	if len(deliberate) > 0 {
		fmt.Fprintf(&b, "deliberate refusals (ours refuse, server accept), by rule:\n")
		for _, id := range sortedKeys(deliberate) {
			fmt.Fprintf(&b, "  %-32s %d\n", id, deliberate[id])
		}
	}
	if warned > 0 {
		fmt.Fprintf(&b, "files with an object the server refused client-side only, as our warning said (too large; --server-side applies it): %d\n", warned)
	}
	for _, why := range sortedKeys(noManifest) {
		fmt.Fprintf(&b, "no manifest (%d): %s\n", noManifest[why], why)
	}
	t.Log(b.String())
	if path := os.Getenv("OPTIO_DIFFTEST_REPORT"); path != "" {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Error(err)
		}
	}
	if *difftestLog != "" {
		if err := os.WriteFile(*difftestLog, []byte(strings.Join(logLines, "\n")+"\n"), 0o644); err != nil {
			t.Error(err)
		}
	}

	// A harness that accepts or refuses everything would pass silently.
	if len(cases) >= 100 && (matrix[[2]string{difftest.Accept, difftest.Accept}] == 0 || matrix[[2]string{difftest.Refuse, difftest.Refuse}] == 0) {
		t.Errorf("degenerate run: no file accepted by both, or none refused by both")
	}
	if len(bugs) == 0 {
		return
	}
	out := *difftestOut
	if out == "" {
		if out, err = os.MkdirTemp("", "optio-difftest-"); err != nil {
			t.Fatal(err)
		}
	} else if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, o := range bugs {
		dst := filepath.Join(out, filepath.Base(o.File))
		if data, err := os.ReadFile(o.File); err == nil {
			_ = os.WriteFile(dst, data, 0o644)
		}
		o.File = dst
		kind := "accepted by us, refused by the server"
		if o.Ours == difftest.Refuse {
			kind = "refused by us for a reason the server does not share, and not documented as deliberate"
		}
		t.Errorf("%s:\n%s", kind, o.Report(*difftestSeed))
	}
	t.Logf("the values files of the %d failing cases are in %s", len(bugs), out)
}

// checkHarness proves that Server.Check can tell: it accepts a valid
// Deployment and refuses ones the API server refuses at validation, at the
// node port range (which a dry run does not check), and at strict field
// decoding.
func checkHarness(t *testing.T, srv *difftest.Server) {
	t.Helper()
	const deployment = `apiVersion: v1
kind: Namespace
metadata: {name: difftest-harness}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: d, namespace: difftest-harness}
spec:
  selector: {matchLabels: {a: b}}
  template:
    metadata: {labels: {a: b}}
    spec:
      containers: [{name: c, image: nginx}]
      tolerations: [{key: k, operator: Exists, effect: %s, tolerationSeconds: 5}]
`
	const service = `apiVersion: v1
kind: Service
metadata: {name: s, namespace: difftest-harness}
spec:
  type: NodePort
  selector: {a: b}
  ports: [{port: 80, nodePort: %d}%s]
`
	// A create takes duplicate environment variables (with a warning);
	// server-side apply refuses duplicate keys of a list map.
	const duplicateEnv = `apiVersion: v1
kind: Namespace
metadata: {name: difftest-harness}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: e, namespace: difftest-harness}
spec:
  selector: {matchLabels: {a: b}}
  template:
    metadata: {labels: {a: b}}
    spec:
      containers: [{name: c, image: nginx, env: [{name: A, value: "1"}, {name: A, value: "2"}]}]
`
	// A client-side apply keeps a copy of the object in an annotation, and
	// annotations hold at most 256 KiB: a 300 KiB ConfigMap is created,
	// applied server-side, but not applied client-side.
	bigConfigMap := "apiVersion: v1\nkind: Namespace\nmetadata: {name: difftest-harness}\n---\n" +
		"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big, namespace: difftest-harness}\ndata: {k: " + strings.Repeat("x", 300<<10) + "}\n"
	for _, c := range []struct {
		name     string
		manifest string
		refused  []string // the modes of the refusals; none: accepted
	}{
		{"valid", fmt.Sprintf(deployment, "NoExecute") + "---\n" + fmt.Sprintf(service, 30999, ""), nil},
		{"invalid toleration", fmt.Sprintf(deployment, "NoSchedule"), []string{difftest.ModeCreate, difftest.ModeServerSideApply, difftest.ModeClientSideApply}},
		// A dry run does not check the node port range: the real creates do.
		{"node port out of range", fmt.Sprintf(service, 40000, ""), []string{difftest.ModeCreate, difftest.ModeClientSideApply}},
		{"unknown field", fmt.Sprintf(service, 30998, ", bogus: 1"), []string{difftest.ModeCreate, difftest.ModeServerSideApply, difftest.ModeClientSideApply}},
		{"duplicate env", duplicateEnv, []string{difftest.ModeServerSideApply, difftest.ModeServerSideOverClientSide}},
		{"object over 256 KiB", bigConfigMap, []string{difftest.ModeClientSideApply}},
	} {
		v, err := srv.Check(context.Background(), c.manifest)
		if err != nil {
			t.Fatalf("harness check %s: %v", c.name, err)
		}
		var modes []string
		for _, r := range v.Refusals {
			modes = append(modes, r.Mode)
		}
		if !slices.Equal(modes, c.refused) {
			t.Fatalf("harness check %s: refused in %q, want %q (%v)", c.name, modes, c.refused, v.Refusals)
		}
	}
}

func short(s string) string {
	if len(s) > 160 {
		return s[:160] + "..."
	}
	return s
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// installEcosystemCRDs installs the pinned Gateway API (standard) and
// cert-manager CRDs, whose objects the Gateway API and cert-manager modes
// emit.
func installEcosystemCRDs(t *testing.T, s *kubeapi.Server) {
	t.Helper()
	gw, err := kubeapi.GatewayAPICRDs.Files()
	if err != nil {
		t.Fatal(err)
	}
	cm, err := kubeapi.CertManagerCRDs.Files()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.InstallCRDs(append(gw, cm...)...); err != nil {
		t.Fatal(err)
	}
}
