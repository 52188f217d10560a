package values

import "k8s.io/apimachinery/pkg/util/validation/field"

// AgentValues configure the agent pods the API creates (the Helm chart's "Agent
// containers").
type AgentValues struct {
	// Image of agent pods (OPTIO_AGENT_IMAGE). Default: optio-base:latest,
	// pullPolicy Never.
	Image ImageValues `json:"image"`
	// ImagePullPolicy applied to agent pods (OPTIO_IMAGE_PULL_POLICY).
	// Default: Never (local development only).
	ImagePullPolicy PullPolicy `json:"imagePullPolicy"`
	// PVC describes each agent pod's PVC.
	PVC AgentPVCValues `json:"pvc"`
}

// AgentPVCValues describe the PVC of each agent pod (the ConfigMap
// R-agent-pvc-template).
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
	errs := validateImage(path.Child("image"), v.Image, false)
	errs = append(errs, validateEnum(path.Child("imagePullPolicy"), v.ImagePullPolicy, PullPolicies).WithOrigin(RuleEnums)...)
	// The PVC template is a ConfigMap the API reads at run time: the API
	// server never sees these as a PVC's fields.
	errs = append(errs, validateStorageSize(path.Child("pvc", "size"), v.PVC.Size).WithOrigin(RuleAgentPVC)...)
	errs = append(errs, validateAgentStorageClass(path.Child("pvc", "storageClass"), v.PVC.StorageClass).WithOrigin(RuleAgentPVC)...)
	errs = append(errs, validateAccessModes(path.Child("pvc", "accessModes"), v.PVC.AccessModes).WithOrigin(RuleAgentPVC)...)
	return errs
}
