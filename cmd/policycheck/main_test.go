package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDistPasses(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"../../dist"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
	if stdout.Len() != 0 || !strings.HasSuffix(stderr.String(), " violations\n") || strings.HasPrefix(stderr.String(), "0 objects") {
		t.Errorf("stdout %q, stderr %q", stdout.String(), stderr.String())
	}
}

func TestFindingsAndExitStatus(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "pod.yaml")
	pod := `apiVersion: v1
kind: Pod
metadata: {name: p, namespace: ns}
spec:
  hostNetwork: true
  automountServiceAccountToken: false
  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
  containers:
    - name: c
      image: x
      securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}
      resources: {requests: {cpu: 1m, memory: 1Mi}, limits: {cpu: 1m, memory: 1Mi}}
      livenessProbe: {tcpSocket: {port: 80}}
`
	if err := os.WriteFile(file, []byte(pod), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{file}, &stdout, &stderr)
	want := `Pod/p (namespace ns): PodSecurity restricted:latest: host namespaces (hostNetwork=true)
Pod/p (namespace ns) container c: missing probes (container "c" must set readinessProbe)
`
	if code != 1 || stdout.String() != want || stderr.String() != "1 objects checked, 2 violations\n" {
		t.Errorf("exit %d, stdout:\n%s\nwant:\n%s\nstderr: %s", code, stdout.String(), want, stderr.String())
	}

	stdout.Reset()
	stderr.Reset()
	if code := run([]string{filepath.Join(dir, "missing")}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "missing") {
		t.Errorf("unreadable path: exit %d, stderr %q", code, stderr.String())
	}
	if code := run(nil, &stdout, &stderr); code != 2 {
		t.Errorf("no arguments: exit %d", code)
	}
}

func TestHelp(t *testing.T) {
	var out, errb strings.Builder
	if code := run([]string{"--help"}, &out, &errb); code != 0 || !strings.HasPrefix(out.String(), "usage: policycheck DIR|FILE...") {
		t.Errorf("--help: exit %d, stdout %q", code, out.String())
	}
}
