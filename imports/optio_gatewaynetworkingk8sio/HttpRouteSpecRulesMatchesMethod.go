package optio_gatewaynetworkingk8sio


// Method specifies HTTP method matcher. When specified, this route will be matched only if the request has the specified method.
//
// Support: Extended.
type HttpRouteSpecRulesMatchesMethod string

const (
	// GET.
	HttpRouteSpecRulesMatchesMethod_GET HttpRouteSpecRulesMatchesMethod = "GET"
	// HEAD.
	HttpRouteSpecRulesMatchesMethod_HEAD HttpRouteSpecRulesMatchesMethod = "HEAD"
	// POST.
	HttpRouteSpecRulesMatchesMethod_POST HttpRouteSpecRulesMatchesMethod = "POST"
	// PUT.
	HttpRouteSpecRulesMatchesMethod_PUT HttpRouteSpecRulesMatchesMethod = "PUT"
	// DELETE.
	HttpRouteSpecRulesMatchesMethod_DELETE HttpRouteSpecRulesMatchesMethod = "DELETE"
	// CONNECT.
	HttpRouteSpecRulesMatchesMethod_CONNECT HttpRouteSpecRulesMatchesMethod = "CONNECT"
	// OPTIONS.
	HttpRouteSpecRulesMatchesMethod_OPTIONS HttpRouteSpecRulesMatchesMethod = "OPTIONS"
	// TRACE.
	HttpRouteSpecRulesMatchesMethod_TRACE HttpRouteSpecRulesMatchesMethod = "TRACE"
	// PATCH.
	HttpRouteSpecRulesMatchesMethod_PATCH HttpRouteSpecRulesMatchesMethod = "PATCH"
)

