package optio_certmanagerio


// AWS authenticates with Vault using AWS IAM authentication.
//
// This allows authentication using IAM roles for service accounts (IRSA),
// EKS Pod Identity (PIA), or ambient credentials (EC2 instance profiles, ECS task role).
type IssuerSpecVaultAuthAws struct {
	// A required field containing the Vault Role to assume when authenticating.
	Role *string `field:"required" json:"role" yaml:"role"`
	// The ARN of the AWS IAM role to assume using the Kubernetes service account token.
	//
	// Required when using IRSA (serviceAccountRef is set).
	// This role must have a trust policy that allows the OIDC provider to assume it.
	IamRoleArn *string `field:"optional" json:"iamRoleArn" yaml:"iamRoleArn"`
	// The Vault mountPath here is the mount path to use when authenticating with Vault.
	//
	// For example, setting a value to `/v1/auth/foo`, will use the path
	// `/v1/auth/foo/login` to authenticate with Vault. If unspecified, the
	// default value "/v1/auth/aws" will be used.
	MountPath *string `field:"optional" json:"mountPath" yaml:"mountPath"`
	// The AWS region to use for authentication.
	//
	// If not specified, the region
	// will be determined from AWS_REGION or AWS_DEFAULT_REGION environment
	// variables, falling back to "us-east-1" if not set.
	Region *string `field:"optional" json:"region" yaml:"region"`
	// A reference to a service account that will be used to request a web identity token for IRSA (IAM Roles for Service Accounts) authentication.
	ServiceAccountRef *IssuerSpecVaultAuthAwsServiceAccountRef `field:"optional" json:"serviceAccountRef" yaml:"serviceAccountRef"`
	// The Vault header value to include in the STS signing request.
	//
	// This is used to prevent replay attacks.
	VaultHeaderValue *string `field:"optional" json:"vaultHeaderValue" yaml:"vaultHeaderValue"`
}

