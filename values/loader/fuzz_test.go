package loader_test

import (
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/values"
	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

func fuzzNoEnv(string) string { return "" }

// quiet silences Helm's coalescing warnings ("skipped value for ...: Not a
// table"), which would flood the fuzzer's output.
func fuzzQuiet(f *testing.F) {
	w := log.Writer()
	log.SetOutput(io.Discard)
	f.Cleanup(func() { log.SetOutput(w) })
}

// fuzzCheckLoad is the property: Load does not panic, and a nil error means a
// valid tree.
func fuzzCheckLoad(t *testing.T, opts loader.Options) {
	t.Helper()
	opts.Getenv = fuzzNoEnv
	props, err := loader.Load(opts)
	if err != nil {
		return
	}
	if errs := props.Validate(values.DefaultReleaseName, ""); len(errs) > 0 {
		t.Fatalf("Load returned no error, but Validate finds:\n%v", errs.ToAggregate())
	}
}

func FuzzLoad(f *testing.F) {
	fuzzQuiet(f)
	var seeds []string
	files, _ := filepath.Glob(filepath.Join("..", "..", "test", "testdata", "values", "*.yaml"))
	for _, name := range append([]string{filepath.Join("..", "..", "values.yaml")}, files...) {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, string(b))
	}
	seeds = append(seeds,
		"api: 5\n",
		"api: {service: {nodePort: \"abc\"}}\n",
		"api: {service: {type: NodePort, nodePort: 30400}}\n",
		"{}\n",
		"null\n",
		"- a\n",
		"",
		"a: "+strings.Repeat("[", 40)+strings.Repeat("]", 40)+"\n",
		"api: {tolerations: [[[[[[[[{}]]]]]]]]}\n",
		"ingress: {hosts: [[[{paths: [[[]]]}]]]}\n",
		"api: {resources: {limits: {cpu: 1e400, memory: .nan}}}\n",
		"web: {pdb: {enabled: true, minAvailable: 2147483648}}\n",
		"web: {replicas: 1.5, port: -1}\n",
		"api: {image: null, service: null}\n",
		"resourceQuota: {enabled: true, hard: {pods: ~, '': 1}}\n",
		"<<: {api: {replicas: 2}}\n",
		"a: &a [*a]\n",
		"\xff\xfe",
		"1: 2\n",
		"? [a, b]\n: c\n",
		"api: !!binary aGVsbG8=\n",
		"api: {replicas: 0x7fffffff, port: 2147483648}\n",
		"agent: {image: {tag: 2001-12-14}, pvc: {size: 1e20}}\n",
		"x: &x {a: 1}\napi:\n  <<: *x\n",
	)
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		file := filepath.Join(t.TempDir(), "values.yaml")
		if err := os.WriteFile(file, []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
		fuzzCheckLoad(t, loader.Options{ValueFiles: []string{file}})
	})
}

func FuzzLoadSet(f *testing.F) {
	fuzzQuiet(f)
	for _, s := range []string{
		"api.replicas=3",
		"api.replicas=three",
		"api.service.type=NodePort,api.service.nodePort=30400",
		"api.service.nodePort=abc",
		"ingress.hosts[0].paths[0].service=db",
		"ingress.enabled=true,ingress.hosts[0].host=a.example.com,ingress.hosts[0].paths[0].path=/",
		"api.tolerations[0].key=x,api.tolerations[0].operator=Exists",
		"api.resources.limits.cpu=2",
		"agent.pvc.size=10",
		"web.pdb.enabled=true,web.pdb.maxUnavailable=50%",
		"encryption.key=abc,auth.disabled=true,postgresql.auth.password=x",
		"a[65536]=1",
		"a.b.c.d[0][1]=x",
		"api=null",
		"api.image=null",
		"api.nodeSelector.kubernetes\\.io/os=linux",
		"x=",
		"=",
		",",
		"a={b,c}",
		"[0]=1",
		`api.resources={"limits":{"cpu":2}}`,
		`api.tolerations=[{"key":"a","operator":"Exists"}]`,
		`ingress.hosts=[[[]]]`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, set string) {
		fuzzCheckLoad(t, loader.Options{Values: []string{set}})
		// The same text through the other typed parser Helm has.
		fuzzCheckLoad(t, loader.Options{JSONValues: []string{set}})
	})
}
