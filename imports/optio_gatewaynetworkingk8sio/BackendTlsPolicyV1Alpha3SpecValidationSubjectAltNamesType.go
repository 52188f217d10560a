package optio_gatewaynetworkingk8sio


// Type determines the format of the Subject Alternative Name. Always required.
//
// Support: Core.
type BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType string

const (
	// Hostname.
	BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType_HOSTNAME BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType = "HOSTNAME"
	// URI.
	BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType_URI BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType = "URI"
)

