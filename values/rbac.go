package values

// RbacValues configure the API's cluster-wide permissions (the `rbac` key
// of Optio's chart of today).
type RbacValues struct {
	// ClusterRole configures the node reader.
	ClusterRole ClusterRoleValues `json:"clusterRole"`
}

// ClusterRoleValues configure the ClusterRole R-<namespace>-node-reader and
// its binding (rbac.clusterRole).
type ClusterRoleValues struct {
	// Create emits them (with serviceAccount.create): the API reads nodes,
	// namespaces and node metrics for the cluster overview. false is for
	// namespace-only installs where the release may not create
	// cluster-scoped objects; the overview then shows no node utilization.
	// Default: true (v0.4.0).
	Create bool `json:"create"`
}
