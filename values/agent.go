package values

import "k8s.io/apimachinery/pkg/util/validation/field"

// AgentValues configure the agent pods the API creates (the Helm chart's "Agent
// containers").
type AgentValues struct {
	// Image of agent pods (OPTIO_AGENT_IMAGE) and the prefix of the preset
	// images. Default: optio-base:latest, pullPolicy Never.
	Image AgentImageValues `json:"image"`
	// ImagePullPolicy applied to agent pods (OPTIO_IMAGE_PULL_POLICY).
	// Default: Never (local development only).
	ImagePullPolicy PullPolicy `json:"imagePullPolicy"`
	// PVC describes each agent pod's PVC.
	PVC AgentPVCValues `json:"pvc"`
	// The 0.4.0 agent runtime (agent_runtime.go).

	// EnvoyProxy is the secret-proxy sidecar of agent pods.
	EnvoyProxy EnvoyProxyValues `json:"envoyProxy"`
	// NodeSelector of the agent pods (OPTIO_AGENT_NODE_SELECTOR, as JSON),
	// e.g. a node pool for agents. Default: none.
	NodeSelector map[string]string `json:"nodeSelector"`
	// Tolerations of the agent pods (OPTIO_AGENT_TOLERATIONS, as JSON).
	// Default: none.
	Tolerations []Toleration `json:"tolerations"`
	// StatefulSet chooses StatefulSets and Jobs or bare pods.
	StatefulSet AgentStatefulSetValues `json:"statefulSet"`
	// Cache configures the per-repository cache directories.
	Cache AgentCacheValues `json:"cache"`
	// RepoInitTimeoutMs is how long an agent pod may take to clone its
	// repository, in milliseconds, at least 1 (OPTIO_REPO_INIT_TIMEOUT_MS);
	// null leaves it to the API (120000). Default: 120000.
	RepoInitTimeoutMs *int64 `json:"repoInitTimeoutMs"`
}

// AgentPVCValues describe the home volume of each agent pod: the 0.4.0 API
// reads OPTIO_HOME_PVC_SIZE and OPTIO_HOME_PVC_STORAGE_CLASS; the
// ConfigMap R-agent-pvc-template and OPTIO_AGENT_PVC_* of the chart are
// read by no image and kept for the chart's sake.
type AgentPVCValues struct {
	// StorageClass of agent PVCs; "" is the cluster default ("-" is refused:
	// the Optio API creates these claims). Default: "".
	StorageClass string `json:"storageClass"`
	// Size of each agent PVC, a quantity. Default: 10Gi.
	Size string `json:"size" values:"quantity"`
	// AccessModes of agent PVCs. Default: [ReadWriteOnce].
	AccessModes []AccessMode `json:"accessModes"`
}

// Validate checks the agent values at path (e.g. "agent").
func (v AgentValues) Validate(path *field.Path) field.ErrorList {
	errs := validateImage(path.Child("image"), v.Image.ImageValues, false)
	errs = append(errs, validateEnum(path.Child("imagePullPolicy"), v.ImagePullPolicy, PullPolicies).WithOrigin(RuleEnums)...)
	// The PVC template is a ConfigMap the API reads at run time: the API
	// server never sees these as a PVC's fields.
	errs = append(errs, validateStorageSize(path.Child("pvc", "size"), v.PVC.Size).WithOrigin(RuleAgentPVC)...)
	errs = append(errs, validateAgentStorageClass(path.Child("pvc", "storageClass"), v.PVC.StorageClass).WithOrigin(RuleAgentPVC)...)
	errs = append(errs, validateAccessModes(path.Child("pvc", "accessModes"), v.PVC.AccessModes).WithOrigin(RuleAgentPVC)...)
	errs = append(errs, v.validateRuntime(path)...) // agent_runtime.go
	return errs
}
