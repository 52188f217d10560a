package loader

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"
)

// CheckValuesFile refuses what Helm's reader would silently lose in a
// values file, or what would take it unbounded time or memory: a second
// YAML document (Helm reads the first only), a key given twice in one map
// (Helm keeps the last), a key that is a list or a map, a document that is
// not a map, and aliases that expand the file beyond MaxExpandedSize (or
// refer to a node that contains them). It runs in time linear in the size
// of the file. An empty file is fine. name is how errors refer to the file.
func CheckValuesFile(name string, data []byte) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil
		}
		return fmt.Errorf("%s: not valid YAML: %w", name, err)
	}
	var more yaml.Node
	if err := dec.Decode(&more); !errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: holds more than one YAML document (---); a values file is one map of values", name)
	}
	if len(doc.Content) != 1 {
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode && root.ShortTag() != "!!null" {
		return fmt.Errorf("%s: line %d: a values file is a map of values (key: value), not a %s", name, root.Line, kindName(root))
	}
	w := &nodeWalker{name: name, size: map[*yaml.Node]int64{}, open: map[*yaml.Node]bool{}}
	total, err := w.walk(root)
	if err != nil {
		return err
	}
	if total > MaxExpandedSize {
		return w.tooLarge()
	}
	return nil
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "list"
	case yaml.MappingNode:
		return "map"
	case yaml.AliasNode:
		return "alias"
	}
	return "single value"
}

// nodeWalker checks the keys of every map and measures the size of the
// document with its aliases expanded, visiting each node once: the size of
// an anchored node is remembered, so an alias costs one lookup however
// large its target.
type nodeWalker struct {
	name string
	// size is the expanded size of each anchored node walked so far.
	size map[*yaml.Node]int64
	// open holds the anchored nodes being walked (an alias to one of them
	// would contain itself).
	open map[*yaml.Node]bool
}

func (w *nodeWalker) tooLarge() error {
	return fmt.Errorf("%s: its aliases (*name) expand it beyond %s; repeat less through aliases", w.name, sizeText(MaxExpandedSize))
}

// walk returns n's expanded size: the bytes of its scalars plus one per
// node. It stops as soon as the total passes MaxExpandedSize.
func (w *nodeWalker) walk(n *yaml.Node) (int64, error) {
	if n.Kind == yaml.AliasNode {
		target := n.Alias
		if target == nil {
			return 1, nil
		}
		if w.open[target] {
			return 0, fmt.Errorf("%s: line %d: alias *%s refers to a node that contains it", w.name, n.Line, n.Value)
		}
		if s, ok := w.size[target]; ok {
			return s, nil
		}
		return w.walk(target) // anchors come first in a document; this is defensive
	}
	if n.Anchor != "" {
		w.open[n] = true
		defer delete(w.open, n)
	}
	total := int64(1 + len(n.Value))
	if n.Kind == yaml.MappingNode {
		if err := w.checkKeys(n); err != nil {
			return 0, err
		}
	}
	for _, c := range n.Content {
		s, err := w.walk(c)
		if err != nil {
			return 0, err
		}
		total += s
		if total > MaxExpandedSize {
			return 0, w.tooLarge()
		}
	}
	if n.Anchor != "" {
		w.size[n] = total
	}
	return total, nil
}

// checkKeys refuses a key given twice in the map n (as YAML's own
// uniqueness rule compares keys: by their text) and keys that are lists or
// maps, with a set of the keys seen: linear in the number of keys.
func (w *nodeWalker) checkKeys(n *yaml.Node) error {
	seen := make(map[string]int, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		key := k
		if key.Kind == yaml.AliasNode && key.Alias != nil {
			key = key.Alias
		}
		if key.Kind != yaml.ScalarNode {
			return fmt.Errorf("%s: line %d: a key must be a single value, not a %s", w.name, k.Line, kindName(key))
		}
		if line, dup := seen[key.Value]; dup {
			return fmt.Errorf("%s: line %d: key %q is given twice in one map (first on line %d); Helm would silently keep only the last", w.name, k.Line, key.Value, line)
		}
		seen[key.Value] = k.Line
	}
	return nil
}
