package k8s


// Represents a Glusterfs mount that lasts the lifetime of a pod.
//
// Glusterfs volumes do not support ownership management or SELinux relabeling.
type GlusterfsVolumeSource struct {
	// endpoints is the endpoint name that details Glusterfs topology.
	Endpoints *string `field:"required" json:"endpoints" yaml:"endpoints"`
	// path is the Glusterfs volume path.
	//
	// More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
	Path *string `field:"required" json:"path" yaml:"path"`
	// readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
	//
	// Defaults to false. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
	// Default: false. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
	//
	ReadOnly *bool `field:"optional" json:"readOnly" yaml:"readOnly"`
}

