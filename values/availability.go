package values

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// PDBValues (Optio's chart of today; Bitnami's pdb) configures a
// PodDisruptionBudget. When both MinAvailable and MaxUnavailable are set,
// MinAvailable wins, as in the chart (a warning says so), unless it is 0,
// which the chart takes for unset; with neither, maxUnavailable is 1 (see
// Budget).
type PDBValues struct {
	// Enabled creates the PodDisruptionBudget R-<component>. Default: false.
	Enabled bool `json:"enabled"`
	// MinAvailable is a count or a percentage ("50%"); "" is unset, as in
	// the chart. Default: unset.
	MinAvailable *intstr.IntOrString `json:"minAvailable,omitempty" values:"emptyUnset"`
	// MaxUnavailable is a count or a percentage; "" is unset. Default:
	// unset, which gives maxUnavailable 1 (the chart's default value).
	MaxUnavailable *intstr.IntOrString `json:"maxUnavailable,omitempty" values:"emptyUnset"`
}

// AutoscalingValues (Optio's chart of today; Bitnami's autoscaling)
// configures a HorizontalPodAutoscaler (autoscaling/v2) that replaces the
// replicas value.
type AutoscalingValues struct {
	// Enabled creates the HorizontalPodAutoscaler R-<component> and drops
	// spec.replicas from the Deployment. Default: false.
	Enabled bool `json:"enabled"`
	// MinReplicas is the lower bound, at least 1; nil omits it (Kubernetes
	// default: 1). Default: 2 (v0.4.0).
	MinReplicas *int32 `json:"minReplicas,omitempty"`
	// MaxReplicas is the upper bound, at least MinReplicas. Default: api 5,
	// web 4 (v0.4.0).
	MaxReplicas int32 `json:"maxReplicas"`
	// TargetCPUUtilizationPercentage is the average CPU utilization to
	// keep, in percent of the CPU request (at least 1); null or "" leaves
	// CPU out. With neither target, Kubernetes scales on 80% CPU.
	// Default: 70 (v0.4.0).
	TargetCPUUtilizationPercentage *int32 `json:"targetCPUUtilizationPercentage,omitempty" values:"emptyUnset"`
	// TargetMemoryUtilizationPercentage is the average memory utilization
	// to keep, in percent of the memory request (at least 1); null or ""
	// leaves memory out. Default: unset.
	TargetMemoryUtilizationPercentage *int32 `json:"targetMemoryUtilizationPercentage,omitempty" values:"emptyUnset"`
	// TargetCPU is the earlier name of targetCPUUtilizationPercentage,
	// still read (with a warning): the loader moves it to the new name.
	// Deprecated. Default: unset.
	TargetCPU *int32 `json:"targetCPU,omitempty" values:"alias=targetCPUUtilizationPercentage,emptyUnset"`
	// TargetMemory is the earlier name of
	// targetMemoryUtilizationPercentage, still read (with a warning).
	// Deprecated. Default: unset.
	TargetMemory *int32 `json:"targetMemory,omitempty" values:"alias=targetMemoryUtilizationPercentage,emptyUnset"`
}

// defaultAutoscaling is v0.4.0's autoscaling of a component: from 2 to
// max pods at 70% CPU.
func defaultAutoscaling(max int32) AutoscalingValues {
	return AutoscalingValues{MinReplicas: ptr[int32](2), MaxReplicas: max, TargetCPUUtilizationPercentage: ptr[int32](70)}
}

// Budget returns the one field the PodDisruptionBudget sets, as Optio's
// chart renders it (templates/pdb.yaml: `if .minAvailable`, else
// maxUnavailable, default 1): minAvailable when it is set and not the
// number 0 (a Go template's `if` takes 0 for empty, so the chart then uses
// maxUnavailable), else maxUnavailable when set, else maxUnavailable 1.
// Exactly one of the two results is non-nil.
func (pdb PDBValues) Budget() (minAvailable, maxUnavailable *intstr.IntOrString) {
	if m := pdb.MinAvailable; m != nil && !(m.Type == intstr.Int && m.IntVal == 0) {
		return m, nil
	}
	if m := pdb.MaxUnavailable; m != nil {
		return nil, m
	}
	one := intstr.FromInt32(1)
	return nil, &one
}

