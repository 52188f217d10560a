package values

import (
	"fmt"

	corev1 "k8s.io/api/core/v1"
	metav1validation "k8s.io/apimachinery/pkg/apis/meta/v1/validation"

	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// SchedulingValues (beyond the Helm chart) are the per-component Bitnami-style
// knobs of pods, security and scheduling, named as Bitnami's charts name them;
// they are inlined into each component's values (pod.go validates the pod
// knobs: podAnnotations to extraEnvVars).
type SchedulingValues struct {
	// PodSecurityContext is the pod's securityContext. Default: non-root
	// with the image's UID/GID as fsGroup, seccomp RuntimeDefault.
	PodSecurityContext PodSecurityContextValues `json:"podSecurityContext"`
	// ContainerSecurityContext is the main container's securityContext.
	// Default: no privilege escalation, all capabilities dropped, read-only
	// root filesystem.
	ContainerSecurityContext ContainerSecurityContextValues `json:"containerSecurityContext"`
	// NodeSelector constrains the pods to nodes with these labels.
	// Default: none.
	NodeSelector map[string]string `json:"nodeSelector"`
	// Tolerations let the pods run on tainted nodes. Default: none.
	Tolerations []Toleration `json:"tolerations"`
	// PodAnnotations (Bitnami's podAnnotations) are added to the pod
	// template's annotations. Keys and values as Kubernetes validates
	// annotations (256 KiB in all); checksum/config, which the release sets
	// on the API's pods, is refused (rule labels-reserved). Default: none.
	PodAnnotations map[string]string `json:"podAnnotations" values:"text"`
	// PodLabels (Bitnami's podLabels) are added to the pod template's
	// labels, never to the selector. Keys and values as Kubernetes
	// validates labels; a key the release sets itself (app.kubernetes.io/*,
	// app, optio-cdk8s.io/release-namespace, optio.pod-role) is refused
	// (rule labels-reserved). Default: none.
	PodLabels map[string]string `json:"podLabels"`
	// PriorityClassName (Bitnami's priorityClassName) is the pods'
	// spec.priorityClassName: the name of an existing PriorityClass, a
	// DNS-1123 subdomain (Kubernetes' rule). "" sets none (the cluster's
	// default priority). Default: "".
	PriorityClassName string `json:"priorityClassName"`
	// Affinity (Bitnami's affinity) is the pods' spec.affinity, a
	// Kubernetes core/v1 Affinity written as Kubernetes writes it
	// (nodeAffinity, podAffinity, podAntiAffinity), checked by the API
	// server's rules. When set (not {}), it replaces the antiAffinity preset
	// of api and web entirely, as Bitnami's affinity replaces its presets:
	// a warning says so when both are set. Default: {} (none; the preset
	// applies).
	Affinity corev1.Affinity `json:"affinity"`
	// TopologySpreadConstraints (Bitnami's topologySpreadConstraints) are
	// the pods' spec.topologySpreadConstraints, a list of Kubernetes core/v1
	// TopologySpreadConstraint (maxSkew, topologyKey, whenUnsatisfiable,
	// labelSelector, ...), checked by the API server's rules. The
	// labelSelector is the user's: to spread a component's own pods, select
	// its app.kubernetes.io/instance and app.kubernetes.io/component labels.
	// Default: none.
	TopologySpreadConstraints []corev1.TopologySpreadConstraint `json:"topologySpreadConstraints"`
	// ExtraEnvVars (Bitnami's extraEnvVars) are added to the main
	// container's env, a list of Kubernetes core/v1 EnvVar (name with value,
	// or valueFrom a secretKeyRef, configMapKeyRef, fieldRef or
	// resourceFieldRef), checked by the API server's rules. A name the
	// release sets itself in that container (for the API, also every key of
	// R-config) is refused with its path (rule extra-env): it would
	// silently replace ours. Values are never shown in errors or warnings
	// (they may be tokens); prefer secretKeyRef for secrets. Default: none.
	ExtraEnvVars []corev1.EnvVar `json:"extraEnvVars" values:"text,sensitive"`
}

// Toleration (beyond the Helm chart) lets a pod schedule onto tainted nodes; the
// fields are Kubernetes' own.
type Toleration struct {
	// Key is the taint key; empty with operator Exists matches all taints.
	Key string `json:"key,omitempty"`
	// Operator is Equal or Exists. Default (Kubernetes): Equal.
	Operator TolerationOperator `json:"operator,omitempty"`
	// Value is the taint value for Equal.
	Value string `json:"value,omitempty"`
	// Effect is NoSchedule, PreferNoSchedule or NoExecute; empty matches all.
	Effect TaintEffect `json:"effect,omitempty"`
	// TolerationSeconds bounds how long a NoExecute taint is tolerated.
	TolerationSeconds *int64 `json:"tolerationSeconds,omitempty"`
}

// podDefaults returns the hardened security defaults for an image that runs
// as uid/gid (the Optio images: API and web 1000, Postgres and Redis 999; the
// redis:7-alpine user's primary group is 1000, and fsGroup 999 is what makes
// /data writable for it).
func podDefaults(uid int64) SchedulingValues {
	return SchedulingValues{
		PodSecurityContext: PodSecurityContextValues{
			Enabled:        ptr(true),
			RunAsNonRoot:   ptr(true),
			RunAsUser:      ptr(uid),
			RunAsGroup:     ptr(uid),
			FSGroup:        ptr(uid),
			SeccompProfile: &SeccompProfileValues{Type: "RuntimeDefault"},
		},
		ContainerSecurityContext: ContainerSecurityContextValues{
			Enabled:                  ptr(true),
			AllowPrivilegeEscalation: ptr(false),
			ReadOnlyRootFilesystem:   ptr(true),
			Capabilities:             &CapabilitiesValues{Drop: []string{"ALL"}},
		},
		NodeSelector:              map[string]string{},
		Tolerations:               []Toleration{},
		PodAnnotations:            map[string]string{},
		PodLabels:                 map[string]string{},
		TopologySpreadConstraints: []corev1.TopologySpreadConstraint{},
		ExtraEnvVars:              []corev1.EnvVar{},
	}
}

// Enumerations of the scheduling and security knobs, from Kubernetes ("" is
// Kubernetes' default: Equal, and all effects).
var (
	TolerationOperators = []string{"Equal", "Exists", ""}
	TaintEffects        = []string{"NoSchedule", "PreferNoSchedule", "NoExecute", ""}
	SeccompProfileTypes = []string{"RuntimeDefault", "Localhost", "Unconfined"}
)

func validateScheduling(path *field.Path, s SchedulingValues) field.ErrorList {
	errs := metav1validation.ValidateLabels(s.NodeSelector, path.Child("nodeSelector"))
	for i, t := range s.Tolerations {
		tp := path.Child("tolerations").Index(i)
		errs = append(errs, validateEnum(tp.Child("operator"), t.Operator, TolerationOperators)...)
		errs = append(errs, validateEnum(tp.Child("effect"), t.Effect, TaintEffects)...)
		if t.Key != "" {
			errs = append(errs, validateResourceName(tp.Child("key"), t.Key)...)
		}
		if t.Operator == "Exists" && t.Value != "" {
			errs = append(errs, field.Invalid(tp.Child("value"), t.Value, "must be empty when operator is Exists"))
		}
	}
	if sp := s.PodSecurityContext.SeccompProfile; sp != nil && sp.Type != "" {
		errs = append(errs, validateEnum(path.Child("podSecurityContext", "seccompProfile", "type"), sp.Type, SeccompProfileTypes)...)
	}
	if sp := s.ContainerSecurityContext.SeccompProfile; sp != nil && sp.Type != "" {
		errs = append(errs, validateEnum(path.Child("containerSecurityContext", "seccompProfile", "type"), sp.Type, SeccompProfileTypes)...)
	}
	errs = append(errs, validatePodKnobs(path, s)...) // pod.go
	// The API server's further rules.
	errs = append(errs, validateTolerationRules(path.Child("tolerations"), s.Tolerations)...)
	errs = append(errs, validatePodSecurityRules(path.Child("podSecurityContext"), s.PodSecurityContext)...)
	errs = append(errs, validateContainerSecurityRules(path.Child("containerSecurityContext"), s.ContainerSecurityContext)...)
	return errs
}

// maxExactNumber is the largest integer a JavaScript number (a double) holds
// exactly: 2^53 - 1. A larger one would reach the output rounded.
const maxExactNumber = 1<<53 - 1

// validateTolerationRules holds Kubernetes' rules on tolerations that
// validateScheduling does not check: an empty key needs operator Exists
// (it then matches every taint), the value of an Equal toleration is a
// label value, and tolerationSeconds needs effect NoExecute.
func validateTolerationRules(path *field.Path, ts []Toleration) field.ErrorList {
	var errs field.ErrorList
	for i, t := range ts {
		tp := path.Index(i)
		if t.Key == "" && t.Operator != "Exists" {
			errs = append(errs, field.Invalid(tp.Child("operator"), t.Operator, "must be Exists when key is empty (a toleration of every taint)"))
		}
		if t.TolerationSeconds != nil && t.Effect != "NoExecute" {
			errs = append(errs, field.Invalid(tp.Child("effect"), t.Effect, "must be NoExecute when tolerationSeconds is set"))
		}
		if n := t.TolerationSeconds; n != nil && (*n > maxExactNumber || *n < -maxExactNumber) {
			errs = append(errs, field.Invalid(tp.Child("tolerationSeconds"), *n, fmt.Sprintf("must be between -%d and %d: cdk8s's runtime carries numbers as doubles, which hold integers exactly only up to 2^53", maxExactNumber, maxExactNumber)).WithOrigin(RuleNumberPrecision))
		}
		if t.Operator == "Equal" || t.Operator == "" {
			for _, msg := range validation.IsValidLabelValue(t.Value) {
				errs = append(errs, field.Invalid(tp.Child("value"), t.Value, msg))
			}
		}
	}
	return errs
}
