package optio_gatewaynetworkingk8sio


// LocalObjectReference identifies an API object within the namespace of the referrer.
//
// The API object must be valid in the cluster; the Group and Kind must
// be registered in the cluster for this reference to be valid.
//
// References to objects with invalid Group and Kind are not valid, and must
// be rejected by the implementation, with appropriate Conditions set
// on the containing object.
type BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs struct {
	// Group is the group of the referent.
	//
	// For example, "gateway.networking.k8s.io".
	// When unspecified or empty string, core API group is inferred.
	Group *string `field:"required" json:"group" yaml:"group"`
	// Kind is kind of the referent.
	//
	// For example "HTTPRoute" or "Service".
	Kind *string `field:"required" json:"kind" yaml:"kind"`
	// Name is the name of the referent.
	Name *string `field:"required" json:"name" yaml:"name"`
}

