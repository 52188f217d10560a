package values

import (
	"encoding/json"
	"errors"
	"strconv"

	"github.com/distribution/reference"

	"k8s.io/apimachinery/pkg/util/validation/field"
)

// AgentImageValues are the agents' image (agent.image): the image of a repo
// without a preset, and the prefix that names the preset images.
type AgentImageValues struct {
	ImageValues
	// Prefix names the image of each preset (base, node, python, go, rust,
	// full, dind) as <prefix><preset>:<agent.image.tag>; it becomes
	// OPTIO_AGENT_IMAGE_PREFIX. "" leaves it unset: the API then uses the
	// local images optio-<preset>:latest. Default:
	// ghcr.io/jonwiggins/optio-agent- (v0.4.0).
	Prefix string `json:"prefix"`
}

// EnvoyProxyValues configure the Envoy sidecar the 0.4.0 API adds to agent
// pods whose repository uses the secret proxy (agent.envoyProxy).
type EnvoyProxyValues struct {
	// Image of the sidecar: repository:tag (or repository@digest) becomes
	// OPTIO_ENVOY_IMAGE. The API sets the sidecar's pull policy itself;
	// pullPolicy is accepted as v0.4.0 declares it and reaches nothing.
	// Default: envoyproxy/envoy:v1.31-latest, IfNotPresent.
	Image ImageValues `json:"image"`
}

// AgentStatefulSetValues choose how the 0.4.0 API runs agents
// (agent.statefulSet).
type AgentStatefulSetValues struct {
	// Enabled runs repo pods as StatefulSets with headless Services and
	// workflow pods as Jobs, so that node autoscalers see them
	// (OPTIO_STATEFULSET_ENABLED); false runs bare pods, the only mode of
	// Optio 0.1. The Role grants StatefulSets, Jobs and Service writes only
	// when true. Default: true (v0.4.0).
	Enabled bool `json:"enabled"`
	// TerminationGracePeriodSeconds of the agent pods, at least 0
	// (OPTIO_TERMINATION_GRACE_PERIOD_SECONDS); null leaves it to the API
	// (300). Default: 300.
	TerminationGracePeriodSeconds *int64 `json:"terminationGracePeriodSeconds"`
}

// AgentCacheValues configure the per-repository cache directories, each a
// PersistentVolumeClaim the API creates (agent.cache). Sizes are in GiB.
type AgentCacheValues struct {
	// Enabled is v0.4.0's switch for the feature; no Optio image reads it
	// (the chart's OPTIO_CACHE_ENABLED is not in the code), so it is
	// accepted and has no effect (a warning says so when false).
	// Default: true.
	Enabled bool `json:"enabled"`
	// StorageClass of the cache claims (OPTIO_CACHE_STORAGE_CLASS); "" is
	// the cluster default. Default: "".
	StorageClass string `json:"storageClass"`
	// MaxSizePerDirectoryGi is the largest one cache directory may be, at
	// least 1 (OPTIO_CACHE_MAX_SIZE_PER_DIR_GI); null leaves it to the API
	// (100). Default: 100.
	MaxSizePerDirectoryGi *int64 `json:"maxSizePerDirectoryGi"`
	// MaxSizeTotalGi is the most all cache directories of a repository may
	// take together, at least 1 (OPTIO_CACHE_MAX_SIZE_TOTAL_GI); null
	// leaves it to the API (200). Default: 200.
	MaxSizeTotalGi *int64 `json:"maxSizeTotalGi"`
	// DefaultSizePerDirectoryGi is v0.4.0's default size of a new cache
	// directory; no Optio image reads it, so it is accepted and has no
	// effect (at least 1 when set). Default: 10.
	DefaultSizePerDirectoryGi *int64 `json:"defaultSizePerDirectoryGi"`
}

func defaultEnvoyProxy() EnvoyProxyValues {
	return EnvoyProxyValues{Image: ImageValues{Repository: "envoyproxy/envoy", Tag: "v1.31-latest", PullPolicy: "IfNotPresent"}}
}

func defaultAgentStatefulSet() AgentStatefulSetValues {
	return AgentStatefulSetValues{Enabled: true, TerminationGracePeriodSeconds: ptr[int64](300)}
}

func defaultAgentCache() AgentCacheValues {
	return AgentCacheValues{Enabled: true, MaxSizePerDirectoryGi: ptr[int64](100), MaxSizeTotalGi: ptr[int64](200), DefaultSizePerDirectoryGi: ptr[int64](10)}
}

