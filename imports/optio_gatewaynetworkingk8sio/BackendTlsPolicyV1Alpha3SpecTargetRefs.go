package optio_gatewaynetworkingk8sio


// LocalPolicyTargetReferenceWithSectionName identifies an API object to apply a direct policy to.
//
// This should be used as part of Policy resources that can
// target single resources. For more information on how this policy attachment
// mode works, and a sample Policy resource, refer to the policy attachment
// documentation for Gateway API.
//
// Note: This should only be used for direct policy attachment when references
// to SectionName are actually needed. In all other cases,
// LocalPolicyTargetReference should be used.
type BackendTlsPolicyV1Alpha3SpecTargetRefs struct {
	// Group is the group of the target resource.
	Group *string `field:"required" json:"group" yaml:"group"`
	// Kind is kind of the target resource.
	Kind *string `field:"required" json:"kind" yaml:"kind"`
	// Name is the name of the target resource.
	Name *string `field:"required" json:"name" yaml:"name"`
	// SectionName is the name of a section within the target resource.
	//
	// When
	// unspecified, this targetRef targets the entire resource. In the following
	// resources, SectionName is interpreted as the following:
	//
	// * Gateway: Listener name
	// * HTTPRoute: HTTPRouteRule name
	// * Service: Port name
	//
	// If a SectionName is specified, but does not exist on the targeted object,
	// the Policy must fail to attach, and the policy implementation should record
	// a `ResolvedRefs` or similar Condition in the Policy's status.
	SectionName *string `field:"optional" json:"sectionName" yaml:"sectionName"`
}

