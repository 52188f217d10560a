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
type HttpRouteSpecRulesFiltersRequestRedirectStatusCode string

const (
	// 301.
	HttpRouteSpecRulesFiltersRequestRedirectStatusCode_VALUE_301 HttpRouteSpecRulesFiltersRequestRedirectStatusCode = "VALUE_301"
	// 302.
	HttpRouteSpecRulesFiltersRequestRedirectStatusCode_VALUE_302 HttpRouteSpecRulesFiltersRequestRedirectStatusCode = "VALUE_302"
	// 303.
	HttpRouteSpecRulesFiltersRequestRedirectStatusCode_VALUE_303 HttpRouteSpecRulesFiltersRequestRedirectStatusCode = "VALUE_303"
	// 307.
	HttpRouteSpecRulesFiltersRequestRedirectStatusCode_VALUE_307 HttpRouteSpecRulesFiltersRequestRedirectStatusCode = "VALUE_307"
	// 308.
	HttpRouteSpecRulesFiltersRequestRedirectStatusCode_VALUE_308 HttpRouteSpecRulesFiltersRequestRedirectStatusCode = "VALUE_308"
)

