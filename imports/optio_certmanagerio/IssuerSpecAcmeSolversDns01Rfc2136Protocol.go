package optio_certmanagerio


// Protocol to use for dynamic DNS update queries.
//
// Valid values are (case-sensitive) ``TCP`` and ``UDP``; ``UDP`` (default).
type IssuerSpecAcmeSolversDns01Rfc2136Protocol string

const (
	// TCP.
	IssuerSpecAcmeSolversDns01Rfc2136Protocol_TCP IssuerSpecAcmeSolversDns01Rfc2136Protocol = "TCP"
	// UDP.
	IssuerSpecAcmeSolversDns01Rfc2136Protocol_UDP IssuerSpecAcmeSolversDns01Rfc2136Protocol = "UDP"
)

