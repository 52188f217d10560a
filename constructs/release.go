package optio

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// resolve returns the release r with an empty Namespace taken from the cdk8s Chart that
// holds scope (cdk8s-plus's rule), so that labels, RoleBinding subjects and
// names see the namespace the objects get.
func resolve(r values.Release, scope constructs.Construct) values.Release {
	if r.Namespace == "" {
		r.Namespace = chartNamespace(scope)
	}
	return r
}

// chartNamespace is the namespace of the cdk8s Chart that holds scope, ""
// when it has none.
func chartNamespace(scope constructs.Construct) string {
	if ns := cdk8s.Chart_Of(scope).Namespace(); ns != nil {
		return *ns
	}
	return ""
}

// metadata returns the ObjectMeta of a namespaced object of the component.
func metadata(r values.Release, name, component string) *k8s.ObjectMeta {
	return &k8s.ObjectMeta{
		Name:      jsii.String(name),
		Namespace: optString(r.Namespace),
		Labels:    stringMap(r.Labels(component)),
	}
}

// clusterMetadata returns the ObjectMeta of a cluster-scoped object.
func clusterMetadata(r values.Release, name, component string) *k8s.ObjectMeta {
	return &k8s.ObjectMeta{
		Name:   jsii.String(name),
		Labels: stringMap(r.Labels(component)),
	}
}

// clusterScoped removes the namespace that cdk8s gives every object of a
// Chart with a namespace (chartNS) from a cluster-scoped object (the API
// server has no namespace for it, so GitOps tools would see a difference
// forever).
func clusterScoped(obj cdk8s.ApiObject, chartNS string) {
	if chartNS != "" {
		obj.AddJsonPatch(cdk8s.JsonPatch_Remove(jsii.String("/metadata/namespace")))
	}
}

// stringMap converts a map to the jsii form; nil or empty gives nil so the
// field is omitted.
func stringMap(m map[string]string) *map[string]*string {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]*string, len(m))
	for k, v := range m {
		out[k] = jsii.String(v)
	}
	return &out
}

// crdMetadata returns the metadata of a namespaced object of the component
// whose binding is generated from a CRD (Gateway API, cert-manager): those
// take cdk8s's ApiObjectMetadata, not the Kubernetes ObjectMeta.
func crdMetadata(r values.Release, name, component string) *cdk8s.ApiObjectMetadata {
	return &cdk8s.ApiObjectMetadata{
		Name:      jsii.String(name),
		Namespace: optString(r.Namespace),
		Labels:    stringMap(r.Labels(component)),
	}
}
