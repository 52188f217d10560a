package values

import (
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// SkillsCacheMountPath is where the Optio 0.4.0 API writes its cache of
// marketplace skills (OPTIO_SKILLS_CACHE_DIR's default): a writable volume
// is always mounted there.
const SkillsCacheMountPath = "/opt/optio/skills-cache"

// SkillsCacheName is the suffix of the claim R-installed-skills-cache.
const SkillsCacheName = "installed-skills-cache"

// InstalledSkillsCacheValues configure the API's cache of installed
// marketplace skills (v0.4.0's installedSkillsCache): git clones keyed by
// commit, shared by every skill pinned to the same commit.
type InstalledSkillsCacheValues struct {
	// Enabled keeps the cache on the PersistentVolumeClaim
	// R-installed-skills-cache, so that it survives API restarts; false
	// mounts an emptyDir there instead (every restart clones the skills
	// again). Default: false (v0.4.0).
	Enabled bool `json:"enabled"`
	// StorageClass of the claim; "" is the cluster default. Default: "".
	StorageClass string `json:"storageClass"`
	// Size of the claim, a quantity. Default: 5Gi.
	Size string `json:"size" values:"quantity"`
	// AccessModes of the claim. With more than one API pod, ReadWriteOnce
	// works only while they share a node (a warning says so); use
	// ReadWriteMany where the storage class offers it. Default:
	// [ReadWriteOnce].
	AccessModes []AccessMode `json:"accessModes"`
}

func defaultInstalledSkillsCache() InstalledSkillsCacheValues {
	return InstalledSkillsCacheValues{Size: "5Gi", AccessModes: []AccessMode{"ReadWriteOnce"}}
}

// Validate checks the cache's values at path (e.g. "installedSkillsCache"),
// whether or not it is enabled.
func (v InstalledSkillsCacheValues) Validate(path *field.Path) field.ErrorList {
	errs := validateStorageSize(path.Child("size"), v.Size)
	errs = append(errs, validateStorageClass(path.Child("storageClass"), v.StorageClass)...)
	errs = append(errs, validateAccessModes(path.Child("accessModes"), v.AccessModes)...)
	return errs
}
