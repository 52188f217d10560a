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
	// Autoscaling configures an HPA (beyond the Helm chart).
	Autoscaling AutoscalingValues `json:"autoscaling"`
	SchedulingValues
}

func (v WebValues) served(path *field.Path) servedValues {
	return servedValues{path, v.Image, effectiveReplicas(v.Replicas), v.Port, v.Service, v.Resources, v.AntiAffinity, v.PDB, v.Autoscaling, v.SchedulingValues}
}

// Validate checks the web UI's values at path (e.g. "web").
func (v WebValues) Validate(path *field.Path) field.ErrorList {
	return v.served(path).validate(v.Replicas)
}
