package optio_certmanagerio


// Protocol to use for dynamic DNS update queries.
//
// Valid values are (case-sensitive) ``TCP`` and ``UDP``; ``UDP`` (default).
type ClusterIssuerSpecAcmeSolversDns01Rfc2136Protocol string

const (
	// TCP.
	ClusterIssuerSpecAcmeSolversDns01Rfc2136Protocol_TCP ClusterIssuerSpecAcmeSolversDns01Rfc2136Protocol = "TCP"
	// UDP.
	ClusterIssuerSpecAcmeSolversDns01Rfc2136Protocol_UDP ClusterIssuerSpecAcmeSolversDns01Rfc2136Protocol = "UDP"
)

