package optio_gatewaynetworkingk8sio


type GatewayV1Beta1SpecTlsFrontendPerPort struct {
	// The Port indicates the Port Number to which the TLS configuration will be applied.
	//
	// This configuration will be applied to all Listeners handling HTTPS
	// traffic that match this port.
	//
	// Support: Core.
	Port *float64 `field:"required" json:"port" yaml:"port"`
	// TLS store the configuration that will be applied to all Listeners handling HTTPS traffic and matching given port.
	//
	// Support: Core.
	Tls *GatewayV1Beta1SpecTlsFrontendPerPortTls `field:"required" json:"tls" yaml:"tls"`
}

