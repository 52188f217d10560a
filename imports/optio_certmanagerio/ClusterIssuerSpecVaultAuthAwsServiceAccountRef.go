package optio_certmanagerio


// A reference to a service account that will be used to request a web identity token for IRSA (IAM Roles for Service Accounts) authentication.
type ClusterIssuerSpecVaultAuthAwsServiceAccountRef struct {
	// Name of the ServiceAccount used to request a token.
	Name *string `field:"required" json:"name" yaml:"name"`
	// TokenAudiences is an optional list of extra audiences to include in the token passed to Vault.
	//
	// The default audiences are always included in the token.
	Audiences *[]*string `field:"optional" json:"audiences" yaml:"audiences"`
}

