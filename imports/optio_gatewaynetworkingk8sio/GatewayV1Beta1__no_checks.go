//go:build no_runtime_type_checking

package optio_gatewaynetworkingk8sio

// Building without runtime type checking enabled, so all the below just return nil

func validateGatewayV1Beta1_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateGatewayV1Beta1_IsConstructParameters(x interface{}) error {
	return nil
}

func validateGatewayV1Beta1_ManifestParameters(props *GatewayV1Beta1Props) error {
	return nil
}

func validateGatewayV1Beta1_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewGatewayV1Beta1Parameters(scope constructs.Construct, id *string, props *GatewayV1Beta1Props) error {
	return nil
}

