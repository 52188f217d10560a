//go:build no_runtime_type_checking

package k8s

// Building without runtime type checking enabled, so all the below just return nil

func validateKubeDeviceTaintRuleList_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateKubeDeviceTaintRuleList_IsConstructParameters(x interface{}) error {
	return nil
}

func validateKubeDeviceTaintRuleList_ManifestParameters(props *KubeDeviceTaintRuleListProps) error {
	return nil
}

func validateKubeDeviceTaintRuleList_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewKubeDeviceTaintRuleListParameters(scope constructs.Construct, id *string, props *KubeDeviceTaintRuleListProps) error {
	return nil
}

