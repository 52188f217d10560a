package values

import (
	"fmt"
	"strings"

	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"
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
	// ComponentOptio is Optio 0.4.0's operations assistant (R-optio).
	ComponentOptio = "optio"
)

// Label keys this project sets besides the Kubernetes recommended
// app.kubernetes.io/* labels.
const (
	// ReleaseNamespaceLabel carries the release's namespace on every object
	// of the release, cluster-scoped ones included, so that the label
	// selector of a prune (app.kubernetes.io/instance=R plus this label)
	// never reaches the objects of a release of the same name in another
	// namespace.
	ReleaseNamespaceLabel = "optio-cdk8s.io/release-namespace"
	// AppLabel is the Helm chart 0.1.0's app: label (optio-api, optio-web,
	// postgres, redis), kept on workloads and their pods.
	AppLabel = "app"
)

// appLabels are the values of the Helm chart's app: label per component
// (optio-assistant: Optio's chart of today).
var appLabels = map[string]string{
	ComponentAPI:      "optio-api",
	ComponentWeb:      "optio-web",
	ComponentPostgres: "postgres",
	ComponentRedis:    "redis",
	ComponentOptio:    "optio-assistant",
}

// Release identifies one installation of Optio: every object name and label
// derives from it. Two Releases with different names can share a namespace,
// and two Releases of the same name can live in different namespaces.
type Release struct {
	// Name is the release name (Helm's .Release.Name), the prefix of every
	// object name, e.g. "optio". Required: a DNS-1035 label short enough
	// that every derived name (Name-postgres-data, ...) is valid.
	Name string
	// Namespace holds every namespaced object. "" means the namespace of the
	// enclosing cdk8s Chart (none if the chart has none).
	Namespace string
	// HelmChartSelectors selects pods exactly as the Optio Helm chart 0.1.0
	// did (app: optio-api, optio-web, postgres, redis: the same whatever the
	// release) and keeps its cluster-scoped names (R-node-reader), so that
	// `kubectl apply` updates a Helm-installed release in place. Two
	// releases cannot share a namespace in this mode. Default: false.
	HelmChartSelectors bool
	// CommonLabels (the commonLabels value) are added to Labels: the labels
	// of every object and pod template, never the selectors. A key the
	// release sets itself (ReservedLabel) is left out here; Validate
	// refuses it.
	CommonLabels map[string]string
}

// ObjectName returns "<release>-<suffix>", the name of a namespaced object.
func (r Release) ObjectName(suffix string) string { return r.Name + "-" + suffix }

// ClusterObjectName returns the name of a cluster-scoped object of the
// release: "<release>-<namespace>-<suffix>" (Bitnami's convention for
// cluster-wide objects: the same release name in two namespaces gives two
// objects), or "<release>-<suffix>" with HelmChartSelectors or without a
// namespace.
func (r Release) ClusterObjectName(suffix string) string {
	if r.HelmChartSelectors || r.Namespace == "" {
		return r.ObjectName(suffix)
	}
	return r.Name + "-" + r.Namespace + "-" + suffix
}

// SelectorLabels are the labels that select a component's pods: unique per
// release and component (the Kubernetes recommended labels), or with
// HelmChartSelectors the chart's single app: label.
func (r Release) SelectorLabels(component string) map[string]string {
	if r.HelmChartSelectors {
		return map[string]string{AppLabel: appLabels[component]}
	}
	return map[string]string{
		"app.kubernetes.io/name":      "optio",
		"app.kubernetes.io/instance":  r.Name,
		"app.kubernetes.io/component": component,
	}
}

