package synth

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestProtocolCause(t *testing.T) {
	var syntax error
	var v any
	if err := json.Unmarshal([]byte("preload loaded"), &v); err != nil {
		syntax = err
	}
	var m map[string]any
	typ := json.Unmarshal([]byte("42"), &m)
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	for _, c := range []struct {
		name string
		err  error
		env  func(string) string
		want string // "" for no cause
	}{
		{"syntax, NODE_OPTIONS", syntax, env("NODE_OPTIONS", "--require ./log.js", "JSII_NODE", "/x/node"), `NODE_OPTIONS is set ("--require ./log.js")`},
		{"number, NODE_OPTIONS", typ, env("NODE_OPTIONS", "--import ./x.mjs"), `NODE_OPTIONS is set ("--import ./x.mjs")`},
		{"handshake", errors.New("invalid handshake payload: "), env("NODE_OPTIONS", "--require a"), "NODE_OPTIONS is set"},
		{"blank NODE_OPTIONS, JSII_RUNTIME", syntax, env("NODE_OPTIONS", " ", "JSII_RUNTIME", "node /r.js"), `JSII_RUNTIME is set ("node /r.js")`},
		{"JSII_NODE", syntax, env("JSII_NODE", "/x/node"), `JSII_NODE is set ("/x/node")`},
		{"nothing set", syntax, env(), "a module that Node.js loads before cdk8s printed there"},
		{"a JavaScript error", errors.New("Error: Failed serializing construct"), env("NODE_OPTIONS", "--require a"), ""},
	} {
		got := protocolCause(c.err, c.env)
		if c.want == "" {
			if got != "" {
				t.Errorf("%s: cause %q, want none", c.name, got)
			}
			continue
		}
		if !strings.Contains(got, c.want) || !strings.Contains(got, "standard output") {
			t.Errorf("%s: %q, want it to name %q", c.name, got, c.want)
		}
	}
	e := &RuntimeError{Err: syntax, Cause: protocolCause(syntax, env("NODE_OPTIONS", "--require ./log.js"))}
	if msg := e.Error(); !strings.HasPrefix(msg, "cdk8s synth failed: the jsii runtime") || !strings.HasSuffix(msg, "(invalid character 'p' looking for beginning of value)") {
		t.Errorf("Error() = %q", msg)
	}
}
