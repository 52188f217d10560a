package optio

// RetainAnnotations mark a retained object: one that holds data or other
// releases' objects, so that no value change and no prune may delete it.
// Two objects of a release carry them: the Namespace (with createNamespace;
// it may hold more than this release) and the data volume R-postgres-data.
// With them, Argo CD neither prunes nor deletes the object (sync option
// Prune=false, and Delete=false when the Application is deleted), and Flux's
// kustomize-controller never prunes it. kubectl has no such annotation: the
// command line writes retained objects into a file of their own,
// <release>.data.k8s.yaml, which is applied without pruning (see
// docs/operations.md), and the prune command's allowlist leaves their kinds
// out.
var RetainAnnotations = map[string]string{
	"argocd.argoproj.io/sync-options":   "Prune=false,Delete=false",
	"kustomize.toolkit.fluxcd.io/prune": "disabled",
}

// IsRetained reports whether an object's annotations mark it retained: they
// hold every entry of RetainAnnotations.
func IsRetained(annotations map[string]string) bool {
	for k, v := range RetainAnnotations {
		if annotations[k] != v {
			return false
		}
	}
	return true
}
