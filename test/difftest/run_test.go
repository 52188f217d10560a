package difftest

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestErrorLines reads the CLI's two kinds of error report.
func TestErrorLines(t *testing.T) {
	report := "warning: x\nerror: 2 invalid values:\n  api.port: Invalid value: 0: must be between 1 and 65535\n  auth: Required value\nnothing was written\n"
	want := []string{"api.port: Invalid value: 0: must be between 1 and 65535", "auth: Required value"}
	if got := ErrorLines(report); !reflect.DeepEqual(got, want) {
		t.Errorf("ErrorLines = %q, want %q", got, want)
	}
	if got := ErrorLines("error: cdk8s synth failed: boom\nnothing was written\n"); !reflect.DeepEqual(got, []string{"error: cdk8s synth failed: boom"}) {
		t.Errorf("ErrorLines of a synth failure = %q", got)
	}
}

// TestRenderUncheckedNeedsDecodableValues: values of the wrong type have no
// manifest to send, and say why.
func TestRenderUncheckedNeedsDecodableValues(t *testing.T) {
	file := filepath.Join(t.TempDir(), "v.yaml")
	if err := os.WriteFile(file, []byte("api:\n  replicas: many\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := RenderUnchecked(file, "optio")
	if err == nil || !strings.Contains(err.Error(), "does not decode: api.replicas") {
		t.Errorf("RenderUnchecked = %v, want a decode error naming api.replicas", err)
	}
}

// TestRenderUncheckedSkipsValidationOnlyInside: values Validate refuses are
// synthesized for the server, and validation is back on afterwards.
func TestRenderUncheckedSkipsValidationOnlyInside(t *testing.T) {
	file := filepath.Join(t.TempDir(), "v.yaml")
	values := "encryption: {key: k}\npostgresql: {auth: {password: p}}\nauth: {github: {clientId: a, clientSecret: b}}\napi: {image: {tag: .hidden}}\n"
	if err := os.WriteFile(file, []byte(values), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := RenderUnchecked(file, "optio")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "image: optio-api:.hidden") {
		t.Errorf("the manifest lacks the refused image reference")
	}
	props := Props(file, "optio")
	if len(props.Validate()) == 0 {
		t.Fatalf("the values should fail Validate")
	}
	var stdout, stderr bytes.Buffer
	if status := runCLI([]string{"-f", file, "--stdout"}, &stdout, &stderr); status == 0 || !strings.Contains(stderr.String(), "api.image.tag") {
		t.Errorf("after RenderUnchecked the CLI accepts what Validate refuses: status %d, %s", status, stderr.String())
	}
}
