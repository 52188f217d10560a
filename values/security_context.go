package values

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// PodSecurityContextValues (beyond the Helm chart; Bitnami's podSecurityContext)
// is a pod's securityContext. Unset fields are omitted.
type PodSecurityContextValues struct {
	// Enabled false omits the pod's securityContext entirely (Bitnami's
	// podSecurityContext.enabled; e.g. OpenShift's restricted SCC assigns
	// UIDs itself). Default: true.
	Enabled *bool `json:"enabled,omitempty"`
	// RunAsUser is the numeric UID the containers run as.
	RunAsUser *int64 `json:"runAsUser,omitempty"`
	// RunAsGroup is the numeric primary GID.
	RunAsGroup *int64 `json:"runAsGroup,omitempty"`
	// RunAsNonRoot makes the kubelet refuse to start a container as UID 0.
	RunAsNonRoot *bool `json:"runAsNonRoot,omitempty"`
	// FSGroup owns the pod's volumes.
	FSGroup *int64 `json:"fsGroup,omitempty"`
	// FSGroupChangePolicy is OnRootMismatch or Always.
	FSGroupChangePolicy FSGroupChangePolicy `json:"fsGroupChangePolicy,omitempty"`
	// SupplementalGroups are extra GIDs of the containers' processes.
	SupplementalGroups []int64 `json:"supplementalGroups,omitempty"`
	// SeccompProfile is the pod's seccomp profile.
	SeccompProfile *SeccompProfileValues `json:"seccompProfile,omitempty"`
}

// ContainerSecurityContextValues (beyond the Helm chart; Bitnami's
// containerSecurityContext) is a container's securityContext. Unset fields are
// omitted.
type ContainerSecurityContextValues struct {
	// Enabled false omits the container's securityContext entirely
	// (Bitnami's containerSecurityContext.enabled). Default: true.
	Enabled *bool `json:"enabled,omitempty"`
	// RunAsUser overrides the pod's UID.
	RunAsUser *int64 `json:"runAsUser,omitempty"`
	// RunAsGroup overrides the pod's GID.
	RunAsGroup *int64 `json:"runAsGroup,omitempty"`
	// RunAsNonRoot overrides the pod's setting.
	RunAsNonRoot *bool `json:"runAsNonRoot,omitempty"`
	// Privileged runs the container privileged.
	Privileged *bool `json:"privileged,omitempty"`
	// AllowPrivilegeEscalation controls no_new_privs.
	AllowPrivilegeEscalation *bool `json:"allowPrivilegeEscalation,omitempty"`
	// ReadOnlyRootFilesystem mounts the image read-only.
	ReadOnlyRootFilesystem *bool `json:"readOnlyRootFilesystem,omitempty"`
	// Capabilities to add and drop.
	Capabilities *CapabilitiesValues `json:"capabilities,omitempty"`
	// SeccompProfile overrides the pod's profile.
	SeccompProfile *SeccompProfileValues `json:"seccompProfile,omitempty"`
}

// CapabilitiesValues are Linux capabilities to add and drop.
type CapabilitiesValues struct {
	// Add lists capabilities to add.
	Add []string `json:"add,omitempty"`
	// Drop lists capabilities to drop ("ALL" drops every one).
	Drop []string `json:"drop,omitempty"`
}

// SeccompProfileValues is a pod's or container's seccomp profile.
type SeccompProfileValues struct {
	// Type is RuntimeDefault, Localhost or Unconfined.
	Type SeccompProfileType `json:"type,omitempty"`
	// LocalhostProfile is the profile path when Type is Localhost.
	LocalhostProfile string `json:"localhostProfile,omitempty"`
}

// FSGroupChangePolicies are the values of podSecurityContext.fsGroupChangePolicy
// ("" omits it), from Kubernetes.
var FSGroupChangePolicies = []string{"OnRootMismatch", "Always", ""}

