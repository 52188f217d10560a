package optio

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/optio-cdk8s/optio-cdk8s/values"
	"sigs.k8s.io/yaml"
)

// Every Unicode character is written through cdk8s into an annotation and
// read back with sigs.k8s.io/yaml, the YAML reader of kubectl and Argo CD.
// Exactly the characters values.YAMLUnsafe reports do not come back (the file is
// refused or the value differs), so the rule refuses what must be refused
// and nothing more. The objects are plain cdk8s ApiObjects, so no
// validation stands in between.
func TestEveryCharacterRoundTrips(t *testing.T) {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("runes"), nil)
	type probe struct {
		name, value string
		unsafe      bool
	}
	var probes []probe
	add := func(value string, unsafe bool) {
		name := fmt.Sprintf("probe-%d", len(probes))
		probes = append(probes, probe{name, value, unsafe})
		cdk8s.NewApiObject(chart, jsii.String(name), &cdk8s.ApiObjectProps{
			ApiVersion: jsii.String("v1"), Kind: jsii.String("ConfigMap"),
			Metadata: &cdk8s.ApiObjectMetadata{
				Name:        jsii.String(name),
				Annotations: &map[string]*string{"v": jsii.String(value)},
			},
		})
	}
	const chunk = 0x8000
	for lo := rune(0); lo <= utf8.MaxRune; lo += chunk {
		var b strings.Builder
		for r := lo; r < lo+chunk && r <= utf8.MaxRune; r++ {
			if !utf8.ValidRune(r) {
				continue // surrogates: not in valid UTF-8 (refused as such)
			}
			if values.YAMLUnsafe(r) {
				add("a"+string(r)+"b", true)
				continue
			}
			b.WriteString("a") // a plain letter between, as in real text
			b.WriteRune(r)
		}
		add(b.String(), false)
	}
	out := *app.SynthYaml()
	docs := strings.Split(out, "\n---\n")
	if len(docs) != len(probes) {
		t.Fatalf("%d documents for %d probes", len(docs), len(probes))
	}
	unsafeSeen := 0
	for i, d := range docs {
		p := probes[i]
		var obj struct {
			Metadata struct {
				Name        string            `json:"name"`
				Annotations map[string]string `json:"annotations"`
			} `json:"metadata"`
		}
		err := yaml.Unmarshal([]byte(d), &obj)
		survived := err == nil && obj.Metadata.Annotations["v"] == p.value
		switch {
		case p.unsafe && survived:
			t.Errorf("%q survives the output: values.YAMLUnsafe need not refuse it", p.value)
		case p.unsafe:
			unsafeSeen++
		case !survived && err != nil:
			t.Errorf("%s: a character values.YAMLUnsafe allows breaks the output: %v", p.name, err)
		case !survived:
			for j, r := range []rune(p.value) {
				if got := []rune(obj.Metadata.Annotations["v"]); j >= len(got) || got[j] != r {
					t.Errorf("%s: a character values.YAMLUnsafe allows changes: %U", p.name, r)
					break
				}
			}
		}
	}
	if unsafeSeen == 0 {
		t.Error("no unsafe character was probed")
	}
}
