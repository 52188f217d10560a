package values

import (
	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// LocalObjectReference names an object in the same namespace.
type LocalObjectReference struct {
	// Name of the object.
	Name string `json:"name"`
}

// ValidateObjectName checks a required object name: a DNS-1123 subdomain
// (Kubernetes' rule for most object names). An invalid name's errors carry
// the origin RuleObjectNames; an empty one gives field.Required.
func ValidateObjectName(path *field.Path, name string) field.ErrorList {
	if name == "" {
		return field.ErrorList{field.Required(path, "")}
	}
	var errs field.ErrorList
	for _, msg := range validation.IsDNS1123Subdomain(name) {
		errs = append(errs, field.Invalid(path, name, msg).WithOrigin(RuleObjectNames))
	}
	return errs
}

// ValidateLocalObjectReferences checks that each reference names an object
// (a DNS-1123 subdomain), at path[i].name.
func ValidateLocalObjectReferences(path *field.Path, refs []LocalObjectReference) field.ErrorList {
	var errs field.ErrorList
	seen := map[string]bool{}
	for i, s := range refs {
		errs = append(errs, ValidateObjectName(path.Index(i).Child("name"), s.Name)...)
		// The list is keyed by name (a list map): a server-side apply
		// refuses it twice ("duplicate entries for key"), as Argo CD's
		// server-side sync would.
		if s.Name != "" && seen[s.Name] {
			errs = append(errs, field.Duplicate(path.Index(i).Child("name"), s.Name))
		}
		seen[s.Name] = true
	}
	return withOriginOf(errs, field.ErrorTypeRequired, RuleRequiredValues)
}
