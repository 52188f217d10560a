package manifest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"sigs.k8s.io/yaml"
)

// TestTooLargeInStreamMatchesParse: the stream check, which decodes only
// the documents that could be too large, finds the same objects as the check
// of every decoded object, on documents around the bound where the JSON is
// up to 6 bytes per byte of YAML ("<" becomes \u003c) and around the limit.
func TestTooLargeInStreamMatchesParse(t *testing.T) {
	var docs []string
	for _, fill := range []string{"a", "<", "é", "\u2028", "\"", "\\"} {
		for _, n := range []int{0, 1000, 36000, 37400, 37500, 43000, 44000, 130000, 262000, 263000} {
			o := Object{"apiVersion": "v1", "kind": "ConfigMap",
				"metadata": map[string]interface{}{"name": fmt.Sprintf("cm-%d-%d", len(docs), n), "annotations": map[string]interface{}{"note": strings.Repeat(fill, n/8)}},
				"data":     map[string]interface{}{"k": strings.Repeat(fill, n)}}
			b, err := yaml.Marshal(o)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, string(b))
		}
	}
	stream := []byte(strings.Join(docs, "---\n"))
	objs, err := Parse(stream)
	if err != nil {
		t.Fatal(err)
	}
	names := func(s []Sized) []string {
		var out []string
		for _, x := range s {
			out = append(out, fmt.Sprintf("%s %d", x.Object.Name(), x.Size))
		}
		return out
	}
	want := names(TooLargeForClientSideApply(objs))
	got, err := TooLargeForClientSideApplyInStream(stream)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(names(got), want) {
		t.Errorf("stream check found %v, the full check %v", names(got), want)
	}
	if len(want) < 10 || len(want) >= len(objs) {
		t.Errorf("%d of %d objects too large: the cases do not straddle the limit", len(want), len(objs))
	}
}
