//go:build no_runtime_type_checking

package k8s

// Building without runtime type checking enabled, so all the below just return nil

func validateKubeValidatingAdmissionPolicyBindingList_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateKubeValidatingAdmissionPolicyBindingList_IsConstructParameters(x interface{}) error {
	return nil
}

func validateKubeValidatingAdmissionPolicyBindingList_ManifestParameters(props *KubeValidatingAdmissionPolicyBindingListProps) error {
	return nil
}

func validateKubeValidatingAdmissionPolicyBindingList_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewKubeValidatingAdmissionPolicyBindingListParameters(scope constructs.Construct, id *string, props *KubeValidatingAdmissionPolicyBindingListProps) error {
	return nil
}

