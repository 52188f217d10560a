package optio_certmanagerio


// ClientCertificate authenticates with Vault by presenting a client certificate during the request's TLS handshake.
//
// Works only when using HTTPS protocol.
type IssuerSpecVaultAuthClientCertificate struct {
	// The Vault mountPath here is the mount path to use when authenticating with Vault.
	//
	// For example, setting a value to `/v1/auth/foo`, will use the path
	// `/v1/auth/foo/login` to authenticate with Vault. If unspecified, the
	// default value "/v1/auth/cert" will be used.
	MountPath *string `field:"optional" json:"mountPath" yaml:"mountPath"`
	// Name of the certificate role to authenticate against.
	//
	// If not set, matching any certificate role, if available.
	Name *string `field:"optional" json:"name" yaml:"name"`
	// Reference to Kubernetes Secret of type "kubernetes.io/tls" (hence containing tls.crt and tls.key) used to authenticate to Vault using TLS client authentication.
	SecretName *string `field:"optional" json:"secretName" yaml:"secretName"`
}

