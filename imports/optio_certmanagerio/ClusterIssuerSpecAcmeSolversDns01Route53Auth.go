package optio_certmanagerio


// Auth configures how cert-manager authenticates.
type ClusterIssuerSpecAcmeSolversDns01Route53Auth struct {
	// Kubernetes authenticates with Route53 using AssumeRoleWithWebIdentity by passing a bound ServiceAccount token.
	Kubernetes *ClusterIssuerSpecAcmeSolversDns01Route53AuthKubernetes `field:"required" json:"kubernetes" yaml:"kubernetes"`
}

