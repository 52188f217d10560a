package optio

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"k8s.io/apimachinery/pkg/util/validation/field"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// InstalledSkillsCacheProps configure InstalledSkillsCache.
type InstalledSkillsCacheProps struct {
	// Release names the claim (R-installed-skills-cache) and holds the
	// namespace ("" is the enclosing Chart's). Release.Name is required.
	Release values.Release
	// Values are installedSkillsCache of Optio's chart of today (size,
	// storage class, access modes); Values.Enabled is not read: the
	// construct exists or not. Default: DefaultProps().InstalledSkillsCache.
	Values values.InstalledSkillsCacheValues
	// values makes the jsii value objects; nil means the cache of scope.
	values *jsiiValues
}

// DefaultInstalledSkillsCacheProps returns the props of the defaults for
// the release "optio".
func DefaultInstalledSkillsCacheProps() InstalledSkillsCacheProps {
	return InstalledSkillsCacheProps{Release: values.Release{Name: values.DefaultReleaseName}, Values: DefaultProps().InstalledSkillsCache}
}

// Validate checks the props; each error names its path (release.name,
// values.size, ...).
func (p *InstalledSkillsCacheProps) Validate() field.ErrorList {
	errs := p.Release.Validate(field.NewPath("release"))
	return append(errs, p.Values.Validate(field.NewPath("values"))...)
}

// InstalledSkillsCache is the PersistentVolumeClaim on which the Optio
// 0.4.0 API keeps its marketplace skills across restarts; give its
// ClaimName to OptioApiProps.SkillsCacheClaimName.
type InstalledSkillsCache struct {
	constructs.Construct
	// Claim R-installed-skills-cache.
	Claim k8s.KubePersistentVolumeClaim
	// ClaimName is the claim's name.
	ClaimName string
}

// NewInstalledSkillsCache emits the claim into scope. nil props mean
// DefaultInstalledSkillsCacheProps. Invalid props give an
// *InvalidPropsError and add nothing.
func NewInstalledSkillsCache(scope constructs.Construct, id string, props *InstalledSkillsCacheProps) (_ *InstalledSkillsCache, err error) {
	if props, err = prepare("InstalledSkillsCache", id, props, DefaultInstalledSkillsCacheProps); err != nil {
		return nil, err
	}
	defer catchFault(&err)
	c, r, vals := begin(scope, id, props.Release, props.values)
	v := props.Values
	name := r.ObjectName(values.SkillsCacheName)
	s := &InstalledSkillsCache{Construct: c, ClaimName: name}
	s.Claim = k8s.NewKubePersistentVolumeClaim(c, jsii.String("claim"), &k8s.KubePersistentVolumeClaimProps{
		Metadata: metadata(r, name, values.ComponentAPI),
		Spec: &k8s.PersistentVolumeClaimSpec{
			AccessModes:      optStrings(v.AccessModes),
			StorageClassName: optString(v.StorageClass),
			Resources: &k8s.ResourceRequirements{
				Requests: &map[string]k8s.Quantity{"storage": vals.quantity(v.Size)},
			},
		},
	})
	return s, nil
}
