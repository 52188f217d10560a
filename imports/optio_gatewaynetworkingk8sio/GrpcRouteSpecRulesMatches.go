package optio_gatewaynetworkingk8sio


// GRPCRouteMatch defines the predicate used to match requests to a given action.
//
// Multiple match types are ANDed together, i.e. the match will
// evaluate to true only if all conditions are satisfied.
//
// For example, the match below will match a gRPC request only if its service
// is `foo` AND it contains the `version: v1` header:
//
// ```
// matches:
// - method:
// type: Exact
// service: "foo"
// - headers:
// name: "version"
// value "v1"
//
// ```.
type GrpcRouteSpecRulesMatches struct {
	// Headers specifies gRPC request header matchers.
	//
	// Multiple match values are
	// ANDed together, meaning, a request MUST match all the specified headers
	// to select the route.
	Headers *[]*GrpcRouteSpecRulesMatchesHeaders `field:"optional" json:"headers" yaml:"headers"`
	// Method specifies a gRPC request service/method matcher.
	//
	// If this field is
	// not specified, all services and methods will match.
	Method *GrpcRouteSpecRulesMatchesMethod `field:"optional" json:"method" yaml:"method"`
}