// validatePodSecurityRules holds Kubernetes' rules on a pod's
// securityContext: user and group IDs between 0 and 2147483647, the
// fsGroupChangePolicy enum, and the seccomp profile's localhostProfile.
// Nothing is checked when the context is turned off (enabled: false omits
// it).
func validatePodSecurityRules(path *field.Path, s PodSecurityContextValues) field.ErrorList {
	if s.Enabled != nil && !*s.Enabled {
		return nil
	}
	var errs field.ErrorList
	errs = append(errs, validateID(path.Child("runAsUser"), s.RunAsUser)...)
	errs = append(errs, validateID(path.Child("runAsGroup"), s.RunAsGroup)...)
	errs = append(errs, validateID(path.Child("fsGroup"), s.FSGroup)...)
	for i, g := range s.SupplementalGroups {
		errs = append(errs, validateID(path.Child("supplementalGroups").Index(i), &g)...)
	}
	errs = append(errs, validateEnum(path.Child("fsGroupChangePolicy"), s.FSGroupChangePolicy, FSGroupChangePolicies)...)
	errs = append(errs, validateSeccompRules(path.Child("seccompProfile"), s.SeccompProfile)...)
	return errs
}

// validateContainerSecurityRules holds Kubernetes' rules on a container's
// securityContext: IDs between 0 and 2147483647, the seccomp profile, and
// no privileged container. The API server refuses privileged containers
// unless it runs with --allow-privileged=true (its default is false), none
// of Optio's images needs privilege, and a privileged container with
// allowPrivilegeEscalation false, or one that adds CAP_SYS_ADMIN with it,
// is refused by every API server.
func validateContainerSecurityRules(path *field.Path, s ContainerSecurityContextValues) field.ErrorList {
	if s.Enabled != nil && !*s.Enabled {
		return nil
	}
	var errs field.ErrorList
	errs = append(errs, validateID(path.Child("runAsUser"), s.RunAsUser)...)
	errs = append(errs, validateID(path.Child("runAsGroup"), s.RunAsGroup)...)
	errs = append(errs, validateSeccompRules(path.Child("seccompProfile"), s.SeccompProfile)...)
	if s.Privileged != nil && *s.Privileged {
		errs = append(errs, field.Forbidden(path.Child("privileged"), "privileged containers are refused by the API server unless it runs with --allow-privileged=true (its default is false), and no Optio container needs privilege"))
	}
	if s.AllowPrivilegeEscalation != nil && !*s.AllowPrivilegeEscalation && s.Capabilities != nil && slices.Contains(s.Capabilities.Add, "CAP_SYS_ADMIN") {
		errs = append(errs, field.Forbidden(path.Child("capabilities", "add"), "CAP_SYS_ADMIN cannot be added when allowPrivilegeEscalation is false"))
	}
	return errs
}

// validateID checks an optional UID or GID: Kubernetes accepts 0 to
// 2147483647.
func validateID(path *field.Path, id *int64) field.ErrorList {
	if id == nil {
		return nil
	}
	var errs field.ErrorList
	for _, msg := range validation.IsValidUserID(*id) {
		errs = append(errs, field.Invalid(path, *id, msg))
	}
	return errs
}

// validateSeccompRules: type Localhost needs a localhostProfile, a relative
// path without "..", which no other type may have. A profile without a type
// is omitted, so it is not checked.
func validateSeccompRules(fp *field.Path, sp *SeccompProfileValues) field.ErrorList {
	if sp == nil || sp.Type == "" {
		return nil
	}
	lp := fp.Child("localhostProfile")
	switch {
	case sp.Type == "Localhost" && sp.LocalhostProfile == "":
		return field.ErrorList{field.Required(lp, "a profile file, relative to the kubelet's seccomp folder, when type is Localhost")}
	case sp.Type == "Localhost":
		var errs field.ErrorList
		if path.IsAbs(sp.LocalhostProfile) {
			errs = append(errs, field.Invalid(lp, sp.LocalhostProfile, "must be a relative path (below the kubelet's seccomp folder)"))
		}
		if slices.Contains(strings.Split(sp.LocalhostProfile, "/"), "..") {
			errs = append(errs, field.Invalid(lp, sp.LocalhostProfile, "must not contain '..'"))
		}
		return errs
	case sp.LocalhostProfile != "":
		return field.ErrorList{field.Forbidden(lp, fmt.Sprintf("may only be set when type is Localhost (type is %q)", sp.Type))}
	}
	return nil
}
