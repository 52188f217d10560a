package schema_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/schema"
)

func TestCommittedValuesReferenceIsCurrent(t *testing.T) {
	want, err := schema.Markdown(generate(t))
	if err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(schema.DocsFileName)))
	if err != nil {
		t.Fatalf("%v\n%s", err, schema.DocsStaleMessage)
	}
	if !bytes.Equal(have, want) {
		t.Fatal(schema.DocsStaleMessage)
	}
}

// A small schema of the shapes Generate writes: the rows, their order and
// the words for types, defaults and constraints.
func TestMarkdownRows(t *testing.T) {
	const in = `{
  "type": "object",
  "properties": {
    "api": {
      "description": "API configures the server. Second sentence.",
      "type": "object",
      "properties": {
        "port": {"description": "Port is the port", "type": "integer", "minimum": 1, "maximum": 65535, "default": 4000},
        "pullPolicy": {"description": "PullPolicy of R-<component>.", "type": "string", "enum": ["Always", ""], "default": "Always"},
        "nodePort": {"description": "NodePort a | b", "type": ["integer", "string"], "pattern": "^[0-9]*$", "default": ""},
        "requests": {"description": "Requests by *name*.", "type": "object", "additionalProperties": {"type": ["string", "number"]}, "default": {"memory": "1Gi", "cpu": "250m"}},
        "tolerations": {"description": "Tolerations.", "type": "array", "items": {"type": "object", "properties": {
          "key": {"description": "Key, kept in ` + "`a_b`" + ` as written: _x_.", "type": "string"}
        }, "additionalProperties": false}, "default": []}
      },
      "additionalProperties": false
    },
    "namespace": {"description": "Namespace.", "type": "string", "default": "optio"},
    "quote": {"description": "Quote.", "type": "string", "default": "a` + "`" + `b"}
  },
  "additionalProperties": false
}`
	b, err := schema.Markdown([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	for _, want := range []string{
		"| [Top-level values](#top-level-values) |",
		"| [`api`](#api) | API configures the server. |",
		"## Top-level values\n\n| Key | Type | Default | Description |\n|---|---|---|---|\n" +
			"| `namespace` | string | `\"optio\"` | Namespace. |\n" +
			"| `quote` | string | `` \"a`b\" `` | Quote. |\n",
		"## api\n\nAPI configures the server. Second sentence.\n\n| Key | Type | Default | Description |\n|---|---|---|---|\n" +
			"| `api.port` | integer | `4000` | Port is the port. From 1 to 65535. |\n" +
			"| `api.pullPolicy` | string | `\"Always\"` | PullPolicy of R-\\<component>. One of `\"Always\"`, `\"\"`. |\n" +
			"| `api.nodePort` | integer or string | `\"\"` | NodePort a \\| b. As text, matches `^[0-9]*$`. |\n" +
			"| `api.requests` | map of string or number | `{\"cpu\":\"250m\",\"memory\":\"1Gi\"}` | Requests by \\*name\\*. |\n" +
			"| `api.tolerations` | array of object | `[]` | Tolerations. |\n" +
			"| `api.tolerations[].key` | string |  | Key, kept in `a_b` as written: \\_x\\_. |\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the reference lacks\n%s\n--- got:\n%s", want, got)
		}
	}
	if strings.Index(got, "## Top-level values") > strings.Index(got, "## api") {
		t.Error("the top-level values come after the groups")
	}
	for _, bad := range []string{`{"type": "string"}`, `[]`, `{"type": "object"}`, `not json`} {
		if _, err := schema.Markdown([]byte(bad)); err == nil {
			t.Errorf("Markdown(%s): no error", bad)
		}
	}
}

// Every value of the real schema has its row, once, in schema order, and
// every row's default is the schema's.
func TestValuesReferenceHasEveryValue(t *testing.T) {
	js := generate(t)
	md, err := schema.Markdown(js)
	if err != nil {
		t.Fatal(err)
	}
	var tree map[string]interface{}
	if err := json.Unmarshal(js, &tree); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{} // path -> default as compact JSON ("" for none)
	var walk func(path string, n map[string]interface{})
	walk = func(path string, n map[string]interface{}) {
		props, _ := n["properties"].(map[string]interface{})
		for k, v := range props {
			child := v.(map[string]interface{})
			p := k
			if path != "" {
				p = path + "." + k
			}
			def := ""
			if d, ok := child["default"]; ok {
				b, _ := json.Marshal(d)
				def = string(b)
			}
			want[p] = def
			walk(p, child)
		}
		if items, ok := n["items"].(map[string]interface{}); ok {
			walk(path+"[]", items)
		}
	}
	walk("", tree)
	row := regexp.MustCompile("(?m)^\\| `([^`]+)` \\| [^|]+ \\| (`+) ?(.*?) ?`+ \\|")
	noDefault := regexp.MustCompile("(?m)^\\| `([^`]+)` \\| [^|]+ \\|  \\|")
	seen := map[string]bool{}
	for _, m := range row.FindAllStringSubmatch(string(md), -1) {
		path, def := m[1], strings.ReplaceAll(m[3], `\|`, "|")
		if seen[path] {
			t.Errorf("%s: two rows", path)
		}
		seen[path] = true
		if w, ok := want[path]; !ok {
			t.Errorf("%s: a row for no value of the schema", path)
		} else if w != def {
			t.Errorf("%s: default %s, the schema's %s", path, def, w)
		}
	}
	for _, m := range noDefault.FindAllStringSubmatch(string(md), -1) {
		if seen[m[1]] {
			t.Errorf("%s: two rows", m[1])
		}
		seen[m[1]] = true
		if want[m[1]] != "" {
			t.Errorf("%s: no default in the reference, the schema's %s", m[1], want[m[1]])
		}
	}
	for p := range want {
		if !seen[p] && strings.Contains(p, ".") || !seen[p] && !isGroup(tree, p) {
			t.Errorf("%s: no row", p)
		}
	}
	if len(seen) < 150 {
		t.Errorf("%d rows: the reference was not parsed", len(seen))
	}
}

// isGroup tells whether the top-level value p is an object with properties
// (a section of its own, with no row).
func isGroup(tree map[string]interface{}, p string) bool {
	n, _ := tree["properties"].(map[string]interface{})[p].(map[string]interface{})
	_, ok := n["properties"]
	return ok
}
