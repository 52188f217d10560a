//go:build no_runtime_type_checking

package optio_gatewaynetworkingk8sio

// Building without runtime type checking enabled, so all the below just return nil

func validateGatewayClass_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateGatewayClass_IsConstructParameters(x interface{}) error {
	return nil
}

func validateGatewayClass_ManifestParameters(props *GatewayClassProps) error {
	return nil
}

func validateGatewayClass_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewGatewayClassParameters(scope constructs.Construct, id *string, props *GatewayClassProps) error {
	return nil
}

