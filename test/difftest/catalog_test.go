package difftest

import (
	"reflect"
	"slices"
	"testing"
)

// TestCatalogCoversEveryLeaf checks that every leaf of the values types (as
// values.schema.json lists them: each scalar, each map's keys and values)
// is a mutation point of the catalog, so a value added to the types without
// a point fails here, and that every point names a real value.
func TestCatalogCoversEveryLeaf(t *testing.T) {
	covered := map[string]bool{}
	for _, p := range Catalog() {
		leaf, err := Leaf(p.Path)
		if err != nil {
			t.Errorf("catalog point: %v", err)
			continue
		}
		covered[leaf] = true
	}
	for _, leaf := range Leaves() {
		if !covered[leaf] {
			t.Errorf("%s reaches a Kubernetes field but has no mutation point in Catalog()", leaf)
		}
	}
	if !covered[ReleaseNamePath] {
		t.Errorf("the release name has no mutation point")
	}
}

// TestLeaves checks the leaf walk on values whose shape is known.
func TestLeaves(t *testing.T) {
	leaves := Leaves()
	for _, want := range []string{
		"api.nodeSelector{key}", "api.nodeSelector{value}", "api.tolerations[].key",
		"api.service.nodePort", "api.resources.requests{value}", "ingress.hosts[].paths[].pathType",
		"agent.pvc.accessModes[]", "api.podSecurityContext.seccompProfile.type", "imagePullSecrets[].name",
	} {
		if !slices.Contains(leaves, want) {
			t.Errorf("Leaves() lacks %s", want)
		}
	}
	for path, want := range map[string]string{
		"api.nodeSelector[kubernetes.io/os]":            "api.nodeSelector{value}",
		"api.nodeSelector[*]":                           "api.nodeSelector{key}",
		"ingress.hosts[0].paths[1].path":                "ingress.hosts[].paths[].path",
		"api.containerSecurityContext.capabilities.add": "api.containerSecurityContext.capabilities.add",
	} {
		if got, err := Leaf(path); err != nil || got != want {
			t.Errorf("Leaf(%q) = %q, %v; want %q", path, got, err, want)
		}
	}
	if _, err := Leaf("api.nodeSelectr[x]"); err == nil {
		t.Errorf("Leaf accepts a misspelt key")
	}
}

// TestCatalogForms checks that every point has a valid form and a form
// that is not (booleans aside), and that every form applies to the base.
func TestCatalogForms(t *testing.T) {
	for _, p := range Catalog() {
		classes := map[Class]bool{}
		for _, fm := range p.Forms {
			classes[fm.Class] = true
			if p.Path == ReleaseNamePath {
				continue
			}
			tree, err := baseValues()
			if err != nil {
				t.Fatal(err)
			}
			if err := setPath(tree, p.Path, copyValue(fm.Value), p.KeyValue); err != nil {
				t.Errorf("%s (%s): %v", p.Path, fm.Name, err)
			}
			for _, s := range fm.Also {
				if err := setPath(tree, s.Path, s.Value, nil); err != nil {
					t.Errorf("%s (%s): %v", p.Path, fm.Name, err)
				}
			}
		}
		allBool := true
		for _, fm := range p.Forms {
			_, isBool := fm.Value.(bool)
			allBool = allBool && (isBool || fm.Value == Absent)
		}
		if !classes[Valid] && !classes[Borderline] {
			t.Errorf("%s has no valid or borderline form", p.Path)
		}
		if !allBool && !classes[Invalid] && !classes[Borderline] {
			t.Errorf("%s has no borderline or invalid form", p.Path)
		}
	}
}

// TestGeneratorIsDeterministic checks that a case depends only on the seed
// and its index.
func TestGeneratorIsDeterministic(t *testing.T) {
	a, b := NewGenerator(7), NewGenerator(7)
	for _, i := range []int{0, 5, 123} {
		ca, err := a.Case(i)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = b.Case(i + 1) // an unrelated case in between changes nothing
		cb, err := b.Case(i)
		if err != nil {
			t.Fatal(err)
		}
		ya, _ := ca.YAML()
		yb, _ := cb.YAML()
		if !reflect.DeepEqual(ya, yb) {
			t.Errorf("case %d differs between two generators of one seed", i)
		}
	}
	c, err := NewGenerator(8).Case(0)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Mutations) < 1 || len(c.Mutations) > 3 {
		t.Errorf("case has %d mutations, want 1 to 3", len(c.Mutations))
	}
}

// TestSetPath checks the path syntax on a small tree.
func TestSetPath(t *testing.T) {
	tree := map[string]any{"a": map[string]any{"l": []any{map[string]any{"k": "v"}}}}
	for _, c := range []struct {
		path string
		v    any
	}{{"a.l[0].k", "w"}, {"a.m[x.y/z]", "1"}, {"a.m[*]", "new"}, {"b.c", 2}} {
		if err := setPath(tree, c.path, c.v, "kv"); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]any{
		"a": map[string]any{"l": []any{map[string]any{"k": "w"}}, "m": map[string]any{"x.y/z": "1", "new": "kv"}},
		"b": map[string]any{"c": 2},
	}
	if !reflect.DeepEqual(tree, want) {
		t.Errorf("tree = %v\nwant %v", tree, want)
	}
	if err := setPath(tree, "a.l[3].k", "x", nil); err == nil {
		t.Errorf("an index past the list's end is accepted")
	}
	if err := setPath(tree, "a.l[0].k", Absent, nil); err != nil || len(tree["a"].(map[string]any)["l"].([]any)[0].(map[string]any)) != 0 {
		t.Errorf("Absent does not remove the key: %v", tree)
	}
}

// TestEveryCaseGenerates: every case of CI's seed (and of two others) is
// written, over more than a round of the point/form pairs: a pair that goes
// into a list its variant empties moves to the full base (case 184 of CI's
// seed failed so once the catalog grew).
func TestEveryCaseGenerates(t *testing.T) {
	for _, seed := range []uint64{20260901, 7, 1} {
		g := NewGenerator(seed)
		for i := range g.Pairs() + 300 {
			c, err := g.Case(i)
			if err != nil {
				t.Fatalf("seed %d case %d: %v", seed, i, err)
			}
			if len(c.Mutations) == 0 {
				t.Fatalf("seed %d case %d: no mutation", seed, i)
			}
		}
	}
}
