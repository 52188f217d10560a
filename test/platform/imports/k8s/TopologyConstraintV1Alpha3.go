package k8s


// TopologyConstraint defines a topology constraint for a PodGroup.
type TopologyConstraintV1Alpha3 struct {
	// key specifies the key of the node label representing the topology domain.
	//
	// All pods within the PodGroup must be colocated within the same domain instance. Different PodGroups can land on different domain instances even if they derive from the same PodGroupTemplate. Examples: "topology.kubernetes.io/rack"
	Key *string `field:"required" json:"key" yaml:"key"`
}

