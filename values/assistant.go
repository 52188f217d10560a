package values

import (
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// AssistantPodRoleLabel is the pod label by which the Optio 0.4.0 API finds
// the assistant's pod (it executes the assistant's sessions in it); its
// value is AssistantPodRole.
const (
	AssistantPodRoleLabel = "optio.pod-role"
	AssistantPodRole      = "optio"
)

// OptioValues configure Optio's operations assistant (the `optio` key of
// Optio's chart of today, v0.4.0): one always-on pod that runs the
// conversational assistant, which the API executes commands in and which
// calls the API over HTTP. The Deployment R-optio has one replica and the
// Recreate strategy. The API runs without it and reports the feature off
// (OPTIO_POD_ENABLED).
type OptioValues struct {
	// Enabled creates the Deployment R-optio and sets OPTIO_POD_ENABLED on
	// the API. Default: true (v0.4.0).
	Enabled bool `json:"enabled"`
	// Image of the assistant. Default:
	// ghcr.io/jonwiggins/optio-optio:latest, IfNotPresent (v0.4.0).
	Image ImageValues `json:"image"`
	// Resources of the optio container. Default: requests 100m/256Mi,
	// limits 500m/512Mi (v0.4.0).
	Resources ResourcesValues `json:"resources"`
	// SchedulingValues are the pod's security and scheduling knobs
	// (nodeSelector is v0.4.0's; the others are this project's, as on the
	// other components). Default: UID/GID 1000, non-root, seccomp
	// RuntimeDefault, no privilege escalation, all capabilities dropped,
	// and a writable root filesystem: the assistant's tools (Claude Code,
	// npm) write under the home directory and elsewhere in the image.
	SchedulingValues
}

// defaultOptio returns v0.4.0's defaults of the assistant.
func defaultOptio() OptioValues {
	s := podDefaults(1000)
	s.ContainerSecurityContext.ReadOnlyRootFilesystem = ptr(false)
	return OptioValues{
		Enabled:          true,
		Image:            ImageValues{Repository: "ghcr.io/jonwiggins/optio-optio", Tag: "latest", PullPolicy: "IfNotPresent"},
		Resources:        resources("100m", "256Mi", "500m", "512Mi"),
		SchedulingValues: s,
	}
}

// Validate checks the assistant's values at path (e.g. "optio"), whether or
// not it is enabled: a bad value fails now, not on the day it is turned on.
func (v OptioValues) Validate(path *field.Path) field.ErrorList {
	errs := validateImage(path.Child("image"), v.Image, false)
	errs = append(errs, validateResources(path.Child("resources"), v.Resources)...)
	errs = append(errs, validateScheduling(path, v.SchedulingValues)...)
	return errs
}
