package optio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// OptioChartProps configure OptioChart: the values tree of the Optio Helm
// chart 0.1.0 (values.Values, embedded, so props.API.Port reads as the
// value api.port), plus the release name and the cdk8s chart props, which
// are not values. Start from DefaultProps: the zero value is not the
// chart's defaults.
type OptioChartProps struct {
	// ReleaseName stands in for Helm's .Release.Name: every object name is
	// derived from it (R-api, R-config, ...). It is not a value of the
	// values file. Default: "optio".
	ReleaseName string `json:"-"`
	// ChartProps are the cdk8s chart's own props: Labels reach the metadata
	// of every object of the chart, as in cdk8s (not the pod templates).
	// Namespace, when set, is the namespace of the release if the namespace
	// value is empty; both set and different is an error, and DefaultProps
	// sets the namespace value to "optio": clear it to use
	// ChartProps.Namespace. Resource name hashes are always disabled (every
	// name is explicit). Not a value of the values file.
	ChartProps cdk8s.ChartProps `json:"-"`
	values.Values
}

// DefaultProps returns the Helm chart 0.1.0's default values
// (values.Default) for the release DefaultReleaseName. Every call returns
// a fresh tree the caller may change.
func DefaultProps() OptioChartProps {
	return OptioChartProps{ReleaseName: values.DefaultReleaseName, Values: values.Default()}
}

// Validate checks the values for this release name and chart namespace
// (values.Values.Validate): every finding at once, each with the value's
// path. An empty ReleaseName is checked as values.DefaultReleaseName.
func (p *OptioChartProps) Validate() field.ErrorList {
	return p.Values.Validate(p.ReleaseName, deref(p.ChartProps.Namespace))
}

// Warnings lists the values that are valid but probably wrong, one line
// each starting with the value's path (values.Values.Warnings).
func (p *OptioChartProps) Warnings() []string { return p.Values.Warnings(p.ReleaseName) }

// Release returns the release (name, namespace, selector mode) of these
// props.
func (p *OptioChartProps) Release() values.Release { return p.Values.Release(p.ReleaseName) }

// APIEnvironment splits the API's environment into settings and secrets
// (values.Values.APIEnvironment) for this release.
func (p *OptioChartProps) APIEnvironment() (settings, secrets map[string]string) {
	return p.Values.APIEnvironment(p.ReleaseName)
}

// DatabaseURL returns DATABASE_URL for this release
// (values.Values.DatabaseURL).
func (p *OptioChartProps) DatabaseURL() string { return p.Values.DatabaseURL(p.ReleaseName) }

// RedisURL returns REDIS_URL for this release (values.Values.RedisURL).
func (p *OptioChartProps) RedisURL() string { return p.Values.RedisURL(p.ReleaseName) }

// ConfigChecksum is the pod-template annotation checksum/config of this
// release (values.Values.ConfigChecksum).
func (p *OptioChartProps) ConfigChecksum() string { return p.Values.ConfigChecksum(p.ReleaseName) }
