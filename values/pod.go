package values

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	corev1 "k8s.io/api/core/v1"
	apivalidation "k8s.io/apimachinery/pkg/api/validation"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	metav1validation "k8s.io/apimachinery/pkg/apis/meta/v1/validation"
	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// The pod knobs of SchedulingValues (podAnnotations, podLabels,
// priorityClassName, affinity, topologySpreadConstraints, extraEnvVars) and
// commonLabels. The Kubernetes-typed ones (k8s.io/api/core/v1) are checked
// by the rules of the API server of Kubernetes 1.37
// (pkg/apis/core/validation), rebuilt on apimachinery's validators, so that
// what Validate accepts the server accepts: a refusal at apply time would
// leave a release half-applied.

// ConfigChecksumAnnotation is the annotation of the API's pod template that
// holds the checksum of its configuration (a change rolls the pods).
const ConfigChecksumAnnotation = "checksum/config"

// KubernetesType tells whether t is a type of the Kubernetes API
// (k8s.io/api/...), which the values take as Kubernetes writes it: the
// schema, the values reference and the differential tester treat such a
// value as one whole.
func KubernetesType(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	return strings.HasPrefix(t.PkgPath(), "k8s.io/api/")
}

// ReservedLabel tells whether the release sets the label key itself on its
// objects or pods: the Kubernetes recommended labels (app.kubernetes.io/*),
// the Helm chart's app, ReleaseNamespaceLabel and the assistant's
// AssistantPodRoleLabel. commonLabels and podLabels cannot set it: the
// selectors, the prune command and Optio's lookup of the assistant rely
// on its value.
func ReservedLabel(key string) bool {
	return strings.HasPrefix(key, "app.kubernetes.io/") || key == AppLabel ||
		key == ReleaseNamespaceLabel || key == AssistantPodRoleLabel
}

// validateExtraLabels checks labels added by the values (commonLabels,
// podLabels): keys and values as Kubernetes validates labels, and no key
// the release sets (ReservedLabel; rule labels-reserved).
func validateExtraLabels(path *field.Path, labels map[string]string) field.ErrorList {
	errs := metav1validation.ValidateLabels(labels, path)
	for _, k := range slices.Sorted(maps.Keys(labels)) {
		if ReservedLabel(k) {
			errs = append(errs, field.Forbidden(path.Key(QuoteKey(k)), "set by the release itself (the selectors, the prune command and the recommended labels rely on it)").WithOrigin(RuleLabelsReserved))
		}
	}
	return errs
}

// validatePodKnobs checks the pod knobs of a component at path.
func validatePodKnobs(path *field.Path, s SchedulingValues) field.ErrorList {
	errs := validateExtraLabels(path.Child("podLabels"), s.PodLabels)
	errs = append(errs, apivalidation.ValidateAnnotations(s.PodAnnotations, path.Child("podAnnotations"))...)
	if _, ok := s.PodAnnotations[ConfigChecksumAnnotation]; ok {
		errs = append(errs, field.Forbidden(path.Child("podAnnotations").Key(ConfigChecksumAnnotation), "set by the release itself on the API's pods (a change of the configuration rolls them)").WithOrigin(RuleLabelsReserved))
	}
	if s.PriorityClassName != "" {
		for _, msg := range validation.IsDNS1123Subdomain(s.PriorityClassName) {
			errs = append(errs, field.Invalid(path.Child("priorityClassName"), s.PriorityClassName, msg))
		}
	}
	errs = append(errs, validateAffinity(path.Child("affinity"), s.Affinity)...)
	errs = append(errs, validateTopologySpread(path.Child("topologySpreadConstraints"), s.TopologySpreadConstraints)...)
	errs = append(errs, validateEnv(path.Child("extraEnvVars"), s.ExtraEnvVars)...)
	return errs
}

// AffinitySet tells whether an affinity value is set (not {}): it then
// replaces the antiAffinity preset.
func AffinitySet(a corev1.Affinity) bool {
	return a.NodeAffinity != nil || a.PodAffinity != nil || a.PodAntiAffinity != nil
}

// EffectiveAntiAffinity is the antiAffinity preset in force: none when the
// affinity value is set (it replaces the preset), else preset.
func EffectiveAntiAffinity(preset AntiAffinity, a corev1.Affinity) AntiAffinity {
	if AffinitySet(a) {
		return ""
	}
	return preset
}