// validateRuntime checks the values of the 0.4.0 agent runtime at path
// (e.g. "agent"): the image prefix, the Envoy image, the scheduling of
// agent pods, the StatefulSet mode, the cache and the clone timeout.
func (v AgentValues) validateRuntime(path *field.Path) field.ErrorList {
	var errs field.ErrorList
	if p := v.Image.Prefix; p != "" {
		// A prefix plus a preset name must be an image repository.
		named, err := reference.ParseNormalizedNamed(p + "base")
		if err == nil && !reference.IsNameOnly(named) {
			err = errors.New("holds a tag or digest")
		}
		if err != nil {
			errs = append(errs, field.Invalid(path.Child("image", "prefix"), p, "must be the start of an image repository, such as ghcr.io/your-org/optio-agent- (lower case, no tag), to which a preset name (base, node, ...) is added"))
		}
	}
	errs = append(errs, validateScheduling(path, SchedulingValues{NodeSelector: v.NodeSelector, Tolerations: v.Tolerations})...)
	if g := v.StatefulSet.TerminationGracePeriodSeconds; g != nil && *g < 0 {
		errs = append(errs, field.Invalid(path.Child("statefulSet", "terminationGracePeriodSeconds"), *g, "must be greater than or equal to 0"))
	}
	errs = append(errs, validateStorageClass(path.Child("cache", "storageClass"), v.Cache.StorageClass)...)
	for _, n := range []struct {
		name string
		v    *int64
	}{{"maxSizePerDirectoryGi", v.Cache.MaxSizePerDirectoryGi}, {"maxSizeTotalGi", v.Cache.MaxSizeTotalGi}, {"defaultSizePerDirectoryGi", v.Cache.DefaultSizePerDirectoryGi}} {
		if n.v != nil && *n.v < 1 {
			errs = append(errs, field.Invalid(path.Child("cache", n.name), *n.v, "must be at least 1 (GiB)"))
		}
	}
	if t := v.RepoInitTimeoutMs; t != nil && *t < 1 {
		errs = append(errs, field.Invalid(path.Child("repoInitTimeoutMs"), *t, "must be at least 1 (milliseconds; the API refuses anything else)"))
	}
	// All of these reach only the API's environment.
	errs = withDefaultOrigin(errs, RuleAPIEnvironment)
	return append(errs, validateImage(path.Child("envoyProxy", "image"), v.EnvoyProxy.Image, false)...)
}

// runtimeSettings adds the agent runtime's settings of the 0.4.0 API to
// settings: the image prefix and tag, the Envoy image, the StatefulSet mode,
// the agents' node selector and tolerations as JSON, the cache, the clone
// timeout and the home volumes (OPTIO_HOME_PVC_*, from agent.pvc).
func (v AgentValues) runtimeSettings(settings map[string]string) {
	setIf := func(k, val string) {
		if val != "" {
			settings[k] = val
		}
	}
	setInt := func(k string, n *int64) {
		if n != nil {
			settings[k] = strconv.FormatInt(*n, 10)
		}
	}
	setIf("OPTIO_AGENT_IMAGE_PREFIX", v.Image.Prefix)
	if !digestTag(v.Image.Tag) {
		settings["OPTIO_AGENT_IMAGE_TAG"] = v.Image.Tag
	}
	settings["OPTIO_ENVOY_IMAGE"] = v.EnvoyProxy.Image.Reference()
	settings["OPTIO_STATEFULSET_ENABLED"] = strconv.FormatBool(v.StatefulSet.Enabled)
	setInt("OPTIO_TERMINATION_GRACE_PERIOD_SECONDS", v.StatefulSet.TerminationGracePeriodSeconds)
	if len(v.NodeSelector) > 0 {
		settings["OPTIO_AGENT_NODE_SELECTOR"] = mustJSON(v.NodeSelector)
	}
	if len(v.Tolerations) > 0 {
		settings["OPTIO_AGENT_TOLERATIONS"] = mustJSON(v.Tolerations)
	}
	setIf("OPTIO_CACHE_STORAGE_CLASS", v.Cache.StorageClass)
	setInt("OPTIO_CACHE_MAX_SIZE_PER_DIR_GI", v.Cache.MaxSizePerDirectoryGi)
	setInt("OPTIO_CACHE_MAX_SIZE_TOTAL_GI", v.Cache.MaxSizeTotalGi)
	setInt("OPTIO_REPO_INIT_TIMEOUT_MS", v.RepoInitTimeoutMs)
	setIf("OPTIO_HOME_PVC_SIZE", v.PVC.Size)
	setIf("OPTIO_HOME_PVC_STORAGE_CLASS", v.PVC.StorageClass)
}

// mustJSON is encoding/json of v, which cannot fail for the string maps
// and toleration lists given to it.
func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic("values: " + err.Error()) // a programming error
	}
	return string(b)
}
