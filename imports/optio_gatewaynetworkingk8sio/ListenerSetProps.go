package optio_gatewaynetworkingk8sio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// ListenerSet defines a set of additional listeners to attach to an existing Gateway.
//
// This resource provides a mechanism to merge multiple listeners into a single Gateway.
//
// The parent Gateway must explicitly allow ListenerSet attachment through its
// AllowedListeners configuration. By default, Gateways do not allow ListenerSet
// attachment.
//
// Routes can attach to a ListenerSet by specifying it as a parentRef, and can
// optionally target specific listeners using the sectionName field.
//
// Policy Attachment:
// - Policies that attach to a ListenerSet apply to all listeners defined in that resource
// - Policies do not impact listeners in the parent Gateway
// - Different ListenerSets attached to the same Gateway can have different policies
// - If an implementation cannot apply a policy to specific listeners, it should reject the policy
//
// ReferenceGrant Semantics:
// - ReferenceGrants applied to a Gateway are not inherited by child ListenerSets
// - ReferenceGrants applied to a ListenerSet do not grant permission to the parent Gateway's listeners
// - A ListenerSet can reference secrets/backends in its own namespace without a ReferenceGrant
//
// Gateway Integration:
// - The parent Gateway's status will include "AttachedListenerSets"
// which is the count of ListenerSets that have successfully attached to a Gateway
// A ListenerSet is successfully attached to a Gateway when all the following conditions are met:
// - The ListenerSet is selected by the Gateway's AllowedListeners field
// - The ListenerSet has a valid ParentRef selecting the Gateway
// - The ListenerSet's status has the condition "Accepted: true".
type ListenerSetProps struct {
	// Spec defines the desired state of ListenerSet.
	Spec *ListenerSetSpec `field:"required" json:"spec" yaml:"spec"`
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

