package optio_gatewaynetworkingk8sio


// From indicates where Routes will be selected for this Gateway. Possible values are:.
//
// * All: Routes in all namespaces may be used by this Gateway.
// * Selector: Routes in namespaces selected by the selector may be used by
// this Gateway.
// * Same: Only Routes in the same namespace may be used by this Gateway.
//
// Support: Core.
type ListenerSetSpecListenersAllowedRoutesNamespacesFrom string

const (
	// All.
	ListenerSetSpecListenersAllowedRoutesNamespacesFrom_ALL ListenerSetSpecListenersAllowedRoutesNamespacesFrom = "ALL"
	// Selector.
	ListenerSetSpecListenersAllowedRoutesNamespacesFrom_SELECTOR ListenerSetSpecListenersAllowedRoutesNamespacesFrom = "SELECTOR"
	// Same.
	ListenerSetSpecListenersAllowedRoutesNamespacesFrom_SAME ListenerSetSpecListenersAllowedRoutesNamespacesFrom = "SAME"
)

