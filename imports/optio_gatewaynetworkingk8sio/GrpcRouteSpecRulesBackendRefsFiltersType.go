package optio_gatewaynetworkingk8sio


// Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:.
//
// - Core: Filter types and their corresponding configuration defined by
// "Support: Core" in this package, e.g. "RequestHeaderModifier". All
// implementations supporting GRPCRoute MUST support core filters.
//
// - Extended: Filter types and their corresponding configuration defined by
// "Support: Extended" in this package, e.g. "RequestMirror". Implementers
// are encouraged to support extended filters.
//
// - Implementation-specific: Filters that are defined and supported by specific vendors.
// In the future, filters showing convergence in behavior across multiple
// implementations will be considered for inclusion in extended or core
// conformance levels. Filter-specific configuration for such filters
// is specified using the ExtensionRef field. `Type` MUST be set to
// "ExtensionRef" for custom filters.
//
// Implementers are encouraged to define custom implementation types to
// extend the core API with implementation-specific behavior.
//
// If a reference to a custom filter type cannot be resolved, the filter
// MUST NOT be skipped. Instead, requests that would have been processed by
// that filter MUST receive a HTTP error response.
type GrpcRouteSpecRulesBackendRefsFiltersType string

const (
	// ResponseHeaderModifier.
	GrpcRouteSpecRulesBackendRefsFiltersType_RESPONSE_HEADER_MODIFIER GrpcRouteSpecRulesBackendRefsFiltersType = "RESPONSE_HEADER_MODIFIER"
	// RequestHeaderModifier.
	GrpcRouteSpecRulesBackendRefsFiltersType_REQUEST_HEADER_MODIFIER GrpcRouteSpecRulesBackendRefsFiltersType = "REQUEST_HEADER_MODIFIER"
	// RequestMirror.
	GrpcRouteSpecRulesBackendRefsFiltersType_REQUEST_MIRROR GrpcRouteSpecRulesBackendRefsFiltersType = "REQUEST_MIRROR"
	// ExtensionRef.
	GrpcRouteSpecRulesBackendRefsFiltersType_EXTENSION_REF GrpcRouteSpecRulesBackendRefsFiltersType = "EXTENSION_REF"
)

