// Package policy checks the workloads of any Kubernetes manifests (not only
// this project's) against what a security review and a namespace quota ask of
// every pod:
//
//	objs, _ := manifest.ReadDir("dist")
//	for _, v := range policy.Check(objs) { fmt.Println(v) }
//
// Two sets of checks run on each pod template:
//
//   - The Pod Security Standards "restricted" profile, latest version, run by
//     the Kubernetes project's own evaluator (k8s.io/pod-security-admission,
//     the code of the PodSecurity admission plugin). A workload that passes
//     is admitted into a namespace labelled
//     pod-security.kubernetes.io/enforce=restricted. Findings carry the
//     evaluator's own reasons and details, as in the admission plugin's
//     "violates PodSecurity" message.
//   - This package's own checks, for what the profile does not cover: probes,
//     CPU and memory requests and limits, a read-only root filesystem, and no
//     service-account token for pods that run under the default service
//     account (see the Check* constants).
package policy

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	psaapi "k8s.io/pod-security-admission/api"
	psapolicy "k8s.io/pod-security-admission/policy"

	"github.com/optio-cdk8s/optio-cdk8s/manifest"
)

// PodSecurityProfile is the Pod Security Standards level and version that
// Check applies, as written in a namespace's
// pod-security.kubernetes.io/enforce and enforce-version labels.
const PodSecurityProfile = "restricted:latest"

// Names of this package's own checks (Violation.Check when
// Violation.PodSecurity is false).
const (
	// CheckProbes: every container of a long-running pod has a readinessProbe
	// and a livenessProbe. Init containers are exempt, except sidecars
	// (restartPolicy: Always); so are pods that run to completion (pod
	// restartPolicy Never or OnFailure, as in every Job).
	CheckProbes = "missing probes"
	// CheckResources: every container and init container sets CPU and memory
	// requests and limits. A ResourceQuota on limits.cpu or limits.memory
	// makes Kubernetes reject pods without them.
	CheckResources = "missing resources"
	// CheckReadOnlyRootFilesystem: every container and init container sets
	// securityContext.readOnlyRootFilesystem: true (except in Windows pods,
	// where Kubernetes forbids the field).
	CheckReadOnlyRootFilesystem = "readOnlyRootFilesystem != true"
	// CheckServiceAccountToken: a pod that runs under the namespace's default
	// service account (serviceAccountName unset or "default") sets
	// automountServiceAccountToken: false, since it has no API access of its
	// own to use the token for.
	CheckServiceAccountToken = "service account token mounted"
	// CheckPodTemplate: the pod template could not be read as a Kubernetes
	// PodTemplateSpec (a field of the wrong type, an invalid quantity), so no
	// other check ran on it.
	CheckPodTemplate = "unreadable pod template"
)

// Violation is one finding on one workload.
type Violation struct {
	// Object is "Kind/name" of the workload, e.g. "Deployment/optio-api".
	Object string
	// Namespace is the workload's metadata.namespace, "" when unset.
	Namespace string
	// Container is the name of the container at fault (init and ephemeral
	// containers included), "" when the finding is about the pod as a whole.
	Container string
	// PodSecurity is true when the finding comes from the Pod Security
	// Standards profile (PodSecurityProfile), false for this package's own
	// checks.
	PodSecurity bool
	// Check names the failed check: the evaluator's reason for Pod Security
	// findings (e.g. "runAsNonRoot != true", "host namespaces"), one of the
	// Check* constants otherwise.
	Check string
	// Detail says what to change, e.g. `pod or container "api" must set
	// securityContext.runAsNonRoot=true`; it may be empty.
	Detail string
}

// String is one line: the object, its namespace and container when set, and
// the check with its detail in the admission plugin's "reason (detail)" form,
// e.g.
//
//	Deployment/optio-redis (namespace optio) container redis: PodSecurity restricted:latest: runAsNonRoot != true (pod or container "redis" must set securityContext.runAsNonRoot=true)
func (v Violation) String() string {
	var b strings.Builder
	b.WriteString(v.Object)
	if v.Namespace != "" {
		fmt.Fprintf(&b, " (namespace %s)", v.Namespace)
	}
	if v.Container != "" {
		fmt.Fprintf(&b, " container %s", v.Container)
	}
	b.WriteString(": ")
	if v.PodSecurity {
		b.WriteString("PodSecurity " + PodSecurityProfile + ": ")
	}
	b.WriteString(v.Check)
	if v.Detail != "" {
		fmt.Fprintf(&b, " (%s)", v.Detail)
	}
	return b.String()
}

