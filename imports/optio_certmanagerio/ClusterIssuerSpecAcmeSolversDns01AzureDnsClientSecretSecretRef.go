package optio_certmanagerio


// Auth: Azure Service Principal: A reference to a Secret containing the password associated with the Service Principal.
//
// If set, ClientID and TenantID must also be set.
type ClusterIssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef struct {
	// Name of the resource being referred to.
	//
	// More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
	Name *string `field:"required" json:"name" yaml:"name"`
	// The key of the entry in the Secret resource's `data` field to be used.
	//
	// Some instances of this field may be defaulted, in others it may be
	// required.
	Key *string `field:"optional" json:"key" yaml:"key"`
}

