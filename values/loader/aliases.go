package loader

import (
	"reflect"

	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// MoveAliases gives each value set under an earlier name (a field tagged
// values:"alias=<current>", such as api.autoscaling.targetCPU) to its
// current name in the user's tree, unless the tree sets the current name
// too; the earlier name stays, so that the warnings name it and Validate
// refuses the two when they differ. A null moves too: it unsets the
// current name as it would have unset the earlier one. It walks the tree
// along the values types and changes tree in place.
func MoveAliases(tree map[string]interface{}) {
	moveAliases(tree, reflect.TypeOf(values.Values{}))
}

func moveAliases(m map[string]interface{}, t reflect.Type) {
	for _, f := range values.Fields(t) {
		v, ok := m[f.Name]
		if !ok {
			continue
		}
		if a := f.Tags.Alias; a != "" {
			if _, set := m[a]; !set {
				m[a] = v
			}
			continue
		}
		ft := f.StructField.Type
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if sub, isMap := v.(map[string]interface{}); isMap && ft.Kind() == reflect.Struct && ft != intOrStringType {
			moveAliases(sub, ft)
		}
	}
}
