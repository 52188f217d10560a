//go:build no_runtime_type_checking

package optio_gatewaynetworkingk8sio

// Building without runtime type checking enabled, so all the below just return nil

func validateUdpRoute_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateUdpRoute_IsConstructParameters(x interface{}) error {
	return nil
}

func validateUdpRoute_ManifestParameters(props *UdpRouteProps) error {
	return nil
}

func validateUdpRoute_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewUdpRouteParameters(scope constructs.Construct, id *string, props *UdpRouteProps) error {
	return nil
}

