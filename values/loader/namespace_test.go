package loader_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

// Options.Namespace is kubectl's -n: it replaces the default, agrees with
// the same namespace in the values, and a different one is an error (with
// the other errors). Options.DefaultNamespace (Argo CD's destination) is
// taken only when the values set no namespace.
func TestNamespaceOptions(t *testing.T) {
	base := write(t, "base.yaml", secrets)
	own := write(t, "own.yaml", secrets+"namespace: team-b\n")
	for _, c := range []struct {
		name      string
		opts      loader.Options
		namespace string // "" : an error is wanted
		errs      []string
	}{
		{"default", loader.Options{ValueFiles: []string{base}}, "optio", nil},
		{"-n", loader.Options{ValueFiles: []string{base}, Namespace: "team-a"}, "team-a", nil},
		{"-n and the same in --set", loader.Options{ValueFiles: []string{base}, Namespace: "team-a", Values: []string{"namespace=team-a"}}, "team-a", nil},
		{"-n and null", loader.Options{ValueFiles: []string{base}, Namespace: "team-a", Values: []string{"namespace=null"}}, "team-a", nil},
		{"-n and another in a file", loader.Options{ValueFiles: []string{own}, Namespace: "team-a", Values: []string{"api.replicas=many"}}, "",
			[]string{`namespace: Invalid value: "team-b": differs from -n/--namespace "team-a"`, "api.replicas"}},
		{"destination", loader.Options{ValueFiles: []string{base}, DefaultNamespace: "team-c"}, "team-c", nil},
		{"destination, the values say otherwise", loader.Options{ValueFiles: []string{own}, DefaultNamespace: "team-c"}, "team-b", nil},
		{"destination and --set", loader.Options{ValueFiles: []string{base}, DefaultNamespace: "team-c", Values: []string{"namespace=team-d"}}, "team-d", nil},
		{"-n over the destination", loader.Options{ValueFiles: []string{base}, DefaultNamespace: "team-c", Namespace: "team-a"}, "team-a", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			props, err := load(t, c.opts)
			if c.namespace != "" {
				if err != nil || props.Namespace != c.namespace {
					t.Errorf("namespace %q, err %v; want %q", props.Namespace, err, c.namespace)
				}
				return
			}
			var ve *loader.Error
			if !errors.As(err, &ve) || len(ve.Errors) != len(c.errs) {
				t.Fatalf("err %v; want %d errors", err, len(c.errs))
			}
			for i, want := range c.errs {
				if !strings.Contains(ve.Errors[i].Error(), want) {
					t.Errorf("error %d: %s; want %q", i, ve.Errors[i], want)
				}
			}
		})
	}
}

// TestDestinationNamespaceOverriddenIsWarned: values that set another
// namespace than Argo CD's destination win, with a warning naming both;
// the same namespace, or no destination, draws none.
func TestDestinationNamespaceOverriddenIsWarned(t *testing.T) {
	own := write(t, "own.yaml", secrets+"namespace: optio\n")
	for _, c := range []struct {
		dest string
		warn bool
	}{{"team-c", true}, {"optio", false}, {"", false}} {
		_, w, err := loader.LoadWithWarnings(loader.Options{ValueFiles: []string{own}, DefaultNamespace: c.dest, Getenv: noEnv})
		if err != nil {
			t.Fatal(err)
		}
		got := slices.ContainsFunc(w, func(s string) bool {
			return strings.HasPrefix(s, `namespace: the values set "optio", which wins over "team-c" (Argo CD's destination namespace`)
		})
		if got != c.warn {
			t.Errorf("destination %q: warned %v, want %v: %q", c.dest, got, c.warn, w)
		}
	}
}
