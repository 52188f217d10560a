// Package bench measures what a user waits for: whole runs of the program,
// each a new process (Node.js start, jsii assemblies, constructs, synth),
// against the jsii floor of a bare cdk8s App. bench/ratios.sh runs them in
// rounds and prints the ratios of the targets.
package bench

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aws/jsii-runtime-go"
	"sigs.k8s.io/yaml"
)

// bin holds the programs TestMain builds: floor (bench/floor) and optio (the
// product).
var bin string

// values is the one release every benchmark synthesizes: the Helm chart's
// defaults plus its required secrets.
const values = "../test/testdata/values/defaults-with-secrets.yaml"

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "optio-bench-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	bin = dir
	for name, pkg := range map[string]string{"floor": "./floor", "optio": ".."} {
		cmd := exec.Command("go", "build", "-o", filepath.Join(dir, name), pkg)
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "building", pkg, err)
			os.RemoveAll(dir)
			os.Exit(1)
		}
	}
	code := m.Run()
	jsii.Close() // BenchmarkRoundTrip's runtime
	os.RemoveAll(dir)
	os.Exit(code)
}

// run executes a program of bin once per iteration and fails on a non-zero
// exit. Beside the wall time it reports cpu-ms/op, the CPU time of the
// process and of the Node.js process it waited for (user and system), which
// other work on a shared machine disturbs less.
func run(b *testing.B, name string, args ...string) {
	b.Helper()
	var cpu time.Duration
	n := 0
	for b.Loop() {
		cmd := exec.Command(filepath.Join(bin, name), args...)
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("%s %v: %v\n%s", name, args, err, out)
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		n++
	}
	b.ReportMetric(float64(cpu.Milliseconds())/float64(n), "cpu-ms/op")
}

// BenchmarkFloor is the jsii floor: a new process with a cdk8s App holding one
// ApiObject, synthesized and closed ("bare"), and the same with the
// assemblies this product loads (imports/optio_k8s besides constructs and
// cdk8s; it no longer loads cdk8s-plus).
func BenchmarkFloor(b *testing.B) {
	b.Run("bare", func(b *testing.B) { run(b, "floor") })
	b.Run("assemblies", func(b *testing.B) { run(b, "floor", "-assemblies") })
}

// BenchmarkSynth is one release: the program, as `go run . -f values
// --stdout` runs it once built.
func BenchmarkSynth(b *testing.B) {
	run(b, "optio", "-q", "-f", values, "--stdout")
}

// BenchmarkSynthEverything is one release with every feature on: every key
// of Optio's chart of today set (test/testdata/values/chart-0.4.0/
// every-key.yaml), with the Ingress, cert-manager and the quota on too.
func BenchmarkSynthEverything(b *testing.B) {
	raw, err := os.ReadFile("../test/testdata/values/chart-0.4.0/every-key.yaml")
	if err != nil {
		b.Fatal(err)
	}
	var tree map[string]interface{}
	if err := yaml.Unmarshal(raw, &tree); err != nil {
		b.Fatal(err)
	}
	tree["ingress"] = map[string]interface{}{"enabled": true, "certManager": map[string]interface{}{"enabled": true}}
	tree["resourceQuota"] = map[string]interface{}{"enabled": true}
	out, err := yaml.Marshal(tree)
	if err != nil {
		b.Fatal(err)
	}
	file := filepath.Join(b.TempDir(), "everything.yaml")
	if err := os.WriteFile(file, out, 0o600); err != nil {
		b.Fatal(err)
	}
	run(b, "optio", "-q", "-f", file, "--stdout")
}

// BenchmarkFleet is 20 and 100 releases in one run (--releases): one cdk8s
// App, one jsii runtime.
func BenchmarkFleet(b *testing.B) {
	for _, n := range []int{20, 100} {
		b.Run(fmt.Sprintf("releases=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			for i := range n {
				content := fmt.Sprintf("namespace: team-%03d\n", i)
				if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("team-%03d.yaml", i)), []byte(content), 0o644); err != nil {
					b.Fatal(err)
				}
			}
			run(b, "optio", "-q", "-f", values, "--releases", dir, "--stdout")
		})
	}
}

// largeValues are map- and list-shaped values of n entries each, one per
// kind of path through the program: a map into a pod spec (the issue's
// 16,000 api.nodeSelector labels took 38 s), a map into object metadata
// (serviceAccount.annotations and ingress.annotations, at most 256 KiB each,
// so short keys), a list of structs into a pod spec (tolerations) and one
// into the Ingress (the paths of one host).
var largeValues = map[string]func(n int) string{
	"nodeSelector": func(n int) string {
		return entries("api:\n  nodeSelector:\n", n, "    example.com/label-%06d: value\n")
	},
	"serviceAccountAnnotations": func(n int) string {
		return entries("serviceAccount:\n  annotations:\n", n, "    a%06d: v\n")
	},
	"ingressAnnotations": func(n int) string {
		return entries("ingress:\n  enabled: true\n  annotations:\n", n, "    a%06d: v\n")
	},
	"tolerations": func(n int) string {
		return entries("web:\n  tolerations:\n", n, "    - {key: example.com/taint-%06d, operator: Exists, effect: NoSchedule}\n")
	},
	"ingressPaths": func(n int) string {
		return entries("ingress:\n  enabled: true\n  hosts:\n    - host: optio.example.com\n      paths:\n", n,
			"        - {path: /p%06d, pathType: Prefix, service: web}\n")
	},
}

func entries(head string, n int, line string) string {
	var b strings.Builder
	b.WriteString(head)
	for i := range n {
		fmt.Fprintf(&b, line, i)
	}
	return b.String()
}

// BenchmarkLargeValues is one release whose values hold 1,000, 4,000 and
// 16,000 entries in one map or list (see largeValues): the time must grow
// linearly with the entries (bench/ratios.sh prints the cost per entry of each
// step, equal for linear growth, 4 times higher per step for quadratic).
func BenchmarkLargeValues(b *testing.B) {
	for _, kind := range []string{"nodeSelector", "serviceAccountAnnotations", "ingressAnnotations", "tolerations", "ingressPaths"} {
		for _, n := range []int{1000, 4000, 16000} {
			b.Run(fmt.Sprintf("%s/entries=%d", kind, n), func(b *testing.B) {
				file := filepath.Join(b.TempDir(), "large.yaml")
				if err := os.WriteFile(file, []byte(largeValues[kind](n)), 0o644); err != nil {
					b.Fatal(err)
				}
				run(b, "optio", "-q", "-f", values, "-f", file, "--stdout")
			})
		}
	}
}
