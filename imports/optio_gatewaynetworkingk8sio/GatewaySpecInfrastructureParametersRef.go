package optio_gatewaynetworkingk8sio


// ParametersRef is a reference to a resource that contains the configuration parameters corresponding to the Gateway.
//
// This is optional if the
// controller does not require any additional configuration.
//
// This follows the same semantics as GatewayClass's `parametersRef`, but on a per-Gateway basis
//
// The Gateway's GatewayClass may provide its own `parametersRef`. When both are specified,
// the merging behavior is implementation specific.
// It is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.
//
// If the referent cannot be found, refers to an unsupported kind, or when
// the data within that resource is malformed, the Gateway SHOULD be
// rejected with the "Accepted" status condition set to "False" and an
// "InvalidParameters" reason.
//
// Support: Implementation-specific.
type GatewaySpecInfrastructureParametersRef struct {
	// Group is the group of the referent.
	Group *string `field:"required" json:"group" yaml:"group"`
	// Kind is kind of the referent.
	Kind *string `field:"required" json:"kind" yaml:"kind"`
	// Name is the name of the referent.
	Name *string `field:"required" json:"name" yaml:"name"`
}

