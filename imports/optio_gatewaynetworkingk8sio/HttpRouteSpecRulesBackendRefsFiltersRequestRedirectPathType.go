package optio_gatewaynetworkingk8sio


// Type defines the type of path modifier. Additional types may be added in a future release of the API.
//
// Note that values may be added to this enum, implementations
// must ensure that unknown values will not cause a crash.
//
// Unknown values here must result in the implementation setting the
// Accepted Condition for the Route to `status: False`, with a
// Reason of `UnsupportedValue`.
type HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType string

const (
	// ReplaceFullPath.
	HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType_REPLACE_FULL_PATH HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType = "REPLACE_FULL_PATH"
	// ReplacePrefixMatch.
	HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType_REPLACE_PREFIX_MATCH HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType = "REPLACE_PREFIX_MATCH"
)