func validatePDB(path *field.Path, pdb PDBValues) field.ErrorList {
	if !pdb.Enabled {
		return nil
	}
	var errs field.ErrorList
	// Both set: minAvailable wins, as in Optio's chart (a warning says so).
	for name, v := range map[string]*intstr.IntOrString{"minAvailable": pdb.MinAvailable, "maxUnavailable": pdb.MaxUnavailable} {
		if v == nil {
			continue
		}
		if v.Type == intstr.Int && v.IntVal < 0 {
			errs = append(errs, field.Invalid(path.Child(name), v.IntVal, "must be greater than or equal to 0"))
		}
		if v.Type == intstr.String {
			pct, err := strconv.Atoi(strings.TrimSuffix(v.StrVal, "%"))
			if !strings.HasSuffix(v.StrVal, "%") || err != nil || pct < 0 || pct > 100 {
				errs = append(errs, field.Invalid(path.Child(name), v.StrVal, "must be a number or a percentage between 0% and 100%"))
			}
		}
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Field < errs[j].Field })
	return errs
}

func validateAutoscaling(path *field.Path, a AutoscalingValues) field.ErrorList {
	errs := a.validateAliases(path) // autoscaling_aliases.go: checked even while disabled
	if !a.Enabled {
		return errs
	}
	least := int32(1)
	if a.MinReplicas != nil {
		least = *a.MinReplicas
		if least < 1 {
			errs = append(errs, field.Invalid(path.Child("minReplicas"), least, "must be at least 1"))
		}
	}
	if a.MaxReplicas < least || a.MaxReplicas < 1 {
		errs = append(errs, field.Invalid(path.Child("maxReplicas"), a.MaxReplicas, "must be at least 1 and at least minReplicas"))
	}
	// Utilization is relative to the requests, which validateResources
	// requires.
	for name, v := range map[string]*int32{"targetCPUUtilizationPercentage": a.TargetCPUUtilizationPercentage, "targetMemoryUtilizationPercentage": a.TargetMemoryUtilizationPercentage} {
		if v != nil && *v < 1 {
			errs = append(errs, field.Invalid(path.Child(name), *v, "must be a utilization percentage of at least 1 (or unset)"))
		}
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Field < errs[j].Field })
	return errs
}

// pdbBlocksEviction tells whether a PodDisruptionBudget leaves no pod of
// replicas evictable. Percentages are scaled to pods and rounded up, as the
// disruption controller does (intstr.GetScaledValueFromIntOrPercent): the
// budget blocks when minAvailable comes to every replica ("50%" of 1, "60%"
// of 2) or maxUnavailable to none (0, "0%").
func pdbBlocksEviction(pdb PDBValues, replicas int32) bool {
	_, blocks := pdbScaled(pdb, replicas)
	return blocks
}

// pdbRounding explains a percentage that rounds up to a pod count
// ("minAvailable \"50%\" of 1 pod rounds up to 1; "), or is "".
func pdbRounding(pdb PDBValues, replicas int32) string {
	name, v := "minAvailable", pdb.MinAvailable
	if min, max := pdb.Budget(); min == nil {
		name, v = "maxUnavailable", max
	}
	n, _ := pdbScaled(pdb, replicas)
	if v == nil || v.Type != intstr.String {
		return ""
	}
	return fmt.Sprintf("%s %q of %d pods rounds up to %d; ", name, v.StrVal, replicas, n)
}

// pdbScaled returns the budget's pod count (minAvailable, else
// maxUnavailable) and whether it blocks eviction.
func pdbScaled(pdb PDBValues, replicas int32) (int, bool) {
	if replicas < 1 {
		return 0, false // no pod to evict
	}
	scaled := func(v *intstr.IntOrString) (int, bool) {
		n, err := intstr.GetScaledValueFromIntOrPercent(v, int(replicas), true)
		return n, err == nil
	}
	min, max := pdb.Budget()
	if min != nil {
		n, ok := scaled(min)
		return n, ok && n >= int(replicas)
	}
	n, ok := scaled(max)
	return n, ok && n <= 0
}
