package values

// NetworkPolicyValues configure NetworkPolicies (the chart 0.4.0's key).
type NetworkPolicyValues struct {
	// Enabled creates one NetworkPolicy per component: Postgres and Redis
	// accept only the API's pods; the API and web UI accept their port from
	// anywhere (the Ingress controller may run in any namespace); and
	// R-agent-pods, the chart 0.4.0's agent policy for every agent pod
	// (optio.type repo-pod, workflow-pod, persistent-agent-pod; the chart
	// covers repo pods only): no ingress, egress to DNS, the API's pods on
	// api.port, and 443 and 80. Default: false.
	Enabled bool `json:"enabled"`
}
