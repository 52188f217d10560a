package values

import "k8s.io/apimachinery/pkg/util/validation/field"

// APIValues configure the API server (the Helm chart's "API server" values).
type APIValues struct {
	// Image of the API. Default: optio-api:latest, IfNotPresent.
	Image ImageValues `json:"image"`
	// Replicas is the number of API pods; nil omits spec.replicas
	// (Kubernetes default: 1). Ignored while Autoscaling.Enabled.
	// Default: 1.
	Replicas *int32 `json:"replicas"`
	// Port is the container and Service port. Default: 4000.
	Port int32 `json:"port"`
	// Host (beyond the Helm chart) is the address the API listens on, its
	// API_HOST: "0.0.0.0" (IPv4) or "::" (IPv6 and IPv4; set it on an
	// IPv6-only cluster). See APIHosts. Default: 0.0.0.0.
	Host string `json:"host"`
	// Service configures R-api. Default: ClusterIP.
	Service ServiceValues `json:"service"`
	// Resources of the api container. Default: requests 250m/512Mi,
	// limits 1/1Gi.
	Resources ResourcesValues `json:"resources"`
	// Env holds LOG_LEVEL.
	Env APIEnvValues `json:"env"`
	// AntiAffinity is soft (preferred), hard (required) or "" (none), on
	// kubernetes.io/hostname. Default: soft.
	AntiAffinity AntiAffinity `json:"antiAffinity"`
	// PDB configures a PodDisruptionBudget (beyond the Helm chart).
	PDB PDBValues `json:"pdb"`
	// Autoscaling configures an HPA.
	Autoscaling AutoscalingValues `json:"autoscaling"`
	SchedulingValues
}

// APIEnvValues are the API's environment settings of the Helm chart.
type APIEnvValues struct {
	// LogLevel is LOG_LEVEL: debug, info, warn or error; "" omits the
	// variable (Optio then logs at info). Default: info.
	LogLevel LogLevel `json:"LOG_LEVEL" values:"empty"`
}

func (v APIValues) served(path *field.Path) servedValues {
	return servedValues{path, v.Image, effectiveReplicas(v.Replicas), v.Port, v.Service, v.Resources, v.AntiAffinity, v.PDB, v.Autoscaling, v.SchedulingValues}
}

// Validate checks the API's values at path (e.g. "api").
func (v APIValues) Validate(path *field.Path) field.ErrorList {
	errs := v.served(path).validate(v.Replicas)
	errs = append(errs, validateEnum(path.Child("host"), v.Host, APIHosts).WithOrigin(RuleAPIHost)...)
	if v.Env.LogLevel != "" {
		errs = append(errs, validateEnum(path.Child("env", "LOG_LEVEL"), v.Env.LogLevel, LogLevels).WithOrigin(RuleEnums)...)
	}
	return errs
}
