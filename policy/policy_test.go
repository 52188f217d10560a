package policy_test

import (
	"strings"
	"testing"

	"sigs.k8s.io/yaml"

	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/policy"
)

// compliant is a Deployment that passes every rule.
const compliant = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  template:
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        fsGroup: 1000
        seccompProfile: {type: RuntimeDefault}
      initContainers:
        - name: init
          securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}
          resources: {requests: {cpu: 10m, memory: 16Mi}, limits: {cpu: 10m, memory: 16Mi}}
      containers:
        - name: main
          securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}
          resources: {requests: {cpu: 10m, memory: 16Mi}, limits: {cpu: 10m, memory: 16Mi}}
          readinessProbe: {tcpSocket: {port: 80}}
          livenessProbe: {tcpSocket: {port: 80}}
`

func parse(t *testing.T) manifest.Object {
	t.Helper()
	var o manifest.Object
	if err := yaml.Unmarshal([]byte(compliant), &o); err != nil {
		t.Fatal(err)
	}
	return o
}

func podSpec(o manifest.Object) map[string]interface{} { return o.PodSpec() }

func container(o manifest.Object, list string) map[string]interface{} {
	return podSpec(o)[list].([]interface{})[0].(map[string]interface{})
}

func TestCompliantPasses(t *testing.T) {
	if v := policy.Check([]manifest.Object{parse(t)}); len(v) != 0 {
		t.Errorf("violations: %v", v)
	}
}

// Each case breaks one rule and expects exactly its violations.
func TestEachRule(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(o manifest.Object)
		want   string
		count  int // violations: a pod-level setting counts once per container
	}{
		{"root allowed", func(o manifest.Object) {
			delete(podSpec(o)["securityContext"].(map[string]interface{}), "runAsNonRoot")
		},
			"Deployment/app container init: securityContext.runAsNonRoot: true", 2},
		{"UID 0", func(o manifest.Object) { podSpec(o)["securityContext"].(map[string]interface{})["runAsUser"] = 0.0 },
			"Deployment/app container init: securityContext.runAsUser: a numeric non-zero UID", 2},
		{"no fsGroup", func(o manifest.Object) { delete(podSpec(o)["securityContext"].(map[string]interface{}), "fsGroup") },
			"Deployment/app: securityContext.fsGroup: must be set", 1},
		{"unconfined seccomp", func(o manifest.Object) {
			podSpec(o)["securityContext"].(map[string]interface{})["seccompProfile"] = map[string]interface{}{"type": "Unconfined"}
		}, "Deployment/app container init: securityContext.seccompProfile.type: RuntimeDefault or Localhost", 2},
		{"privilege escalation", func(o manifest.Object) {
			container(o, "containers")["securityContext"].(map[string]interface{})["allowPrivilegeEscalation"] = true
		}, "Deployment/app container main: securityContext.allowPrivilegeEscalation: false", 1},
		{"capabilities kept", func(o manifest.Object) {
			delete(container(o, "initContainers")["securityContext"].(map[string]interface{}), "capabilities")
		}, "Deployment/app container init: securityContext.capabilities.drop: [ALL]", 1},
		{"writable root", func(o manifest.Object) {
			container(o, "containers")["securityContext"].(map[string]interface{})["readOnlyRootFilesystem"] = false
		}, "Deployment/app container main: securityContext.readOnlyRootFilesystem: true", 1},
		{"no memory limit on an init container", func(o manifest.Object) {
			delete(container(o, "initContainers")["resources"].(map[string]interface{})["limits"].(map[string]interface{}), "memory")
		}, "Deployment/app container init: resources.limits.memory: must be set", 1},
		{"no cpu request", func(o manifest.Object) {
			delete(container(o, "containers")["resources"].(map[string]interface{})["requests"].(map[string]interface{}), "cpu")
		}, "Deployment/app container main: resources.requests.cpu: must be set", 1},
		{"no readiness probe", func(o manifest.Object) { delete(container(o, "containers"), "readinessProbe") },
			"Deployment/app container main: readinessProbe: must be set", 1},
		{"no liveness probe", func(o manifest.Object) { delete(container(o, "containers"), "livenessProbe") },
			"Deployment/app container main: livenessProbe: must be set", 1},
		{"token for the default service account", func(o manifest.Object) { delete(podSpec(o), "automountServiceAccountToken") },
			"Deployment/app: automountServiceAccountToken: false", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o := parse(t)
			tc.mutate(o)
			v := policy.Check([]manifest.Object{o})
			if len(v) != tc.count || !strings.HasPrefix(v[0].String(), tc.want) {
				t.Errorf("violations = %v, want %d starting with %q", v, tc.count, tc.want)
			}
		})
	}
}

func TestTokenForANamedServiceAccountIsAllowed(t *testing.T) {
	o := parse(t)
	podSpec(o)["automountServiceAccountToken"] = true
	podSpec(o)["serviceAccountName"] = "app"
	if v := policy.Check([]manifest.Object{o}); len(v) != 0 {
		t.Errorf("violations: %v", v)
	}
}
