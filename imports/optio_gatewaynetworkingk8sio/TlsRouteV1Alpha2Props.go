package optio_gatewaynetworkingk8sio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// The TLSRoute resource is similar to TCPRoute, but can be configured to match against TLS-specific metadata.
//
// This allows more flexibility
// in matching streams for a given TLS listener.
type TlsRouteV1Alpha2Props struct {
	// Spec defines the desired state of TLSRoute.
	Spec *TlsRouteV1Alpha2Spec `field:"required" json:"spec" yaml:"spec"`
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

