package values

import "k8s.io/apimachinery/pkg/util/validation/field"

// WebValues configure the web UI (the Helm chart's "Web UI" values).
type WebValues struct {
	// Image of the web UI. Default: optio-web:latest, IfNotPresent.
	Image ImageValues `json:"image"`
	// Replicas is the number of web pods; nil omits spec.replicas
	// (Kubernetes default: 1). Ignored while Autoscaling.Enabled.
	// Default: 1.
	Replicas *int32 `json:"replicas"`
	// Port is the container and Service port. Default: 3000.
	Port int32 `json:"port"`
	// Service configures R-web. Default: ClusterIP.
	Service ServiceValues `json:"service"`
	// Resources of the web container. Default: requests 100m/256Mi,
	// limits 500m/512Mi.
	Resources ResourcesValues `json:"resources"`
	// AntiAffinity as for the API. Default: soft.
	AntiAffinity AntiAffinity `json:"antiAffinity"`
	// PDB configures a PodDisruptionBudget (beyond the Helm chart).
	PDB PDBValues `json:"pdb"`
	// Autoscaling configures an HPA.
	Autoscaling AutoscalingValues `json:"autoscaling"`
	// PublicAPIURL is the API's URL as browsers reach it when it differs
	// from the web UI's origin (PUBLIC_API_URL, for the WebSocket); an
	// http(s) URL. "" derives http://localhost:<api.service.nodePort> when
	// the API is a NodePort Service with a fixed node port (the chart's
	// local setup), and otherwise leaves it unset (same origin, through the
	// Ingress). Read by Optio's chart of today without being declared in
	// its values. Default: "".
	PublicAPIURL string `json:"publicApiUrl"`
	// ListenAddress (beyond the chart) is the address the web server binds
	// (HOSTNAME, which Kubernetes would otherwise set to the pod's name, so
	// that the server listens on the pod IP only and kubectl port-forward
	// is refused): 0.0.0.0, or :: on IPv6-only and dual-stack clusters
	// (as api.host). Default: 0.0.0.0.
	ListenAddress ListenAddress `json:"listenAddress"`
	SchedulingValues
}

func (v WebValues) served(path *field.Path) servedValues {
	return servedValues{path, v.Image, effectiveReplicas(v.Replicas), v.Port, v.Service, v.Resources, v.AntiAffinity, v.PDB, v.Autoscaling, v.SchedulingValues}
}

// Validate checks the web UI's values at path (e.g. "web").
func (v WebValues) Validate(path *field.Path) field.ErrorList {
	errs := v.served(path).validate(v.Replicas)
	return append(errs, v.validateToday(path)...) // chart_today.go
}
