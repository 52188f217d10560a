package optio_gatewaynetworkingk8sio


// ReferenceGrantTo describes what Kinds are allowed as targets of the references.
type ReferenceGrantV1Beta1SpecTo struct {
	// Group is the group of the referent. When empty, the Kubernetes core API group is inferred.
	//
	// Support: Core.
	Group *string `field:"required" json:"group" yaml:"group"`
	// Kind is the kind of the referent.
	//
	// Although implementations may support
	// additional resources, the following types are part of the "Core"
	// support level for this field:
	//
	// * Secret when used to permit a SecretObjectReference
	// * Service when used to permit a BackendObjectReference.
	Kind *string `field:"required" json:"kind" yaml:"kind"`
	// Name is the name of the referent.
	//
	// When unspecified, this policy
	// refers to all resources of the specified Group and Kind in the local
	// namespace.
	Name *string `field:"optional" json:"name" yaml:"name"`
}

