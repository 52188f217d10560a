//go:build no_runtime_type_checking

package optio_gatewaynetworkingk8sio

// Building without runtime type checking enabled, so all the below just return nil

func validateBackendTlsPolicy_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateBackendTlsPolicy_IsConstructParameters(x interface{}) error {
	return nil
}

func validateBackendTlsPolicy_ManifestParameters(props *BackendTlsPolicyProps) error {
	return nil
}

func validateBackendTlsPolicy_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewBackendTlsPolicyParameters(scope constructs.Construct, id *string, props *BackendTlsPolicyProps) error {
	return nil
}

