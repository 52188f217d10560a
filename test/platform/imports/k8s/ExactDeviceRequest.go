package k8s


// ExactDeviceRequest is a request for one or more identical devices.
type ExactDeviceRequest struct {
	// DeviceClassName references a specific DeviceClass, which can define additional configuration and selectors to be inherited by this request.
	//
	// A DeviceClassName is required.
	//
	// Administrators may use this to restrict which devices may get requested by only installing classes with selectors for permitted devices. If users are free to request anything without restrictions, then administrators can create an empty DeviceClass for users to reference.
	DeviceClassName *string `field:"required" json:"deviceClassName" yaml:"deviceClassName"`
	// AdminAccess indicates that this is a claim for administrative access to the device(s).
	//
	// Claims with AdminAccess are expected to be used for monitoring or other management services for a device.  They ignore all ordinary claims to the device with respect to access modes and any resource allocations.
	//
	// Admin access is disabled if this field is unset or set to false, otherwise it is enabled.
	AdminAccess *bool `field:"optional" json:"adminAccess" yaml:"adminAccess"`
	// AllocationMode and its related fields define how devices are allocated to satisfy this request. Supported values are:.
	//
	// - ExactCount: This request is for a specific number of devices.
	// This is the default. The exact number is provided in the
	// count field.
	//
	// - All: This request is for all of the matching devices in a pool.
	// At least one device must exist on the node for the allocation to succeed.
	// Allocation will fail if some devices are already allocated,
	// unless adminAccess is requested.
	//
	// If AllocationMode is not specified, the default mode is ExactCount. If the mode is ExactCount and count is not specified, the default count is one. Any other requests must specify this field.
	//
	// More modes may get added in the future. Clients must refuse to handle requests with unknown modes.
	AllocationMode *string `field:"optional" json:"allocationMode" yaml:"allocationMode"`
	// Capacity define resource requirements against each capacity.
	//
	// If this field is unset and the device supports multiple allocations, the default value will be applied to each capacity according to requestPolicy. For the capacity that has no requestPolicy, default is the full capacity value.
	//
	// Applies to each device allocation. If Count > 1, the request fails if there aren't enough devices that meet the requirements. If AllocationMode is set to All, the request fails if there are devices that otherwise match the request, and have this capacity, with a value >= the requested amount, but which cannot be allocated to this request.
	Capacity *CapacityRequirements `field:"optional" json:"capacity" yaml:"capacity"`
	// Count is used only when the count mode is "ExactCount".
	//
	// Must be greater than zero. If AllocationMode is ExactCount and this field is not specified, the default is one.
	Count *float64 `field:"optional" json:"count" yaml:"count"`
	// DerivedAttributes defines a set of virtual attributes computed via CEL expressions for each candidate device.
	//
	// These virtual attributes can be referenced in `.devices.constraints` to align and match different devices (e.g., co-allocating a GPU and a NIC on the same NUMA node) even if their drivers publish different attributes. Derived attributes are not available via `device.attributes` in the CEL environment when evaluating selector expressions.
	//
	// Derived attributes allow you to extract, transform, or normalize topology information (such as extracting a NUMA index from a complex topology string or renaming a vendor-specific attribute) into a common virtual attribute name at scheduling time. The scheduler then evaluates these virtual attributes exactly like static attributes when matching constraints.
	//
	// Every derived attribute defined in this list must be referenced by at least one MatchAttribute or DistinctAttribute constraint in the `.devices.constraints` list.
	//
	// The maximum number of derived attributes is 32.
	//
	// This is an alpha field and requires enabling the DRADerivedAttributes feature gate.
	DerivedAttributes *[]*DeviceDerivedAttribute `field:"optional" json:"derivedAttributes" yaml:"derivedAttributes"`
	// Selectors define criteria which must be satisfied by a specific device in order for that device to be considered for this request.
	//
	// All selectors must be satisfied for a device to be considered.
	Selectors *[]*DeviceSelector `field:"optional" json:"selectors" yaml:"selectors"`
	// If specified, the request's tolerations.
	//
	// Tolerations for NoSchedule are required to allocate a device which has a taint with that effect. The same applies to NoExecute.
	//
	// In addition, should any of the allocated devices get tainted with NoExecute after allocation and that effect is not tolerated, then all pods consuming the ResourceClaim get deleted to evict them. The scheduler will not let new pods reserve the claim while it has these tainted devices. Once all pods are evicted, the claim will get deallocated.
	//
	// The maximum number of tolerations is 16.
	//
	// This is a beta field and requires enabling the DRADeviceTaints feature gate.
	Tolerations *[]*DeviceToleration `field:"optional" json:"tolerations" yaml:"tolerations"`
}

