package optio_certmanagerio


// If specified, the pod's resource requirements.
//
// These values override the global resource configuration flags.
// Note that when only specifying resource limits, ensure they are greater than or equal
// to the corresponding global resource requests configured via controller flags
// (--acme-http01-solver-resource-request-cpu, --acme-http01-solver-resource-request-memory).
// Kubernetes will reject pod creation if limits are lower than requests, causing challenge failures.
type IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResources struct {
	// Limits describes the maximum amount of compute resources allowed.
	//
	// More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	Limits *map[string]IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits `field:"optional" json:"limits" yaml:"limits"`
	// Requests describes the minimum amount of compute resources required.
	//
	// If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
	// otherwise to the global values configured via controller flags. Requests cannot exceed Limits.
	// More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	Requests *map[string]IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests `field:"optional" json:"requests" yaml:"requests"`
}

