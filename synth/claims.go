package synth

import (
	"fmt"
	"strings"

	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// ClaimError lists what two or more releases of a fleet claim that is one
// for the whole cluster, beside the object names CollisionError covers: an
// Ingress host and path of one ingress class (the controller routes it to one
// release only, silently), the routes on a shared Gateway for one hostname
// (the Gateway API gives a path to the oldest route, silently), a node port
// (the API server refuses the second Service).
type ClaimError struct {
	// Claims are one line each: the value path, what is claimed, and the
	// sources of the releases that claim it.
	Claims []string
}

func (e *ClaimError) Error() string {
	what := fmt.Sprintf("%d cluster-wide claims are", len(e.Claims))
	if len(e.Claims) == 1 {
		what = "1 cluster-wide claim is"
	}
	return fmt.Sprintf("%s made by more than one release (give each release its own):\n  %s", what, strings.Join(e.Claims, "\n  "))
}

// claim is one cluster-wide thing a release asks for.
type claim struct {
	key  string // what is claimed, the same text for every release
	path string // the value path in the release's values
}

// releaseClaims lists the cluster-wide claims of one release's values: each
// Ingress host and path (with its ingress class: two classes are two
// controllers), and each fixed node port of a NodePort Service.
func releaseClaims(v *values.Values, namespace string) []claim {
	var out []claim
	if v.Ingress.Enabled {
		hosts := field.NewPath("ingress", "hosts")
		class := v.Ingress.ClassName
		if class == "" {
			class = "(the default class)"
		}
		for i, h := range v.Ingress.Hosts {
			host := h.Host
			if host == "" {
				host = "(any host)"
			}
			for j, p := range h.Paths {
				out = append(out, claim{
					key:  fmt.Sprintf("Ingress host %s path %s (class %s)", host, p.Path, class),
					path: hosts.Index(i).Child("paths").Index(j).String(),
				})
			}
		}
	}
	// An HTTPRoute attached to an existing Gateway (gatewayAPI.parentRefs)
	// matches the same paths in every release (/, /api, /ws, /api/internal),
	// so two on one Gateway listener and hostname collide. A release's own
	// Gateway is its own.
	if v.GatewayAPI.Enabled {
		host := v.GatewayAPI.Hostname
		if host == "" {
			host = "(any host)"
		}
		for i, r := range v.GatewayAPI.ParentRefs {
			ns, kind := r.Namespace, r.Kind
			if ns == "" {
				ns = namespace
			}
			if kind == "" {
				kind = "Gateway"
			}
			at := ns + "/" + r.Name
			if r.SectionName != "" {
				at += " listener " + r.SectionName
			}
			if r.Port != 0 {
				at += fmt.Sprintf(" port %d", r.Port)
			}
			out = append(out, claim{
				key:  fmt.Sprintf("HTTPRoute paths of host %s on %s %s", host, kind, at),
				path: field.NewPath("gatewayAPI", "parentRefs").Index(i).String(),
			})
		}
	}
	for _, s := range []struct {
		path string
		svc  values.ServiceValues
	}{{"api.service.nodePort", v.API.Service}, {"web.service.nodePort", v.Web.Service}} {
		if s.svc.Type != "NodePort" {
			continue
		}
		if n, ok := values.NodePortNumber(s.svc.NodePort); ok {
			out = append(out, claim{key: fmt.Sprintf("node port %d", n), path: s.path})
		}
	}
	return out
}

// checkClaims refuses cluster-wide claims (see ClaimError) that two or more
// releases of a fleet make, naming the value path and both files.
func checkClaims(releases []FleetRelease) error {
	type first struct{ source, path string }
	seen := map[string]first{}
	var found []string
	for _, r := range releases {
		ns := r.Props.Namespace
		if ns == "" && r.Props.ChartProps.Namespace != nil {
			ns = *r.Props.ChartProps.Namespace // a library caller's (OptioChartProps)
		}
		for _, c := range releaseClaims(&r.Props.Values, ns) {
			if f, dup := seen[c.key]; dup {
				found = append(found, fmt.Sprintf("%s: %s (%s) and %s (%s)", c.key, f.source, f.path, r.Source, c.path))
				continue
			}
			seen[c.key] = first{r.Source, c.path}
		}
	}
	if len(found) > 0 {
		return &ClaimError{Claims: found}
	}
	return nil
}
