package values

import (
	"fmt"
	"slices"
	"strings"
)

// hardeningWarnings lists each value that weakens the pods' hardened
// defaults, one line per value with its path, for the API, the web UI and
// (when enabled) Postgres and Redis: a security context turned off
// (enabled: false), root (runAsUser 0, runAsNonRoot false), privileged,
// privilege escalation allowed (true, or unset: Kubernetes then allows it),
// added capabilities, capabilities not dropped (drop without ALL), a
// writable root filesystem (false or unset) and seccomp Unconfined (or no
// profile at all). The defaults give none of them; the assistant (optio)
// is held to the same rules when enabled.
func (p *Values) hardeningWarnings() []string {
	var w []string
	components := []struct {
		path string
		s    SchedulingValues
		on   bool
	}{
		{"api", p.API.SchedulingValues, true},
		{"web", p.Web.SchedulingValues, true},
		{"postgresql", p.Postgresql.SchedulingValues, p.Postgresql.Enabled},
		{"redis", p.Redis.SchedulingValues, p.Redis.Enabled},
		{"optio", p.Optio.SchedulingValues, p.Optio.Enabled},
	}
	for _, c := range components {
		if c.on {
			w = append(w, hardeningOf(c.path, c.s)...)
		}
	}
	return w
}

// hardeningOf lists the weakened defaults of one component at path.
func hardeningOf(path string, s SchedulingValues) []string {
	var w []string
	add := func(field, format string, args ...interface{}) {
		w = append(w, path+"."+field+": "+fmt.Sprintf(format, args...))
	}
	pod, ctr := s.PodSecurityContext, s.ContainerSecurityContext
	podOn := pod.Enabled == nil || *pod.Enabled
	ctrOn := ctr.Enabled == nil || *ctr.Enabled
	if !podOn {
		add("podSecurityContext.enabled", "false: the pods get no securityContext: no enforced non-root user, no fsGroup for the volumes, no seccomp profile (fine where the platform sets them, as OpenShift does)")
	}
	if !ctrOn {
		add("containerSecurityContext.enabled", "false: the container gets no securityContext: privilege escalation allowed, the runtime's default capabilities kept, a writable root filesystem")
	}
	isTrue := func(b *bool) bool { return b != nil && *b }
	isFalse := func(b *bool) bool { return b != nil && !*b }
	isRoot := func(uid *int64) bool { return uid != nil && *uid == 0 }
	if podOn {
		if isRoot(pod.RunAsUser) {
			add("podSecurityContext.runAsUser", "0: the containers run as root")
		}
		if isFalse(pod.RunAsNonRoot) {
			add("podSecurityContext.runAsNonRoot", "false: the kubelet no longer refuses to start a container as root")
		}
		if pod.SeccompProfile != nil && pod.SeccompProfile.Type == "Unconfined" {
			add("podSecurityContext.seccompProfile.type", "Unconfined: the containers run without a seccomp filter")
		}
		if (pod.SeccompProfile == nil || pod.SeccompProfile.Type == "") && (!ctrOn || ctr.SeccompProfile == nil || ctr.SeccompProfile.Type == "") {
			add("podSecurityContext.seccompProfile", "unset: the containers run without a seccomp filter unless the kubelet defaults to one; set type RuntimeDefault")
		}
	}
	if !ctrOn {
		return w
	}
	if isRoot(ctr.RunAsUser) {
		add("containerSecurityContext.runAsUser", "0: the container runs as root")
	}
	if isFalse(ctr.RunAsNonRoot) {
		add("containerSecurityContext.runAsNonRoot", "false: the kubelet no longer refuses to start the container as root")
	}
	if isTrue(ctr.Privileged) {
		add("containerSecurityContext.privileged", "true: the container has every capability and the node's devices")
	}
	switch {
	case isTrue(ctr.AllowPrivilegeEscalation):
		add("containerSecurityContext.allowPrivilegeEscalation", "true: processes may gain privileges (setuid binaries)")
	case ctr.AllowPrivilegeEscalation == nil:
		add("containerSecurityContext.allowPrivilegeEscalation", "unset: Kubernetes then lets processes gain privileges (setuid binaries); set false")
	}
	caps := ctr.Capabilities
	if caps != nil && len(caps.Add) > 0 {
		names := make([]string, len(caps.Add))
		for i, c := range caps.Add {
			names[i] = QuoteKey(c)
		}
		add("containerSecurityContext.capabilities.add", "%s: adds Linux capabilities", strings.Join(names, ", "))
	}
	if caps == nil || !slices.ContainsFunc(caps.Drop, func(c string) bool { return strings.EqualFold(c, "ALL") }) {
		add("containerSecurityContext.capabilities.drop", "does not drop ALL: the container keeps the runtime's default capabilities")
	}
	switch {
	case isFalse(ctr.ReadOnlyRootFilesystem):
		add("containerSecurityContext.readOnlyRootFilesystem", "false: the root filesystem is writable")
	case ctr.ReadOnlyRootFilesystem == nil:
		add("containerSecurityContext.readOnlyRootFilesystem", "unset: the root filesystem is writable; set true")
	}
	if ctr.SeccompProfile != nil && ctr.SeccompProfile.Type == "Unconfined" {
		add("containerSecurityContext.seccompProfile.type", "Unconfined: the container runs without a seccomp filter")
	}
	return w
}
