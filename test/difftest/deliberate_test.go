package difftest

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/values"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// docSection is docs/validation.md's heading of the deliberate refusals.
const docSection = "\n## Refusals beyond the API server\n"

// TestDeliberateRefusalsMatchTheDocs checks that docs/validation.md's table
// of deliberate refusals and DeliberateRefusals list the same rules, once
// each.
func TestDeliberateRefusalsMatchTheDocs(t *testing.T) {
	b, err := os.ReadFile("../../docs/validation.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	start := strings.Index(text, docSection)
	if start < 0 {
		t.Fatalf("docs/validation.md has no section %q", docSection)
	}
	section := text[start+len(docSection):]
	if end := strings.Index(section, "\n#"); end >= 0 {
		section = section[:end]
	}
	row := regexp.MustCompile("(?m)^\\| `([a-z0-9-]+)` \\|")
	var documented []string
	for _, m := range row.FindAllStringSubmatch(section, -1) {
		documented = append(documented, m[1])
	}
	var code []string
	for _, d := range DeliberateRefusals {
		if slices.Contains(code, d.ID) {
			t.Errorf("DeliberateRefusals lists %s twice", d.ID)
		}
		code = append(code, d.ID)
	}
	for _, id := range code {
		if !slices.Contains(documented, id) {
			t.Errorf("deliberate refusal %s is not in docs/validation.md's table", id)
		}
	}
	for _, id := range documented {
		if !slices.Contains(code, id) {
			t.Errorf("docs/validation.md lists %s, which DeliberateRefusals lacks", id)
		}
	}
	if len(documented) < 10 {
		t.Errorf("docs/validation.md's table has %d rows; the section was not parsed", len(documented))
	}
}

// TestExplain checks which errors of Validate are deliberate: the
// program's own rules are (by their Origin), the API server's rules are
// not, and unused values only while unused.
func TestExplain(t *testing.T) {
	toleration := []values.Toleration{{Key: "k", Operator: "Equal", Value: "a b"}}
	for _, c := range []struct {
		path   string
		mutate func(p *optio.OptioChartProps)
		want   string
	}{
		{"api.image.tag", func(p *optio.OptioChartProps) { p.API.Image.Tag = "-x" }, values.RuleImageReference},
		{"web.image.pullPolicy", func(p *optio.OptioChartProps) { p.Web.Image.PullPolicy = "Sometimes" }, values.RuleEnums},
		{"web.service.nodePort", func(p *optio.OptioChartProps) {
			p.Web.Service = values.ServiceValues{Type: "NodePort", NodePort: ptr(intstr.FromInt32(0))}
		}, values.RuleNodePort},
		{"api.service.nodePort", func(p *optio.OptioChartProps) {
			p.API.Service = values.ServiceValues{Type: "NodePort", NodePort: ptr(intstr.FromInt32(29999))}
		}, ""},
		{"ingress.hosts[0].paths[1].path", func(p *optio.OptioChartProps) {
			p.Ingress.Enabled = true
			p.Ingress.Hosts[0].Paths[1].Path = "/a b"
		}, values.RuleIngressNginxPaths},
		{"api.tolerations[0].value", func(p *optio.OptioChartProps) { p.API.Tolerations = toleration }, ""},
		{"postgresql.tolerations[0].value", func(p *optio.OptioChartProps) { p.Postgresql.Tolerations = toleration }, ""},
		{"postgresql.tolerations[0].value", func(p *optio.OptioChartProps) {
			p.Postgresql.Tolerations = toleration
			p.Postgresql.Enabled = false
			p.ExternalDatabase.URL = "postgres://u@db:5432/optio"
		}, "unused-values"},
		{"resourceQuota.hard[pods]", func(p *optio.OptioChartProps) { p.ResourceQuota.Hard["pods"] = "1.5" }, "unused-values"}, // the quota is off by default
		{"encryption.key", func(p *optio.OptioChartProps) { p.Encryption.Key = "" }, values.RuleRequiredValues},
		// A label key apimachinery refuses (its origin format=k8s-label-key)
		// in a value that reaches only the API's environment.
		{"agent.nodeSelector", func(p *optio.OptioChartProps) { p.Agent.NodeSelector = map[string]string{"/key": "v"} }, values.RuleAPIEnvironment},
		{"api.nodeSelector", func(p *optio.OptioChartProps) { p.API.NodeSelector = map[string]string{"/key": "v"} }, ""},
		// maxUnavailable beside minAvailable is not rendered (pdb-both).
		{"api.pdb.maxUnavailable", func(p *optio.OptioChartProps) {
			p.API.PDB.Enabled, p.API.PDB.MinAvailable, p.API.PDB.MaxUnavailable = true, ptr(intstr.FromInt32(1)), ptr(intstr.FromString("50"))
		}, "unused-values"},
		{"api.pdb.maxUnavailable", func(p *optio.OptioChartProps) {
			p.API.PDB.Enabled, p.API.PDB.MinAvailable, p.API.PDB.MaxUnavailable = true, nil, ptr(intstr.FromString("50"))
		}, ""},
	} {
		p := testutil.ValidProps()
		c.mutate(&p)
		var found *field.Error
		for _, e := range p.Validate() {
			if e.Field == c.path {
				found = e
			}
		}
		if found == nil {
			t.Errorf("%s: Validate reports nothing there: %v", c.path, p.Validate())
			continue
		}
		if got := Explain(found, &p); got != c.want {
			t.Errorf("Explain(%q) = %q, want %q", found.Error(), got, c.want)
		}
	}
	p := testutil.ValidProps()
	if got := Explain(nil, &p); got != "" {
		t.Errorf("Explain of a failure that is no value's error (a synth failure) = %q, want \"\"", got)
	}
}

func ptr[T any](v T) *T { return &v }
