package values

// Enum is implemented by the enumeration types of the values: Enum lists
// the allowed values, in the order the documentation gives them ("" where
// it means absent in every use of the type). A field tagged values:"empty"
// also allows "" (the value is then omitted). The schema generator reads
// both; Validate checks the same lists.
type Enum interface{ Enum() []string }

// PullPolicy is a container image pull policy (Kubernetes): Always,
// IfNotPresent or Never.
type PullPolicy string

// Enum returns PullPolicies.
func (PullPolicy) Enum() []string { return PullPolicies }

// ServiceType is a Service type (Kubernetes): ClusterIP, NodePort or
// LoadBalancer.
type ServiceType string

// Enum returns ServiceTypes.
func (ServiceType) Enum() []string { return ServiceTypes }

// AntiAffinity is soft (preferred), hard (required) or "" (none), from the
// Optio Helm chart 0.1.0.
type AntiAffinity string

// Enum returns AntiAffinities.
func (AntiAffinity) Enum() []string { return AntiAffinities }

// LogLevel is Optio's LOG_LEVEL: debug, info, warn or error.
type LogLevel string

// Enum returns LogLevels.
func (LogLevel) Enum() []string { return LogLevels }

// PathType is an Ingress path type (Kubernetes): Prefix, Exact or
// ImplementationSpecific.
type PathType string

// Enum returns PathTypes.
func (PathType) Enum() []string { return PathTypes }

// IngressTarget is the Service an Ingress path routes to: api or web.
type IngressTarget string

// Enum returns IngressTargets.
func (IngressTarget) Enum() []string { return IngressTargets }

// AccessMode is a PersistentVolumeClaim access mode (Kubernetes).
type AccessMode string

// Enum returns AccessModes.
func (AccessMode) Enum() []string { return AccessModes }

// TolerationOperator is Equal, Exists or "" (Kubernetes: Equal).
type TolerationOperator string

// Enum returns TolerationOperators.
func (TolerationOperator) Enum() []string { return TolerationOperators }

// TaintEffect is NoSchedule, PreferNoSchedule, NoExecute or "" (all).
type TaintEffect string

// Enum returns TaintEffects.
func (TaintEffect) Enum() []string { return TaintEffects }

// SeccompProfileType is RuntimeDefault, Localhost or Unconfined
// (Kubernetes).
type SeccompProfileType string

// Enum returns SeccompProfileTypes.
func (SeccompProfileType) Enum() []string { return SeccompProfileTypes }

// FSGroupChangePolicy is OnRootMismatch, Always or "" (Kubernetes: Always).
type FSGroupChangePolicy string

// Enum returns FSGroupChangePolicies.
func (FSGroupChangePolicy) Enum() []string { return FSGroupChangePolicies }

// OTLPProtocol is an OTLP transport of the OpenTelemetry SDK
// (OTEL_EXPORTER_OTLP_PROTOCOL). See OTLPProtocols.
type OTLPProtocol string

// Enum returns OTLPProtocols.
func (OTLPProtocol) Enum() []string { return OTLPProtocols }

// ListenAddress is an address a server binds: every IPv4 address or every
// address of both families. See ListenAddresses.
type ListenAddress string

// Enum returns ListenAddresses.
func (ListenAddress) Enum() []string { return ListenAddresses }
