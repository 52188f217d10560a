//go:build no_runtime_type_checking

package k8s

// Building without runtime type checking enabled, so all the below just return nil

func validateKubeFlowSchema_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateKubeFlowSchema_IsConstructParameters(x interface{}) error {
	return nil
}

func validateKubeFlowSchema_ManifestParameters(props *KubeFlowSchemaProps) error {
	return nil
}

func validateKubeFlowSchema_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewKubeFlowSchemaParameters(scope constructs.Construct, id *string, props *KubeFlowSchemaProps) error {
	return nil
}

