//go:build no_runtime_type_checking

package k8s

// Building without runtime type checking enabled, so all the below just return nil

func validateKubeConfigMap_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateKubeConfigMap_IsConstructParameters(x interface{}) error {
	return nil
}

func validateKubeConfigMap_ManifestParameters(props *KubeConfigMapProps) error {
	return nil
}

func validateKubeConfigMap_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewKubeConfigMapParameters(scope constructs.Construct, id *string, props *KubeConfigMapProps) error {
	return nil
}

