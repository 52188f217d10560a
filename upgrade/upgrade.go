// Package upgrade compares the output a release was last applied from with
// a new output, object by object, and finds the changes that the running
// stack cannot absorb from a plain `kubectl apply`: fields the API server
// refuses to change (selectors, a claim's storage class, a binding's role),
// and changes the server accepts but the running database does not follow
// (a PostgreSQL major version, a password or user set at initdb). Each
// finding names the value path that causes it, what happens, and the exact
// steps to carry the change out.
//
// It compares parsed objects (see package manifest), not values, so the
// previous output may come from any version of this program, or from any
// tool that wrote the same objects. It never reads the cluster.
package upgrade

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/optio-cdk8s/optio-cdk8s/manifest"
)

// Finding is one change between the previous and the new output.
type Finding struct {
	// Rule is the ID of the Rule that found it, e.g. "postgres-major-version".
	Rule string
	// Path is the value path that makes the change, e.g.
	// "postgresql.image.tag", or, for an object this program cannot map to a
	// value, "<Kind>/<name>:<field>". It is what --allow-change takes.
	Path string
	// Object is the object concerned: "Kind namespace/name".
	Object string
	// Refuse is true when applying the new output would fail or break the
	// running release; the command line then refuses to write it unless
	// the change is allowed. Otherwise the finding is a warning.
	Refuse bool
	// Message says what changes and what would happen.
	Message string
	// Steps are the exact steps that carry the change out, in order.
	Steps []string
}

// String is the finding on one line, then its steps indented.
func (f Finding) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s (%s)", f.Path, f.Message, f.Object)
	for i, s := range f.Steps {
		fmt.Fprintf(&b, "\n    %d. %s", i+1, strings.ReplaceAll(s, "\n", "\n       "))
	}
	return b.String()
}

// Rule is one entry of Rules: a kind of change that a plain apply cannot
// carry out.
type Rule struct {
	// ID names the rule in findings and tests.
	ID string
	// Check returns the rule's findings for the change d.
	Check func(d *Diff) []Finding
}

// Rules are every check Check runs, in order. A new rule is one entry.
var Rules = []Rule{
	{ID: "postgres-major-version", Check: postgresMajorVersion},
	{ID: "postgres-initdb-settings", Check: postgresInitdbSettings},
	{ID: "postgres-password", Check: postgresPassword},
	{ID: "immutable-field", Check: immutableFields},
	{ID: "claim-size", Check: claimSize},
	{ID: "retained-object-removed", Check: retainedRemoved},
	{ID: "data-volume-replaced", Check: dataVolumeReplaced},
	{ID: "internal-tls-moves", Check: internalTLSMoves},
}

// Diff is a previous and a new output, indexed by object identity.
type Diff struct {
	// Prev and Next map Key to object.
	Prev, Next map[string]manifest.Object
}

// Key identifies an object: "group/Kind namespace/name" (the group is empty
// for the core group, the namespace for cluster-scoped objects).
func Key(o manifest.Object) string {
	group := ""
	if av, _ := o.Get("apiVersion").(string); strings.Contains(av, "/") {
		group = av[:strings.Index(av, "/")]
	}
	return group + "/" + o.Kind() + " " + o.Namespace() + "/" + o.Name()
}

// describe is "Kind namespace/name" or "Kind name".
func describe(o manifest.Object) string {
	if o.Namespace() == "" {
		return o.Kind() + " " + o.Name()
	}
	return o.Kind() + " " + o.Namespace() + "/" + o.Name()
}

// NewDiff indexes prev and next. Objects without a kind or name are
// skipped.
func NewDiff(prev, next []manifest.Object) *Diff {
	index := func(objs []manifest.Object) map[string]manifest.Object {
		m := map[string]manifest.Object{}
		for _, o := range objs {
			if o.Kind() != "" && o.Name() != "" {
				m[Key(o)] = o
			}
		}
		return m
	}
	return &Diff{Prev: index(prev), Next: index(next)}
}

// Pair is one object present in both outputs.
type Pair struct {
	Prev, Next manifest.Object
}

// Pairs lists the objects of the given kinds present in both outputs, in
// key order.
func (d *Diff) Pairs(kinds ...string) []Pair {
	var out []Pair
	for _, k := range sortedKeys(d.Next) {
		n := d.Next[k]
		if p, ok := d.Prev[k]; ok && slices.Contains(kinds, n.Kind()) {
			out = append(out, Pair{Prev: p, Next: n})
		}
	}
	return out
}

func sortedKeys(m map[string]manifest.Object) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Check runs every rule of Rules on the change from prev to next and
// returns the findings, refusals first, each group in rule order.
func Check(prev, next []manifest.Object) []Finding {
	d := NewDiff(prev, next)
	var refuse, warn []Finding
	for _, r := range Rules {
		for _, f := range r.Check(d) {
			f.Rule = r.ID
			if f.Refuse {
				refuse = append(refuse, f)
			} else {
				warn = append(warn, f)
			}
		}
	}
	return append(refuse, warn...)
}

// Blocking returns the refusals of findings whose Path is not in allowed,
// and the allowed entries that match no refusal (a mistyped path).
func Blocking(findings []Finding, allowed []string) (blocking []Finding, unused []string) {
	used := map[string]bool{}
	for _, f := range findings {
		if !f.Refuse {
			continue
		}
		if slices.Contains(allowed, f.Path) {
			used[f.Path] = true
			continue
		}
		blocking = append(blocking, f)
	}
	for _, a := range allowed {
		if !used[a] {
			unused = append(unused, a)
		}
	}
	return blocking, unused
}
