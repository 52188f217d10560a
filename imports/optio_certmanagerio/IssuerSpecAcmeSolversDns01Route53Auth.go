package optio_certmanagerio


// Auth configures how cert-manager authenticates.
type IssuerSpecAcmeSolversDns01Route53Auth struct {
	// Kubernetes authenticates with Route53 using AssumeRoleWithWebIdentity by passing a bound ServiceAccount token.
	Kubernetes *IssuerSpecAcmeSolversDns01Route53AuthKubernetes `field:"required" json:"kubernetes" yaml:"kubernetes"`
}

