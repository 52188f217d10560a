package upgrade

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/api/resource"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// immutableField is a field the API server refuses to change on an existing
// object (its validation of updates), with the value that sets it in this
// program's output.
type immutableField struct {
	kinds []string
	field []string
	// valuePath maps the object's component label to the value path
	// ("" when the field comes from no value).
	valuePath map[string]string
	// steps are the steps to carry the change out; %[1]s is the namespace,
	// %[2]s the kind in lower case, %[3]s the name, %[4]s the allow flag's
	// argument.
	steps []string
}

// recreate are the steps of a change that needs the object recreated.
var recreate = []string{
	"delete the object with what it owns (its pods: down until the next step):\nkubectl -n %[1]s delete %[2]s %[3]s",
	"write this output with --allow-change=%[4]s and apply it: the object is created anew",
}

// immutableFields are the fields the API server never lets an update change
// (apps/v1 selectors, a PersistentVolumeClaim's spec but its size, a
// binding's roleRef, a Service's clusterIP, a Job's template, an immutable
// ConfigMap's or Secret's data).
var immutableFieldList = []immutableField{
	{kinds: []string{"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"}, field: []string{"spec", "selector"},
		valuePath: map[string]string{"api": "helmChartSelectors", "web": "helmChartSelectors", "postgres": "helmChartSelectors", "redis": "helmChartSelectors", "optio": "helmChartSelectors"},
		steps: []string{
			"delete the workload and its pods (not --cascade=orphan: an orphaned PostgreSQL pod would share its volume with the new one); it is down until the next step:\nkubectl -n %[1]s delete %[2]s %[3]s",
			"write this output with --allow-change=%[4]s and apply it (README, \"Moving from the Helm chart\", step 3, does this for a whole release)",
		}},
	{kinds: []string{"StatefulSet"}, field: []string{"spec", "volumeClaimTemplates"}, steps: recreate},
	{kinds: []string{"StatefulSet"}, field: []string{"spec", "serviceName"}, steps: recreate},
	{kinds: []string{"StatefulSet"}, field: []string{"spec", "podManagementPolicy"}, steps: recreate},
	{kinds: []string{"Job"}, field: []string{"spec", "template"}, steps: recreate},
	{kinds: []string{"Job"}, field: []string{"spec", "selector"}, steps: recreate},
	{kinds: []string{"PersistentVolumeClaim"}, field: []string{"spec", "storageClassName"},
		valuePath: map[string]string{"postgres": "postgresql.storage.storageClass", "api": "installedSkillsCache.storageClass"}, steps: newClaim},
	{kinds: []string{"PersistentVolumeClaim"}, field: []string{"spec", "accessModes"},
		valuePath: map[string]string{"api": "installedSkillsCache.accessModes"}, steps: newClaim},
	{kinds: []string{"PersistentVolumeClaim"}, field: []string{"spec", "volumeMode"}, steps: newClaim},
	{kinds: []string{"PersistentVolumeClaim"}, field: []string{"spec", "volumeName"}, steps: newClaim},
	{kinds: []string{"PersistentVolumeClaim"}, field: []string{"spec", "selector"}, steps: newClaim},
	{kinds: []string{"PersistentVolumeClaim"}, field: []string{"spec", "dataSource"}, steps: newClaim},
	{kinds: []string{"RoleBinding", "ClusterRoleBinding"}, field: []string{"roleRef"}, steps: []string{
		"delete the binding (its subjects lose the role until the next step):\nkubectl -n %[1]s delete %[2]s %[3]s",
		"write this output with --allow-change=%[4]s and apply it",
	}},
	{kinds: []string{"Service"}, field: []string{"spec", "clusterIP"}, steps: []string{
		"delete the Service (clients lose it until the next step):\nkubectl -n %[1]s delete %[2]s %[3]s",
		"write this output with --allow-change=%[4]s and apply it",
	}},
}

