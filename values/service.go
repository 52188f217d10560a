package values

import (
	"fmt"
	"strconv"

	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// ServiceValues configures a component's Service.
type ServiceValues struct {
	// Type is ClusterIP, NodePort or LoadBalancer; "" is ClusterIP (the
	// Kubernetes default). Default: ClusterIP.
	Type ServiceType `json:"type" values:"empty"`
	// NodePort is the fixed node port (30000-32767) when Type is NodePort;
	// a number or a string of digits. nil or "" lets the cluster pick one.
	// Default: "".
	NodePort *intstr.IntOrString `json:"nodePort"`
}

// Node ports Kubernetes allocates by default (--service-node-port-range).
const (
	MinNodePort = 30000
	MaxNodePort = 32767
)

// NodePortNumber returns the node port a nodePort value asks for: ok is
// false for nil or "" (none). A string of digits counts as its number.
func NodePortNumber(v *intstr.IntOrString) (port int32, ok bool) {
	if v == nil {
		return 0, false
	}
	if v.Type == intstr.Int {
		return v.IntVal, true
	}
	if v.StrVal == "" {
		return 0, false
	}
	n, err := strconv.ParseInt(v.StrVal, 10, 32)
	if err != nil {
		return 0, false
	}
	return int32(n), true
}

func validateService(path *field.Path, s ServiceValues) field.ErrorList {
	var errs field.ErrorList
	if s.Type != "" {
		errs = validateEnum(path.Child("type"), s.Type, ServiceTypes).WithOrigin(RuleEnums)
	}
	np := path.Child("nodePort")
	if s.NodePort == nil || (s.NodePort.Type == intstr.String && s.NodePort.StrVal == "") {
		return errs
	}
	port, ok := NodePortNumber(s.NodePort)
	switch {
	case !ok:
		errs = append(errs, field.Invalid(np, s.NodePort.StrVal, "must be a port number (e.g. 30400) or empty").WithOrigin(RuleNodePort))
	case s.Type != "NodePort":
		errs = append(errs, field.Forbidden(np, fmt.Sprintf("may only be set when type is NodePort (type is %q)", s.Type)).WithOrigin(RuleNodePort))
	case port == 0: // the server would pick a node port
		errs = append(errs, field.Invalid(np, port, fmt.Sprintf("must be between %d and %d", MinNodePort, MaxNodePort)).WithOrigin(RuleNodePort))
	case port < MinNodePort || port > MaxNodePort:
		errs = append(errs, field.Invalid(np, port, fmt.Sprintf("must be between %d and %d", MinNodePort, MaxNodePort)))
	}
	return errs
}
