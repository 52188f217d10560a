package optio_certmanagerio


// Specification of the desired state of the CertificateRequest resource.
//
// https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
type CertificateRequestSpec struct {
	// Reference to the issuer responsible for issuing the certificate.
	//
	// If the issuer is namespace-scoped, it must be in the same namespace
	// as the Certificate. If the issuer is cluster-scoped, it can be used
	// from any namespace.
	//
	// The `name` field of the reference must always be specified.
	IssuerRef *CertificateRequestSpecIssuerRef `field:"required" json:"issuerRef" yaml:"issuerRef"`
	// The PEM-encoded X.509 certificate signing request to be submitted to the issuer for signing.
	//
	// If the CSR has a BasicConstraints extension, its isCA attribute must
	// match the `isCA` value of this CertificateRequest.
	// If the CSR has a KeyUsage extension, its key usages must match the
	// key usages in the `usages` field of this CertificateRequest.
	// If the CSR has a ExtKeyUsage extension, its extended key usages
	// must match the extended key usages in the `usages` field of this
	// CertificateRequest.
	Request *string `field:"required" json:"request" yaml:"request"`
	// Requested 'duration' (i.e. lifetime) of the Certificate. Note that the issuer may choose to ignore the requested duration, just like any other requested attribute.
	Duration *string `field:"optional" json:"duration" yaml:"duration"`
	// Extra contains extra attributes of the user that created the CertificateRequest.
	//
	// Populated by the cert-manager webhook on creation and immutable.
	Extra *map[string]*[]*string `field:"optional" json:"extra" yaml:"extra"`
	// Groups contains group membership of the user that created the CertificateRequest.
	//
	// Populated by the cert-manager webhook on creation and immutable.
	Groups *[]*string `field:"optional" json:"groups" yaml:"groups"`
	// Requested basic constraints isCA value.
	//
	// Note that the issuer may choose
	// to ignore the requested isCA value, just like any other requested attribute.
	//
	// NOTE: If the CSR in the `Request` field has a BasicConstraints extension,
	// it must have the same isCA value as specified here.
	//
	// If true, this will automatically add the `cert sign` usage to the list
	// of requested `usages`.
	IsCa *bool `field:"optional" json:"isCa" yaml:"isCa"`
	// UID contains the uid of the user that created the CertificateRequest.
	//
	// Populated by the cert-manager webhook on creation and immutable.
	Uid *string `field:"optional" json:"uid" yaml:"uid"`
	// Requested key usages and extended key usages.
	//
	// NOTE: If the CSR in the `Request` field has uses the KeyUsage or
	// ExtKeyUsage extension, these extensions must have the same values
	// as specified here without any additional values.
	//
	// If unset, defaults to `digital signature` and `key encipherment`.
	Usages *[]CertificateRequestSpecUsages `field:"optional" json:"usages" yaml:"usages"`
	// Username contains the name of the user that created the CertificateRequest.
	//
	// Populated by the cert-manager webhook on creation and immutable.
	Username *string `field:"optional" json:"username" yaml:"username"`
}

