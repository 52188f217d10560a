package optio_certmanagerio


// Cloud specifies the CyberArk Certificate Manager SaaS configuration settings.
//
// Only one of CyberArk Certificate Manager may be specified.
type ClusterIssuerSpecVenafiCloud struct {
	// APITokenSecretRef is a secret key selector for the CyberArk Certificate Manager SaaS API token.
	ApiTokenSecretRef *ClusterIssuerSpecVenafiCloudApiTokenSecretRef `field:"required" json:"apiTokenSecretRef" yaml:"apiTokenSecretRef"`
	// URL is the base URL for CyberArk Certificate Manager SaaS.
	//
	// Defaults to "https://api.venafi.cloud/".
	// Default: https://api.venafi.cloud/".
	//
	Url *string `field:"optional" json:"url" yaml:"url"`
}

