package optio_certmanagerio


// NGTS specifies Palo Alto Networks Next Generation Trust Services (NGTS) configuration using OAuth 2.0 Client Credentials. Only one of tpp, cloud, or ngts may be specified.
type IssuerSpecVenafiNgts struct {
	// CredentialsRef is a reference to a Kubernetes Secret containing the OAuth 2.0 Client ID and Client Secret. The secret must contain the keys 'client-id' and 'client-secret'.
	CredentialsRef *IssuerSpecVenafiNgtsCredentialsRef `field:"required" json:"credentialsRef" yaml:"credentialsRef"`
	// TSGID is the Tenant Service Group ID used to scope the OAuth 2.0 access token, for example "1234567890". The tsg_id: prefix is added automatically. This field is required.
	TsgId *string `field:"required" json:"tsgId" yaml:"tsgId"`
	// TokenEndpoint is the OAuth 2.0 token endpoint URL used to obtain access tokens, for example "https://auth.apps.paloaltonetworks.com/oauth2/access_token". Defaults to "https://auth.apps.paloaltonetworks.com/oauth2/access_token" if not set.
	// Default: https://auth.apps.paloaltonetworks.com/oauth2/access_token" if not set.
	//
	TokenEndpoint *string `field:"optional" json:"tokenEndpoint" yaml:"tokenEndpoint"`
	// URL is the base URL for the NGTS API endpoint.
	//
	// Defaults to "https://api.strata.paloaltonetworks.com/ngts" if not set.
	// Default: https://api.strata.paloaltonetworks.com/ngts" if not set.
	//
	Url *string `field:"optional" json:"url" yaml:"url"`
}

