package values_test

import (
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testvalues"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// releaseValues are the values of one release as optio.OptioChartProps
// holds them, without cdk8s: the tests of the values model set the release
// name through it where a rule or a name depends on it.
type releaseValues struct {
	ReleaseName string
	values.Values
}

// validRelease is testvalues.Valid for the release "optio".
func validRelease() releaseValues {
	return releaseValues{ReleaseName: values.DefaultReleaseName, Values: testvalues.Valid()}
}

// defaultRelease is values.Default for the release "optio".
func defaultRelease() releaseValues {
	return releaseValues{ReleaseName: values.DefaultReleaseName, Values: values.Default()}
}

func (p *releaseValues) Validate() field.ErrorList { return p.Values.Validate(p.ReleaseName, "") }
func (p *releaseValues) Warnings() []string        { return p.Values.Warnings(p.ReleaseName) }
func (p *releaseValues) Release() values.Release   { return p.Values.Release(p.ReleaseName) }
func (p *releaseValues) DatabaseURL() string       { return p.Values.DatabaseURL(p.ReleaseName) }
func (p *releaseValues) RedisURL() string          { return p.Values.RedisURL(p.ReleaseName) }
func (p *releaseValues) ConfigChecksum() string    { return p.Values.ConfigChecksum(p.ReleaseName) }
func (p *releaseValues) APIEnvironment() (settings, secrets map[string]string) {
	return p.Values.APIEnvironment(p.ReleaseName)
}
