package values

import (
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// validateStorageSize checks a PVC size: a quantity greater than zero.
func validateStorageSize(path *field.Path, v string) field.ErrorList {
	if errs := validateQuantity(path, v); len(errs) > 0 {
		return errs
	}
	if q := resource.MustParse(v); q.Sign() <= 0 {
		return field.ErrorList{field.Invalid(path, v, "must be greater than zero")}
	}
	return nil
}

func validateAccessModes(path *field.Path, modes []AccessMode) field.ErrorList {
	if len(modes) == 0 {
		return field.ErrorList{field.Required(path, "at least one access mode")}
	}
	var errs field.ErrorList
	for i, m := range modes {
		errs = append(errs, validateEnum(path.Index(i), m, AccessModes)...)
	}
	return errs
}
