package policy_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

	corev1 "k8s.io/api/core/v1"
	psaapi "k8s.io/pod-security-admission/api"
	psapolicy "k8s.io/pod-security-admission/policy"
	"sigs.k8s.io/yaml"

	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/policy"
)

// compliant is a Deployment that passes every check: an init container, a
// sidecar (an init container with restartPolicy Always) and a container.
const compliant = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: app, namespace: team}
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
        - name: sidecar
          restartPolicy: Always
          securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}
          resources: {requests: {cpu: 10m, memory: 16Mi}, limits: {cpu: 10m, memory: 16Mi}}
          readinessProbe: {tcpSocket: {port: 81}}
          livenessProbe: {tcpSocket: {port: 81}}
      containers:
        - name: main
          securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}}
          resources: {requests: {cpu: 10m, memory: 16Mi}, limits: {cpu: 10m, memory: 16Mi}}
          ports: [{containerPort: 80}]
          readinessProbe: {tcpSocket: {port: 80}}
          livenessProbe: {tcpSocket: {port: 80}}
      volumes:
        - {name: tmp, emptyDir: {}}
`

func parse(t *testing.T, doc string) manifest.Object {
	t.Helper()
	var o manifest.Object
	if err := yaml.Unmarshal([]byte(doc), &o); err != nil {
		t.Fatal(err)
	}
	return o
}

// set replaces (or, with value "~", removes) the value at a dotted path of o,
// e.g. "spec.template.spec.containers.0.securityContext.privileged"; value is
// YAML. Missing maps on the way are created.
func set(t *testing.T, o manifest.Object, path, value string) {
	t.Helper()
	var v interface{}
	if err := yaml.Unmarshal([]byte(value), &v); err != nil {
		t.Fatal(err)
	}
	var cur interface{} = map[string]interface{}(o)
	steps := strings.Split(path, ".")
	for i, step := range steps {
		last := i == len(steps)-1
		switch c := cur.(type) {
		case map[string]interface{}:
			if last {
				if v == nil {
					delete(c, step)
				} else {
					c[step] = v
				}
				return
			}
			if c[step] == nil {
				c[step] = map[string]interface{}{}
			}
			cur = c[step]
		case []interface{}:
			n, err := strconv.Atoi(step)
			if err != nil || n >= len(c) {
				t.Fatalf("set %s: no list item %q", path, step)
			}
			if last {
				c[n] = v
				return
			}
			cur = c[n]
		default:
			t.Fatalf("set %s: %q is not in a map or list", path, step)
		}
	}
}

const (
	pod   = "spec.template.spec."
	psc   = pod + "securityContext."
	initC = pod + "initContainers.0."
	mainC = pod + "containers.0."
)

func lines(vs []policy.Violation) []string {
	out := []string{}
	for _, v := range vs {
		out = append(out, v.String())
	}
	return out
}

func TestCompliantPasses(t *testing.T) {
	if v := policy.Check([]manifest.Object{parse(t, compliant)}); len(v) != 0 {
		t.Errorf("violations: %v", lines(v))
	}
}

func TestDistPasses(t *testing.T) {
	objs, err := manifest.ReadDir("../dist")
	if err != nil {
		t.Fatal(err)
	}
	if len(objs) == 0 {
		t.Fatal("no objects in dist/")
	}
	workloads := 0
	for _, o := range objs {
		if o.PodTemplate() != nil {
			workloads++
		}
	}
	if workloads == 0 {
		t.Fatal("no workloads in dist/")
	}
	if v := policy.Check(objs); len(v) != 0 {
		t.Errorf("dist/ violations:\n%s", strings.Join(lines(v), "\n"))
	}
}

type edit struct{ path, value string }

// podSecurityCases break each check of the Pod Security Standards restricted
// profile (the evaluator's latest version), and expect exactly these
// findings, on the pod or on the container at fault.
var podSecurityCases = []struct {
	name  string
	edits []edit
	want  []string
}{
	{"allowPrivilegeEscalation", []edit{{mainC + "securityContext.allowPrivilegeEscalation", "true"}}, []string{
		`Deployment/app (namespace team) container main: PodSecurity restricted:latest: allowPrivilegeEscalation != false (container "main" must set securityContext.allowPrivilegeEscalation=false)`}},
	{"allowPrivilegeEscalation unset", []edit{{initC + "securityContext.allowPrivilegeEscalation", "~"}}, []string{
		`Deployment/app (namespace team) container init: PodSecurity restricted:latest: allowPrivilegeEscalation != false (container "init" must set securityContext.allowPrivilegeEscalation=false)`}},
	{"appArmorProfile on the pod", []edit{{psc + "appArmorProfile", "{type: Unconfined}"}}, []string{
		`Deployment/app (namespace team): PodSecurity restricted:latest: forbidden AppArmor profile (pod must not set AppArmor profile type to "Unconfined")`}},
	{"appArmorProfile on a container", []edit{{mainC + "securityContext.appArmorProfile", "{type: Unconfined}"}}, []string{
		`Deployment/app (namespace team) container main: PodSecurity restricted:latest: forbidden AppArmor profile (container "main" must not set AppArmor profile type to "Unconfined")`}},
	{"capabilities added", []edit{{mainC + "securityContext.capabilities.add", "[NET_ADMIN]"}}, []string{
		`Deployment/app (namespace team) container main: PodSecurity restricted:latest: unrestricted capabilities (container "main" must not include "NET_ADMIN" in securityContext.capabilities.add)`}},
	{"capabilities not dropped", []edit{{initC + "securityContext.capabilities", "~"}}, []string{
		`Deployment/app (namespace team) container init: PodSecurity restricted:latest: unrestricted capabilities (container "init" must set securityContext.capabilities.drop=["ALL"])`}},
	{"host namespaces", []edit{{pod + "hostNetwork", "true"}}, []string{
		`Deployment/app (namespace team): PodSecurity restricted:latest: host namespaces (hostNetwork=true)`}},
	{"host ports", []edit{{mainC + "ports", "[{containerPort: 80, hostPort: 8080}]"}}, []string{
		`Deployment/app (namespace team) container main: PodSecurity restricted:latest: hostPort (container "main" uses hostPort 8080)`}},
	{"probe host", []edit{{mainC + "livenessProbe.tcpSocket.host", "10.0.0.1"}}, []string{
		`Deployment/app (namespace team) container main: PodSecurity restricted:latest: probe or lifecycle host (container "main" uses probe or lifecycle host "10.0.0.1")`}},
	{"privileged", []edit{{mainC + "securityContext.privileged", "true"}}, []string{
		`Deployment/app (namespace team) container main: PodSecurity restricted:latest: privileged (container "main" must not set securityContext.privileged=true)`}},
	{"procMount", []edit{{mainC + "securityContext.procMount", "Unmasked"}}, []string{
		`Deployment/app (namespace team) container main: PodSecurity restricted:latest: procMount (container "main" must not set securityContext.procMount to "Unmasked")`}},
	{"restricted volume types", []edit{{pod + "volumes", "[{name: root, hostPath: {path: /}}]"}}, []string{
		`Deployment/app (namespace team): PodSecurity restricted:latest: restricted volume types (volume "root" uses restricted volume type "hostPath")`}},
	{"runAsNonRoot unset", []edit{{psc + "runAsNonRoot", "~"}}, []string{
		`Deployment/app (namespace team) container init: PodSecurity restricted:latest: runAsNonRoot != true (pod or container "init" must set securityContext.runAsNonRoot=true)`,
		`Deployment/app (namespace team) container sidecar: PodSecurity restricted:latest: runAsNonRoot != true (pod or container "sidecar" must set securityContext.runAsNonRoot=true)`,
		`Deployment/app (namespace team) container main: PodSecurity restricted:latest: runAsNonRoot != true (pod or container "main" must set securityContext.runAsNonRoot=true)`}},
	{"runAsNonRoot false on one container", []edit{{mainC + "securityContext.runAsNonRoot", "false"}}, []string{
		`Deployment/app (namespace team) container main: PodSecurity restricted:latest: runAsNonRoot != true (container "main" must not set securityContext.runAsNonRoot=false)`}},
	{"runAsUser 0 on the pod", []edit{{psc + "runAsUser", "0"}}, []string{
		`Deployment/app (namespace team): PodSecurity restricted:latest: runAsUser=0 (pod must not set runAsUser=0)`}},
	{"runAsUser 0 on a container", []edit{{initC + "securityContext.runAsUser", "0"}}, []string{
		`Deployment/app (namespace team) container init: PodSecurity restricted:latest: runAsUser=0 (container "init" must not set runAsUser=0)`}},
	{"seLinuxOptions", []edit{{mainC + "securityContext.seLinuxOptions", "{type: spc_t}"}}, []string{
		`Deployment/app (namespace team) container main: PodSecurity restricted:latest: seLinuxOptions (container "main" set forbidden securityContext.seLinuxOptions: type "spc_t")`}},
	{"seccompProfile Unconfined on the pod", []edit{{psc + "seccompProfile.type", "Unconfined"}}, []string{
		`Deployment/app (namespace team): PodSecurity restricted:latest: seccompProfile (pod must not set securityContext.seccompProfile.type to "Unconfined")`}},
	{"seccompProfile unset", []edit{{psc + "seccompProfile", "~"}, {mainC + "securityContext.seccompProfile", "{type: RuntimeDefault}"}}, []string{
		`Deployment/app (namespace team) container init: PodSecurity restricted:latest: seccompProfile (pod or container "init" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")`,
		`Deployment/app (namespace team) container sidecar: PodSecurity restricted:latest: seccompProfile (pod or container "sidecar" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")`}},
	{"sysctls", []edit{{psc + "sysctls", `[{name: kernel.msgmax, value: "65536"}]`}}, []string{
		`Deployment/app (namespace team): PodSecurity restricted:latest: forbidden sysctls (kernel.msgmax)`}},
	{"windows hostProcess", []edit{{mainC + "securityContext.windowsOptions", "{hostProcess: true}"}}, []string{
		`Deployment/app (namespace team) container main: PodSecurity restricted:latest: hostProcess (container "main" must not set securityContext.windowsOptions.hostProcess=true)`}},
	{"a pod-level and a container finding of one check", []edit{{psc + "runAsUser", "0"}, {mainC + "securityContext.runAsUser", "0"}}, []string{
		`Deployment/app (namespace team): PodSecurity restricted:latest: runAsUser=0 (pod must not set runAsUser=0)`,
		`Deployment/app (namespace team) container main: PodSecurity restricted:latest: runAsUser=0 (pod and container "main" must not set runAsUser=0)`}},
}

