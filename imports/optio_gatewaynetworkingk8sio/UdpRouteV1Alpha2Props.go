package optio_gatewaynetworkingk8sio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// UDPRoute provides a way to route UDP traffic.
//
// When combined with a Gateway
// listener, it can be used to forward traffic on the port specified by the
// listener to a set of backends specified by the UDPRoute.
type UdpRouteV1Alpha2Props struct {
	// Spec defines the desired state of UDPRoute.
	Spec *UdpRouteV1Alpha2Spec `field:"required" json:"spec" yaml:"spec"`
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

