//go:build no_runtime_type_checking

package k8s

// Building without runtime type checking enabled, so all the below just return nil

func validateKubePodCertificateRequest_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateKubePodCertificateRequest_IsConstructParameters(x interface{}) error {
	return nil
}

func validateKubePodCertificateRequest_ManifestParameters(props *KubePodCertificateRequestProps) error {
	return nil
}

func validateKubePodCertificateRequest_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewKubePodCertificateRequestParameters(scope constructs.Construct, id *string, props *KubePodCertificateRequestProps) error {
	return nil
}

