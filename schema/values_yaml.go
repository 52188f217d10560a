package schema

import (
	"bytes"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// commentWidth is the line width that ValuesYAML wraps descriptions at.
const commentWidth = 80

// Property is one value of a generated schema, in the schema's order.
type Property struct {
	// Path is the value's dotted path, e.g. api.image.tag.
	Path string
	// Description is the value's description (its Go field's doc comment).
	Description string
	// Default is the default, decoded from JSON; HasDefault tells whether
	// the schema gives one (an optional value that is unset by default has
	// none).
	Default    any
	HasDefault bool
	// Depth is the number of objects above the value (0 at the top).
	Depth int
	// Object tells that the value is a closed object (a Go struct) whose
	// own values follow it; it has no Default of its own.
	Object bool
	// Unset tells that the value is unset by default: an optional value
	// without a default, an object whose default is null or none of whose
	// values has a default, or a value of such an object.
	Unset bool
}

// Properties lists every value of a schema that Generate wrote (the
// committed values.schema.json), depth first in the schema's order: each
// object before its own values. The schema is read, not regenerated, so
// that a program built from the module (go install) needs no source.
func Properties(schemaJSON []byte) ([]Property, error) {
	var doc yaml.Node // JSON is YAML; a node keeps the properties' order
	if err := yaml.Unmarshal(schemaJSON, &doc); err != nil {
		return nil, fmt.Errorf("schema: reading the schema: %w", err)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		return nil, fmt.Errorf("schema: not one JSON object")
	}
	var out []Property
	var walk func(obj *yaml.Node, prefix string, depth int, unset bool) error
	walk = func(obj *yaml.Node, prefix string, depth int, unset bool) error {
		props := member(obj, "properties")
		if props == nil || props.Kind != yaml.MappingNode {
			return nil
		}
		for i := 0; i+1 < len(props.Content); i += 2 {
			name, sub := props.Content[i].Value, props.Content[i+1]
			p := Property{Path: prefix + name, Depth: depth}
			if d := member(sub, "description"); d != nil {
				p.Description = d.Value
			}
			add := member(sub, "additionalProperties")
			p.Object = member(sub, "properties") != nil && add != nil && add.Value == "false"
			d := member(sub, "default")
			if d != nil && !p.Object {
				var v any
				if err := d.Decode(&v); err != nil {
					return fmt.Errorf("schema: default of %s: %w", p.Path, err)
				}
				p.Default, p.HasDefault = v, true
			}
			p.Unset = unset || !p.Object && !p.HasDefault || p.Object && d != nil && d.Tag == "!!null"
			out = append(out, p)
			if p.Object {
				if err := walk(sub, p.Path+".", depth+1, p.Unset); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := walk(doc.Content[0], "", 0, false); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("schema: no properties")
	}
	// An object none of whose values has a default (a pointer that is nil
	// by default, such as a container's seccompProfile) is unset too.
	for i := len(out) - 1; i >= 0; i-- {
		if !out[i].Object || out[i].Unset {
			continue
		}
		any := false
		for j := i + 1; j < len(out) && out[j].Depth > out[i].Depth; j++ {
			any = any || out[j].HasDefault
		}
		if !any {
			out[i].Unset = true
		}
	}
	return out, nil
}

// ValuePaths lists the values that --set can set: every value of the schema
// that is not an object of its own values (a map or a list is one value).
func ValuePaths(schemaJSON []byte) ([]Property, error) {
	props, err := Properties(schemaJSON)
	if err != nil {
		return nil, err
	}
	var out []Property
	for _, p := range props {
		if !p.Object {
			out = append(out, p)
		}
	}
	return out, nil
}

// member returns the value of key in a mapping node, or nil.
func member(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// ValuesYAML writes the defaults of a generated schema as a commented values
// file (what `optio-cdk8s show values` prints, as `helm show values` prints
// a chart's values.yaml): every value with its default, under its
// description wrapped at 80 columns. A value that is unset by default (and
// every value of an object that is) is written commented out
// ("# minAvailable:"), so that the file read back is exactly the defaults.
func ValuesYAML(schemaJSON []byte) ([]byte, error) {
	props, err := Properties(schemaJSON)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString("# Default values of optio-cdk8s: the Optio Helm chart 0.1.0's values, key for\n" +
		"# key, and the values this project adds (each described as such).\n" +
		"# Printed by `optio-cdk8s show values`; the JSON Schema is `optio-cdk8s show schema`.\n" +
		"# A values file needs only the values that differ from these.\n")
	for i, p := range props {
		indent := strings.Repeat("  ", p.Depth)
		if i > 0 && p.Depth == 0 {
			b.WriteString("\n")
		}
		for _, line := range wrap(p.Description, commentWidth-len(indent)-2) {
			b.WriteString(indent + "#")
			if line != "" {
				b.WriteString(" " + line)
			}
			b.WriteString("\n")
		}
		key := p.Path[strings.LastIndex(p.Path, ".")+1:]
		keyText, err := scalarText(key)
		if err != nil {
			return nil, err
		}
		line := keyText + ":"
		if p.HasDefault {
			text, err := valueText(p.Default, indent+"  ")
			if err != nil {
				return nil, fmt.Errorf("schema: default of %s: %w", p.Path, err)
			}
			line += text
		}
		if p.Unset {
			line = "# " + strings.ReplaceAll(line, "\n"+indent, "\n"+indent+"# ")
		}
		fmt.Fprintf(&b, "%s%s\n", indent, line)
	}
	return b.Bytes(), nil
}

// scalarText is a key or scalar as YAML writes it (quoted when needed).
func scalarText(s string) (string, error) {
	out, err := yaml.Marshal(s)
	if err != nil {
		return "", err
	}
	return strings.TrimSuffix(string(out), "\n"), nil
}

// valueText is a default as it follows "key:": " value" for a scalar or an
// empty map or list, else a newline and the block, indented by indent.
func valueText(v any, indent string) (string, error) {
	switch t := v.(type) {
	case map[string]any:
		if len(t) == 0 {
			return " {}", nil
		}
	case []any:
		if len(t) == 0 {
			return " []", nil
		}
	default:
		// JSON numbers decode as int or float64; YAML writes both plainly.
		out, err := yaml.Marshal(v)
		if err != nil {
			return "", err
		}
		return " " + strings.TrimSuffix(string(out), "\n"), nil
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	if err := enc.Close(); err != nil {
		return "", err
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	for i, l := range lines {
		lines[i] = indent + l
	}
	return "\n" + strings.Join(lines, "\n"), nil
}

// wrap breaks text into lines of at most width characters at spaces (a
// longer word gets a line of its own).
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		switch {
		case line == "":
			line = w
		case len(line)+1+len(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
