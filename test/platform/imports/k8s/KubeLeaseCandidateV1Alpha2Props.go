package k8s


// LeaseCandidate defines a candidate for a Lease object.
//
// Candidates are created such that coordinated leader election will pick the best leader from the list of candidates.
type KubeLeaseCandidateV1Alpha2Props struct {
	// spec contains the specification of the Lease.
	//
	// More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
	Spec *LeaseCandidateSpecV1Alpha2 `field:"required" json:"spec" yaml:"spec"`
	// metadata is the standard object metadata.
	//
	// More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
	Metadata *ObjectMeta `field:"optional" json:"metadata" yaml:"metadata"`
}

