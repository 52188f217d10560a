package k8s


// PriorityClass defines mapping from a priority class name to the priority integer value.
//
// The value can be any valid integer.
type KubePriorityClassProps struct {
	// description is an arbitrary string that usually provides guidelines on when this priority class should be used.
	Description *string `field:"optional" json:"description" yaml:"description"`
	// globalDefault specifies whether this PriorityClass should be considered as the default priority for pods that do not have any priority class.
	//
	// Only one PriorityClass can be marked as `globalDefault`. However, if more than one PriorityClasses exists with their `globalDefault` field set to true, the smallest value of such global default PriorityClasses will be used as the default priority.
	GlobalDefault *bool `field:"optional" json:"globalDefault" yaml:"globalDefault"`
	// metadata is the standard object metadata.
	//
	// More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
	Metadata *ObjectMeta `field:"optional" json:"metadata" yaml:"metadata"`
	// preemptionPolicy is the Policy for preempting pods with lower priority.
	//
	// One of Never, PreemptLowerPriority. Defaults to PreemptLowerPriority if unset.
	// Default: PreemptLowerPriority if unset.
	//
	PreemptionPolicy *string `field:"optional" json:"preemptionPolicy" yaml:"preemptionPolicy"`
	// value represents the integer value of this priority class.
	//
	// This is the actual priority that pods receive when they have the name of this class in their pod spec.
	Value *float64 `field:"optional" json:"value" yaml:"value"`
}

