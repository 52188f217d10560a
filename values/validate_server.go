package values

import (
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// This file holds rules of the Kubernetes API server (v1.37, default
// configuration) on the objects built from the values that the other
// checks of Validate did not cover. Each was found by the differential
// tester (test/difftest), which sends the synthesized objects to a real
// kube-apiserver; each error names the value's path, not the object field.

// FSGroupChangePolicies are the values of podSecurityContext.fsGroupChangePolicy
// ("" omits it), from Kubernetes.
var FSGroupChangePolicies = []string{"OnRootMismatch", "Always", ""}

// validateReleaseLabel: the release name is the value of the
// app.kubernetes.io/instance label of every object, so it must be a valid
// label value (Kubernetes: alphanumerics, '-', '_', '.', starting and ending
// with an alphanumeric, at most 63 characters). An empty name means
// DefaultReleaseName.
func validateReleaseLabel(path *field.Path, name string) field.ErrorList {
	var errs field.ErrorList
	for _, msg := range validation.IsValidLabelValue(name) {
		errs = append(errs, field.Invalid(path, name, "is the app.kubernetes.io/instance label of every object: "+msg))
	}
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
			errs = append(errs, field.Invalid(tp.Child("tolerationSeconds"), *n, fmt.Sprintf("must be between -%d and %d: cdk8s's runtime carries numbers as doubles, which hold integers exactly only up to 2^53", maxExactNumber, maxExactNumber)))
		}
		if t.Operator == "Equal" || t.Operator == "" {
			for _, msg := range validation.IsValidLabelValue(t.Value) {
				errs = append(errs, field.Invalid(tp.Child("value"), t.Value, msg))
			}
		}
	}
	return errs
}

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

// standardContainerResources are the resource names a container may ask for
// without a domain (Kubernetes' IsStandardContainerResourceName), besides
// hugepages-<size>.
var standardContainerResources = []string{"cpu", "memory", "ephemeral-storage"}

// validateContainerResourceRules holds Kubernetes' rules on the names and
// values of a container's requests and limits that validateResources does
// not check:
//   - a name without a domain is cpu, memory, ephemeral-storage or
//     hugepages-<page size>; a domain-qualified name outside kubernetes.io is
//     an extended resource (e.g. example.com/gpu) and may not start with
//     "requests.";
//   - extended resources and hugepages cannot be overcommitted: a request
//     needs a limit equal to it; extended resources are integers;
//   - a hugepages limit is a whole multiple of its page size.
//
// validateResources calls it only once the names and quantities are valid.
func validateContainerResourceRules(path *field.Path, r ResourcesValues) field.ErrorList {
	var errs field.ErrorList
	for _, part := range []struct {
		name string
		list ResourceList
	}{{"limits", r.Limits}, {"requests", r.Requests}} {
		for _, k := range slices.Sorted(maps.Keys(part.list)) {
			p := path.Child(part.name, k)
			q := resource.MustParse(part.list[k]) // validateResources checked it
			switch {
			case !strings.Contains(k, "/"):
				if !slices.Contains(standardContainerResources, k) && !strings.HasPrefix(k, "hugepages-") {
					errs = append(errs, field.Invalid(p, k, "must be cpu, memory, ephemeral-storage, hugepages-<size> or a domain-qualified extended resource (e.g. example.com/gpu)"))
					continue
				}
			case isExtendedResource(k):
				if q.MilliValue()%1000 != 0 {
					errs = append(errs, field.Invalid(p, part.list[k], "must be an integer (an extended resource)"))
				}
			case !strings.Contains(k, "kubernetes.io/"):
				errs = append(errs, field.Invalid(p, k, "is not a valid extended resource name (a domain-qualified name that does not start with requests.)"))
				continue
			}
			if strings.HasPrefix(k, "hugepages-") && part.name == "limits" {
				if msg := hugePageMultiple(k, q); msg != "" {
					errs = append(errs, field.Invalid(p, part.list[k], msg))
				}
			}
			if part.name == "requests" && !overcommitAllowed(k) {
				lim, ok := r.Limits[k]
				lq, err := resource.ParseQuantity(lim)
				switch {
				case !ok:
					errs = append(errs, field.Required(path.Child("limits", k), k+" cannot be overcommitted: give a limit equal to the request"))
				case err == nil && q.Cmp(lq) != 0:
					errs = append(errs, field.Invalid(p, part.list[k], fmt.Sprintf("must be equal to the %s limit of %s (it cannot be overcommitted)", k, lim)))
				}
			}
		}
	}
	return errs
}

// isExtendedResource is Kubernetes' IsExtendedResourceName: a
// domain-qualified name outside kubernetes.io that does not start with
// "requests." and stays a qualified name with that prefix.
func isExtendedResource(name string) bool {
	if !strings.Contains(name, "/") || strings.Contains(name, "kubernetes.io/") || strings.HasPrefix(name, "requests.") {
		return false
	}
	return len(validation.IsQualifiedName("requests."+name)) == 0
}

// overcommitAllowed is Kubernetes' IsOvercommitAllowed: native resources
// other than hugepages.
func overcommitAllowed(name string) bool {
	native := !strings.Contains(name, "/") || strings.Contains(name, "kubernetes.io/")
	return native && !strings.HasPrefix(name, "hugepages-")
}

// hugePageMultiple returns why q is not a whole multiple of the page size
// of hugepages-<size>, or "".
func hugePageMultiple(name string, q resource.Quantity) string {
	size, err := resource.ParseQuantity(strings.TrimPrefix(name, "hugepages-"))
	if err != nil || size.Sign() <= 0 || size.MilliValue()%1000 != 0 {
		return "the page size in " + name + " is not a whole number of bytes"
	}
	if q.Value()%size.Value() != 0 {
		return fmt.Sprintf("must be a whole multiple of the page size %s", size.String())
	}
	return ""
}

// integerQuotaResources are counted in whole units (Kubernetes'
// IsIntegerResourceName, with extended resources).
var integerQuotaResources = []string{
	"pods", "resourcequotas", "services", "replicationcontrollers", "secrets",
	"configmaps", "persistentvolumeclaims", "services.nodeports", "services.loadbalancers",
}

// validateQuotaRules holds Kubernetes' rule on resourceQuota.hard values
// that validateQuantity does not check: whole numbers for counts and
// extended resources.
func validateQuotaRules(path *field.Path, name, value string) field.ErrorList {
	if len(validateQuotaResource(path, name)) > 0 {
		return nil // reported by Validate
	}
	if q, err := resource.ParseQuantity(value); err == nil && (slices.Contains(integerQuotaResources, name) || isExtendedResource(name)) && q.MilliValue()%1000 != 0 {
		return field.ErrorList{field.Invalid(path, value, "must be a whole number")}
	}
	return nil
}
