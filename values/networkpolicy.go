package values

// NetworkPolicyValues (beyond the Helm chart) configure NetworkPolicies.
type NetworkPolicyValues struct {
	// Enabled creates one NetworkPolicy per component: Postgres and Redis
	// accept only the API's pods; the API and web UI accept their port from
	// anywhere (the Ingress controller may run in any namespace).
	// Default: false.
	Enabled bool `json:"enabled"`
}