// RequiredPodAntiAffinity tells whether the pods of a component with this
// preset and affinity value need a node of their own during a rollout: the
// preset hard, or an affinity value with a required pod anti-affinity term
// (a surge pod may then find no node, so the rollout replaces pods in
// place).
func RequiredPodAntiAffinity(preset AntiAffinity, a corev1.Affinity) bool {
	if AffinitySet(a) {
		return a.PodAntiAffinity != nil && len(a.PodAntiAffinity.RequiredDuringSchedulingIgnoredDuringExecution) > 0
	}
	return preset == "hard"
}

// validateAffinity holds the API server's rules on a pod's affinity.
func validateAffinity(path *field.Path, a corev1.Affinity) field.ErrorList {
	var errs field.ErrorList
	if na := a.NodeAffinity; na != nil {
		np := path.Child("nodeAffinity")
		if req := na.RequiredDuringSchedulingIgnoredDuringExecution; req != nil {
			rp := np.Child("requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms")
			if len(req.NodeSelectorTerms) == 0 {
				errs = append(errs, field.Required(rp, "must have at least one node selector term"))
			}
			for i, t := range req.NodeSelectorTerms {
				errs = append(errs, validateNodeSelectorTerm(rp.Index(i), t, true)...)
			}
		}
		for i, t := range na.PreferredDuringSchedulingIgnoredDuringExecution {
			tp := np.Child("preferredDuringSchedulingIgnoredDuringExecution").Index(i)
			errs = append(errs, validateWeight(tp.Child("weight"), t.Weight)...)
			// The server takes any label value in a preferred term.
			errs = append(errs, validateNodeSelectorTerm(tp.Child("preference"), t.Preference, false)...)
		}
	}
	for _, pa := range []struct {
		name      string
		required  []corev1.PodAffinityTerm
		preferred []corev1.WeightedPodAffinityTerm
	}{
		{"podAffinity", podAffinityRequired(a.PodAffinity), podAffinityPreferred(a.PodAffinity)},
		{"podAntiAffinity", podAntiAffinityRequired(a.PodAntiAffinity), podAntiAffinityPreferred(a.PodAntiAffinity)},
	} {
		pp := path.Child(pa.name)
		for i, t := range pa.required {
			errs = append(errs, validatePodAffinityTerm(pp.Child("requiredDuringSchedulingIgnoredDuringExecution").Index(i), t)...)
		}
		for i, t := range pa.preferred {
			tp := pp.Child("preferredDuringSchedulingIgnoredDuringExecution").Index(i)
			errs = append(errs, validateWeight(tp.Child("weight"), t.Weight)...)
			errs = append(errs, validatePodAffinityTerm(tp.Child("podAffinityTerm"), t.PodAffinityTerm)...)
		}
	}
	return errs
}

func podAffinityRequired(p *corev1.PodAffinity) []corev1.PodAffinityTerm {
	if p == nil {
		return nil
	}
	return p.RequiredDuringSchedulingIgnoredDuringExecution
}

func podAffinityPreferred(p *corev1.PodAffinity) []corev1.WeightedPodAffinityTerm {
	if p == nil {
		return nil
	}
	return p.PreferredDuringSchedulingIgnoredDuringExecution
}

func podAntiAffinityRequired(p *corev1.PodAntiAffinity) []corev1.PodAffinityTerm {
	if p == nil {
		return nil
	}
	return p.RequiredDuringSchedulingIgnoredDuringExecution
}

func podAntiAffinityPreferred(p *corev1.PodAntiAffinity) []corev1.WeightedPodAffinityTerm {
	if p == nil {
		return nil
	}
	return p.PreferredDuringSchedulingIgnoredDuringExecution
}

func validateWeight(path *field.Path, w int32) field.ErrorList {
	if w <= 0 || w > 100 {
		return field.ErrorList{field.Invalid(path, w, "must be in the range 1-100")}
	}
	return nil
}

// NodeSelectorOperators are the operators of a node selector requirement
// (Kubernetes).
var NodeSelectorOperators = []string{"In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"}

