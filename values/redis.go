package values

import "k8s.io/apimachinery/pkg/util/validation/field"

// RedisPort is the port of the in-cluster Redis (the stock image's).
const RedisPort = 6379

// RedisValues configure the in-cluster Redis (the Helm chart's "Redis" values).
type RedisValues struct {
	// Enabled deploys R-redis. Default: true.
	Enabled bool `json:"enabled"`
	// Image of Redis. Default: redis:7-alpine.
	Image ImageValues `json:"image"`
	// Resources of the redis container. Default: requests 50m/128Mi,
	// limits 250m/256Mi.
	Resources ResourcesValues `json:"resources"`
	// TLS of the server (chart 0.4.0; tls.go).
	TLS RedisTLSValues `json:"tls"`
	// Auth is the password (chart 0.4.0; tls.go).
	Auth RedisAuthValues `json:"auth"`
	SchedulingValues
}

// Validate checks the Redis values at path (e.g. "redis"), whether or not
// it is enabled.
func (v RedisValues) Validate(path *field.Path) field.ErrorList {
	errs := validateImage(path.Child("image"), v.Image, false)
	errs = append(errs, validateResources(path.Child("resources"), v.Resources)...)
	errs = append(errs, validateScheduling(path, v.SchedulingValues)...)
	return errs
}
