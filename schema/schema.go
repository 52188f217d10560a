// Package schema generates values.schema.json, the JSON Schema (draft-07, as
// Helm reads it) of the values tree values.Values, from the Go types
// themselves: property names from the JSON tags (embedded structs inlined as
// encoding/json inlines them), descriptions from the fields' doc comments
// (read from the values package's source), defaults from
// loader.DefaultsTree, enums from the values package's enumerations.
//
// Regenerate the committed file with
//
//	go run ./cmd/schemagen
package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"strings"

	"k8s.io/apimachinery/pkg/util/intstr"

	"github.com/optio-cdk8s/optio-cdk8s/values"
	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

// Module is the module path whose root holds values.schema.json and the
// values package's source.
const Module = "github.com/optio-cdk8s/optio-cdk8s"

// FileName is the schema's file name at the module root, where Helm and the
// yaml-language-server (values.yaml's modeline) look for it.
const FileName = "values.schema.json"

// StaleMessage is what the checks say when the committed file differs from
// Generate's output.
const StaleMessage = "values.schema.json is stale: run go run ./cmd/schemagen"

var (
	intOrStringType  = reflect.TypeOf(intstr.IntOrString{})
	resourceListType = reflect.TypeOf(values.ResourceList{})
	valuesPkg        = reflect.TypeOf(values.Values{}).PkgPath()
)

// bounds are the unconditional numeric limits Validate enforces, by path.
func bounds() map[string][2]*int64 {
	m := map[string][2]*int64{}
	for _, c := range []string{"api", "web"} {
		m[c+".port"] = [2]*int64{ptr(1), ptr(65535)}
		m[c+".replicas"] = [2]*int64{ptr(0), nil}
		// Integers only: a string nodePort is checked by its pattern.
		m[c+".service.nodePort"] = [2]*int64{ptr(values.MinNodePort), ptr(values.MaxNodePort)}
	}
	// Optio's chart of today.
	m["agent.statefulSet.terminationGracePeriodSeconds"] = [2]*int64{ptr(0), nil}
	for _, p := range []string{"agent.cache.maxSizePerDirectoryGi", "agent.cache.maxSizeTotalGi", "agent.cache.defaultSizePerDirectoryGi", "agent.repoInitTimeoutMs"} {
		m[p] = [2]*int64{ptr(1), nil}
	}
	return m
}

// patterns constrain string values (JSON Schema's pattern applies to
// strings only, so an integer-or-string keeps its integer form free).
func patterns() map[string]string {
	return map[string]string{
		"api.service.nodePort": "^[0-9]*$",
		"web.service.nodePort": "^[0-9]*$",
		// IDs of the GitHub App: digits, in either form.
		"github.app.id":             "^[0-9]*$",
		"github.app.installationId": "^[0-9]*$",
	}
}

func ptr(n int64) *int64 { return &n }

