//go:build no_runtime_type_checking

package k8s

// Building without runtime type checking enabled, so all the below just return nil

func validateKubeCertificateSigningRequestList_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateKubeCertificateSigningRequestList_IsConstructParameters(x interface{}) error {
	return nil
}

func validateKubeCertificateSigningRequestList_ManifestParameters(props *KubeCertificateSigningRequestListProps) error {
	return nil
}

func validateKubeCertificateSigningRequestList_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewKubeCertificateSigningRequestListParameters(scope constructs.Construct, id *string, props *KubeCertificateSigningRequestListProps) error {
	return nil
}

