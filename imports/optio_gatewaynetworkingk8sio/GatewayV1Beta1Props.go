package optio_gatewaynetworkingk8sio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// Gateway represents an instance of a service-traffic handling infrastructure by binding Listeners to a set of IP addresses.
type GatewayV1Beta1Props struct {
	// Spec defines the desired state of Gateway.
	Spec *GatewayV1Beta1Spec `field:"required" json:"spec" yaml:"spec"`
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

