package values

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// podGroup is the pods of one Deployment of the release at the peak of a
// rollout: its replicas plus the surge of a RollingUpdate.
type podGroup struct {
	name      string // the component
	pods      int64  // replicas + surge
	resources ResourcesValues
}

// rolloutPeak returns replicas plus the surge of Kubernetes's default
// RollingUpdate (maxSurge 25%, rounded up), or plus nothing when the
// Deployment replaces pods in place (strategy Recreate, or maxSurge 0 with
// required anti-affinity, as the API and web Deployments then have).
func rolloutPeak(replicas int64, inPlace bool) int64 {
	if inPlace || replicas == 0 {
		return replicas
	}
	return replicas + int64(math.Ceil(float64(replicas)*0.25))
}

// servedReplicas is the replica count a served component (api, web) runs
// with: its HPA's minReplicas (default 1) when autoscaling, else replicas
// (default 1).
func servedReplicas(replicas *int32, a AutoscalingValues) int64 {
	if a.Enabled {
		if a.MinReplicas != nil {
			return int64(*a.MinReplicas)
		}
		return 1
	}
	if replicas != nil {
		return int64(*replicas)
	}
	return 1
}

// podGroups lists the release's own Deployments with their pods at a
// rollout's peak. The Postgres Deployment is Recreate (its volume is
// ReadWriteOnce); Redis and, without required anti-affinity, the API and web
// roll with Kubernetes's default surge.
func (p *Values) podGroups() []podGroup {
	groups := []podGroup{
		{"api", rolloutPeak(servedReplicas(p.API.Replicas, p.API.Autoscaling), RequiredPodAntiAffinity(p.API.AntiAffinity, p.API.Affinity)), p.API.Resources},
		{"web", rolloutPeak(servedReplicas(p.Web.Replicas, p.Web.Autoscaling), RequiredPodAntiAffinity(p.Web.AntiAffinity, p.Web.Affinity)), p.Web.Resources},
	}
	if p.Postgresql.Enabled {
		groups = append(groups, podGroup{"postgresql", rolloutPeak(1, true), p.Postgresql.Resources})
	}
	if p.Redis.Enabled {
		groups = append(groups, podGroup{"redis", rolloutPeak(1, false), p.Redis.Resources})
	}
	return groups
}

// quotaUse returns what the release's own objects use of the quota resource
// name, with the part of each pod group ("api 2 × 512Mi"), and ok false for
// a resource this check does not count (object counts other than pods and
// claims, services).
func (p *Values) quotaUse(name string) (total resource.Quantity, parts []string, ok bool) {
	add := func(what string, n int64, each resource.Quantity) {
		for range n {
			total.Add(each)
		}
		if n > 0 && !each.IsZero() {
			parts = append(parts, fmt.Sprintf("%s %d × %s", what, n, each.String()))
		}
	}
	switch {
	case name == "pods" || name == "count/pods":
		for _, g := range p.podGroups() {
			add(g.name, g.pods, resource.MustParse("1"))
		}
		return total, parts, true
	case name == "persistentvolumeclaims" || name == "count/persistentvolumeclaims":
		if p.Postgresql.Enabled {
			add("postgresql", 1, resource.MustParse("1"))
		}
		return total, parts, true
	case name == "requests.storage":
		if p.Postgresql.Enabled {
			if q, err := resource.ParseQuantity(p.Postgresql.Storage.Size); err == nil {
				add("postgresql", 1, q)
			}
		}
		return total, parts, true
	}
	list, res := "", ""
	switch {
	case strings.HasPrefix(name, "requests."):
		list, res = "requests", strings.TrimPrefix(name, "requests.")
	case strings.HasPrefix(name, "limits."):
		list, res = "limits", strings.TrimPrefix(name, "limits.")
	case name == "cpu" || name == "memory" || name == "ephemeral-storage":
		list, res = "requests", name // the bare names are requests
	default:
		return total, nil, false
	}
	for _, g := range p.podGroups() {
		l := g.resources.Requests
		if list == "limits" {
			l = g.resources.Limits
		}
		if v, set := l[res]; set {
			if q, err := resource.ParseQuantity(v); err == nil {
				add(g.name, g.pods, q)
			}
		}
	}
	return total, parts, true
}

// validateQuotaFit refuses a ResourceQuota that the release's own pods,
// at the peak of a rollout (see podGroups), do not fit into: the API server
// would refuse the pods that do not fit, one by one, at apply time or in the
// middle of a rollout. It counts pods, CPU, memory, ephemeral storage and
// extended resources (requests and limits), claims and requested storage.
// The agent pods that the API starts in the same namespace need room
// besides; they are not counted.
func (p *Values) validateQuotaFit() field.ErrorList {
	if !p.ResourceQuota.Enabled {
		return nil
	}
	var errs field.ErrorList
	hard := field.NewPath("resourceQuota", "hard")
	for _, name := range slices.Sorted(maps.Keys(p.ResourceQuota.Hard)) {
		key := hard.Key(QuoteKey(name))
		if len(validateQuotaResource(key, name))+len(validateQuantity(key, p.ResourceQuota.Hard[name]))+len(validateQuotaRules(key, name, p.ResourceQuota.Hard[name])) > 0 {
			continue // refused by the quota's own rules
		}
		limit := resource.MustParse(p.ResourceQuota.Hard[name])
		use, parts, ok := p.quotaUse(name)
		if !ok || use.Cmp(limit) <= 0 {
			continue
		}
		over := use.DeepCopy()
		over.Sub(limit)
		errs = append(errs, field.Invalid(key, p.ResourceQuota.Hard[name], fmt.Sprintf(
			"the release's own pods need %s of %s at a rollout's peak (%s), %s more than the quota allows; the API server would refuse the pods that do not fit (and agent pods need room besides)",
			use.String(), name, strings.Join(parts, " + "), over.String())).WithOrigin(RuleQuotaFit))
	}
	return errs
}
