package optio_gatewaynetworkingk8sio


// Type specifies how to match against the value of the header.
//
// Support: Core (Exact)
//
// Support: Implementation-specific (RegularExpression)
//
// Since RegularExpression HeaderMatchType has implementation-specific
// conformance, implementations can support POSIX, PCRE or any other dialects
// of regular expressions. Please read the implementation's documentation to
// determine the supported dialect.
type HttpRouteV1Beta1SpecRulesMatchesHeadersType string

const (
	// Exact.
	HttpRouteV1Beta1SpecRulesMatchesHeadersType_EXACT HttpRouteV1Beta1SpecRulesMatchesHeadersType = "EXACT"
	// RegularExpression.
	HttpRouteV1Beta1SpecRulesMatchesHeadersType_REGULAR_EXPRESSION HttpRouteV1Beta1SpecRulesMatchesHeadersType = "REGULAR_EXPRESSION"
)

