package optio_gatewaynetworkingk8sio


// ParametersRef is a reference to a resource that contains the configuration parameters corresponding to the GatewayClass.
//
// This is optional if the
// controller does not require any additional configuration.
//
// ParametersRef can reference a standard Kubernetes resource, i.e. ConfigMap,
// or an implementation-specific custom resource. The resource can be
// cluster-scoped or namespace-scoped.
//
// If the referent cannot be found, refers to an unsupported kind, or when
// the data within that resource is malformed, the GatewayClass SHOULD be
// rejected with the "Accepted" status condition set to "False" and an
// "InvalidParameters" reason.
//
// A Gateway for this GatewayClass may provide its own `parametersRef`. When both are specified,
// the merging behavior is implementation specific.
// It is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.
//
// Support: Implementation-specific.
type GatewayClassSpecParametersRef struct {
	// Group is the group of the referent.
	Group *string `field:"required" json:"group" yaml:"group"`
	// Kind is kind of the referent.
	Kind *string `field:"required" json:"kind" yaml:"kind"`
	// Name is the name of the referent.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Namespace is the namespace of the referent.
	//
	// This field is required when referring to a Namespace-scoped resource and
	// MUST be unset when referring to a Cluster-scoped resource.
	Namespace *string `field:"optional" json:"namespace" yaml:"namespace"`
}

