package k8s


// IPAddressSpec describe the attributes in an IP Address.
type IpAddressSpec struct {
	// parentRef references the resource that an IPAddress is attached to.
	//
	// An IPAddress must reference a parent object.
	ParentRef *ParentReference `field:"required" json:"parentRef" yaml:"parentRef"`
}

