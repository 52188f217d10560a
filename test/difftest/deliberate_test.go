package difftest

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
)

// readmeSection is the README's heading of the deliberate refusals.
const readmeSection = "### Refusals beyond the API server"

// TestDeliberateRefusalsMatchTheReadme checks that the README's table of
// deliberate refusals and DeliberateRefusals list the same rules, once
// each.
func TestDeliberateRefusalsMatchTheReadme(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	start := strings.Index(text, readmeSection)
	if start < 0 {
		t.Fatalf("README.md has no section %q", readmeSection)
	}
	section := text[start+len(readmeSection):]
	if end := strings.Index(section, "\n#"); end >= 0 {
		section = section[:end]
	}
	row := regexp.MustCompile("(?m)^\\| `([a-z0-9-]+)` \\|")
	var readme []string
	for _, m := range row.FindAllStringSubmatch(section, -1) {
		readme = append(readme, m[1])
	}
	var code []string
	for _, d := range DeliberateRefusals {
		if slices.Contains(code, d.ID) {
			t.Errorf("DeliberateRefusals lists %s twice", d.ID)
		}
		code = append(code, d.ID)
	}
	for _, id := range code {
		if !slices.Contains(readme, id) {
			t.Errorf("deliberate refusal %s is not in the README's table", id)
		}
	}
	for _, id := range readme {
		if !slices.Contains(code, id) {
			t.Errorf("the README lists %s, which DeliberateRefusals lacks", id)
		}
	}
	if len(readme) < 10 {
		t.Errorf("the README's table has %d rows; the section was not parsed", len(readme))
	}
}

// TestExplain checks which error lines are deliberate: the program's own
// rules are, the API server's rules are not, and unused values only while
// unused.
func TestExplain(t *testing.T) {
	p := optio.DefaultProps()
	for line, want := range map[string]string{
		`api.image.tag: Invalid value: "-x": must be a tag`:                                         "image-reference",
		`web.image.pullPolicy: Unsupported value: "": supported values: "Always"`:                   "enums",
		`web.service.nodePort: Invalid value: 0: must be between 30000 and 32767`:                   "node-port",
		`api.service.nodePort: Invalid value: 29999: must be between 30000 and 32767`:               "",
		`ingress.hosts[0].paths[1].path: Invalid value: "/a b": ingress-nginx accepts only letters`: "ingress-nginx-paths",
		`api.tolerations[0].value: Invalid value: "a b": a valid label must be`:                     "",
		`postgresql.tolerations[0].value: Invalid value: "a b": a valid label must be`:              "",
		`resourceQuota.hard[pods]: Invalid value: "1.5": must be a whole number`:                    "unused-values", // the quota is off by default
		`encryption.key: Required value: generate one with: openssl rand -hex 32`:                   "required-values",
		`error: cdk8s synth failed: Error: Failed serializing construct`:                            "",
	} {
		if got := Explain(line, &p); got != want {
			t.Errorf("Explain(%q) = %q, want %q", line, got, want)
		}
	}
	p.Postgresql.Enabled = false
	if got := Explain(`postgresql.tolerations[0].value: Invalid value: "a b": a valid label must be`, &p); got != "unused-values" {
		t.Errorf("a value of a disabled section: %q, want unused-values", got)
	}
}
