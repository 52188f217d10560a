package values

import (
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// StorageClassNone is Bitnami's way to write storageClassName: "" in a
// storage class value: "-" asks for no storage class at all, so that the
// claim binds only to a pre-provisioned PersistentVolume without a class
// (static provisioning), where "" leaves storageClassName out and the
// cluster's default class provisions a volume.
const StorageClassNone = "-"

// StorageClassName returns the storageClassName a storage class value
// writes: set is false for "" (the field is left out: the cluster default
// class), and name is "" for StorageClassNone.
func StorageClassName(v string) (name string, set bool) {
	switch v {
	case "":
		return "", false
	case StorageClassNone:
		return "", true
	}
	return v, true
}

// validateStorageClass checks a storage class value of a claim this program
// writes: "", StorageClassNone or a storage class name.
func validateStorageClass(path *field.Path, v string) field.ErrorList {
	if v == "" || v == StorageClassNone {
		return nil
	}
	return ValidateObjectName(path, v)
}

// validateAgentStorageClass checks a storage class value that the Optio API
// reads to create agent volumes itself: the API sets storageClassName only
// when the value is not empty (apps/api, Optio 0.4.0), so
// StorageClassNone would reach Kubernetes as the class "-", which no class
// can be named.
func validateAgentStorageClass(path *field.Path, v string) field.ErrorList {
	if v == StorageClassNone {
		return field.ErrorList{field.Invalid(path, v, `the Optio API creates these volumes and writes storageClassName only when this value is set, so "-" (no class) cannot reach them; name a storage class, or "" for the cluster default`).WithOrigin(RuleAgentPVC)}
	}
	return validateStorageClass(path, v)
}

// APIHosts are the addresses api.host may name: "0.0.0.0" listens on every
// IPv4 address of the pod (Node.js), "::" on every IPv6 address and, through
// IPv4-mapped addresses, every IPv4 one (dual-stack; the one that works on
// an IPv6-only cluster). A pod IP is not known when the manifests are
// written, and a loopback address would hide the API from its probes and
// Service, so nothing else.
var APIHosts = []string{"0.0.0.0", "::"}

// DefaultAPIHost is api.host's default: the Helm chart's API_HOST, IPv4 only.
// It stays the default because "::" fails in pods whose kernel has IPv6
// turned off (ipv6.disable=1), which an IPv4 cluster may have.
const DefaultAPIHost = "0.0.0.0"
