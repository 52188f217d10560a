//go:build no_runtime_type_checking

package optio_gatewaynetworkingk8sio

// Building without runtime type checking enabled, so all the below just return nil

func validateTcpRouteV1Alpha2_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateTcpRouteV1Alpha2_IsConstructParameters(x interface{}) error {
	return nil
}

func validateTcpRouteV1Alpha2_ManifestParameters(props *TcpRouteV1Alpha2Props) error {
	return nil
}

func validateTcpRouteV1Alpha2_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewTcpRouteV1Alpha2Parameters(scope constructs.Construct, id *string, props *TcpRouteV1Alpha2Props) error {
	return nil
}

