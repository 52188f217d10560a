package values

import (
	"maps"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// ResourceQuotaValues configure the ResourceQuota R-quota.
type ResourceQuotaValues struct {
	// Enabled creates R-quota. Default: false.
	Enabled bool `json:"enabled"`
	// Hard is spec.hard: resource name to quantity. Default: requests.cpu 20,
	// requests.memory 40Gi, limits.cpu 40, limits.memory 80Gi, pods 50,
	// persistentvolumeclaims 30.
	Hard ResourceList `json:"hard"`
}

// Validate checks the ResourceQuota values at path (e.g. "resourceQuota").
func (v ResourceQuotaValues) Validate(path *field.Path) field.ErrorList {
	var errs field.ErrorList
	hard := path.Child("hard")
	for _, k := range slices.Sorted(maps.Keys(v.Hard)) {
		errs = append(errs, validateQuotaResource(hard.Key(QuoteKey(k)), k)...)
		errs = append(errs, validateQuantity(hard.Key(QuoteKey(k)), v.Hard[k])...)
	}
	if v.Enabled && len(v.Hard) == 0 {
		errs = append(errs, field.Required(hard, "a quota with no limits limits nothing").WithOrigin(RuleRequiredValues))
	}
	for _, k := range slices.Sorted(maps.Keys(v.Hard)) {
		errs = append(errs, validateQuotaRules(hard.Key(QuoteKey(k)), k, v.Hard[k])...) // the API server's rules
	}
	return errs
}

// quotaResources are the names without a domain that a ResourceQuota
// accepts (Kubernetes' IsStandardQuotaResourceName), besides hugepages-<size>
// and requests.hugepages-<size>.
var quotaResources = []string{
	"cpu", "memory", "ephemeral-storage",
	"requests.cpu", "requests.memory", "requests.storage", "requests.ephemeral-storage",
	"limits.cpu", "limits.memory", "limits.ephemeral-storage",
	"pods", "resourcequotas", "services", "replicationcontrollers", "secrets",
	"persistentvolumeclaims", "configmaps", "services.nodeports", "services.loadbalancers",
}

// validateQuotaResource accepts exactly the names the API server accepts in
// resourceQuota.hard: the standard names, hugepages-<size> and
// requests.hugepages-<size>, object counts (count/deployments.apps) and
// domain-qualified names (extended resources, per-storage-class quotas).
// storage and limits.hugepages-<size>, which resemble them, get a message of
// their own.
func validateQuotaResource(path *field.Path, name string) field.ErrorList {
	if errs := validateResourceName(path, name); len(errs) > 0 {
		return errs
	}
	switch {
	case strings.Contains(name, "/"), slices.Contains(quotaResources, name),
		strings.HasPrefix(name, "hugepages-"), strings.HasPrefix(name, "requests.hugepages-"):
		return nil
	case name == "storage", strings.HasPrefix(name, "limits.hugepages-"):
		return field.ErrorList{field.Invalid(path, name, "is not a resource a ResourceQuota limits (e.g. requests.storage, not storage; hugepages only as hugepages-<size> or requests.hugepages-<size>)")}
	}
	return field.ErrorList{field.Invalid(path, name, "must be a standard quota resource (e.g. pods, requests.cpu, limits.memory, persistentvolumeclaims), count/<resource>, or a domain-qualified name")}
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
