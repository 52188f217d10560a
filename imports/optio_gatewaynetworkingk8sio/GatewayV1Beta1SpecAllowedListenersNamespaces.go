package optio_gatewaynetworkingk8sio


// Namespaces defines which namespaces ListenerSets can be attached to this Gateway.
//
// The default value is to allow no ListenerSets.
type GatewayV1Beta1SpecAllowedListenersNamespaces struct {
	// From indicates where ListenerSets can attach to this Gateway. Possible values are:.
	//
	// * Same: Only ListenerSets in the same namespace may be attached to this Gateway.
	// * Selector: ListenerSets in namespaces selected by the selector may be attached to this Gateway.
	// * All: ListenerSets in all namespaces may be attached to this Gateway.
	// * None: Only listeners defined in the Gateway's spec are allowed
	//
	// The default value None.
	From GatewayV1Beta1SpecAllowedListenersNamespacesFrom `field:"optional" json:"from" yaml:"from"`
	// Selector must be specified when From is set to "Selector".
	//
	// In that case,
	// only ListenerSets in Namespaces matching this Selector will be selected by this
	// Gateway. This field is ignored for other values of "From".
	Selector *GatewayV1Beta1SpecAllowedListenersNamespacesSelector `field:"optional" json:"selector" yaml:"selector"`
}