// newClaim are the steps of a change of a claim's immutable spec: a new
// volume, and the data copied over.
var newClaim = []string{
	"stop what uses the claim %[3]s and copy out the data to keep (PostgreSQL's data volume: pg_dumpall, see docs/operations.md, \"A new data volume\"; the installed skills cache holds nothing to keep: the API fills it again)",
	"delete the claim (its PersistentVolume follows its reclaim policy):\nkubectl -n %[1]s delete %[2]s %[3]s",
	"write this output with --allow-change=%[4]s and apply it, then copy the data back",
}

// immutableFields refuses a change of any field of immutableFieldList. A
// field that the previous output left out (the server chose it, e.g. a
// default StorageClass) and the new one sets is a warning: the server
// accepts it only if it equals what the server chose.
func immutableFields(d *Diff) []Finding {
	var out []Finding
	for _, f := range immutableFieldList {
		for _, p := range d.Pairs(f.kinds...) {
			a, b := p.Prev.Get(toPath(f.field)...), p.Next.Get(toPath(f.field)...)
			if reflect.DeepEqual(a, b) {
				continue
			}
			field := strings.Join(f.field, ".")
			key := f.valuePath[component(p.Next)]
			if key == "" {
				key = p.Next.Kind() + "/" + p.Next.Name() + ":" + field
			}
			finding := Finding{Path: key, Object: describe(p.Next)}
			if a == nil {
				finding.Message = fmt.Sprintf("%s is set to %s where the previous output left it to the server: the server refuses the change unless that is what it chose", field, jsonish(b))
			} else {
				finding.Refuse = true
				finding.Message = fmt.Sprintf("%s %s -> %s: the API server refuses to change it (field is immutable), so the apply would fail", field, jsonish(a), jsonish(b))
				for _, s := range f.steps {
					finding.Steps = append(finding.Steps, fmt.Sprintf(s, p.Next.Namespace(), strings.ToLower(p.Next.Kind()), p.Next.Name(), key))
				}
			}
			out = append(out, finding)
		}
	}
	return out
}

// claimSize refuses shrinking a PersistentVolumeClaim (the API server
// forbids it) and warns that growing one needs a StorageClass with
// allowVolumeExpansion.
func claimSize(d *Diff) []Finding {
	var out []Finding
	for _, p := range d.Pairs("PersistentVolumeClaim") {
		a, aerr := resource.ParseQuantity(str(p.Prev.Get("spec", "resources", "requests", "storage")))
		b, berr := resource.ParseQuantity(str(p.Next.Get("spec", "resources", "requests", "storage")))
		if aerr != nil || berr != nil || a.Cmp(b) == 0 {
			continue
		}
		key := map[string]string{"postgres": "postgresql.storage.size", "api": "installedSkillsCache.size"}[component(p.Next)]
		if key == "" {
			key = p.Next.Kind() + "/" + p.Next.Name() + ":spec.resources.requests.storage"
		}
		f := Finding{Path: key, Object: describe(p.Next)}
		if a.Cmp(b) > 0 {
			f.Refuse = true
			f.Message = fmt.Sprintf("size %s -> %s: a volume cannot shrink (the API server refuses it)", a.String(), b.String())
			for _, s := range newClaim {
				f.Steps = append(f.Steps, fmt.Sprintf(s, p.Next.Namespace(), "persistentvolumeclaim", p.Next.Name(), key))
			}
		} else {
			f.Message = fmt.Sprintf("size %s -> %s: the API server accepts it only when the claim's StorageClass has allowVolumeExpansion: true (kubectl get storageclass)", a.String(), b.String())
		}
		out = append(out, f)
	}
	return out
}

