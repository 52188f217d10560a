package optio_gatewaynetworkingk8sio


// StatusCode is the HTTP status code to be used in response.
//
// Note that values may be added to this enum, implementations
// must ensure that unknown values will not cause a crash.
//
// Unknown values here must result in the implementation setting the
// Accepted Condition for the Route to `status: False`, with a
// Reason of `UnsupportedValue`.
//
// Support: statusCode 301 and 302 are Core; all others are Extended.
type HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode string

const (
	// 301.
	HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_301 HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode = "VALUE_301"
	// 302.
	HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_302 HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode = "VALUE_302"
	// 303.
	HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_303 HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode = "VALUE_303"
	// 307.
	HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_307 HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode = "VALUE_307"
	// 308.
	HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_308 HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode = "VALUE_308"
)

