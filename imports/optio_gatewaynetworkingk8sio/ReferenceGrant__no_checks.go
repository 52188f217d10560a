//go:build no_runtime_type_checking

package optio_gatewaynetworkingk8sio

// Building without runtime type checking enabled, so all the below just return nil

func validateReferenceGrant_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateReferenceGrant_IsConstructParameters(x interface{}) error {
	return nil
}

func validateReferenceGrant_ManifestParameters(props *ReferenceGrantProps) error {
	return nil
}

func validateReferenceGrant_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewReferenceGrantParameters(scope constructs.Construct, id *string, props *ReferenceGrantProps) error {
	return nil
}

