package optio_gatewaynetworkingk8sio


// UDPRouteRule is the configuration for a given rule.
type UdpRouteV1Alpha2SpecRules struct {
	// BackendRefs defines the backend(s) where matching requests should be sent.
	//
	// If unspecified or invalid (refers to a nonexistent resource or a
	// Service with no endpoints), the underlying implementation MUST actively
	// reject connection attempts to this backend. Packet drops must
	// respect weight; if an invalid backend is requested to have 80% of
	// the packets, then 80% of packets must be dropped instead.
	//
	// Support: Extended for Kubernetes Service.
	BackendRefs *[]*UdpRouteV1Alpha2SpecRulesBackendRefs `field:"required" json:"backendRefs" yaml:"backendRefs"`
	// Name is the name of the route rule.
	//
	// This name MUST be unique within a Route if it is set.
	Name *string `field:"optional" json:"name" yaml:"name"`
}

