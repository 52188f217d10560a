package values

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// ResourceList maps a resource name (cpu, memory, ...) to a quantity in
// Kubernetes notation (250m, 512Mi, 1).
type ResourceList map[string]string

// ResourcesValues are a container's requests and limits.
type ResourcesValues struct {
	// Requests are the resources the scheduler reserves.
	Requests ResourceList `json:"requests"`
	// Limits are the most the container may use.
	Limits ResourceList `json:"limits"`
}

func resources(reqCPU, reqMem, limCPU, limMem string) ResourcesValues {
	return ResourcesValues{
		Requests: ResourceList{"cpu": reqCPU, "memory": reqMem},
		Limits:   ResourceList{"cpu": limCPU, "memory": limMem},
	}
}

func validateQuantity(path *field.Path, v string) field.ErrorList {
	if v == "" {
		return field.ErrorList{field.Required(path, "")}
	}
	q, err := resource.ParseQuantity(v)
	if err != nil {
		return field.ErrorList{field.Invalid(path, v, "must be a Kubernetes quantity such as 500m, 1, 512Mi or 1Gi (note: Mi, Gi, not Mb, Gb)")}
	}
	if q.Sign() < 0 {
		return field.ErrorList{field.Invalid(path, v, "must be greater than or equal to 0")}
	}
	return nil
}

func validateResourceName(path *field.Path, name string) field.ErrorList {
	var errs field.ErrorList
	for _, msg := range validation.IsQualifiedName(name) {
		errs = append(errs, field.Invalid(path, name, msg))
	}
	return errs
}

// validateResources checks quantities, that CPU and memory have both a
// request and a limit (a namespace quota on limits rejects pods without
// them), and, as the API server does, that no request exceeds its limit.
func validateResources(path *field.Path, r ResourcesValues) field.ErrorList {
	var errs field.ErrorList
	for _, part := range []struct {
		name string
		list ResourceList
	}{{"requests", r.Requests}, {"limits", r.Limits}} {
		for _, res := range []string{"cpu", "memory"} {
			if _, ok := part.list[res]; !ok {
				errs = append(errs, field.Required(path.Child(part.name, res), "every container has CPU and memory requests and limits").WithOrigin(RuleResourcesRequired))
			}
		}
	}
	for _, part := range []struct {
		name string
		list ResourceList
	}{{"requests", r.Requests}, {"limits", r.Limits}} {
		for _, k := range slices.Sorted(maps.Keys(part.list)) {
			p := path.Child(part.name, QuoteKey(k))
			errs = append(errs, validateResourceName(p, k)...)
			errs = append(errs, validateQuantity(p, part.list[k])...)
		}
	}
	if len(errs) > 0 {
		return errs
	}
	for _, k := range slices.Sorted(maps.Keys(r.Requests)) {
		lim, ok := r.Limits[k]
		if !ok {
			continue
		}
		req, max := resource.MustParse(r.Requests[k]), resource.MustParse(lim)
		if req.Cmp(max) > 0 {
			errs = append(errs, field.Invalid(path.Child("requests", k), r.Requests[k], fmt.Sprintf("must be less than or equal to %s limit of %s", k, lim)))
		}
	}
	return append(errs, validateContainerResourceRules(path, r)...) // the API server's rules
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
