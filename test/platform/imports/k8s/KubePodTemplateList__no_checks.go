//go:build no_runtime_type_checking

package k8s

// Building without runtime type checking enabled, so all the below just return nil

func validateKubePodTemplateList_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateKubePodTemplateList_IsConstructParameters(x interface{}) error {
	return nil
}

func validateKubePodTemplateList_ManifestParameters(props *KubePodTemplateListProps) error {
	return nil
}

func validateKubePodTemplateList_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewKubePodTemplateListParameters(scope constructs.Construct, id *string, props *KubePodTemplateListProps) error {
	return nil
}

