package values

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/util/validation/field"
)

// InternalPath is the prefix of the API's agent-only endpoints (Optio
// 0.4.0: git credentials, persistent agents). They authenticate agents, not
// users, and must never be reachable from outside the cluster. Every
// Ingress and HTTPRoute this program writes closes it (see
// docs/security.md): the web UI is no way around, since its /api proxy
// forwards every /api path to the API.
const InternalPath = "/api/internal"

// ClosedBackend is the suffix of the Service R-internal-closed: no
// selector, no endpoints. An Ingress path to it is answered by the
// controller itself (503 with ingress-nginx, Traefik, HAProxy, Contour), so
// nothing reaches a pod.
const ClosedBackend = "internal-closed"

// SnippetAnnotations are ingress-nginx's annotations that inject nginx
// configuration; ingress-nginx 1.9 and later refuse them unless its
// allow-snippet-annotations is turned on (and the 2025 advisories made
// that a risk of its own).
var SnippetAnnotations = []string{
	"nginx.ingress.kubernetes.io/server-snippet",
	"nginx.ingress.kubernetes.io/configuration-snippet",
	"nginx.ingress.kubernetes.io/stream-snippet",
	"nginx.ingress.kubernetes.io/auth-snippet",
	"nginx.ingress.kubernetes.io/modsecurity-snippet",
}

// ReachesInternal tells whether an Ingress path of the values would win
// over the closed /api/internal path for some request under it: a path at
// or below /api/internal (an Exact path, or a longer prefix, takes
// precedence over the Prefix /api/internal). Shorter prefixes (/, /api)
// lose to it: the longest matching path wins (Ingress API).
func ReachesInternal(p IngressPath) bool {
	return p.Path == InternalPath || strings.HasPrefix(p.Path, InternalPath+"/")
}

// validateInternalPaths refuses Ingress paths that would send part of
// /api/internal to a pod.
func (v IngressValues) validateInternalPaths(path *field.Path) field.ErrorList {
	var errs field.ErrorList
	for i, h := range v.Hosts {
		for j, pa := range h.Paths {
			if ReachesInternal(pa) {
				errs = append(errs, field.Invalid(path.Child("hosts").Index(i).Child("paths").Index(j).Child("path"), pa.Path,
					fmt.Sprintf("%s is the API's agent-only endpoints, closed on every Ingress (a path to the Service R-%s, which has no endpoints); remove this path", InternalPath, ClosedBackend)).
					WithOrigin(RuleInternalPaths))
			}
		}
	}
	return errs
}

// ingressWarnings warn about snippet annotations given to ingress-nginx.
func (v IngressValues) ingressWarnings() []string {
	if !v.Enabled || !NginxClass(v.ClassName) {
		return nil
	}
	var w []string
	for _, k := range slices.Sorted(maps.Keys(v.Annotations)) {
		if slices.Contains(SnippetAnnotations, k) {
			w = append(w, fmt.Sprintf("ingress.annotations.%s: ingress-nginx 1.9 and later refuse snippet annotations unless allow-snippet-annotations is on (its admission webhook rejects the whole Ingress); %s is closed without one (docs/security.md)", k, InternalPath))
		}
	}
	return w
}
