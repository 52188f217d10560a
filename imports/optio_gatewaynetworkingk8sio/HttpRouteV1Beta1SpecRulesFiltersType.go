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
type HttpRouteV1Beta1SpecRulesFiltersType string

const (
	// RequestHeaderModifier.
	HttpRouteV1Beta1SpecRulesFiltersType_REQUEST_HEADER_MODIFIER HttpRouteV1Beta1SpecRulesFiltersType = "REQUEST_HEADER_MODIFIER"
	// ResponseHeaderModifier.
	HttpRouteV1Beta1SpecRulesFiltersType_RESPONSE_HEADER_MODIFIER HttpRouteV1Beta1SpecRulesFiltersType = "RESPONSE_HEADER_MODIFIER"
	// RequestMirror.
	HttpRouteV1Beta1SpecRulesFiltersType_REQUEST_MIRROR HttpRouteV1Beta1SpecRulesFiltersType = "REQUEST_MIRROR"
	// RequestRedirect.
	HttpRouteV1Beta1SpecRulesFiltersType_REQUEST_REDIRECT HttpRouteV1Beta1SpecRulesFiltersType = "REQUEST_REDIRECT"
	// URLRewrite.
	HttpRouteV1Beta1SpecRulesFiltersType_URL_REWRITE HttpRouteV1Beta1SpecRulesFiltersType = "URL_REWRITE"
	// ExtensionRef.
	HttpRouteV1Beta1SpecRulesFiltersType_EXTENSION_REF HttpRouteV1Beta1SpecRulesFiltersType = "EXTENSION_REF"
	// CORS.
	HttpRouteV1Beta1SpecRulesFiltersType_CORS HttpRouteV1Beta1SpecRulesFiltersType = "CORS"
)

