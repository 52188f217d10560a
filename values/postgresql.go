package values

import "k8s.io/apimachinery/pkg/util/validation/field"

// PostgresPort is the port of the in-cluster PostgreSQL (the stock image's).
const PostgresPort = 5432

// PostgresqlValues configure the in-cluster PostgreSQL (the Helm chart's "PostgreSQL" values).
type PostgresqlValues struct {
	// Enabled deploys R-postgres. Default: true.
	Enabled bool `json:"enabled"`
	// Image of PostgreSQL. Default: postgres:16.
	Image ImageValues `json:"image"`
	// Storage of the data volume.
	Storage PostgresqlStorageValues `json:"storage"`
	// Persistence (beyond the Helm chart; Bitnami's persistence) names an
	// existing claim for the data volume.
	Persistence PostgresqlPersistenceValues `json:"persistence"`
	// Auth are the credentials.
	Auth PostgresqlAuthValues `json:"auth"`
	// Resources of the postgres container. Default: requests 100m/256Mi,
	// limits 500m/512Mi.
	Resources ResourcesValues `json:"resources"`
	// TLS of the server (chart 0.4.0; tls.go).
	TLS PostgresqlTLSValues `json:"tls"`
	SchedulingValues
}

// PostgresqlStorageValues configure the PVC R-postgres-data.
type PostgresqlStorageValues struct {
	// Size of the data volume, a quantity. Default: 5Gi.
	Size string `json:"size" values:"quantity"`
	// StorageClass (beyond the Helm chart) of the data volume; "" is the cluster
	// default, "-" no class (storageClassName: "", for a pre-provisioned
	// volume; see StorageClassNone). Default: "".
	StorageClass string `json:"storageClass"`
}

// PostgresqlPersistenceValues (beyond the Helm chart; Bitnami's
// persistence) choose the data volume's claim.
type PostgresqlPersistenceValues struct {
	// ExistingClaim (Bitnami's persistence.existingClaim) is the name of a
	// PersistentVolumeClaim in the release's namespace that holds the data
	// (a restored backup, a claim kept from an earlier install): the release
	// then emits no PVC R-postgres-data, mounts this claim, and ignores
	// postgresql.storage (a warning says so when it is set). A DNS-1123
	// subdomain (rule object-names: the server takes any claimName).
	// Default: "" (the release's own PVC).
	ExistingClaim string `json:"existingClaim"`
}

// PostgresqlAuthValues are the in-cluster database's credentials.
type PostgresqlAuthValues struct {
	// Database name. Default: optio.
	Database string `json:"database"`
	// Username. Default: optio.
	Username string `json:"username"`
	// Password; required when postgresql.enabled and not auth.disabled
	// (unless existingSecret provides it). Default: "".
	Password string `json:"password" values:"secret,opaque,env=OPTIO_POSTGRES_PASSWORD,key=POSTGRES_PASSWORD"`
}

// postgresDefaults are podDefaults(999), with fsGroupChangePolicy
// OnRootMismatch so that the kubelet does not walk the whole data volume
// on every mount.
func postgresDefaults() SchedulingValues {
	s := podDefaults(999)
	s.PodSecurityContext.FSGroupChangePolicy = "OnRootMismatch"
	return s
}

// Validate checks the PostgreSQL values at path (e.g. "postgresql"),
// whether or not it is enabled.
func (v PostgresqlValues) Validate(path *field.Path) field.ErrorList {
	errs := validateImage(path.Child("image"), v.Image, false)
	errs = append(errs, validateStorageSize(path.Child("storage", "size"), v.Storage.Size)...)
	errs = append(errs, validateStorageClass(path.Child("storage", "storageClass"), v.Storage.StorageClass)...)
	if c := v.Persistence.ExistingClaim; c != "" {
		errs = append(errs, ValidateObjectName(path.Child("persistence", "existingClaim"), c)...)
	}
	errs = append(errs, validatePostgresImage(path.Child("image"), v.Image)...) // postgres_image.go
	errs = append(errs, validateResources(path.Child("resources"), v.Resources)...)
	errs = append(errs, validateScheduling(path, v.SchedulingValues)...)
	if v.Auth.Database == "" {
		errs = append(errs, field.Required(path.Child("auth", "database"), "").WithOrigin(RuleRequiredValues))
	}
	if v.Auth.Username == "" {
		errs = append(errs, field.Required(path.Child("auth", "username"), "").WithOrigin(RuleRequiredValues))
	}
	return errs
}
