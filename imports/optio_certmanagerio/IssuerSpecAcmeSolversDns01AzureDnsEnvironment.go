package optio_certmanagerio


// name of the Azure environment (default AzurePublicCloud).
type IssuerSpecAcmeSolversDns01AzureDnsEnvironment string

const (
	// AzurePublicCloud.
	IssuerSpecAcmeSolversDns01AzureDnsEnvironment_AZURE_PUBLIC_CLOUD IssuerSpecAcmeSolversDns01AzureDnsEnvironment = "AZURE_PUBLIC_CLOUD"
	// AzureChinaCloud.
	IssuerSpecAcmeSolversDns01AzureDnsEnvironment_AZURE_CHINA_CLOUD IssuerSpecAcmeSolversDns01AzureDnsEnvironment = "AZURE_CHINA_CLOUD"
	// AzureGermanCloud.
	IssuerSpecAcmeSolversDns01AzureDnsEnvironment_AZURE_GERMAN_CLOUD IssuerSpecAcmeSolversDns01AzureDnsEnvironment = "AZURE_GERMAN_CLOUD"
	// AzureUSGovernmentCloud.
	IssuerSpecAcmeSolversDns01AzureDnsEnvironment_AZURE_US_GOVERNMENT_CLOUD IssuerSpecAcmeSolversDns01AzureDnsEnvironment = "AZURE_US_GOVERNMENT_CLOUD"
)

