//go:build no_runtime_type_checking

package k8s

// Building without runtime type checking enabled, so all the below just return nil

func validateKubeCustomResourceDefinitionList_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateKubeCustomResourceDefinitionList_IsConstructParameters(x interface{}) error {
	return nil
}

func validateKubeCustomResourceDefinitionList_ManifestParameters(props *KubeCustomResourceDefinitionListProps) error {
	return nil
}

func validateKubeCustomResourceDefinitionList_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewKubeCustomResourceDefinitionListParameters(scope constructs.Construct, id *string, props *KubeCustomResourceDefinitionListProps) error {
	return nil
}

