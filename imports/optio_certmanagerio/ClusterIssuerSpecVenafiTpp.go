package optio_certmanagerio


// TPP specifies CyberArk Certificate Manager Self-Hosted configuration settings.
//
// Only one of CyberArk Certificate Manager may be specified.
type ClusterIssuerSpecVenafiTpp struct {
	// CredentialsRef is a reference to a Secret containing the CyberArk Certificate Manager Self-Hosted API credentials.
	//
	// The secret must contain the key 'access-token' for the Access Token Authentication,
	// or two keys, 'username' and 'password' for the API Keys Authentication.
	CredentialsRef *ClusterIssuerSpecVenafiTppCredentialsRef `field:"required" json:"credentialsRef" yaml:"credentialsRef"`
	// URL is the base URL for the vedsdk endpoint of the CyberArk Certificate Manager Self-Hosted instance, for example: "https://tpp.example.com/vedsdk".
	Url *string `field:"required" json:"url" yaml:"url"`
	// Base64-encoded bundle of PEM CAs which will be used to validate the certificate chain presented by the CyberArk Certificate Manager Self-Hosted server.
	//
	// Only used if using HTTPS; ignored for HTTP.
	// If undefined, the certificate bundle in the cert-manager controller container
	// is used to validate the chain.
	CaBundle *string `field:"optional" json:"caBundle" yaml:"caBundle"`
	// Reference to a Secret containing a base64-encoded bundle of PEM CAs which will be used to validate the certificate chain presented by the CyberArk Certificate Manager Self-Hosted server.
	//
	// Only used if using HTTPS; ignored for HTTP. Mutually exclusive with CABundle.
	// If neither CABundle nor CABundleSecretRef is defined, the certificate bundle in
	// the cert-manager controller container is used to validate the TLS connection.
	CaBundleSecretRef *ClusterIssuerSpecVenafiTppCaBundleSecretRef `field:"optional" json:"caBundleSecretRef" yaml:"caBundleSecretRef"`
}

