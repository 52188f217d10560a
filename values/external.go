package values

// ExternalDatabaseValues name a database outside the cluster.
type ExternalDatabaseValues struct {
	// URL is postgres://user:pass@host:5432/dbname (or postgresql://).
	// Required when postgresql.enabled is false, unless existingSecret
	// holds DATABASE_URL. Default: "".
	URL string `json:"url" values:"secret,env=OPTIO_EXTERNAL_DATABASE_URL,key=DATABASE_URL"`
}

// ExternalRedisValues name a Redis outside the cluster.
type ExternalRedisValues struct {
	// URL is redis://host:6379 or rediss://host:6380. Required when
	// redis.enabled is false, unless existingSecret holds REDIS_URL.
	// Default: "".
	URL string `json:"url" values:"secret,env=OPTIO_EXTERNAL_REDIS_URL,key=REDIS_URL"`
}
