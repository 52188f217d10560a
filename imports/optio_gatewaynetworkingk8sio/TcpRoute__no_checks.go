//go:build no_runtime_type_checking

package optio_gatewaynetworkingk8sio

// Building without runtime type checking enabled, so all the below just return nil

func validateTcpRoute_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateTcpRoute_IsConstructParameters(x interface{}) error {
	return nil
}

func validateTcpRoute_ManifestParameters(props *TcpRouteProps) error {
	return nil
}

func validateTcpRoute_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewTcpRouteParameters(scope constructs.Construct, id *string, props *TcpRouteProps) error {
	return nil
}

