//go:build no_runtime_type_checking

package k8s

// Building without runtime type checking enabled, so all the below just return nil

func validateKubeValidatingAdmissionPolicy_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateKubeValidatingAdmissionPolicy_IsConstructParameters(x interface{}) error {
	return nil
}

func validateKubeValidatingAdmissionPolicy_ManifestParameters(props *KubeValidatingAdmissionPolicyProps) error {
	return nil
}

func validateKubeValidatingAdmissionPolicy_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewKubeValidatingAdmissionPolicyParameters(scope constructs.Construct, id *string, props *KubeValidatingAdmissionPolicyProps) error {
	return nil
}

