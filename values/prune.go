package values

import (
	"strings"

	"k8s.io/apimachinery/pkg/labels"
)

// PruneAllowlist lists every built-in kind a release emits, in the form of
// kubectl's --prune-allowlist (group/version/Kind, "core" for the core
// group), except PersistentVolumeClaim (the data volume R-postgres-data,
// which outlives postgresql.enabled: false) and Namespace (it may be
// shared). kubectl's default prune list lacks several of these kinds
// (HorizontalPodAutoscaler, PodDisruptionBudget, NetworkPolicy, RBAC, Job),
// so a prune without them leaves debris behind (the key generator's Job is
// named by its template's hash: each change of it leaves the previous one).
// The kinds of custom resources are in Values.CustomResourceKinds.
func PruneAllowlist() []string {
	return []string{
		"core/v1/ConfigMap",
		"core/v1/Secret",
		"core/v1/Service",
		"core/v1/ServiceAccount",
		"core/v1/ResourceQuota",
		"apps/v1/Deployment",
		"batch/v1/Job",
		"autoscaling/v2/HorizontalPodAutoscaler",
		"policy/v1/PodDisruptionBudget",
		"networking.k8s.io/v1/Ingress",
		"networking.k8s.io/v1/NetworkPolicy",
		"rbac.authorization.k8s.io/v1/Role",
		"rbac.authorization.k8s.io/v1/RoleBinding",
		"rbac.authorization.k8s.io/v1/ClusterRole",
		"rbac.authorization.k8s.io/v1/ClusterRoleBinding",
	}
}

// CustomResourceKinds are the kinds of custom resources, in the form of
// PruneAllowlist, that a release of these values may emit, so that its prune
// and uninstall commands name them: the Gateway API's Gateway and HTTPRoute
// with gatewayAPI.enabled (Gateway too when parentRefs leave it out, so that
// moving to a platform Gateway prunes R-gateway), cert-manager's Issuer and
// Certificate with internalTLS.provider cert-manager (both even when the
// values need no certificate or bring their own issuer). Only then: kubectl
// refuses a prune or delete that names a kind whose CRD the cluster lacks.
// A prune after such a value is turned off does not name the kind any more:
// delete the objects by hand then, or apply with an ApplySet, which
// remembers the kinds it applied.
func (p *Values) CustomResourceKinds() []string {
	var out []string
	if p.GatewayAPI.Enabled {
		out = append(out, GatewayAPIGroup+"/v1/Gateway", GatewayAPIGroup+"/v1/HTTPRoute")
	}
	if p.InternalTLS.Provider == ProviderCertManager {
		out = append(out, "cert-manager.io/v1/Issuer", "cert-manager.io/v1/Certificate")
	}
	return out
}

// PruneSelector is the label selector of the release's objects:
// app.kubernetes.io/instance=R and, when the release has a namespace,
// ReleaseNamespaceLabel=NS, so that a prune never reaches the cluster-scoped
// objects of a release of the same name in another namespace.
func (r Release) PruneSelector() string {
	set := labels.Set{"app.kubernetes.io/instance": r.Name}
	if r.Namespace != "" {
		set[ReleaseNamespaceLabel] = r.Namespace
	}
	return labels.SelectorFromSet(set).String()
}

// PruneCommand is the kubectl command that applies the release's manifests
// in dir and deletes the objects of the release that they no longer hold
// (after a value turned a part off), of every kind in PruneAllowlist and of
// the custom resource kinds crdKinds (Values.CustomResourceKinds). The
// Namespace (no release label) and the data PVC are never pruned. The
// Namespace must exist: the selector also filters what is applied, so the
// first install is a plain `kubectl apply -f dir`.
func (r Release) PruneCommand(dir string, crdKinds ...string) string {
	var b strings.Builder
	b.WriteString("kubectl apply --prune -l " + r.PruneSelector())
	for _, k := range append(PruneAllowlist(), crdKinds...) {
		b.WriteString(" \\\n    --prune-allowlist=" + k)
	}
	b.WriteString(" \\\n    -f " + dir)
	return b.String()
}
