package optio_gatewaynetworkingk8sio


// TCPRouteRule is the configuration for a given rule.
type TcpRouteSpecRules struct {
	// BackendRefs defines the backend(s) where matching requests should be sent.
	//
	// If unspecified or invalid (refers to a nonexistent resource or a
	// Service with no endpoints), the underlying implementation MUST actively
	// reject connection attempts to this backend. Connection rejections must
	// respect weight; if an invalid backend is requested to have 80% of
	// connections, then 80% of connections must be rejected instead.
	//
	// Support: Core for Kubernetes Service.
	BackendRefs *[]*TcpRouteSpecRulesBackendRefs `field:"required" json:"backendRefs" yaml:"backendRefs"`
	// Name is the name of the route rule.
	//
	// This name MUST be unique within a Route if it is set.
	Name *string `field:"optional" json:"name" yaml:"name"`
}

