package loader

import (
	"fmt"
	"strings"

	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// LoadWithWarnings is Load, also returning every warning about the values,
// one line each, starting with the value's path: first the values that are
// set but ignored, which only the user's own values can show (api.replicas
// or web.replicas while autoscaling is enabled: the HorizontalPodAutoscaler
// sets the number of pods), then props.Warnings(). A warning about a value
// that a secret environment variable set names the variable
// ("externalDatabase.url (from OPTIO_EXTERNAL_DATABASE_URL): ..."). The
// warnings are nil when err is not.
func LoadWithWarnings(opts Options) (values.Values, []string, error) {
	props, tree, env, err := load(opts)
	if err != nil {
		return props, nil, err
	}
	w := setButIgnored(tree, props)
	if d := opts.DefaultNamespace; d != "" && opts.Namespace == "" && props.Namespace != d {
		// Documented precedence, but a shared base values file (today's
		// chart's values.yaml sets namespace: optio) silently sends every
		// Application of an ApplicationSet to one namespace.
		w = append(w, fmt.Sprintf("namespace: the values set %q, which wins over %q (Argo CD's destination namespace, ARGOCD_APP_NAMESPACE): the objects go to %q; drop namespace from the values to follow the Application", props.Namespace, d, props.Namespace))
	}
	w = append(w, props.Warnings(ReleaseNameOrDefault(opts.ReleaseName))...)
	return props, fromEnvironment(w, tree, env), nil
}

// load reads every source of opts and returns validated props with the
// user's tree and the environment variables applied: what Load returns, and
// what LoadWithWarnings needs besides. An error about a value that an
// environment variable set names the variable.
func load(opts Options) (values.Values, map[string]interface{}, []envSet, error) {
	tree, env, err := readTree(opts)
	if err != nil {
		return values.Values{}, nil, nil, err
	}
	nsErr := applyNamespace(tree, opts)
	props, err := FromTree(tree, opts.ReleaseName)
	if nsErr != nil {
		ve, _ := err.(*Error)
		if ve == nil {
			ve = &Error{}
		}
		ve.Errors = append(field.ErrorList{nsErr}, ve.Errors...)
		err = ve
	}
	if err != nil {
		return props, nil, nil, errorsFromEnvironment(err, tree, env)
	}
	return props, tree, env, nil
}

// setButIgnored lists the values the user set (in tree, before defaults)
// that props ignore and whose default is not empty: replicas under an HPA,
// an antiAffinity preset beside affinity, postgresql.storage beside an
// existing claim.
func setButIgnored(tree map[string]interface{}, props values.Values) []string {
	var w []string
	for _, c := range []struct {
		component string
		a         values.AutoscalingValues
	}{{"api", props.API.Autoscaling}, {"web", props.Web.Autoscaling}} {
		if v, ok := lookup(tree, c.component, "replicas"); ok && v != nil && c.a.Enabled {
			least := int32(1) // Kubernetes' default minReplicas
			if c.a.MinReplicas != nil {
				least = *c.a.MinReplicas
			}
			w = append(w, fmt.Sprintf("%s.replicas: ignored: %s.autoscaling.enabled is true, so the HorizontalPodAutoscaler sets the number of pods (from minReplicas %d to maxReplicas %d)",
				c.component, c.component, least, c.a.MaxReplicas))
		}
	}
	// affinity replaces the antiAffinity preset (Bitnami's rule for its
	// presets).
	for _, c := range []struct {
		component string
		preset    values.AntiAffinity
		affinity  bool
	}{{"api", props.API.AntiAffinity, values.AffinitySet(props.API.Affinity)}, {"web", props.Web.AntiAffinity, values.AffinitySet(props.Web.Affinity)}} {
		if v, ok := lookup(tree, c.component, "antiAffinity"); ok && v != nil && c.preset != "" && c.affinity {
			w = append(w, fmt.Sprintf("%s.antiAffinity: ignored: %s.affinity is set and replaces the preset (%s) entirely; add a podAntiAffinity term to it to keep spreading the pods",
				c.component, c.component, c.preset))
		}
	}
	// postgresql.persistence.existingClaim: the claim's size and class are
	// its own.
	if v, ok := lookup(tree, "postgresql", "storage"); ok && v != nil && props.Postgresql.Persistence.ExistingClaim != "" {
		w = append(w, fmt.Sprintf("postgresql.storage: ignored: postgresql.persistence.existingClaim names the claim (%s), whose size and storage class are its own",
			props.Postgresql.Persistence.ExistingClaim))
	}
	return w
}

// lookup returns the value at a path of plain keys in a values tree.
func lookup(tree map[string]interface{}, keys ...string) (interface{}, bool) {
	var v interface{} = tree
	for _, k := range keys {
		m, ok := v.(map[string]interface{})
		if !ok {
			return nil, false
		}
		if v, ok = m[k]; !ok {
			return nil, false
		}
	}
	return v, true
}

// fromEnvironment names the environment variable in each warning about a
// value that it set and that no flag overrode.
func fromEnvironment(warnings []string, tree map[string]interface{}, env []envSet) []string {
	for _, e := range env {
		if v, _ := lookup(tree, strings.Split(e.path, ".")...); v != e.value {
			continue // a --set flag replaced it
		}
		for i, w := range warnings {
			if rest, ok := strings.CutPrefix(w, e.path+":"); ok {
				warnings[i] = fmt.Sprintf("%s (from %s):%s", e.path, e.name, rest)
			}
		}
	}
	return warnings
}

// errorsFromEnvironment names the environment variable in each error about
// a value that it set and that no flag overrode: the user never wrote that
// value's path ("externalRedis.url (from OPTIO_EXTERNAL_REDIS_URL): ...").
func errorsFromEnvironment(err error, tree map[string]interface{}, env []envSet) error {
	ve, ok := err.(*Error)
	if !ok {
		return err
	}
	for _, e := range env {
		if v, _ := lookup(tree, strings.Split(e.path, ".")...); v != e.value {
			continue // a --set flag replaced it
		}
		for _, fe := range ve.Errors {
			if fe.Field == e.path {
				fe.Field = fmt.Sprintf("%s (from %s)", e.path, e.name)
			}
		}
	}
	return ve
}
