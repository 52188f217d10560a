package schema_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"helm.sh/helm/v3/pkg/chartutil"

	"github.com/optio-cdk8s/optio-cdk8s/schema"
	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

const root = ".."

func generate(t *testing.T) []byte {
	t.Helper()
	b, err := schema.Generate()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func compile(t *testing.T, b []byte) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("file:///values.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("file:///values.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

// readYAML reads a values document the way Helm reads -f files.
func readYAML(t *testing.T, text string) map[string]interface{} {
	t.Helper()
	v, err := chartutil.ReadValues([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return v.AsMap()
}

// documents are the values files the schema must accept, by name.
func documents(t *testing.T) map[string]string {
	t.Helper()
	docs := map[string]string{}
	b, err := os.ReadFile(filepath.Join(root, "values.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	docs["values.yaml"] = string(b)
	files, err := filepath.Glob(filepath.Join(root, "test", "testdata", "values", "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs[filepath.ToSlash(f[len(root)+1:])] = string(b)
	}
	if _, ok := docs["test/testdata/values/production.yaml"]; !ok {
		t.Fatal("test/testdata/values/production.yaml (the seed's production example) is missing")
	}
	return docs
}

func TestCommittedSchemaIsCurrent(t *testing.T) {
	want := generate(t)
	have, err := os.ReadFile(filepath.Join(root, schema.FileName))
	if err != nil {
		t.Fatalf("%v\n%s", err, schema.StaleMessage)
	}
	if !bytes.Equal(have, want) {
		t.Fatal(schema.StaleMessage)
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, b := generate(t), generate(t)
	if !bytes.Equal(a, b) {
		t.Fatal("two runs of Generate differ")
	}
	if !bytes.HasSuffix(a, []byte("}\n")) || !bytes.HasPrefix(a, []byte("{\n  \"$schema\"")) {
		t.Fatal("not pretty-printed with a trailing newline")
	}
}

func TestSchemaIsSelfContainedDraft07(t *testing.T) {
	b := generate(t)
	for _, kw := range []string{`"$ref"`, `"$defs"`, `"definitions"`, `\u003c`} {
		if bytes.Contains(b, []byte(kw)) {
			t.Errorf("schema contains %s", kw)
		}
	}
	if v := compile(t, b).DraftVersion; v != 7 {
		t.Errorf("draft %d, want 7", v)
	}
	var doc map[string]interface{}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	// Every object either is closed or types its free-form values.
	var walk func(path string, n map[string]interface{})
	walk = func(path string, n map[string]interface{}) {
		if n["type"] == "object" {
			ap, ok := n["additionalProperties"]
			if !ok {
				t.Errorf("%s: object without additionalProperties", path)
			}
			if _, free := ap.(map[string]interface{}); ok && ap != false && !free {
				t.Errorf("%s: additionalProperties is %v", path, ap)
			}
		}
		if props, ok := n["properties"].(map[string]interface{}); ok {
			for k, v := range props {
				p := v.(map[string]interface{})
				if d, _ := p["description"].(string); d == "" {
					t.Errorf("%s.%s: no description", path, k)
				}
				walk(path+"."+k, p)
			}
		}
		if items, ok := n["items"].(map[string]interface{}); ok {
			walk(path+"[]", items)
		}
	}
	walk("", doc)
}

func TestSchemaAcceptsExamples(t *testing.T) {
	b := generate(t)
	sch := compile(t, b)

	if err := sch.Validate(loader.DefaultsTree()); err != nil {
		t.Errorf("defaults tree: %v", err)
	}
	for name, text := range documents(t) {
		user := readYAML(t, text)
		// As an editor sees the file.
		if err := sch.Validate(user); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		// As Helm sees it: the file coalesced over the chart's defaults,
		// checked by Helm's own validator.
		merged := chartutil.CoalesceTables(user, loader.DefaultsTree())
		if err := chartutil.ValidateAgainstSingleSchema(merged, b); err != nil {
			t.Errorf("%s (helm): %v", name, err)
		}
		// The loader agrees that the file is a valid values file.
		f := filepath.Join(t.TempDir(), "values.yaml")
		if err := os.WriteFile(f, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := loader.Load(loader.Options{ValueFiles: []string{f}, Getenv: func(string) string { return "" }}); err != nil {
			t.Logf("%s: loader.Load: %v", name, err) // the schema is structural; Load also checks required values
		}
	}
}

// TestSchemaAcceptsTodaysChartFiles: each values file shaped as Optio's
// chart of today (v0.4.0) is a valid values file for editors and for Helm,
// alone: its every key, its defaults, its production and local files.
func TestSchemaAcceptsTodaysChartFiles(t *testing.T) {
	b := generate(t)
	sch := compile(t, b)
	files, err := filepath.Glob(filepath.Join(root, "test", "testdata", "values", "chart-0.4.0", "*.yaml"))
	if err != nil || len(files) < 5 {
		t.Fatalf("chart files: %v %v", files, err)
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		user := readYAML(t, string(text))
		if err := sch.Validate(user); err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
		}
		if err := chartutil.ValidateAgainstSingleSchema(chartutil.CoalesceTables(user, loader.DefaultsTree()), b); err != nil {
			t.Errorf("%s (helm): %v", filepath.Base(f), err)
		}
	}
}

func TestSchemaRejects(t *testing.T) {
	sch := compile(t, generate(t))
	for _, tc := range []struct{ name, doc, want string }{
		{"unknown key", "api:\n  replicaz: 3\n", "replicaz"},
		{"wrong type", "api:\n  replicas: three\n", "replicas"},
		{"string replicas", "api:\n  replicas: \"3\"\n", "replicas"},
		{"service type", "api:\n  service:\n    type: Foo\n", "type"},
		{"ingress target", "ingress:\n  hosts:\n    - host: a.example.com\n      paths:\n        - {path: /, pathType: Prefix, service: db}\n", "service"},
		{"path type", "ingress:\n  hosts:\n    - host: a.example.com\n      paths:\n        - {path: /, pathType: Regex, service: web}\n", "pathType"},
		{"unknown top-level key", "apii: {}\n", "apii"},
		{"unknown key in embedded struct", "redis:\n  tolerations:\n    - {key: a, operater: Exists}\n", "operater"},
		{"port range", "web:\n  port: 70000\n", "port"},
		{"nodePort text", "api:\n  service:\n    nodePort: abc\n", "nodePort"},
		{"nodePort range", "api:\n  service:\n    nodePort: 80\n", "nodePort"},
		{"bool", "postgresql:\n  enabled: \"yes\"\n", "enabled"},
		{"log level", "api:\n  env:\n    LOG_LEVEL: verbose\n", "LOG_LEVEL"},
		{"anti-affinity", "web:\n  antiAffinity: medium\n", "antiAffinity"},
		{"pull policy", "api:\n  image:\n    pullPolicy: Sometimes\n", "pullPolicy"},
		{"agent pull policy", "agent:\n  imagePullPolicy: \"\"\n", "imagePullPolicy"},
		{"access mode", "agent:\n  pvc:\n    accessModes: [ReadWriteAlways]\n", "accessModes"},
		{"annotation value", "ingress:\n  annotations:\n    a: 1\n", "annotations"},
		{"resource value", "api:\n  resources:\n    limits:\n      cpu: true\n", "cpu"},
		{"imagePullSecrets", "imagePullSecrets: [regcred]\n", "imagePullSecrets"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := sch.Validate(readYAML(t, tc.doc))
			if err == nil {
				t.Fatalf("accepted:\n%s", tc.doc)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error does not name %q: %v", tc.want, err)
			}
		})
	}
}

func TestSchemaAcceptsLoaderForms(t *testing.T) {
	sch := compile(t, generate(t))
	for _, doc := range []string{
		"api:\n  service:\n    type: NodePort\n    nodePort: \"30400\"\n",
		"api:\n  service:\n    type: NodePort\n    nodePort: 30400\n",
		"api:\n  resources:\n    limits:\n      cpu: 2\n      memory: 1Gi\n",
		"agent:\n  pvc:\n    size: 10\n",
		"postgresql:\n  storage:\n    size: 5Gi\n",
		"agent:\n  image:\n    pullPolicy: \"\"\n",
		"web:\n  pdb:\n    enabled: true\n    minAvailable: 1\n",
		"web:\n  pdb:\n    enabled: true\n    maxUnavailable: \"50%\"\n",
		"resourceQuota:\n  hard:\n    pods: 10\n",
		"{}\n",
	} {
		if err := sch.Validate(readYAML(t, doc)); err != nil {
			t.Errorf("%s: %v", doc, err)
		}
	}
}

// at returns the schema of a dotted path of properties ("[]" for items).
func at(t *testing.T, doc map[string]interface{}, path string) map[string]interface{} {
	t.Helper()
	n := doc
	for _, k := range strings.Split(path, ".") {
		name, items := strings.CutSuffix(k, "[]")
		props, _ := n["properties"].(map[string]interface{})
		next, ok := props[name].(map[string]interface{})
		if !ok {
			t.Fatalf("%s: no property %q", path, name)
		}
		n = next
		if items {
			n = n["items"].(map[string]interface{})
		}
	}
	return n
}

func TestSchemaFacts(t *testing.T) {
	var doc map[string]interface{}
	if err := json.Unmarshal(generate(t), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["$schema"] != "http://json-schema.org/draft-07/schema#" || doc["title"] == nil || doc["description"] == nil {
		t.Errorf("header: %v %v %v", doc["$schema"], doc["title"], doc["description"])
	}
	check := func(path, key string, want interface{}) {
		t.Helper()
		if got := at(t, doc, path)[key]; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %s is %#v, want %#v", path, key, got, want)
		}
	}
	strs := func(s ...string) []interface{} {
		out := make([]interface{}, len(s))
		for i := range s {
			out[i] = s[i]
		}
		return out
	}
	check("api.port", "default", 4000.0)
	check("api.port", "minimum", 1.0)
	check("api.port", "maximum", 65535.0)
	check("web.port", "default", 3000.0)
	check("api.replicas", "type", "integer")
	check("api.service.nodePort", "type", strs("integer", "string"))
	check("api.service.nodePort", "default", "")
	check("web.pdb.minAvailable", "type", strs("integer", "string"))
	check("web.pdb.maxUnavailable", "type", strs("integer", "string"))
	check("api.service.type", "enum", strs("ClusterIP", "NodePort", "LoadBalancer", "")) // "": ClusterIP, as Validate accepts
	check("agent.imagePullPolicy", "enum", strs("Always", "IfNotPresent", "Never"))
	check("agent.image.pullPolicy", "enum", strs("Always", "IfNotPresent", "Never", ""))
	check("api.image.pullPolicy", "enum", strs("Always", "IfNotPresent", "Never", "")) // "": omitted, as Validate accepts
	check("api.tolerations[].operator", "enum", strs("Equal", "Exists", ""))
	check("agent.pvc.accessModes[]", "enum", strs("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"))
	check("agent.pvc.accessModes", "default", strs("ReadWriteOnce"))
	check("agent.pvc.size", "type", strs("string", "number"))
	check("postgresql.storage.size", "type", strs("string", "number"))
	check("api.resources.limits", "additionalProperties", map[string]interface{}{"type": strs("string", "number")})
	check("resourceQuota.hard", "additionalProperties", map[string]interface{}{"type": strs("string", "number")})
	check("ingress.annotations", "additionalProperties", map[string]interface{}{"type": "string"})
	check("redis.nodeSelector", "additionalProperties", map[string]interface{}{"type": "string"})
	check("api.env.LOG_LEVEL", "enum", strs("debug", "info", "warn", "error", "")) // "": the variable is omitted
	check("api.env.LOG_LEVEL", "default", "info")
	check("ingress.hosts[].paths[].service", "enum", strs("api", "web"))
	check("postgresql.podSecurityContext.runAsUser", "default", 999.0) // embedded SchedulingValues, inlined
	check("auth.gitlab.clientId", "type", "string")                    // embedded OAuthProviderValues, inlined
	check("auth.gitlab.baseUrl", "type", "string")
	if d := at(t, doc, "api.replicas")["description"].(string); !strings.Contains(d, "Default: 1") {
		t.Errorf("api.replicas description %q does not mention Default: 1", d)
	}
	if d := at(t, doc, "api")["description"].(string); !strings.Contains(d, "API server") {
		t.Errorf("api description %q", d)
	}
	if _, ok := at(t, doc, "api")["default"]; ok {
		t.Error("objects carry their properties' defaults, not a default of their own")
	}
}

// Every value of the defaults tree is the default of its property.
func TestSchemaDefaultsAreTheDefaultsTree(t *testing.T) {
	var doc map[string]interface{}
	if err := json.Unmarshal(generate(t), &doc); err != nil {
		t.Fatal(err)
	}
	var walk func(path string, n map[string]interface{}, tree map[string]interface{})
	walk = func(path string, n map[string]interface{}, tree map[string]interface{}) {
		keys := make([]string, 0, len(tree))
		for k := range tree {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		props := n["properties"].(map[string]interface{})
		for _, k := range keys {
			p, ok := props[k].(map[string]interface{})
			if !ok {
				t.Errorf("%s%s: in the defaults, not in the schema", path, k)
				continue
			}
			if sub, ok := tree[k].(map[string]interface{}); ok && p["properties"] != nil {
				walk(path+k+".", p, sub)
				continue
			}
			if !reflect.DeepEqual(p["default"], tree[k]) {
				t.Errorf("%s%s: default %#v, want %#v", path, k, p["default"], tree[k])
			}
		}
	}
	walk("", doc, loader.DefaultsTree())
}
