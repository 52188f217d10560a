package optio_gatewaynetworkingk8sio


// Path specifies a HTTP request path matcher.
//
// If this field is not
// specified, a default prefix match on the "/" path is provided.
type HttpRouteSpecRulesMatchesPath struct {
	// Type specifies how to match against the path Value.
	//
	// Support: Core (Exact, PathPrefix)
	//
	// Support: Implementation-specific (RegularExpression).
	Type HttpRouteSpecRulesMatchesPathType `field:"optional" json:"type" yaml:"type"`
	// Value of the HTTP path to match against.
	Value *string `field:"optional" json:"value" yaml:"value"`
}