// Generate returns values.schema.json: the JSON Schema of
// values.Values, indented by two spaces, with a trailing newline.
// The output depends only on the Go types, their doc comments and the
// defaults, so it is the same on every run.
func Generate() ([]byte, error) {
	root, err := ModuleRoot()
	if err != nil {
		return nil, err
	}
	docs, err := fieldDocs(filepath.Join(root, "values"))
	if err != nil {
		return nil, err
	}
	g := &generator{
		docs:     docs,
		bounds:   bounds(),
		patterns: patterns(),
		used:     map[string]bool{},
	}
	var defaults interface{} = loader.DefaultsTree()
	top := g.build("", reflect.TypeOf(values.Values{}), defaults, true)
	if len(g.errs) > 0 {
		return nil, errors.Join(g.errs...)
	}
	for _, paths := range [][]string{slices.Sorted(maps.Keys(g.bounds)), slices.Sorted(maps.Keys(g.patterns))} {
		for _, p := range paths {
			if !g.used[p] {
				return nil, fmt.Errorf("schema: constraint for %s: no such value", p)
			}
		}
	}
	top.schema = "http://json-schema.org/draft-07/schema#"
	top.title = "Optio values"
	top.description = "Values of the Optio stack: the Helm chart's values tree, key for key (the chart 0.1.0 and Optio's chart of today, v0.4.0), " +
		"plus the values this project adds beyond it (each described as such). " +
		"Generated from values.Values by go run ./cmd/schemagen; do not edit."

	var compact bytes.Buffer
	if err := top.write(&compact); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, compact.Bytes(), "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

// ModuleRoot returns the directory of the module's go.mod: the first one
// naming Module above the working directory, or else the one above this
// source file (as compiled).
func ModuleRoot() (string, error) {
	var starts []string
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		starts = append(starts, filepath.Dir(file))
	}
	for _, dir := range starts {
		for {
			if isModuleRoot(dir) {
				return dir, nil
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	return "", fmt.Errorf("schema: no go.mod of module %s above the working directory; run from inside the repository", Module)
}

func isModuleRoot(dir string) bool {
	b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) == 2 && f[0] == "module" && strings.Trim(f[1], `"`) == Module {
			return true
		}
	}
	return false
}

// fieldDocs reads the doc comment of every struct field of the Go package in
// dir: type name → field name → the comment as one line of text.
func fieldDocs(dir string) (map[string]map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	fset := token.NewFileSet()
	docs := map[string]map[string]string{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, fmt.Errorf("schema: reading the doc comments: %w", err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				return false
			}
			m := map[string]string{}
			for _, fl := range st.Fields.List {
				text := fl.Doc.Text()
				if text == "" {
					text = fl.Comment.Text()
				}
				for _, id := range fl.Names {
					m[id.Name] = strings.Join(strings.Fields(text), " ")
				}
			}
			docs[ts.Name.Name] = m
			return false
		})
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("schema: no Go types in %s", dir)
	}
	return docs, nil
}

type generator struct {
	docs     map[string]map[string]string
	bounds   map[string][2]*int64
	patterns map[string]string
	used     map[string]bool
	errs     []error
}

// node is one schema; its keywords are written in a fixed order.
type node struct {
	schema, title, description string
	types                      []string
	enum                       []string
	minimum, maximum           *int64
	pattern                    string
	def                        interface{}
	hasDefault                 bool
	items                      *node
	properties                 []property
	isObject                   bool // write properties (possibly none)
	additional                 *node
	closed                     bool // additionalProperties: false
}

type property struct {
	name string
	node *node
}

// build returns the schema of a value of type t at path; def is the
// default there (hasDef tells whether one exists).
func (g *generator) build(path string, t reflect.Type, def interface{}, hasDef bool) *node {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	n := &node{}
	switch {
	case values.KubernetesType(t) && t.Kind() == reflect.Struct:
		// A Kubernetes type (affinity, an env var): an object as
		// Kubernetes writes it, which the loader decodes strictly and
		// Validate checks by the API server's rules; the schema leaves
		// its keys free (Kubernetes' own OpenAPI describes them).
		n.types = []string{"object"}
		n.additional = &node{}
	case t == intOrStringType:
		n.types = []string{"integer", "string"}
	case t.Kind() == reflect.Struct:
		n.isObject, n.closed = true, true
		n.types = []string{"object"}
		defMap, _ := def.(map[string]interface{})
		g.addFields(n, path, t, defMap)
		return g.constrain(path, n) // an object's default is its properties' defaults
	case t.Kind() == reflect.String:
		n.types = []string{"string"}
		if e, ok := reflect.Zero(t).Interface().(values.Enum); ok {
			n.enum = e.Enum()
		}
	case t.Kind() == reflect.Bool:
		n.types = []string{"boolean"}
	case t.Kind() == reflect.Int32 || t.Kind() == reflect.Int64:
		n.types = []string{"integer"}
	case t.Kind() == reflect.Slice:
		n.types = []string{"array"}
		n.items = g.build(path+"[]", t.Elem(), nil, false)
	case t.Kind() == reflect.Map && t.Key().Kind() == reflect.String:
		n.types = []string{"object"}
		if t == resourceListType {
			n.additional = &node{types: []string{"string", "number"}}
		} else {
			n.additional = g.build(path+"{}", t.Elem(), nil, false)
		}
	default:
		g.errs = append(g.errs, fmt.Errorf("schema: %s: unsupported Go type %s", path, t))
	}
	n.def, n.hasDefault = def, hasDef
	return g.constrain(path, n)
}