// retainedRemoved reports a retained object (optio.RetainAnnotations: the
// Namespace, the data volume) that the new output no longer holds. The
// documented ways to apply keep it in the cluster; it says so, and how to
// delete it once it is not needed.
func retainedRemoved(d *Diff) []Finding {
	var out []Finding
	for _, k := range sortedKeys(d.Prev) {
		o := d.Prev[k]
		if _, still := d.Next[k]; still {
			continue
		}
		f := Finding{Object: describe(o)}
		retained := optio.IsRetained(stringMap(o.Get("metadata", "annotations")))
		switch {
		case !retained && o.Kind() == "PersistentVolumeClaim" && component(o) == "api" && strings.HasSuffix(o.Name(), "-"+values.SkillsCacheName):
			// The installed skills cache's claim, in R.k8s.yaml: prune
			// allowlists leave claims out, for the data volume's sake. (A
			// claim another tool made may hold data: no advice for it.)
			f.Path = "installedSkillsCache.enabled"
			f.Message = fmt.Sprintf("the claim leaves the output: the prune of the summary and of docs/operations.md leaves claims alone (an ApplySet, Argo CD and Flux with pruning on delete it), so it may stay with its volume; delete it yourself: kubectl -n %s delete persistentvolumeclaim %s", o.Namespace(), o.Name())
		case !retained:
			continue
		case o.Kind() == "Namespace":
			f.Path = "createNamespace"
			f.Message = "the Namespace leaves the output: it stays in the cluster, with everything in it (Argo CD and Flux do not prune it, nor do the commands of docs/operations.md); delete it yourself when it holds nothing any more: kubectl delete namespace " + o.Name()
		default:
			f.Path = "postgresql.enabled"
			if c := component(o); c != "postgres" {
				f.Path = o.Kind() + "/" + o.Name()
			}
			f.Message = fmt.Sprintf("the data volume leaves the output: it stays in the cluster with its data (Argo CD and Flux do not prune it, nor do the commands of docs/operations.md); once its data has moved, delete it yourself: kubectl -n %s delete persistentvolumeclaim %s", o.Namespace(), o.Name())
		}
		out = append(out, f)
	}
	return out
}

// dataVolumeReplaced warns when the new output's data volume is not the
// previous one (another release name or namespace): the new release starts
// with an empty database, and the old one's volume stays where it was.
func dataVolumeReplaced(d *Diff) []Finding {
	var gone, added []manifest.Object
	for _, k := range sortedKeys(d.Prev) {
		if o := d.Prev[k]; o.Kind() == "PersistentVolumeClaim" && d.Next[k] == nil && optio.IsRetained(stringMap(o.Get("metadata", "annotations"))) {
			gone = append(gone, o)
		}
	}
	for _, k := range sortedKeys(d.Next) {
		if o := d.Next[k]; o.Kind() == "PersistentVolumeClaim" && d.Prev[k] == nil && optio.IsRetained(stringMap(o.Get("metadata", "annotations"))) {
			added = append(added, o)
		}
	}
	if len(gone) == 0 || len(added) == 0 {
		return nil
	}
	var out []Finding
	for _, o := range added {
		out = append(out, Finding{
			Path: "namespace", Object: describe(o),
			Message: fmt.Sprintf("a new data volume while %s leaves the output (another release name or namespace?): this release starts with an empty database; to keep the data, dump it from the old release and restore it into this one (docs/operations.md, \"A new data volume\")",
				strings.Join(mapDescribe(gone), ", ")),
		})
	}
	return out
}

func mapDescribe(objs []manifest.Object) []string {
	var s []string
	for _, o := range objs {
		s = append(s, describe(o))
	}
	return s
}

// component is the object's app.kubernetes.io/component label.
func component(o manifest.Object) string {
	return str(o.Get("metadata", "labels", "app.kubernetes.io/component"))
}

func stringMap(v interface{}) map[string]string {
	m := map[string]string{}
	for k, x := range asMap(v) {
		m[k] = str(x)
	}
	return m
}

func toPath(f []string) []interface{} {
	p := make([]interface{}, len(f))
	for i, s := range f {
		p[i] = s
	}
	return p
}

// jsonish prints a field's value briefly: a string as it is, nil as
// "(unset)", anything else in Go's %v.
func jsonish(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "(unset)"
	case string:
		return fmt.Sprintf("%q", x)
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, k+": "+jsonish(x[k]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return fmt.Sprintf("%v", v)
}