func TestEachPodSecurityCheck(t *testing.T) {
	for _, tc := range podSecurityCases {
		t.Run(tc.name, func(t *testing.T) {
			o := parse(t, compliant)
			for _, e := range tc.edits {
				set(t, o, e.path, e.value)
			}
			got := lines(policy.Check([]manifest.Object{o}))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("violations:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestEveryPodSecurityCheckIsCovered proves podSecurityCases break every
// check the evaluator applies for restricted:latest, so a check added by a
// newer k8s.io/pod-security-admission needs a case here.
func TestEveryPodSecurityCheckIsCovered(t *testing.T) {
	ev, err := psapolicy.NewEvaluator(psapolicy.DefaultChecks(), nil)
	if err != nil {
		t.Fatal(err)
	}
	lv := psaapi.LevelVersion{Level: psaapi.LevelRestricted, Version: psaapi.LatestVersion()}
	evaluate := func(o manifest.Object) []psapolicy.CheckResult {
		b, err := json.Marshal(o.PodTemplate())
		if err != nil {
			t.Fatal(err)
		}
		var tmpl corev1.PodTemplateSpec
		if err := json.Unmarshal(b, &tmpl); err != nil {
			t.Fatal(err)
		}
		return ev.EvaluatePod(lv, &tmpl.ObjectMeta, &tmpl.Spec)
	}
	checks := len(evaluate(parse(t, compliant)))
	if checks < 15 {
		t.Fatalf("restricted:latest has %d checks, want at least the 15 of Kubernetes 1.37", checks)
	}
	covered := map[int]bool{}
	for _, tc := range podSecurityCases {
		o := parse(t, compliant)
		for _, e := range tc.edits {
			set(t, o, e.path, e.value)
		}
		for i, r := range evaluate(o) {
			if !r.Allowed {
				covered[i] = true
			}
		}
	}
	for i := 0; i < checks; i++ {
		if !covered[i] {
			t.Errorf("check %d of %d (in the evaluator's order) is broken by no case", i+1, checks)
		}
	}
}

func TestEachOwnCheck(t *testing.T) {
	cases := []struct {
		name  string
		edits []edit
		want  []string
	}{
		{"writable root filesystem", []edit{{mainC + "securityContext.readOnlyRootFilesystem", "false"}}, []string{
			`Deployment/app (namespace team) container main: readOnlyRootFilesystem != true (container "main" must set securityContext.readOnlyRootFilesystem=true)`}},
		{"no securityContext on an init container", []edit{{initC + "securityContext", "~"}, {psc + "seccompProfile", "{type: RuntimeDefault}"}}, []string{
			`Deployment/app (namespace team) container init: PodSecurity restricted:latest: allowPrivilegeEscalation != false (container "init" must set securityContext.allowPrivilegeEscalation=false)`,
			`Deployment/app (namespace team) container init: PodSecurity restricted:latest: unrestricted capabilities (container "init" must set securityContext.capabilities.drop=["ALL"])`,
			`Deployment/app (namespace team) container init: readOnlyRootFilesystem != true (container "init" must set securityContext.readOnlyRootFilesystem=true)`}},
		{"no memory limit on an init container", []edit{{initC + "resources.limits.memory", "~"}}, []string{
			`Deployment/app (namespace team) container init: missing resources (container "init" must set resources.limits.memory)`}},
		{"no CPU request and no limits", []edit{{mainC + "resources.requests.cpu", "~"}, {mainC + "resources.limits", "~"}}, []string{
			`Deployment/app (namespace team) container main: missing resources (container "main" must set resources.requests.cpu, resources.limits.cpu, resources.limits.memory)`}},
		{"no readiness probe", []edit{{mainC + "readinessProbe", "~"}}, []string{
			`Deployment/app (namespace team) container main: missing probes (container "main" must set readinessProbe)`}},
		{"no probes on a sidecar", []edit{{pod + "initContainers.1.readinessProbe", "~"}, {pod + "initContainers.1.livenessProbe", "~"}}, []string{
			`Deployment/app (namespace team) container sidecar: missing probes (container "sidecar" must set readinessProbe, livenessProbe)`}},
		{"token for the default service account", []edit{{pod + "automountServiceAccountToken", "~"}}, []string{
			`Deployment/app (namespace team): service account token mounted (pod must set automountServiceAccountToken=false, or serviceAccountName to a service account of its own)`}},
		{"token for the default service account, named", []edit{{pod + "automountServiceAccountToken", "true"}, {pod + "serviceAccountName", "default"}}, []string{
			`Deployment/app (namespace team): service account token mounted (pod must set automountServiceAccountToken=false, or serviceAccountName to a service account of its own)`}},
		{"a field of the wrong type", []edit{{psc + "runAsUser", "root"}}, []string{
			`Deployment/app (namespace team): unreadable pod template (json: cannot unmarshal string into Go struct field PodSecurityContext.spec.securityContext.runAsUser of type int64)`}},
		{"an invalid quantity", []edit{{mainC + "resources.limits.memory", "1Gb"}}, []string{
			`Deployment/app (namespace team): unreadable pod template (quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$')`}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o := parse(t, compliant)
			for _, e := range tc.edits {
				set(t, o, e.path, e.value)
			}
			got := lines(policy.Check([]manifest.Object{o}))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("violations:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestAllowed(t *testing.T) {
	cases := []struct {
		name  string
		edits []edit
	}{
		{"token for a service account of its own", []edit{{pod + "automountServiceAccountToken", "true"}, {pod + "serviceAccountName", "app"}}},
		{"token for a service account named in the deprecated field", []edit{{pod + "automountServiceAccountToken", "~"}, {pod + "serviceAccount", "app"}}},
		{"no probes on a pod that runs to completion", []edit{{pod + "restartPolicy", "OnFailure"}, {mainC + "readinessProbe", "~"}, {mainC + "livenessProbe", "~"},
			{pod + "initContainers.1.readinessProbe", "~"}, {pod + "initContainers.1.livenessProbe", "~"}}},
		{"runAsNonRoot on every container instead of the pod", []edit{{psc + "runAsNonRoot", "~"}, {initC + "securityContext.runAsNonRoot", "true"},
			{pod + "initContainers.1.securityContext.runAsNonRoot", "true"}, {mainC + "securityContext.runAsNonRoot", "true"}}},
		{"Localhost seccomp profile", []edit{{psc + "seccompProfile", "{type: Localhost, localhostProfile: profiles/app.json}"}}},
		{"safe sysctl", []edit{{psc + "sysctls", `[{name: net.ipv4.ip_unprivileged_port_start, value: "0"}]`}}},
		{"unknown fields are ignored", []edit{{pod + "futureField", "1"}}},
		{"Windows pod without readOnlyRootFilesystem", []edit{{pod + "os", "{name: windows}"}, {psc + "seccompProfile", "~"},
			{mainC + "securityContext.readOnlyRootFilesystem", "~"}, {initC + "securityContext.readOnlyRootFilesystem", "~"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o := parse(t, compliant)
			for _, e := range tc.edits {
				set(t, o, e.path, e.value)
			}
			if v := policy.Check([]manifest.Object{o}); len(v) != 0 {
				t.Errorf("violations: %q", lines(v))
			}
		})
	}
}

// Every kind with a pod template is checked, each at its own path, and
// objects without one are skipped.
func TestWorkloadKinds(t *testing.T) {
	const bad = `{containers: [{name: c, image: x}]}`
	docs := []string{
		`{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: ` + bad + `}`,
		`{apiVersion: batch/v1, kind: CronJob, metadata: {name: cj}, spec: {jobTemplate: {spec: {template: {spec: ` + bad + `}}}}}`,
		`{apiVersion: batch/v1, kind: Job, metadata: {name: j}, spec: {template: {spec: ` + bad + `}}}`,
		`{apiVersion: apps/v1, kind: StatefulSet, metadata: {name: s}, spec: {template: {spec: ` + bad + `}}}`,
		`{apiVersion: apps/v1, kind: DaemonSet, metadata: {name: d}, spec: {template: {spec: ` + bad + `}}}`,
		`{apiVersion: apps/v1, kind: ReplicaSet, metadata: {name: r}, spec: {template: {spec: ` + bad + `}}}`,
		`{apiVersion: v1, kind: ReplicationController, metadata: {name: rc}, spec: {template: {spec: ` + bad + `}}}`,
		`{apiVersion: v1, kind: ConfigMap, metadata: {name: cm}, data: {spec: x}}`,
		`{apiVersion: example.com/v1, kind: Rollout, metadata: {name: ro}, spec: {template: {spec: ` + bad + `}}}`,
	}
	var objs []manifest.Object
	for _, d := range docs {
		objs = append(objs, parse(t, d))
	}
	seen := map[string]bool{}
	for _, v := range policy.Check(objs) {
		if v.Container == "c" && v.PodSecurity && v.Check == "runAsNonRoot != true" {
			seen[v.Object] = true
		}
	}
	want := map[string]bool{"Pod/p": true, "CronJob/cj": true, "Job/j": true, "StatefulSet/s": true,
		"DaemonSet/d": true, "ReplicaSet/r": true, "ReplicationController/rc": true}
	if !reflect.DeepEqual(seen, want) {
		t.Errorf("objects with findings = %v, want %v", seen, want)
	}
}

// A container with no settings at all fails every check that concerns it,
// each named once.
func TestBareContainer(t *testing.T) {
	o := parse(t, `{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: c, image: x}]}}`)
	var got []string
	for _, v := range policy.Check([]manifest.Object{o}) {
		got = append(got, fmt.Sprintf("%s|%v|%s", v.Container, v.PodSecurity, v.Check))
	}
	want := []string{
		"|false|service account token mounted",
		"c|true|allowPrivilegeEscalation != false",
		"c|true|unrestricted capabilities",
		"c|true|runAsNonRoot != true",
		"c|true|seccompProfile",
		"c|false|readOnlyRootFilesystem != true",
		"c|false|missing resources",
		"c|false|missing probes",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings:\n got %q\nwant %q", got, want)
	}
}