// validateNodeSelectorTerm: label values are checked in required terms
// only, as the server does.
func validateNodeSelectorTerm(path *field.Path, t corev1.NodeSelectorTerm, labelValues bool) field.ErrorList {
	var errs field.ErrorList
	for i, r := range t.MatchExpressions {
		rp := path.Child("matchExpressions").Index(i)
		vp := rp.Child("values")
		switch r.Operator {
		case corev1.NodeSelectorOpIn, corev1.NodeSelectorOpNotIn:
			if len(r.Values) == 0 {
				errs = append(errs, field.Required(vp, "must be specified when `operator` is 'In' or 'NotIn'"))
			}
		case corev1.NodeSelectorOpExists, corev1.NodeSelectorOpDoesNotExist:
			if len(r.Values) > 0 {
				errs = append(errs, field.Forbidden(vp, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"))
			}
		case corev1.NodeSelectorOpGt, corev1.NodeSelectorOpLt:
			if len(r.Values) != 1 {
				errs = append(errs, field.Required(vp, "must be specified single value when `operator` is 'Lt' or 'Gt'"))
			}
		default:
			errs = append(errs, field.NotSupported(rp.Child("operator"), r.Operator, NodeSelectorOperators))
		}
		errs = append(errs, metav1validation.ValidateLabelName(r.Key, rp.Child("key"))...)
		if labelValues {
			for j, v := range r.Values {
				for _, msg := range validation.IsValidLabelValue(v) {
					errs = append(errs, field.Invalid(vp.Index(j), v, msg))
				}
			}
		}
	}
	for i, r := range t.MatchFields {
		rp := path.Child("matchFields").Index(i)
		switch r.Operator {
		case corev1.NodeSelectorOpIn, corev1.NodeSelectorOpNotIn:
			if len(r.Values) != 1 {
				errs = append(errs, field.Required(rp.Child("values"), "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"))
			}
		default:
			errs = append(errs, field.NotSupported(rp.Child("operator"), r.Operator, []string{"In", "NotIn"}))
		}
		if r.Key != metav1.ObjectNameField {
			errs = append(errs, field.NotSupported(rp.Child("key"), r.Key, []string{metav1.ObjectNameField}))
			continue
		}
		for j, v := range r.Values {
			for _, msg := range validation.IsDNS1123Subdomain(v) {
				errs = append(errs, field.Invalid(rp.Child("values").Index(j), v, msg))
			}
		}
	}
	return errs
}

func validatePodAffinityTerm(path *field.Path, t corev1.PodAffinityTerm) field.ErrorList {
	opts := metav1validation.LabelSelectorValidationOptions{}
	errs := metav1validation.ValidateLabelSelector(t.LabelSelector, opts, path.Child("labelSelector"))
	errs = append(errs, metav1validation.ValidateLabelSelector(t.NamespaceSelector, opts, path.Child("namespaceSelector"))...)
	for i, ns := range t.Namespaces {
		for _, msg := range validation.IsDNS1123Label(ns) {
			errs = append(errs, field.Invalid(path.Child("namespaces").Index(i), ns, msg))
		}
	}
	for name, keys := range map[string][]string{"matchLabelKeys": t.MatchLabelKeys, "mismatchLabelKeys": t.MismatchLabelKeys} {
		if len(keys) > 0 {
			errs = append(errs, field.Forbidden(path.Child(name), "cannot be written: cdk8s writes objects through the bindings of Kubernetes 1.28, which lack it and would drop it").WithOrigin(RuleBindingFields))
		}
	}
	if t.TopologyKey == "" {
		errs = append(errs, field.Required(path.Child("topologyKey"), "can not be empty"))
	} else {
		errs = append(errs, metav1validation.ValidateLabelName(t.TopologyKey, path.Child("topologyKey"))...)
	}
	return errs
}

// validateMatchLabelKeys checks a topology spread constraint's
// matchLabelKeys as the server of 1.37 does (MatchLabelKeysInPodTopologySpreadSelectorMerge):
// label names, only beside a labelSelector, and a key is refused only
// when the selector names it twice (in matchLabels and a matchExpression,
// or in two matchExpressions), as the server finds it after merging.
func validateMatchLabelKeys(path *field.Path, keys []string, sel *metav1.LabelSelector) field.ErrorList {
	if len(keys) == 0 {
		return nil
	}
	if sel == nil {
		return field.ErrorList{field.Forbidden(path, "must not be specified when labelSelector is not set")}
	}
	var errs field.ErrorList
	for i, k := range keys {
		errs = append(errs, metav1validation.ValidateLabelName(k, path.Index(i))...)
	}
	index := map[string]int{}
	for i, k := range keys {
		index[k] = i
	}
	seen := map[string]bool{}
	for k := range sel.MatchLabels {
		seen[k] = true
	}
	for _, r := range sel.MatchExpressions {
		if i, ok := index[r.Key]; ok && seen[r.Key] {
			errs = append(errs, field.Invalid(path.Index(i), r.Key, "exists in both matchLabelKeys and labelSelector"))
		}
		seen[r.Key] = true
	}
	return errs
}

// Enumerations of topology spread constraints (Kubernetes).
var (
	WhenUnsatisfiableActions = []string{"DoNotSchedule", "ScheduleAnyway"}
	NodeInclusionPolicies    = []string{"Honor", "Ignore"}
)

// validateTopologySpread holds the API server's rules on topology spread
// constraints.
func validateTopologySpread(path *field.Path, cs []corev1.TopologySpreadConstraint) field.ErrorList {
	var errs field.ErrorList
	for i, c := range cs {
		cp := path.Index(i)
		if c.MaxSkew <= 0 {
			errs = append(errs, field.Invalid(cp.Child("maxSkew"), c.MaxSkew, "must be greater than zero"))
		}
		if c.TopologyKey == "" {
			errs = append(errs, field.Required(cp.Child("topologyKey"), "can not be empty"))
		}
		errs = append(errs, validateEnum(cp.Child("whenUnsatisfiable"), c.WhenUnsatisfiable, WhenUnsatisfiableActions)...)
		for _, o := range cs[i+1:] {
			if o.TopologyKey == c.TopologyKey && o.WhenUnsatisfiable == c.WhenUnsatisfiable {
				errs = append(errs, field.Duplicate(cp.Child("{topologyKey, whenUnsatisfiable}"), fmt.Sprintf("{%v, %v}", c.TopologyKey, c.WhenUnsatisfiable)))
				break
			}
		}
		if m := c.MinDomains; m != nil {
			if *m <= 0 {
				errs = append(errs, field.Invalid(cp.Child("minDomains"), *m, "must be greater than zero"))
			}
			if c.WhenUnsatisfiable != corev1.DoNotSchedule {
				errs = append(errs, field.Invalid(cp.Child("minDomains"), *m, fmt.Sprintf("can only use minDomains if whenUnsatisfiable=DoNotSchedule, not %s", c.WhenUnsatisfiable)))
			}
		}
		if p := c.NodeAffinityPolicy; p != nil {
			errs = append(errs, validateEnum(cp.Child("nodeAffinityPolicy"), *p, NodeInclusionPolicies)...)
		}
		if p := c.NodeTaintsPolicy; p != nil {
			errs = append(errs, validateEnum(cp.Child("nodeTaintsPolicy"), *p, NodeInclusionPolicies)...)
		}
		errs = append(errs, validateMatchLabelKeys(cp.Child("matchLabelKeys"), c.MatchLabelKeys, c.LabelSelector)...)
		errs = append(errs, metav1validation.ValidateLabelSelector(c.LabelSelector, metav1validation.LabelSelectorValidationOptions{}, cp.Child("labelSelector"))...)
	}
	return errs
}

// envFieldPaths are the pod fields an environment variable may read
// (fieldRef.fieldPath, Kubernetes), besides metadata.labels['KEY'] and
// metadata.annotations['KEY'].
var envFieldPaths = []string{
	"metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName",
	"status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs",
}

// envResources are the resources resourceFieldRef may read (Kubernetes),
// besides requests.hugepages-* and limits.hugepages-*.
var envResources = []string{
	"limits.cpu", "limits.memory", "limits.ephemeral-storage",
	"requests.cpu", "requests.memory", "requests.ephemeral-storage",
}

var (
	cpuDivisors  = []string{"1m", "1"}
	byteDivisors = []string{"1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei"}
)

// validateEnv holds the API server's rules on a container's env. Values
// (which may be tokens) are never shown: errors carry no bad value but a
// name, a key or a field path.
func validateEnv(path *field.Path, env []corev1.EnvVar) field.ErrorList {
	var errs field.ErrorList
	seen := map[string]bool{}
	for i, e := range env {
		ep := path.Index(i)
		if e.Name == "" {
			errs = append(errs, field.Required(ep.Child("name"), ""))
		}
		if e.Name != "" && seen[e.Name] {
			// env is a list keyed by name: server-side apply refuses
			// two entries of one name.
			errs = append(errs, field.Duplicate(ep.Child("name"), e.Name))
		}
		seen[e.Name] = true
		for _, msg := range validation.IsRelaxedEnvVarName(e.Name) {
			if e.Name != "" {
				errs = append(errs, field.Invalid(ep.Child("name"), e.Name, msg))
			}
		}
		vf := e.ValueFrom
		if vf == nil {
			continue
		}
		fp := ep.Child("valueFrom")
		n := 0
		if r := vf.FieldRef; r != nil {
			n++
			errs = append(errs, validateEnvFieldRef(fp.Child("fieldRef"), r)...)
		}
		if r := vf.ResourceFieldRef; r != nil {
			n++
			rp := fp.Child("resourceFieldRef")
			hugepages := strings.HasPrefix(r.Resource, "requests.hugepages-") || strings.HasPrefix(r.Resource, "limits.hugepages-")
			switch {
			case r.Resource == "":
				errs = append(errs, field.Required(rp.Child("resource"), ""))
			case !slices.Contains(envResources, r.Resource) && !hugepages:
				errs = append(errs, field.NotSupported(rp.Child("resource"), r.Resource, envResources))
			}
			if !r.Divisor.IsZero() {
				allowed := byteDivisors
				if strings.HasSuffix(r.Resource, ".cpu") {
					allowed = cpuDivisors
				}
				if (strings.HasSuffix(r.Resource, ".cpu") || strings.HasSuffix(r.Resource, "memory") || strings.HasSuffix(r.Resource, "ephemeral-storage") || hugepages) && !slices.Contains(allowed, r.Divisor.String()) {
					errs = append(errs, field.NotSupported(rp.Child("divisor"), r.Divisor.String(), allowed))
				}
			}
		}
		if r := vf.ConfigMapKeyRef; r != nil {
			n++
			errs = append(errs, validateKeyRef(fp.Child("configMapKeyRef"), r.Name, r.Key)...)
		}
		if r := vf.SecretKeyRef; r != nil {
			n++
			errs = append(errs, validateKeyRef(fp.Child("secretKeyRef"), r.Name, r.Key)...)
		}
		if vf.FileKeyRef != nil {
			n++
			// A file of a volume: the release's pods have no volume of the
			// user's to read it from.
			errs = append(errs, field.Forbidden(fp.Child("fileKeyRef"), "reads a file of a volume of the pod, and the release's pods have none of yours: use secretKeyRef or configMapKeyRef").WithOrigin(RuleExtraEnv))
		}
		switch {
		case n == 0:
			errs = append(errs, field.Invalid(fp, "", "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef`, `secretKeyRef` or `fileKeyRef`"))
		case e.Value != "":
			errs = append(errs, field.Invalid(fp, "", "may not be specified when `value` is not empty"))
		case n > 1:
			errs = append(errs, field.Invalid(fp, "", "may not have more than one field specified at a time"))
		}
	}
	return errs
}

func validateEnvFieldRef(path *field.Path, r *corev1.ObjectFieldSelector) field.ErrorList {
	if r.APIVersion != "" && r.APIVersion != "v1" {
		return field.ErrorList{field.Invalid(path.Child("fieldPath"), r.FieldPath, fmt.Sprintf("error converting fieldPath: unsupported pod version: %s", r.APIVersion))}
	}
	if r.FieldPath == "" {
		return field.ErrorList{field.Required(path.Child("fieldPath"), "")}
	}
	if p, sub, ok := subscripted(r.FieldPath); ok {
		switch p {
		case "metadata.labels":
			return metav1validation.ValidateLabelName(sub, path)
		case "metadata.annotations":
			return metav1validation.ValidateLabelName(strings.ToLower(sub), path)
		}
		return field.ErrorList{field.Invalid(path.Child("fieldPath"), r.FieldPath, "error converting fieldPath: field label not supported")}
	}
	if !slices.Contains(envFieldPaths, r.FieldPath) {
		return field.ErrorList{field.NotSupported(path.Child("fieldPath"), r.FieldPath, envFieldPaths)}
	}
	return nil
}

// subscripted splits a field path of the form path['key'].
func subscripted(fp string) (path, key string, ok bool) {
	if !strings.HasSuffix(fp, "']") {
		return "", "", false
	}
	i := strings.Index(fp, "['")
	if i < 0 {
		return "", "", false
	}
	return fp[:i], fp[i+2 : len(fp)-2], true
}

// validateKeyRef checks a secretKeyRef or configMapKeyRef: the name of an
// object (the server checks it in env, unlike in a volume) and a key.
func validateKeyRef(path *field.Path, name, key string) field.ErrorList {
	var errs field.ErrorList
	for _, msg := range validation.IsDNS1123Subdomain(name) {
		errs = append(errs, field.Invalid(path.Child("name"), name, msg))
	}
	if key == "" {
		errs = append(errs, field.Required(path.Child("key"), ""))
	}
	for _, msg := range validation.IsConfigMapKey(key) {
		if key != "" {
			errs = append(errs, field.Invalid(path.Child("key"), key, msg))
		}
	}
	return errs
}

// reservedEnv are the environment variables the release sets in each
// component's main container, by values path; the API's also holds every
// key of R-config (APIEnvironment) and of existingSecret (SecretKeys). The
// constructs' tests check that every variable they write is listed.
var reservedEnv = map[string][]string{
	"api": {"API_PORT", "API_HOST", "NODE_ENV", "LOG_LEVEL", "OPTIO_API_INTERNAL_URL", "OPTIO_NAMESPACE",
		"OPTIO_SERVICE_ACCOUNT_NAME", KeyRedisPassword},
	"web": {"NEXT_PUBLIC_API_URL", "NEXT_PUBLIC_WS_URL", "INTERNAL_API_URL", "OPTIO_AUTH_DISABLED", "PORT",
		"HOSTNAME", "PUBLIC_URL", "PUBLIC_API_URL"},
	"optio":      {"OPTIO_API_URL", "OPTIO_POD_ROLE"},
	"postgresql": {"POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_HOST_AUTH_METHOD", "PGDATA"},
	"redis":      {KeyRedisPassword, "REDISCLI_AUTH"},
}

// ReservedEnv lists the environment variables the release sets in the main
// container of the component at values path component (api, web, optio,
// postgresql, redis), which its extraEnvVars cannot set. Sorted.
func (p *Values) ReservedEnv(component string) []string {
	names := map[string]bool{}
	for _, n := range reservedEnv[component] {
		names[n] = true
	}
	if component == "api" {
		settings, secrets := p.APIEnvironment(DefaultReleaseName)
		required, optional := p.SecretKeys()
		for _, m := range []map[string]string{settings, secrets} {
			for k := range m {
				names[k] = true
			}
		}
		for _, k := range append(required, optional...) {
			names[k] = true
		}
	}
	return slices.Sorted(maps.Keys(names))
}

// validateReservedEnv refuses an extraEnvVars name the release sets in that
// container (rule extra-env): Kubernetes takes the last of two
// variables of one name, so ours would be silently replaced.
func (p *Values) validateReservedEnv() field.ErrorList {
	var errs field.ErrorList
	for _, c := range []struct {
		path string
		env  []corev1.EnvVar
	}{
		{"api", p.API.ExtraEnvVars}, {"web", p.Web.ExtraEnvVars}, {"optio", p.Optio.ExtraEnvVars},
		{"postgresql", p.Postgresql.ExtraEnvVars}, {"redis", p.Redis.ExtraEnvVars},
	} {
		reserved := p.ReservedEnv(c.path)
		for i, e := range c.env {
			if slices.Contains(reserved, e.Name) {
				errs = append(errs, field.Forbidden(field.NewPath(c.path, "extraEnvVars").Index(i).Child("name"),
					fmt.Sprintf("%s is set by the release itself in this container; an extra variable of that name would replace it (set the value it comes from instead)", e.Name)).WithOrigin(RuleExtraEnv))
			}
		}
	}
	return errs
}