// addFields adds the properties of struct type t, in field order, inlining
// embedded structs without a JSON name as encoding/json does.
func (g *generator) addFields(n *node, path string, t reflect.Type, def map[string]interface{}) {
	for _, f := range values.Fields(t) {
		p := f.Name
		if path != "" {
			p = path + "." + f.Name
		}
		d, ok := def[f.Name]
		child := g.build(p, f.StructField.Type, d, ok)
		switch {
		case f.Tags.Quantity || f.Tags.Numeric:
			child.types = []string{"string", "number"}
		case f.Tags.EmptyUnset && slices.Equal(child.types, []string{"integer"}):
			// An integer, or "" for unset (as Optio's chart writes it).
			child.types = []string{"integer", "string"}
			if child.pattern == "" {
				child.pattern = "^$"
			}
		}
		if f.Tags.Empty && child.enum != nil && !slices.Contains(child.enum, "") {
			child.enum = append(slices.Clone(child.enum), "") // "" omits the value
		}
		child.description = g.doc(f.Owner, f.StructField.Name, p)
		n.properties = append(n.properties, property{f.Name, child})
	}
}

func (g *generator) doc(t reflect.Type, fieldName, path string) string {
	text := ""
	if t.PkgPath() == valuesPkg {
		text = g.docs[t.Name()][fieldName]
	}
	if text == "" {
		g.errs = append(g.errs, fmt.Errorf("schema: %s (%s.%s) has no doc comment", path, t.Name(), fieldName))
	}
	return text
}

func (g *generator) constrain(path string, n *node) *node {
	if b, ok := g.bounds[path]; ok {
		n.minimum, n.maximum = b[0], b[1]
		g.used[path] = true
	}
	if p, ok := g.patterns[path]; ok {
		n.pattern = p
		g.used[path] = true
	}
	return n
}

// write writes n as compact JSON.
func (n *node) write(b *bytes.Buffer) error {
	b.WriteByte('{')
	first := true
	key := func(k string) {
		if !first {
			b.WriteByte(',')
		}
		first = false
		writeJSON(b, k)
		b.WriteByte(':')
	}
	if n.schema != "" {
		key("$schema")
		writeJSON(b, n.schema)
	}
	if n.title != "" {
		key("title")
		writeJSON(b, n.title)
	}
	if n.description != "" {
		key("description")
		writeJSON(b, n.description)
	}
	if len(n.types) == 1 {
		key("type")
		writeJSON(b, n.types[0])
	} else if len(n.types) > 1 {
		key("type")
		writeJSON(b, n.types)
	}
	if n.enum != nil {
		key("enum")
		writeJSON(b, n.enum)
	}
	if n.minimum != nil {
		key("minimum")
		writeJSON(b, *n.minimum)
	}
	if n.maximum != nil {
		key("maximum")
		writeJSON(b, *n.maximum)
	}
	if n.pattern != "" {
		key("pattern")
		writeJSON(b, n.pattern)
	}
	if n.hasDefault {
		key("default")
		if err := writeJSON(b, n.def); err != nil {
			return err
		}
	}
	if n.items != nil {
		key("items")
		if err := n.items.write(b); err != nil {
			return err
		}
	}
	if n.isObject {
		key("properties")
		b.WriteByte('{')
		for i, p := range n.properties {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(b, p.name)
			b.WriteByte(':')
			if err := p.node.write(b); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	}
	if n.closed {
		key("additionalProperties")
		b.WriteString("false")
	} else if n.additional != nil {
		key("additionalProperties")
		if err := n.additional.write(b); err != nil {
			return err
		}
	}
	b.WriteByte('}')
	return nil
}

// writeJSON writes v without escaping <, > and & (descriptions name objects
// as R-<component>). Maps are written with sorted keys.
func writeJSON(b *bytes.Buffer, v interface{}) error {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // Encode's newline
	return nil
}
