package optio_gatewaynetworkingk8sio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// Gateway represents an instance of a service-traffic handling infrastructure by binding Listeners to a set of IP addresses.
//
// A Gateway name SHOULD be compliant with RFC 1035, consisting of a maximum of 63 lower case alphanumeric
// characters or hyphens ('-'), and MUST start and end with an alphanumeric character.
type GatewayProps struct {
	// Spec defines the desired state of Gateway.
	Spec *GatewaySpec `field:"required" json:"spec" yaml:"spec"`
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

