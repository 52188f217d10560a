package values

// ServiceAccountValues configure the API's ServiceAccount.
type ServiceAccountValues struct {
	// Create creates the ServiceAccount and its Role, RoleBinding,
	// ClusterRole and ClusterRoleBinding. Default: true.
	Create bool `json:"create"`
	// Name of the ServiceAccount the API runs as. Default: optio.
	Name string `json:"name"`
	// Annotations on the ServiceAccount (e.g. EKS IRSA). Default: none.
	Annotations map[string]string `json:"annotations" values:"text"`
}
