package optio_certmanagerio


// Kubernetes authenticates with Route53 using AssumeRoleWithWebIdentity by passing a bound ServiceAccount token.
type ClusterIssuerSpecAcmeSolversDns01Route53AuthKubernetes struct {
	// A reference to a service account that will be used to request a bound token (also known as "projected token").
	//
	// To use this field, you must
	// configure an RBAC rule to let cert-manager request a token.
	ServiceAccountRef *ClusterIssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef `field:"required" json:"serviceAccountRef" yaml:"serviceAccountRef"`
}

