// Package difftest is the differential tester of optio-cdk8s: a seeded
// generator of values files that vary every value reaching a Kubernetes
// field (Catalog), a client that asks a real kube-apiserver for its verdict
// on the synthesized objects (Server), and the table of refusals this
// program makes on purpose where the server would accept (Deliberate). The
// test that drives them is test/difftest_test.go.
package difftest

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"

	"sigs.k8s.io/yaml"
)

//go:embed base.yaml
var baseYAML []byte

// Variant is a valid starting point: the base values with a few changes.
type Variant struct {
	// Name identifies the variant in reports.
	Name string
	// Sets are applied to the base values.
	Sets []Set
}

// Variants are the starting points of the generated files: the base with
// every optional part on (cert-manager TLS, a Secret with everything), and
// the base with manual TLS, with existingSecret, and with an external
// database and Redis, so that the values only those modes read reach the
// server too.
var Variants = []Variant{
	{Name: "full"},
	{Name: "manual-tls", Sets: []Set{{"ingress.certManager.enabled", false}}},
	{Name: "existing-secret", Sets: []Set{{"existingSecret", "optio-secrets"}}},
	{Name: "external", Sets: []Set{{"postgresql.enabled", false}, {"redis.enabled", false}}},
	{Name: "gateway", Sets: []Set{{"ingress.enabled", false}, {"gatewayAPI.enabled", true}, {"internalTLS.provider", "cert-manager"}}},
	{Name: "gateway-own", Sets: []Set{{"ingress.enabled", false}, {"gatewayAPI.enabled", true}, {"gatewayAPI.parentRefs", []any{}}}},
}

// Mutation is one form written at one point.
type Mutation struct {
	// Point is the catalog entry.
	Point *Point
	// Form is the value written.
	Form Form
}

// String renders the mutation as path = value (long values shortened).
func (m Mutation) String() string {
	return fmt.Sprintf("%s = %s (%s, %s)", m.Point.Path, Show(m.Form.Value), m.Form.Name, m.Form.Class)
}

// Case is one generated values file.
type Case struct {
	// Index is the case's number within its seed.
	Index int
	// Variant is the starting point.
	Variant Variant
	// Mutations are the one to three changes made to it.
	Mutations []Mutation
	// Release is the --release-name (a mutation of ReleaseNamePath, else
	// "optio").
	Release string
	// Values is the values tree to write.
	Values map[string]any
}

// YAML renders the case's values as a values file.
func (c *Case) YAML() ([]byte, error) {
	b, err := yaml.Marshal(c.Values)
	if err != nil {
		return nil, err
	}
	header := fmt.Sprintf("# difftest case %d, variant %s; --release-name %s\n", c.Index, c.Variant.Name, c.Release)
	for _, m := range c.Mutations {
		header += "# " + strings.ReplaceAll(m.String(), "\n", `\n`) + "\n"
	}
	return append([]byte(header), b...), nil
}

// Generator produces the cases of one seed. Case i is the same for a given
// seed whatever else is generated, so that one case can be rerun alone.
type Generator struct {
	seed    uint64
	catalog []Point
	// pairs is every (point, form) in a seeded order: case i's first
	// mutation is pairs[i mod len], so a run of len(pairs) cases writes
	// every form of every point at least once.
	pairs [][2]int
}

// NewGenerator returns the generator of seed over Catalog().
func NewGenerator(seed uint64) *Generator {
	g := &Generator{seed: seed, catalog: Catalog()}
	for i, p := range g.catalog {
		for j := range p.Forms {
			g.pairs = append(g.pairs, [2]int{i, j})
		}
	}
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	r.Shuffle(len(g.pairs), func(i, j int) { g.pairs[i], g.pairs[j] = g.pairs[j], g.pairs[i] })
	return g
}

// Pairs is the number of (point, form) pairs of the catalog.
func (g *Generator) Pairs() int { return len(g.pairs) }

// Case returns case i.
func (g *Generator) Case(i int) (*Case, error) {
	r := rand.New(rand.NewPCG(g.seed, uint64(i)+1))
	c := &Case{Index: i, Release: "optio"}
	w := r.IntN(100)
	switch {
	case w < 55:
		c.Variant = Variants[0]
	default:
		c.Variant = Variants[1+(w-55)*(len(Variants)-1)/45]
	}
	var err error
	if c.Values, err = baseValues(); err != nil {
		return nil, err
	}
	for _, s := range c.Variant.Sets {
		if err := setPath(c.Values, s.Path, s.Value, nil); err != nil {
			return nil, err
		}
	}
	n := 1
	switch w := r.IntN(10); {
	case w >= 8:
		n = 3
	case w >= 5:
		n = 2
	}
	first := g.pairs[i%len(g.pairs)]
	picks := [][2]int{first}
	for len(picks) < n {
		pi := r.IntN(len(g.catalog))
		picks = append(picks, [2]int{pi, r.IntN(len(g.catalog[pi].Forms))})
	}
	for k, pk := range picks {
		p := &g.catalog[pk[0]]
		fm := p.Forms[pk[1]]
		c.Mutations = append(c.Mutations, Mutation{Point: p, Form: fm})
		if p.Path == ReleaseNamePath {
			c.Release = fm.Value.(string)
			continue
		}
		err := setPath(c.Values, p.Path, copyValue(fm.Value), copyValue(p.KeyValue))
		if err != nil && k == 0 && strings.Contains(err.Error(), ": no ") && c.Variant.Name != Variants[0].Name {
			// The case's own pair goes into a list its variant emptied
			// (gateway-own's parentRefs: [] then parentRefs[0].sectionName):
			// write it on the full base instead, so that every pair is
			// still written.
			c.Variant = Variants[0]
			if c.Values, err = baseValues(); err != nil {
				return nil, err
			}
			err = setPath(c.Values, p.Path, copyValue(fm.Value), copyValue(p.KeyValue))
		}
		if err != nil {
			if k > 0 && strings.Contains(err.Error(), ": no ") {
				// A random extra pick into a list an earlier pick of
				// this case emptied (api.tolerations: [] then
				// api.tolerations[0].key): it no longer applies.
				c.Mutations = c.Mutations[:len(c.Mutations)-1]
				continue
			}
			return nil, err
		}
		for _, s := range fm.Also {
			if err := setPath(c.Values, s.Path, copyValue(s.Value), nil); err != nil {
				return nil, err
			}
		}
	}
	return c, nil
}

// baseValues parses base.yaml afresh.
func baseValues() (map[string]any, error) {
	var m map[string]any
	if err := yaml.Unmarshal(baseYAML, &m); err != nil {
		return nil, fmt.Errorf("base.yaml: %w", err)
	}
	return m, nil
}

// copyValue deep-copies maps and lists, so that no case shares a form's
// value with another.
func copyValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = copyValue(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = copyValue(e)
		}
		return out
	}
	return v
}

// Show renders a form's value for a report: JSON, with long strings and
// lists shortened.
func Show(v any) string {
	if v == Absent {
		return "(removed)"
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	s := string(b)
	if len(s) > 120 {
		s = fmt.Sprintf("%s... (%d bytes)", s[:100], len(s))
	}
	return s
}
