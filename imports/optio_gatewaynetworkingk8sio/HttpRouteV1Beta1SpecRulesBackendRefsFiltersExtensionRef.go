package optio_gatewaynetworkingk8sio


// ExtensionRef is an optional, implementation-specific extension to the "filter" behavior.
//
// For example, resource "myroutefilter" in group
// "networking.example.net"). ExtensionRef MUST NOT be used for core and
// extended filters.
//
// This filter can be used multiple times within the same rule.
//
// Support: Implementation-specific.
type HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef struct {
	// Group is the group of the referent.
	//
	// For example, "gateway.networking.k8s.io".
	// When unspecified or empty string, core API group is inferred.
	Group *string `field:"required" json:"group" yaml:"group"`
	// Kind is kind of the referent.
	//
	// For example "HTTPRoute" or "Service".
	Kind *string `field:"required" json:"kind" yaml:"kind"`
	// Name is the name of the referent.
	Name *string `field:"required" json:"name" yaml:"name"`
}