// Check runs every check on the pod template of each workload in objs (Pod,
// Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job,
// CronJob; other objects are skipped) and returns the findings in order:
// object by object, the pod's own findings first, then container by
// container (init containers, containers, ephemeral containers), Pod
// Security findings before this package's. A template that cannot be read
// gives one CheckPodTemplate finding instead of failing the whole run.
func Check(objs []manifest.Object) []Violation {
	var out []Violation
	for _, o := range objs {
		tmpl := o.PodTemplate()
		if tmpl == nil {
			continue
		}
		pod := workload{Object: o.ID(), Namespace: o.Namespace()}
		t, err := decode(tmpl)
		if err != nil {
			out = append(out, pod.violation("", false, CheckPodTemplate, err.Error()))
			continue
		}
		out = append(out, pod.check(&t.ObjectMeta, &t.Spec)...)
	}
	return out
}

// decode reads a pod template (or a Pod) as its Kubernetes type. Unknown
// fields are ignored, as the API server's default (non-strict) decoding does.
func decode(tmpl map[string]interface{}) (*corev1.PodTemplateSpec, error) {
	b, err := json.Marshal(tmpl)
	if err != nil {
		return nil, err
	}
	var t corev1.PodTemplateSpec
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, err
	}
	return &t, nil
}

type workload struct{ Object, Namespace string }

func (w workload) violation(container string, podSecurity bool, check, detail string) Violation {
	return Violation{Object: w.Object, Namespace: w.Namespace, Container: container,
		PodSecurity: podSecurity, Check: check, Detail: detail}
}

// container is one container of a pod with where it sits in the spec.
type container struct {
	c    *corev1.Container
	kind containerKind
}

type containerKind int

const (
	initContainer containerKind = iota
	regularContainer
	ephemeralContainer
)

func containers(spec *corev1.PodSpec) []container {
	var out []container
	for i := range spec.InitContainers {
		out = append(out, container{&spec.InitContainers[i], initContainer})
	}
	for i := range spec.Containers {
		out = append(out, container{&spec.Containers[i], regularContainer})
	}
	for i := range spec.EphemeralContainers {
		out = append(out, container{(*corev1.Container)(&spec.EphemeralContainers[i].EphemeralContainerCommon), ephemeralContainer})
	}
	return out
}

func (w workload) check(meta *metav1.ObjectMeta, spec *corev1.PodSpec) []Violation {
	podSecurityPod, podSecurityContainers := podSecurity(meta, spec)
	var out []Violation
	for _, r := range podSecurityPod {
		out = append(out, w.violation("", true, r.ForbiddenReason, r.ForbiddenDetail))
	}
	out = append(out, w.podChecks(spec)...)
	for i, c := range containers(spec) {
		for _, r := range podSecurityContainers[i] {
			out = append(out, w.violation(c.c.Name, true, r.ForbiddenReason, r.ForbiddenDetail))
		}
		out = append(out, w.containerChecks(spec, c)...)
	}
	return out
}

var (
	restrictedLatest = psaapi.LevelVersion{Level: psaapi.LevelRestricted, Version: psaapi.LatestVersion()}
	evaluator        = sync.OnceValue(func() psapolicy.Evaluator {
		e, err := psapolicy.NewEvaluator(psapolicy.DefaultChecks(), nil)
		if err != nil {
			// Only a defect of k8s.io/pod-security-admission itself (its
			// built-in checks are inconsistent) gets here.
			panic("pod security evaluator: " + err.Error())
		}
		return e
	})
)

