//go:build no_runtime_type_checking

package optio_gatewaynetworkingk8sio

// Building without runtime type checking enabled, so all the below just return nil

func validateTlsRoute_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateTlsRoute_IsConstructParameters(x interface{}) error {
	return nil
}

func validateTlsRoute_ManifestParameters(props *TlsRouteProps) error {
	return nil
}

func validateTlsRoute_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewTlsRouteParameters(scope constructs.Construct, id *string, props *TlsRouteProps) error {
	return nil
}

