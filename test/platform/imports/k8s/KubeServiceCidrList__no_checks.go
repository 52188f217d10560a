//go:build no_runtime_type_checking

package k8s

// Building without runtime type checking enabled, so all the below just return nil

func validateKubeServiceCidrList_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateKubeServiceCidrList_IsConstructParameters(x interface{}) error {
	return nil
}

func validateKubeServiceCidrList_ManifestParameters(props *KubeServiceCidrListProps) error {
	return nil
}

func validateKubeServiceCidrList_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewKubeServiceCidrListParameters(scope constructs.Construct, id *string, props *KubeServiceCidrListProps) error {
	return nil
}