// podSecurity evaluates the pod against the restricted profile and splits the
// failed checks between the pod (pod) and its containers (byContainer, in the
// order of containers()). The evaluator judges whole pods, so each container
// is judged in a copy of the pod that holds only that container: a check
// failed there, that the pod without containers passes (or fails with another
// detail), is that container's. Checks failed by the pod without containers
// are the pod's; any other check the full pod fails is reported on the pod
// too, so nothing the admission plugin would refuse is lost.
func podSecurity(meta *metav1.ObjectMeta, spec *corev1.PodSpec) (pod []psapolicy.CheckResult, byContainer [][]psapolicy.CheckResult) {
	eval := func(s *corev1.PodSpec) []psapolicy.CheckResult {
		return evaluator().EvaluatePod(restrictedLatest, meta, s)
	}
	all := containers(spec)
	byContainer = make([][]psapolicy.CheckResult, len(all))
	full := eval(spec)
	if psapolicy.AggregateCheckResults(full).Allowed {
		return nil, byContainer
	}
	bare := *spec
	bare.InitContainers, bare.Containers, bare.EphemeralContainers = nil, nil, nil
	base := eval(&bare)
	// The evaluator returns one result per check of the profile, in a fixed
	// order, so results of different pods line up index by index.
	if len(base) != len(full) {
		return failed(full), byContainer
	}
	reported := make([]bool, len(full))
	for i, r := range base {
		if !r.Allowed {
			pod = append(pod, named(r))
			reported[i] = true
		}
	}
	for ci, c := range all {
		one := bare
		switch c.kind {
		case initContainer:
			one.InitContainers = []corev1.Container{*c.c}
		case regularContainer:
			one.Containers = []corev1.Container{*c.c}
		case ephemeralContainer:
			one.EphemeralContainers = []corev1.EphemeralContainer{{EphemeralContainerCommon: corev1.EphemeralContainerCommon(*c.c)}}
		}
		res := eval(&one)
		if len(res) != len(base) {
			return failed(full), make([][]psapolicy.CheckResult, len(all))
		}
		for i, r := range res {
			if !r.Allowed && (base[i].Allowed || base[i].ForbiddenReason != r.ForbiddenReason || base[i].ForbiddenDetail != r.ForbiddenDetail) {
				byContainer[ci] = append(byContainer[ci], named(r))
				reported[i] = true
			}
		}
	}
	for i, r := range full {
		if !r.Allowed && !reported[i] {
			pod = append(pod, named(r))
		}
	}
	return pod, byContainer
}

// failed returns the failed results, with named.
func failed(results []psapolicy.CheckResult) []psapolicy.CheckResult {
	var out []psapolicy.CheckResult
	for _, r := range results {
		if !r.Allowed {
			out = append(out, named(r))
		}
	}
	return out
}

// named gives a failed result without a reason the evaluator's own
// placeholder reason.
func named(r psapolicy.CheckResult) psapolicy.CheckResult {
	if r.ForbiddenReason == "" {
		r.ForbiddenReason = psapolicy.UnknownForbiddenReason
	}
	return r
}

// podChecks are this package's checks on the pod as a whole.
func (w workload) podChecks(spec *corev1.PodSpec) []Violation {
	sa := spec.ServiceAccountName
	if sa == "" {
		sa = spec.DeprecatedServiceAccount
	}
	token := spec.AutomountServiceAccountToken == nil || *spec.AutomountServiceAccountToken
	if token && (sa == "" || sa == "default") {
		return []Violation{w.violation("", false, CheckServiceAccountToken,
			"pod must set automountServiceAccountToken=false, or serviceAccountName to a service account of its own")}
	}
	return nil
}

// containerChecks are this package's checks on one container. Ephemeral
// containers (debugging sessions, never in manifests) have no resources or
// probes to check.
func (w workload) containerChecks(spec *corev1.PodSpec, c container) []Violation {
	if c.kind == ephemeralContainer {
		return nil
	}
	var out []Violation
	name := c.c.Name
	windows := spec.OS != nil && spec.OS.Name == corev1.Windows // Kubernetes forbids the field there
	if sc := c.c.SecurityContext; !windows && (sc == nil || sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem) {
		out = append(out, w.violation(name, false, CheckReadOnlyRootFilesystem,
			fmt.Sprintf("container %q must set securityContext.readOnlyRootFilesystem=true", name)))
	}
	var missing []string
	for _, kind := range []struct {
		name string
		list corev1.ResourceList
	}{{"requests", c.c.Resources.Requests}, {"limits", c.c.Resources.Limits}} {
		for _, res := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
			if _, ok := kind.list[res]; !ok {
				missing = append(missing, fmt.Sprintf("resources.%s.%s", kind.name, res))
			}
		}
	}
	if len(missing) > 0 {
		out = append(out, w.violation(name, false, CheckResources,
			fmt.Sprintf("container %q must set %s", name, strings.Join(missing, ", "))))
	}
	sidecar := c.kind == initContainer && c.c.RestartPolicy != nil && *c.c.RestartPolicy == corev1.ContainerRestartPolicyAlways
	runsToCompletion := spec.RestartPolicy == corev1.RestartPolicyNever || spec.RestartPolicy == corev1.RestartPolicyOnFailure
	if (c.kind == regularContainer || sidecar) && !runsToCompletion {
		missing = missing[:0]
		if c.c.ReadinessProbe == nil {
			missing = append(missing, "readinessProbe")
		}
		if c.c.LivenessProbe == nil {
			missing = append(missing, "livenessProbe")
		}
		if len(missing) > 0 {
			out = append(out, w.violation(name, false, CheckProbes,
				fmt.Sprintf("container %q must set %s", name, strings.Join(missing, ", "))))
		}
	}
	return out
}
