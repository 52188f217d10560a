package values

import "k8s.io/apimachinery/pkg/util/validation/field"

// servedValues are the values the API and the web UI share, with their
// path. replicas is the effective count (nil means Kubernetes' 1).
type servedValues struct {
	path         *field.Path
	image        ImageValues
	replicas     int32
	port         int32
	service      ServiceValues
	resources    ResourcesValues
	antiAffinity AntiAffinity
	pdb          PDBValues
	autoscaling  AutoscalingValues
	scheduling   SchedulingValues
}

// served returns the shared values of the API and the web UI.
func (p *Values) served() []servedValues {
	return []servedValues{p.API.served(field.NewPath("api")), p.Web.served(field.NewPath("web"))}
}

// effectiveReplicas is the replica count Kubernetes runs: 1 when unset.
func effectiveReplicas(n *int32) int32 {
	if n == nil {
		return 1
	}
	return *n
}

// validate checks what the API and the web UI share.
func (c servedValues) validate(replicas *int32) field.ErrorList {
	var errs field.ErrorList
	errs = append(errs, validateImage(c.path.Child("image"), c.image, false)...)
	if replicas != nil {
		errs = append(errs, validateReplicas(c.path.Child("replicas"), *replicas)...)
	}
	errs = append(errs, ValidatePort(c.path.Child("port"), c.port)...)
	errs = append(errs, validateService(c.path.Child("service"), c.service)...)
	errs = append(errs, validateResources(c.path.Child("resources"), c.resources)...)
	errs = append(errs, validateEnum(c.path.Child("antiAffinity"), c.antiAffinity, AntiAffinities).WithOrigin(RuleEnums)...)
	errs = append(errs, validatePDB(c.path.Child("pdb"), c.pdb)...)
	errs = append(errs, validateAutoscaling(c.path.Child("autoscaling"), c.autoscaling)...)
	errs = append(errs, validateScheduling(c.path, c.scheduling)...)
	return errs
}
