package optio_gatewaynetworkingk8sio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// BackendTLSPolicy provides a way to configure how a Gateway connects to a Backend via TLS.
type BackendTlsPolicyProps struct {
	// Spec defines the desired state of BackendTLSPolicy.
	Spec *BackendTlsPolicySpec `field:"required" json:"spec" yaml:"spec"`
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

