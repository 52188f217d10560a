//go:build no_runtime_type_checking

package optio_k8s

// Building without runtime type checking enabled, so all the below just return nil

func validateKubeRoleList_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateKubeRoleList_IsConstructParameters(x interface{}) error {
	return nil
}

func validateKubeRoleList_ManifestParameters(props *KubeRoleListProps) error {
	return nil
}

func validateKubeRoleList_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewKubeRoleListParameters(scope constructs.Construct, id *string, props *KubeRoleListProps) error {
	return nil
}

