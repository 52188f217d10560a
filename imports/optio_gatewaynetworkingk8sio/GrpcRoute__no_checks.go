//go:build no_runtime_type_checking

package optio_gatewaynetworkingk8sio

// Building without runtime type checking enabled, so all the below just return nil

func validateGrpcRoute_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateGrpcRoute_IsConstructParameters(x interface{}) error {
	return nil
}

func validateGrpcRoute_ManifestParameters(props *GrpcRouteProps) error {
	return nil
}

func validateGrpcRoute_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewGrpcRouteParameters(scope constructs.Construct, id *string, props *GrpcRouteProps) error {
	return nil
}

