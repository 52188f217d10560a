package optio_gatewaynetworkingk8sio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// The TLSRoute resource is similar to TCPRoute, but can be configured to match against TLS-specific metadata.
//
// This allows more flexibility
// in matching streams for a given TLS listener.
//
// If you need to forward traffic to a single target for a TLS listener, you
// could choose to use a TCPRoute with a TLS listener.
type TlsRouteV1Alpha3Props struct {
	// Spec defines the desired state of TLSRoute.
	Spec *TlsRouteV1Alpha3Spec `field:"required" json:"spec" yaml:"spec"`
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

