package optio_gatewaynetworkingk8sio


// Mode defines the TLS behavior for the TLS session initiated by the client. There are two possible modes:.
//
// - Terminate: The TLS session between the downstream client and the
// Gateway is terminated at the Gateway. This mode requires certificates
// to be specified in some way, such as populating the certificateRefs
// field.
// - Passthrough: The TLS session is NOT terminated by the Gateway. This
// implies that the Gateway can't decipher the TLS stream except for
// the ClientHello message of the TLS protocol. The certificateRefs field
// is ignored in this mode.
//
// Support: Core.
type ListenerSetSpecListenersTlsMode string

const (
	// Terminate.
	ListenerSetSpecListenersTlsMode_TERMINATE ListenerSetSpecListenersTlsMode = "TERMINATE"
	// Passthrough.
	ListenerSetSpecListenersTlsMode_PASSTHROUGH ListenerSetSpecListenersTlsMode = "PASSTHROUGH"
)

