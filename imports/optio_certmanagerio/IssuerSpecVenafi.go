package optio_certmanagerio


// Venafi configures this issuer to sign certificates using a CyberArk Certificate Manager Self-Hosted or SaaS policy zone.
type IssuerSpecVenafi struct {
	// Zone is the Certificate Manager Policy Zone to use for this issuer.
	//
	// All requests made to the Certificate Manager platform will be restricted by the named
	// zone policy.
	// This field is required.
	Zone *string `field:"required" json:"zone" yaml:"zone"`
	// Cloud specifies the CyberArk Certificate Manager SaaS configuration settings.
	//
	// Only one of CyberArk Certificate Manager may be specified.
	Cloud *IssuerSpecVenafiCloud `field:"optional" json:"cloud" yaml:"cloud"`
	// NGTS specifies Palo Alto Networks Next Generation Trust Services (NGTS) configuration using OAuth 2.0 Client Credentials. Only one of tpp, cloud, or ngts may be specified.
	Ngts *IssuerSpecVenafiNgts `field:"optional" json:"ngts" yaml:"ngts"`
	// TPP specifies CyberArk Certificate Manager Self-Hosted configuration settings.
	//
	// Only one of CyberArk Certificate Manager may be specified.
	Tpp *IssuerSpecVenafiTpp `field:"optional" json:"tpp" yaml:"tpp"`
}

