//go:build no_runtime_type_checking

package optio_k8s

// Building without runtime type checking enabled, so all the below just return nil

func validateKubeCsiDriver_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateKubeCsiDriver_IsConstructParameters(x interface{}) error {
	return nil
}

func validateKubeCsiDriver_ManifestParameters(props *KubeCsiDriverProps) error {
	return nil
}

func validateKubeCsiDriver_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewKubeCsiDriverParameters(scope constructs.Construct, id *string, props *KubeCsiDriverProps) error {
	return nil
}

