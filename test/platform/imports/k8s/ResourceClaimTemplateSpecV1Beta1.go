package k8s


// ResourceClaimTemplateSpec contains the metadata and fields for a ResourceClaim.
type ResourceClaimTemplateSpecV1Beta1 struct {
	// ObjectMeta may contain labels and annotations that will be copied into the ResourceClaim when creating it.
	//
	// No other fields are allowed and will be rejected during validation.
	Metadata *ObjectMeta `field:"optional" json:"metadata" yaml:"metadata"`
	// Spec for the ResourceClaim.
	//
	// The entire content is copied unchanged into the ResourceClaim that gets created from this template. The same fields as in a ResourceClaim are also valid here.
	Spec *ResourceClaimSpecV1Beta1 `field:"optional" json:"spec" yaml:"spec"`
}

