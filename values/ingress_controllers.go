package values

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// ingressControllers are, per ingress class name of a controller other
// than ingress-nginx, what that controller needs for Optio that the output
// does not give by default: checked by ingressControllerWarnings against the
// values. Sources: each controller's documentation (Traefik's Kubernetes
// Ingress provider, HAProxy Kubernetes Ingress Controller, Contour's
// Ingress annotations, Kong Ingress Controller, AWS Load Balancer Controller,
// GKE Ingress).
var ingressControllers = map[string]ingressController{
	"traefik": {name: "Traefik", regexPaths: "matches a path of pathType ImplementationSpecific as a prefix, not a regular expression"},
	"haproxy": {name: "the HAProxy ingress controller", regexPaths: "matches a path of pathType ImplementationSpecific as a prefix unless its path-type annotation says regex"},
	"contour": {name: "Contour", websocketAnnotation: "projectcontour.io/websocket-routes",
		regexPaths: "matches a path of pathType ImplementationSpecific as a prefix, not a regular expression"},
	"kong": {name: "Kong", regexPaths: `takes a path as a regular expression only when it starts with "/~"`},
	"alb":  {name: "the AWS Load Balancer Controller", alb: true},
	"gce":  {name: "GKE Ingress", gce: true}, "gce-internal": {name: "GKE internal Ingress", gce: true},
}

// ingressController is what the warnings know of one controller.
type ingressController struct {
	name string
	// websocketAnnotation, when set, must list the WebSocket paths (/ws):
	// the controller upgrades no connection elsewhere.
	websocketAnnotation string
	// regexPaths says how the controller reads a path with regular
	// expression characters; "" when it needs no warning.
	regexPaths string
	alb, gce   bool
}

// regexChars are the characters that make a path a regular expression to
// ingress-nginx (the chart's controller), which paths written for it carry.
const regexChars = `^$*+?()[]{}|\`

// ingressControllerWarnings returns, when ingress.className names a
// controller other than ingress-nginx that the program knows, what that
// controller needs for Optio and the values do not give: WebSocket routes
// for the API's /ws, ingress-nginx annotations it ignores, paths it reads
// otherwise, load balancer settings.
func (v IngressValues) ingressControllerWarnings() []string {
	c, known := ingressControllers[v.ClassName]
	if !v.Enabled || !known {
		return nil
	}
	var w []string
	warn := func(format string, a ...any) {
		w = append(w, fmt.Sprintf("ingress.className: %s (%q) ", c.name, v.ClassName)+fmt.Sprintf(format, a...))
	}
	var nginx []string
	for _, k := range slices.Sorted(maps.Keys(v.Annotations)) {
		if strings.HasPrefix(k, "nginx.ingress.kubernetes.io/") {
			nginx = append(nginx, k)
		}
	}
	if len(nginx) > 0 {
		warn("ignores the ingress-nginx annotations %s; set that controller's own", strings.Join(nginx, ", "))
	}
	var ws []string
	for i, h := range v.Hosts {
		for j, p := range h.Paths {
			if p.Service == ComponentAPI && strings.HasPrefix(p.Path, "/ws") {
				ws = append(ws, p.Path)
			}
			if c.regexPaths != "" && p.PathType == "ImplementationSpecific" && strings.ContainsAny(p.Path, regexChars) &&
				!(v.ClassName == "kong" && strings.HasPrefix(p.Path, "/~")) {
				warn("%s: ingress.hosts[%d].paths[%d].path %q", c.regexPaths, i, j, p.Path)
			}
		}
	}
	if c.websocketAnnotation != "" && len(ws) > 0 {
		listed := strings.Split(v.Annotations[c.websocketAnnotation], ",")
		for i := range listed {
			listed[i] = strings.TrimSpace(listed[i])
		}
		for _, p := range ws {
			if !slices.Contains(listed, p) {
				warn("upgrades WebSocket connections only on the paths that ingress.annotations[%s] lists: add %s (the API's live updates)", c.websocketAnnotation, p)
			}
		}
	}
	if c.alb {
		if v.Annotations["alb.ingress.kubernetes.io/target-type"] != "ip" {
			warn(`sends traffic to node ports by default (target-type instance), which ClusterIP Services do not have: set ingress.annotations[alb.ingress.kubernetes.io/target-type] to "ip"`)
		}
		if _, ok := v.Annotations["alb.ingress.kubernetes.io/scheme"]; !ok {
			warn(`makes an internal load balancer by default: set ingress.annotations[alb.ingress.kubernetes.io/scheme] to "internet-facing" for a public one`)
		}
		if len(v.TLS) > 0 || v.CertManager.Enabled {
			warn("does not serve the certificates of Kubernetes TLS Secrets (ingress.tls, cert-manager): it takes them from ACM (alb.ingress.kubernetes.io/certificate-arn, or discovery by host)")
		}
		if _, ok := v.Annotations["alb.ingress.kubernetes.io/load-balancer-attributes"]; !ok && len(ws) > 0 {
			warn("closes idle connections after 60 s, WebSockets (/ws) included: raise idle_timeout.timeout_seconds in ingress.annotations[alb.ingress.kubernetes.io/load-balancer-attributes]")
		}
	}
	if c.gce {
		if len(ws) > 0 {
			warn("closes WebSocket connections (/ws) after the backend service timeout, 30 s by default: attach a BackendConfig with a longer timeoutSec to the API Service (annotation cloud.google.com/backend-config), which this program does not create")
		}
		for i, h := range v.Hosts {
			for j, p := range h.Paths {
				if p.PathType == "ImplementationSpecific" && p.Path != "/" && !strings.HasSuffix(p.Path, "/*") {
					warn("matches a path of pathType ImplementationSpecific exactly unless it ends in /*: ingress.hosts[%d].paths[%d].path %q (or use pathType Prefix)", i, j, p.Path)
				}
			}
		}
	}
	return w
}
