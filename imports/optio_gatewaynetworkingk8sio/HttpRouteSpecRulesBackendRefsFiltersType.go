package optio_gatewaynetworkingk8sio


// Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:.
//
// - Core: Filter types and their corresponding configuration defined by
// "Support: Core" in this package, e.g. "RequestHeaderModifier". All
// implementations must support core filters.
//
// - Extended: Filter types and their corresponding configuration defined by
// "Support: Extended" in this package, e.g. "RequestMirror". Implementers
// are encouraged to support extended filters.
//
// - Implementation-specific: Filters that are defined and supported by
// specific vendors.
// In the future, filters showing convergence in behavior across multiple
// implementations will be considered for inclusion in extended or core
// conformance levels. Filter-specific configuration for such filters
// is specified using the ExtensionRef field. `Type` should be set to
// "ExtensionRef" for custom filters.
//
// Implementers are encouraged to define custom implementation types to
// extend the core API with implementation-specific behavior.
//
// If a reference to a custom filter type cannot be resolved, the filter
// MUST NOT be skipped. Instead, requests that would have been processed by
// that filter MUST receive a HTTP error response.
//
// Note that values may be added to this enum, implementations
// must ensure that unknown values will not cause a crash.
//
// Unknown values here must result in the implementation setting the
// Accepted Condition for the Route to `status: False`, with a
// Reason of `UnsupportedValue`.
type HttpRouteSpecRulesBackendRefsFiltersType string

const (
	// RequestHeaderModifier.
	HttpRouteSpecRulesBackendRefsFiltersType_REQUEST_HEADER_MODIFIER HttpRouteSpecRulesBackendRefsFiltersType = "REQUEST_HEADER_MODIFIER"
	// ResponseHeaderModifier.
	HttpRouteSpecRulesBackendRefsFiltersType_RESPONSE_HEADER_MODIFIER HttpRouteSpecRulesBackendRefsFiltersType = "RESPONSE_HEADER_MODIFIER"
	// RequestMirror.
	HttpRouteSpecRulesBackendRefsFiltersType_REQUEST_MIRROR HttpRouteSpecRulesBackendRefsFiltersType = "REQUEST_MIRROR"
	// RequestRedirect.
	HttpRouteSpecRulesBackendRefsFiltersType_REQUEST_REDIRECT HttpRouteSpecRulesBackendRefsFiltersType = "REQUEST_REDIRECT"
	// URLRewrite.
	HttpRouteSpecRulesBackendRefsFiltersType_URL_REWRITE HttpRouteSpecRulesBackendRefsFiltersType = "URL_REWRITE"
	// ExtensionRef.
	HttpRouteSpecRulesBackendRefsFiltersType_EXTENSION_REF HttpRouteSpecRulesBackendRefsFiltersType = "EXTENSION_REF"
	// CORS.
	HttpRouteSpecRulesBackendRefsFiltersType_CORS HttpRouteSpecRulesBackendRefsFiltersType = "CORS"
)

