package optio

import (
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"github.com/optio-cdk8s/optio-cdk8s/imports/k8s"
)

// Component names: the app.kubernetes.io/component label and the suffix of
// the component's object names.
const (
	ComponentAPI      = "api"
	ComponentWeb      = "web"
	ComponentPostgres = "postgres"
	ComponentRedis    = "redis"
	ComponentRBAC     = "rbac"
	ComponentIngress  = "ingress"
	ComponentConfig   = "config"
)

// appLabels are the fixed app: labels of the Helm chart's workloads (the
// contract keeps them as labels; they are not selectors here).
var appLabels = map[string]string{
	ComponentAPI:      "optio-api",
	ComponentWeb:      "optio-web",
	ComponentPostgres: "postgres",
	ComponentRedis:    "redis",
}

// Release identifies one installation of Optio: every object name and label
// derives from it. Two Releases with different names can share a namespace.
type Release struct {
	// Name is the release name (Helm's .Release.Name), e.g. "optio".
	Name string
	// Namespace holds every namespaced object.
	Namespace string
}

// ObjectName returns "<release>-<suffix>", the name scheme of the chart.
func (r Release) ObjectName(suffix string) string { return r.Name + "-" + suffix }

// SelectorLabels are the labels that select a component's pods: unique per
// release and component (the Kubernetes recommended labels).
func (r Release) SelectorLabels(component string) map[string]string {
	return map[string]string{
		"app.kubernetes.io/name":      "optio",
		"app.kubernetes.io/instance":  r.Name,
		"app.kubernetes.io/component": component,
	}
}

// Labels are the labels of every object of a component: the selector labels,
// the chart's version and managed-by labels, part-of, and for workloads the
// chart's app: label. component "" gives the labels without a component.
func (r Release) Labels(component string) map[string]string {
	l := map[string]string{
		"app.kubernetes.io/name":       "optio",
		"app.kubernetes.io/instance":   r.Name,
		"app.kubernetes.io/version":    AppVersion,
		"app.kubernetes.io/managed-by": "cdk8s",
		"app.kubernetes.io/part-of":    "optio",
	}
	if component != "" {
		l["app.kubernetes.io/component"] = component
	}
	if app, ok := appLabels[component]; ok {
		l["app"] = app
	}
	return l
}

// metadata returns the ObjectMeta of a namespaced object of the component.
func (r Release) metadata(name, component string) *k8s.ObjectMeta {
	return &k8s.ObjectMeta{
		Name:      jsii.String(name),
		Namespace: jsii.String(r.Namespace),
		Labels:    stringMap(r.Labels(component)),
	}
}

// plusMetadata is metadata in the form cdk8s-plus constructs take.
func (r Release) plusMetadata(name, component string) *cdk8s.ApiObjectMetadata {
	return &cdk8s.ApiObjectMetadata{
		Name:      jsii.String(name),
		Namespace: jsii.String(r.Namespace),
		Labels:    stringMap(r.Labels(component)),
	}
}

// clusterMetadata returns the ObjectMeta of a cluster-scoped object.
func (r Release) clusterMetadata(name, component string) *k8s.ObjectMeta {
	return &k8s.ObjectMeta{
		Name:   jsii.String(name),
		Labels: stringMap(r.Labels(component)),
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
