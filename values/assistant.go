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

// OptioValues configure Optio's operations assistant pod (the `optio` key of
// Optio's chart of today, v0.4.0): the Deployment R-optio, one replica,
// strategy Recreate. Since 2026-03-31 the assistant's chat runs in the API
// (through the Anthropic Messages API); the pod idles (sleep infinity) and
// the API only reports whether it is ready, finding it by its label
// optio.pod-role: optio in the namespace optio. The API runs without it and
// reports the feature off (OPTIO_POD_ENABLED).
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
	// other components). Default: the hardened defaults of the API (UID/GID
	// 1000, non-root, seccomp RuntimeDefault, no privilege escalation, all
	// capabilities dropped) with a read-only root filesystem and a writable
	// /tmp: the 0.4.0 image only idles. Optio's chart gives it a writable
	// root, which images that run the chat inside the pod (built before
	// 2026-03-31) need: set containerSecurityContext.readOnlyRootFilesystem
	// false for those.
	SchedulingValues
}

// defaultOptio returns v0.4.0's defaults of the assistant, hardened.
func defaultOptio() OptioValues {
	s := podDefaults(1000)
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
