package difftest

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"k8s.io/apimachinery/pkg/util/intstr"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// step is one element of a value path: a key, a list index or a map key in
// brackets ("*" for a new key).
type step struct {
	key     string
	index   int
	bracket bool // [..]: an index (list) or a key (map)
}

// parsePath splits a catalog path (a.b[0].c[key.with.dots]) into steps.
func parsePath(path string) ([]step, error) {
	var out []step
	for i := 0; i < len(path); {
		switch path[i] {
		case '.':
			i++
		case '[':
			end := strings.IndexByte(path[i:], ']')
			if end < 0 {
				return nil, fmt.Errorf("%s: unclosed [", path)
			}
			in := path[i+1 : i+end]
			n, err := strconv.Atoi(in)
			if err != nil {
				n = -1
			}
			out = append(out, step{key: in, index: n, bracket: true})
			i += end + 1
		default:
			end := strings.IndexAny(path[i:], ".[")
			if end < 0 {
				end = len(path) - i
			}
			out = append(out, step{key: path[i : i+end]})
			i += end
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty path")
	}
	return out, nil
}

// setPath writes v at path in a values tree (maps and lists as a YAML
// decoder produces them), creating maps on the way; Absent deletes the key.
// A path ending in "[*]" adds the key v with the value keyValue.
func setPath(tree map[string]any, path string, v, keyValue any) error {
	steps, err := parsePath(path)
	if err != nil {
		return err
	}
	var cur any = tree
	for i, s := range steps {
		last := i == len(steps)-1
		switch c := cur.(type) {
		case map[string]any:
			key := s.key
			if last {
				switch {
				case s.bracket && key == "*":
					k, ok := v.(string)
					if !ok {
						return fmt.Errorf("%s: a new key must be a string", path)
					}
					c[k] = keyValue
				case v == Absent:
					delete(c, key)
				default:
					c[key] = v
				}
				return nil
			}
			next, ok := c[key]
			if !ok || next == nil {
				if steps[i+1].bracket && steps[i+1].index >= 0 {
					return fmt.Errorf("%s: no list at %s", path, key)
				}
				next = map[string]any{}
				c[key] = next
			}
			cur = next
		case []any:
			if !s.bracket || s.index < 0 || s.index >= len(c) {
				return fmt.Errorf("%s: no item %s", path, s.key)
			}
			if last {
				if v == Absent {
					return fmt.Errorf("%s: cannot remove a list item", path)
				}
				c[s.index] = v
				return nil
			}
			cur = c[s.index]
		default:
			return fmt.Errorf("%s: %s is not a map or a list", path, s.key)
		}
	}
	return nil
}

var intOrString = reflect.TypeOf(intstr.IntOrString{})

// Leaf returns the leaf of the values types that a catalog path reaches, in
// the form Leaves lists: items of a list are "[]", the keys of a map
// "{key}" and its values "{value}"; a path that ends on a struct or a list
// (a combination point, or a value of a Kubernetes type) gives that node. ReleaseNamePath is its own leaf.
func Leaf(path string) (string, error) {
	if path == ReleaseNamePath {
		return path, nil
	}
	steps, err := parsePath(path)
	if err != nil {
		return "", err
	}
	t := reflect.TypeOf(optio.OptioChartProps{})
	var b strings.Builder
	for _, s := range steps {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		switch {
		case t.Kind() == reflect.Struct && t != intOrString && !s.bracket:
			found := false
			for _, fl := range values.Fields(t) {
				if fl.Name == s.key {
					if b.Len() > 0 {
						b.WriteByte('.')
					}
					b.WriteString(fl.Name)
					t = fl.StructField.Type
					found = true
					break
				}
			}
			if !found {
				return "", fmt.Errorf("%s: %s has no key %q", path, t.Name(), s.key)
			}
		case t.Kind() == reflect.Slice && s.bracket && s.index >= 0:
			b.WriteString("[]")
			t = t.Elem()
		case t.Kind() == reflect.Map && s.bracket:
			if s.key == "*" {
				b.WriteString("{key}")
			} else {
				b.WriteString("{value}")
			}
			t = t.Elem()
		default:
			return "", fmt.Errorf("%s: cannot step into %s with %q", path, t, s.key)
		}
	}
	return b.String(), nil
}

// Leaves lists every leaf of the values types (optio.OptioChartProps as
// the values loader reads it): scalars, the items of scalar lists, and the
// keys and values of maps. Sorted.
func Leaves() []string {
	var out []string
	var walk func(prefix string, t reflect.Type)
	walk = func(prefix string, t reflect.Type) {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		switch {
		case t == intOrString, values.KubernetesType(t):
			// A Kubernetes type (affinity, extraEnvVars) is one leaf:
			// its forms are whole values.
			out = append(out, prefix)
		case t.Kind() == reflect.Struct:
			for _, fl := range values.Fields(t) {
				p := fl.Name
				if prefix != "" {
					p = prefix + "." + fl.Name
				}
				walk(p, fl.StructField.Type)
			}
		case t.Kind() == reflect.Slice:
			walk(prefix+"[]", t.Elem())
		case t.Kind() == reflect.Map:
			out = append(out, prefix+"{key}")
			walk(prefix+"{value}", t.Elem())
		default:
			out = append(out, prefix)
		}
	}
	walk("", reflect.TypeOf(optio.OptioChartProps{}))
	slices.Sort(out)
	return out
}
