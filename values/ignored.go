package values

import "fmt"

// ignoredValueWarnings lists values that are set but have no effect, which
// the props alone can tell (a value whose default is empty): an external
// database or Redis URL while the in-cluster one is enabled. Values whose
// default is not empty (api.replicas with autoscaling) need the user's own
// values to tell; the values loader (values.LoadWithWarnings) warns about
// those.
func (p *Values) ignoredValueWarnings(release string) []string {
	var w []string
	r := p.Release(release)
	if p.Postgresql.Enabled && p.ExternalDatabase.URL != "" {
		w = append(w, fmt.Sprintf("externalDatabase.url: ignored: postgresql.enabled is true, so the API uses the in-cluster database %s (set postgresql.enabled: false to use this URL)", r.ObjectName(ComponentPostgres)))
	}
	if p.Redis.Enabled && p.ExternalRedis.URL != "" {
		w = append(w, fmt.Sprintf("externalRedis.url: ignored: redis.enabled is true, so the API uses the in-cluster Redis %s (set redis.enabled: false to use this URL)", r.ObjectName(ComponentRedis)))
	}
	return w
}
