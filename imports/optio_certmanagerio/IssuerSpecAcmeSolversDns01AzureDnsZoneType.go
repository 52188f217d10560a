package optio_certmanagerio


// ZoneType determines which type of Azure DNS zone to use.
//
// Valid values are:
// - AzurePublicZone  (default): Use a public Azure DNS zone.
// - AzurePrivateZone: Use an Azure Private DNS zone.
//
// If not specified, AzurePublicZone is used.
//
// Support for Azure Private DNS zones is currently
// experimental and may change in future releases.
type IssuerSpecAcmeSolversDns01AzureDnsZoneType string

const (
	// AzurePublicZone.
	IssuerSpecAcmeSolversDns01AzureDnsZoneType_AZURE_PUBLIC_ZONE IssuerSpecAcmeSolversDns01AzureDnsZoneType = "AZURE_PUBLIC_ZONE"
	// AzurePrivateZone.
	IssuerSpecAcmeSolversDns01AzureDnsZoneType_AZURE_PRIVATE_ZONE IssuerSpecAcmeSolversDns01AzureDnsZoneType = "AZURE_PRIVATE_ZONE"
)

