// Package policy is this project's own check of workloads: what a security
// review and a namespace quota ask of every pod. It runs on any manifests, so
// other teams can run it on their own dist/:
//
//	objs, _ := manifest.ReadDir("dist")
//	for _, v := range policy.Check(objs) { fmt.Println(v) }
package policy

import (
	"fmt"

	"github.com/optio-cdk8s/optio-cdk8s/manifest"
)

// Violation is one failed rule.
type Violation struct {
	// Object is "Kind/name".
	Object string
	// Container is the container's name, "" for a pod-level rule.
	Container string
	// Rule says what is required, e.g. "securityContext.runAsNonRoot: true" or
	// "resources.limits.cpu: must be set".
	Rule string
}

// String is "Kind/name: rule" or "Kind/name container C: rule".
func (v Violation) String() string {
	if v.Container == "" {
		return fmt.Sprintf("%s: %s", v.Object, v.Rule)
	}
	return fmt.Sprintf("%s container %s: %s", v.Object, v.Container, v.Rule)
}

// Check applies the rules to every workload in objs (objects without a pod
// spec are skipped) and returns the violations in order. Rules, per pod:
//   - runs as non-root with a numeric, non-zero UID (runAsNonRoot and
//     runAsUser, on the pod or on every container) and an fsGroup;
//   - seccompProfile RuntimeDefault or Localhost (pod or every container);
//   - the service-account token is mounted only for a named service account
//     (automountServiceAccountToken false otherwise);
//
// per container, init containers included:
//   - allowPrivilegeEscalation false, capabilities.drop includes ALL,
//     readOnlyRootFilesystem true;
//   - CPU and memory requests and limits (a quota on limits rejects pods
//     without them);
//
// per (non-init) container: a readiness and a liveness probe.
func Check(objs []manifest.Object) []Violation {
	var out []Violation
	for _, o := range objs {
		spec := o.PodSpec()
		if spec == nil {
			continue
		}
		out = append(out, checkPod(o.ID(), manifest.Object(spec))...)
	}
	return out
}

func checkPod(id string, spec manifest.Object) []Violation {
	var out []Violation
	add := func(container, rule string) {
		out = append(out, Violation{Object: id, Container: container, Rule: rule})
	}
	podSC := manifest.Object(asMap(spec.Get("securityContext")))
	type container struct {
		obj  manifest.Object
		init bool
	}
	var containers []container
	for _, key := range []string{"initContainers", "containers"} {
		list, _ := spec.Get(key).([]interface{})
		for _, c := range list {
			containers = append(containers, container{manifest.Object(asMap(c)), key == "initContainers"})
		}
	}
	if len(containers) == 0 {
		add("", "containers: at least one")
	}
	// inherited: a pod-level setting, unless every container sets its own.
	inherited := func(keys ...interface{}) func(manifest.Object) interface{} {
		return func(c manifest.Object) interface{} {
			if v := c.Get(append([]interface{}{"securityContext"}, keys...)...); v != nil {
				return v
			}
			return podSC.Get(keys...)
		}
	}
	runAsNonRoot := inherited("runAsNonRoot")
	runAsUser := inherited("runAsUser")
	seccomp := inherited("seccompProfile", "type")
	if podSC.Get("fsGroup") == nil {
		add("", "securityContext.fsGroup: must be set (volumes owned by the pod's group)")
	}
	if tok, set := spec.Get("automountServiceAccountToken").(bool); !set || tok {
		if sa, _ := spec.Get("serviceAccountName").(string); sa == "" || sa == "default" {
			add("", "automountServiceAccountToken: false (no token for the default service account)")
		}
	}
	for _, c := range containers {
		name, _ := c.obj.Get("name").(string)
		if v, _ := runAsNonRoot(c.obj).(bool); !v {
			add(name, "securityContext.runAsNonRoot: true")
		}
		if uid, ok := runAsUser(c.obj).(float64); !ok || uid == 0 {
			add(name, "securityContext.runAsUser: a numeric non-zero UID")
		}
		if t, _ := seccomp(c.obj).(string); t != "RuntimeDefault" && t != "Localhost" {
			add(name, "securityContext.seccompProfile.type: RuntimeDefault or Localhost")
		}
		if v, ok := c.obj.Get("securityContext", "allowPrivilegeEscalation").(bool); !ok || v {
			add(name, "securityContext.allowPrivilegeEscalation: false")
		}
		if !contains(c.obj.Get("securityContext", "capabilities", "drop"), "ALL") {
			add(name, "securityContext.capabilities.drop: [ALL]")
		}
		if v, _ := c.obj.Get("securityContext", "readOnlyRootFilesystem").(bool); !v {
			add(name, "securityContext.readOnlyRootFilesystem: true")
		}
		for _, kind := range []string{"requests", "limits"} {
			for _, res := range []string{"cpu", "memory"} {
				if c.obj.Get("resources", kind, res) == nil {
					add(name, fmt.Sprintf("resources.%s.%s: must be set", kind, res))
				}
			}
		}
		if !c.init {
			for _, probe := range []string{"readinessProbe", "livenessProbe"} {
				if c.obj.Get(probe) == nil {
					add(name, probe+": must be set")
				}
			}
		}
	}
	return out
}

func asMap(v interface{}) map[string]interface{} {
	m, _ := v.(map[string]interface{})
	return m
}

func contains(list interface{}, want string) bool {
	l, _ := list.([]interface{})
	for _, v := range l {
		if s, _ := v.(string); s == want {
			return true
		}
	}
	return false
}
