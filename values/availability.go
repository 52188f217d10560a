package values

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// PDBValues (beyond the Helm chart; Bitnami's pdb) configures a
// PodDisruptionBudget. At most one of MinAvailable and MaxUnavailable is set;
// with neither, maxUnavailable is 1.
type PDBValues struct {
	// Enabled creates the PodDisruptionBudget R-<component>. Default: false.
	Enabled bool `json:"enabled"`
	// MinAvailable is a count or a percentage ("50%"). Default: unset.
	MinAvailable *intstr.IntOrString `json:"minAvailable,omitempty"`
	// MaxUnavailable is a count or a percentage. Default: unset.
	MaxUnavailable *intstr.IntOrString `json:"maxUnavailable,omitempty"`
}

// AutoscalingValues (beyond the Helm chart; Bitnami's autoscaling) configures a
// HorizontalPodAutoscaler (autoscaling/v2) that replaces the replicas value.
type AutoscalingValues struct {
	// Enabled creates the HorizontalPodAutoscaler R-<component> and drops
	// spec.replicas from the Deployment. Default: false.
	Enabled bool `json:"enabled"`
	// MinReplicas is the lower bound, at least 1; nil omits it (Kubernetes
	// default: 1). Default: 1.
	MinReplicas *int32 `json:"minReplicas,omitempty"`
	// MaxReplicas is the upper bound, at least MinReplicas. Default: 3.
	MaxReplicas int32 `json:"maxReplicas"`
	// TargetCPU is the average CPU utilization to keep, in percent of the
	// CPU request (at least 1); nil leaves CPU out. With neither target,
	// Kubernetes scales on 80% CPU. Default: 80.
	TargetCPU *int32 `json:"targetCPU,omitempty"`
	// TargetMemory is the average memory utilization to keep, in percent of
	// the memory request (at least 1); nil leaves memory out. Default: nil.
	TargetMemory *int32 `json:"targetMemory,omitempty"`
}

func defaultAutoscaling() AutoscalingValues {
	return AutoscalingValues{MinReplicas: ptr[int32](1), MaxReplicas: 3, TargetCPU: ptr[int32](80)}
}

func validatePDB(path *field.Path, pdb PDBValues) field.ErrorList {
	if !pdb.Enabled {
		return nil
	}
	var errs field.ErrorList
	if pdb.MinAvailable != nil && pdb.MaxUnavailable != nil {
		errs = append(errs, field.Forbidden(path.Child("maxUnavailable"), "minAvailable and maxUnavailable cannot both be set").WithOrigin(RulePDBBoth))
	}
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
	if !a.Enabled {
		return nil
	}
	var errs field.ErrorList
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
	for name, v := range map[string]*int32{"targetCPU": a.TargetCPU, "targetMemory": a.TargetMemory} {
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
	if v == nil {
		name, v = "maxUnavailable", pdb.MaxUnavailable
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
	if m := pdb.MinAvailable; m != nil {
		n, ok := scaled(m)
		return n, ok && n >= int(replicas)
	}
	if m := pdb.MaxUnavailable; m != nil {
		n, ok := scaled(m)
		return n, ok && n <= 0
	}
	return 0, false
}
