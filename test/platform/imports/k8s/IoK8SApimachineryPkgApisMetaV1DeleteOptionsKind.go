package k8s


// Kind is a string value representing the REST resource this object represents.
//
// Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
type IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind string

const (
	// DeleteOptions.
	IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind_DELETE_OPTIONS IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind = "DELETE_OPTIONS"
)

