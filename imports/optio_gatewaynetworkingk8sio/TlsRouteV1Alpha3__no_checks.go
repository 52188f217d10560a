//go:build no_runtime_type_checking

package optio_gatewaynetworkingk8sio

// Building without runtime type checking enabled, so all the below just return nil

func validateTlsRouteV1Alpha3_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateTlsRouteV1Alpha3_IsConstructParameters(x interface{}) error {
	return nil
}

func validateTlsRouteV1Alpha3_ManifestParameters(props *TlsRouteV1Alpha3Props) error {
	return nil
}

func validateTlsRouteV1Alpha3_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewTlsRouteV1Alpha3Parameters(scope constructs.Construct, id *string, props *TlsRouteV1Alpha3Props) error {
	return nil
}

