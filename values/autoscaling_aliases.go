package values

import (
	"fmt"

	"k8s.io/apimachinery/pkg/util/validation/field"
)

// validateAliases refuses an earlier name of an autoscaling target that
// disagrees with the current one (api.autoscaling.targetCPU against
// targetCPUUtilizationPercentage): the loader copies an earlier name to the
// current one, so they differ only when both were given.
func (a AutoscalingValues) validateAliases(path *field.Path) field.ErrorList {
	var errs field.ErrorList
	for _, al := range a.aliases() {
		if al.old != nil && !sameInt32(al.old, al.current) {
			errs = append(errs, field.Invalid(path.Child(al.oldName), *al.old,
				fmt.Sprintf("is the earlier name of %s, which is set to %s: set only %s", al.currentName, int32Text(al.current), al.currentName)).WithOrigin(RuleAutoscalingRenamed))
		}
	}
	return errs
}

// aliasWarnings names each earlier name in use, at path (e.g.
// "api.autoscaling").
func (a AutoscalingValues) aliasWarnings(path string) []string {
	var w []string
	for _, al := range a.aliases() {
		if al.old != nil {
			w = append(w, fmt.Sprintf("%s.%s: deprecated: renamed %s, as in Optio's chart of today; the earlier name still works", path, al.oldName, al.currentName))
		}
	}
	return w
}

type autoscalingAlias struct {
	oldName, currentName string
	old, current         *int32
}

func (a AutoscalingValues) aliases() []autoscalingAlias {
	return []autoscalingAlias{
		{"targetCPU", "targetCPUUtilizationPercentage", a.TargetCPU, a.TargetCPUUtilizationPercentage},
		{"targetMemory", "targetMemoryUtilizationPercentage", a.TargetMemory, a.TargetMemoryUtilizationPercentage},
	}
}

func sameInt32(a, b *int32) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }

func int32Text(v *int32) string {
	if v == nil {
		return "nothing (null)"
	}
	return fmt.Sprint(*v)
}
