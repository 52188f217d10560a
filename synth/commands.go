package synth

import (
	"strings"

	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// ApplySetParent is the name of the Secret that kubectl's ApplySet keeps in
// the release's namespace to track the release's objects (--applyset):
// "<release>-applyset", a name no other object of the release has.
func ApplySetParent(r values.Release) string { return r.ObjectName("applyset") }

// ApplySetCommands are the two commands that apply a release with kubectl's
// ApplySet and server-side apply (kubectl 1.27 or newer), pruning what the
// values no longer produce: first the release's DataFile (dataFile; "" when
// the release has none) without pruning, which creates the Namespace that
// holds the ApplySet's parent Secret, then the ReleaseFile (releaseFile) as
// the ApplySet ApplySetParent. The retained objects are never members of
// the ApplySet, so no prune of it reaches them. Paths are used as given
// (quote them for a shell first).
func ApplySetCommands(r values.Release, dataFile, releaseFile string) string {
	var b strings.Builder
	if dataFile != "" {
		b.WriteString("kubectl apply --server-side -f " + dataFile + "\n")
	}
	b.WriteString("KUBECTL_APPLYSET=true kubectl apply --server-side --prune --applyset=" + ApplySetParent(r) +
		" -n " + r.Namespace + " -f " + releaseFile)
	return b.String()
}

// UninstallResources are the resources that UninstallCommands deletes, in
// kubectl's resource.group form: every kind of values.PruneAllowlist (which
// leaves out PersistentVolumeClaim and Namespace) and of crdKinds
// (Values.CustomResourceKinds, same form).
func UninstallResources(crdKinds ...string) []string {
	var out []string
	for _, gvk := range append(values.PruneAllowlist(), crdKinds...) {
		parts := strings.Split(gvk, "/") // group/version/Kind
		res := strings.ToLower(parts[2])
		if parts[0] != "core" {
			res += "." + parts[0]
		}
		out = append(out, res)
	}
	return out
}

// UninstallCommands delete every object of the release (selected by its
// prune selector, so never another release's) but its data volume and its
// Namespace, then the installed skills cache's claim (a cache, named: claims
// are left out of the kinds, for the data volume's sake), then the ApplySet
// parent Secret if there is one. Objects already gone are not an error. The data volume, the Namespace and a
// Secret of existingSecret stay: DeleteDataCommands deletes the first two.
// crdKinds are the custom resource kinds the release emits
// (Values.CustomResourceKinds).
func UninstallCommands(r values.Release, crdKinds ...string) string {
	return "kubectl delete --ignore-not-found -n " + r.Namespace + " -l " + r.PruneSelector() + " \\\n    " +
		strings.Join(UninstallResources(crdKinds...), ",") + "\n" +
		"kubectl delete --ignore-not-found -n " + r.Namespace + " persistentvolumeclaim " + r.ObjectName(values.SkillsCacheName) + "\n" +
		"kubectl delete --ignore-not-found -n " + r.Namespace + " secret " + ApplySetParent(r)
}

// DeleteDataCommands delete what UninstallCommands keeps: the data volume
// R-postgres-data (its database is lost unless its PersistentVolume's
// reclaim policy is Retain) and the Namespace with whatever it still holds.
// Run them only after UninstallCommands, and the second only when the
// namespace holds nothing but this release (see docs/operations.md).
func DeleteDataCommands(r values.Release) string {
	return "kubectl delete --ignore-not-found -n " + r.Namespace + " persistentvolumeclaim " + r.ObjectName("postgres-data") + "\n" +
		"kubectl delete --ignore-not-found namespace " + r.Namespace
}