// Labels are the labels of every object of a component: the Kubernetes
// recommended labels (name, instance, version, managed-by cdk8s, part-of,
// component), the release's namespace (ReleaseNamespaceLabel) and, for
// workloads, the chart's app: label. component "" gives the labels without
// a component; CommonLabels come first, under the release's own.
func (r Release) Labels(component string) map[string]string {
	l := map[string]string{}
	for k, v := range r.CommonLabels {
		if !ReservedLabel(k) {
			l[k] = v
		}
	}
	for k, v := range map[string]string{
		"app.kubernetes.io/name":       "optio",
		"app.kubernetes.io/instance":   r.Name,
		"app.kubernetes.io/version":    AppVersion,
		"app.kubernetes.io/managed-by": "cdk8s",
		"app.kubernetes.io/part-of":    "optio",
	} {
		l[k] = v
	}
	if r.Namespace != "" {
		l[ReleaseNamespaceLabel] = r.Namespace
	}
	if component != "" {
		l["app.kubernetes.io/component"] = component
	}
	if app, ok := appLabels[component]; ok {
		l[AppLabel] = app
	}
	return l
}

// derivedNames are the suffixes of the names derived from the release
// name; Services must be DNS-1035 labels, the rest DNS-1123 labels, except
// those marked subdomain (DNS-1123 subdomains, up to 253 characters).
var derivedNames = []struct {
	suffix    string
	service   bool
	subdomain bool
}{
	{"api", true, false}, {"web", true, false}, {"postgres", true, false}, {"redis", true, false},
	{"postgres-data", false, false}, {"config", false, false}, {"agent-pvc-template", false, false},
	{"ingress", false, false}, {"quota", false, false}, {"pod-manager", false, false}, {"node-reader", false, false},
	{ComponentOptio, false, false}, {SkillsCacheName, false, true},
}

// Validate checks the release at path: Name is required and every name
// derived from it must be a valid Kubernetes name (so at most 44
// characters); Namespace, when set, is a DNS-1123 label.
func (r Release) Validate(path *field.Path) field.ErrorList {
	var errs field.ErrorList
	errs = append(errs, validateReleaseName(path.Child("name"), r.Name)...)
	if r.Namespace != "" {
		for _, msg := range validation.IsDNS1123Label(r.Namespace) {
			errs = append(errs, field.Invalid(path.Child("namespace"), r.Namespace, msg))
		}
	}
	return errs
}

// validateReleaseName checks that name and every object name derived from
// it are valid Kubernetes names (Services: DNS-1035 labels), which bounds it
// to 44 characters.
func validateReleaseName(path *field.Path, name string) field.ErrorList {
	if name == "" {
		return field.ErrorList{field.Required(path, "the release name prefixes every object name")}
	}
	if errs := validateReleaseLabel(path, name); len(errs) > 0 {
		return errs
	}
	for _, d := range derivedNames {
		n := name + "-" + d.suffix
		msgs := validation.IsDNS1123Label(n)
		switch {
		case d.service:
			msgs = validation.IsDNS1035Label(n)
		case d.subdomain:
			msgs = validation.IsDNS1123Subdomain(n)
		}
		if len(msgs) > 0 {
			origin := "" // a name the API server refuses too
			switch {
			case len(n) > validation.DNS1123LabelMaxLength:
				origin = RuleReleaseNameLength
			case d.service:
				origin = RuleReleaseNameLetter
			}
			return field.ErrorList{field.Invalid(path, name, fmt.Sprintf("derived name %q is not valid: %s", n, strings.Join(msgs, "; "))).WithOrigin(origin)}
		}
	}
	return nil
}

// validateReleaseLabel: the release name is the value of the
// app.kubernetes.io/instance label of every object, so it must be a valid
// label value (Kubernetes: alphanumerics, '-', '_', '.', starting and ending
// with an alphanumeric, at most 63 characters). An empty name means
// DefaultReleaseName.
func validateReleaseLabel(path *field.Path, name string) field.ErrorList {
	var errs field.ErrorList
	for _, msg := range validation.IsValidLabelValue(name) {
		errs = append(errs, field.Invalid(path, name, "is the app.kubernetes.io/instance label of every object: "+msg))
	}
	return errs
}
