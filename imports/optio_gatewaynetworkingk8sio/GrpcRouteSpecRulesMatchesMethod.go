package optio_gatewaynetworkingk8sio


// Method specifies a gRPC request service/method matcher.
//
// If this field is
// not specified, all services and methods will match.
type GrpcRouteSpecRulesMatchesMethod struct {
	// Value of the method to match against. If left empty or omitted, will match all services.
	//
	// At least one of Service and Method MUST be a non-empty string.
	Method *string `field:"optional" json:"method" yaml:"method"`
	// Value of the service to match against. If left empty or omitted, will match any service.
	//
	// At least one of Service and Method MUST be a non-empty string.
	Service *string `field:"optional" json:"service" yaml:"service"`
	// Type specifies how to match against the service and/or method. Support: Core (Exact with service and method specified).
	//
	// Support: Implementation-specific (Exact with method specified but no service specified)
	//
	// Support: Implementation-specific (RegularExpression).
	Type GrpcRouteSpecRulesMatchesMethodType `field:"optional" json:"type" yaml:"type"`
}

