package optio_gatewaynetworkingk8sio


// ParentRef references the Gateway that the listeners are attached to.
type ListenerSetSpecParentRef struct {
	// Name is the name of the referent.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Group is the group of the referent.
	Group *string `field:"optional" json:"group" yaml:"group"`
	// Kind is kind of the referent.
	//
	// For example "Gateway".
	Kind *string `field:"optional" json:"kind" yaml:"kind"`
	// Namespace is the namespace of the referent.
	//
	// If not present,
	// the namespace of the referent is assumed to be the same as
	// the namespace of the referring object.
	Namespace *string `field:"optional" json:"namespace" yaml:"namespace"`
}

