package values

import "fmt"

// Warnings lists what is valid but risky in these values for the release
// named release, one line each,
// starting with the value's path:
//   - secret values written into the output (point to existingSecret), or
//     ignored because existingSecret is set;
//   - latest image tags; agent.imagePullPolicy Never (agent pods fail to
//     start on a production cluster, as the Helm chart's documentation warns);
//   - auth.disabled;
//   - the values of Optio's chart of today that are deprecated, without
//     effect or risky (chart_today.go);
//   - an Ingress without TLS; a manual ingress.tls that cert-manager replaces;
//     an OAuth provider with only one of its two fields;
//   - a PodDisruptionBudget that leaves no pod evictable (percentages rounded
//     up, as Kubernetes does);
//   - a short or padded encryption.key; an external database or Redis URL
//     that the in-cluster one overrides;
//   - every value that weakens the pods' hardened security defaults;
//   - helmChartSelectors, which forbids a second release in the namespace.
//
// The command line prints them on standard error; OptioChart.Warnings holds
// them for library users. They never reach the output.
func (p *Values) Warnings(release string) []string {
	var w []string
	secretValues := []struct{ path, value string }{
		{"encryption.key", p.Encryption.Key},
		{"postgresql.auth.password", p.Postgresql.Auth.Password},
		{"webhook.githubSecret", p.Webhook.GithubSecret},
	}
	for _, o := range p.oauthProviders() {
		// A half-configured provider is not emitted; it has its own warning.
		if o.values.ClientID != "" || p.ExistingSecret != "" {
			secretValues = append(secretValues, struct{ path, value string }{"auth." + o.path + ".clientSecret", o.values.ClientSecret})
		}
	}
	if !p.Postgresql.Enabled && p.ExternalDatabase.URL != "" && (p.ExistingSecret != "" || urlHasCredentials(p.ExternalDatabase.URL)) {
		secretValues = append(secretValues, struct{ path, value string }{"externalDatabase.url", p.ExternalDatabase.URL})
	}
	if !p.Redis.Enabled && urlHasCredentials(p.ExternalRedis.URL) {
		secretValues = append(secretValues, struct{ path, value string }{"externalRedis.url", p.ExternalRedis.URL})
	}
	secretValues = append(secretValues, p.chartTodaySecrets()...) // chart_today.go
	for _, s := range secretValues {
		if s.value == "" {
			continue
		}
		if p.ExistingSecret != "" {
			if s.path != "postgresql.auth.password" || p.Postgresql.Enabled {
				w = append(w, fmt.Sprintf("%s: ignored: with existingSecret the Secret %q provides it (key %s)", s.path, p.ExistingSecret, secretKey(s.path)))
			}
			continue
		}
		if s.path == "postgresql.auth.password" && !p.Postgresql.Enabled {
			continue
		}
		w = append(w, fmt.Sprintf("%s: secret value written into the output (Secret %s); in a GitOps flow set existingSecret instead", s.path, p.Release(release).ObjectName(ComponentConfig)))
	}
	w = append(w, p.encryptionKeyWarnings()...)
	w = append(w, p.Ingress.ingressControllerWarnings()...) // ingress_controllers.go
	w = append(w, p.Postgresql.postgresImageWarning()...)   // postgres_image.go
	w = append(w, p.tlsWarnings(release)...)                // tls.go
	w = append(w, p.Ingress.ingressWarnings()...)           // internal_paths.go
	w = append(w, p.gatewayWarnings()...)                   // gateway.go
	w = append(w, p.ignoredValueWarnings(release)...)
	images := []struct {
		path string
		img  ImageValues
		on   bool
	}{
		{"api.image.tag", p.API.Image, true},
		{"web.image.tag", p.Web.Image, true},
		{"agent.image.tag", p.Agent.Image.ImageValues, true},
		{"postgresql.image.tag", p.Postgresql.Image, p.Postgresql.Enabled},
		{"redis.image.tag", p.Redis.Image, p.Redis.Enabled},
	}
	for _, i := range images {
		if i.on && i.img.Tag == "latest" {
			w = append(w, fmt.Sprintf("%s: \"latest\" is not reproducible; pin a version", i.path))
		}
	}
	if p.Agent.ImagePullPolicy == "Never" {
		w = append(w, "agent.imagePullPolicy: Never works only with images loaded into each node; agent pods fail to start in a production cluster (set IfNotPresent or Always)")
	}
	if p.Auth.Disabled {
		w = append(w, "auth.disabled: authentication is off; local development only")
		if p.Postgresql.Enabled && p.Postgresql.Auth.Password == "" && p.ExistingSecret == "" {
			w = append(w, "postgresql.auth.password: empty: the in-cluster database trusts every connection (POSTGRES_HOST_AUTH_METHOD=trust)")
		}
	}
	if p.Ingress.Enabled && !p.Ingress.CertManager.Enabled && len(p.Ingress.TLS) == 0 {
		w = append(w, "ingress.tls: the Ingress serves plain HTTP (enable ingress.certManager or give ingress.tls)")
	}
	if p.Ingress.Enabled && p.Ingress.CertManager.Enabled && len(p.Ingress.TLS) > 0 {
		w = append(w, "ingress.tls: ignored: with ingress.certManager.enabled each host gets its own TLS entry")
	}
	for _, c := range p.served() {
		least := c.replicas
		if c.autoscaling.Enabled {
			least = effectiveReplicas(c.autoscaling.MinReplicas)
		}
		if c.pdb.Enabled && pdbBlocksEviction(c.pdb, least) {
			w = append(w, fmt.Sprintf("%s.pdb: with %d replicas no pod may ever be evicted, so node drains block (%sallow at least one disruption)", c.path, least, pdbRounding(c.pdb, least)))
		}
	}
	if p.ServiceAccount.Create && p.ServiceAccount.Name == Default().ServiceAccount.Name && release != DefaultReleaseName {
		w = append(w, fmt.Sprintf("serviceAccount.name: %q is the default of every release: a second release in namespace %q would share (and on deletion remove) it; use a name of this release's own", p.ServiceAccount.Name, p.Namespace))
	}
	if p.HelmChartSelectors {
		w = append(w, fmt.Sprintf("helmChartSelectors: pods are selected by the Helm chart's fixed app: labels, so no other release may run in namespace %q; move to the release-unique selectors when you can (docs/operations.md: Moving from the Helm chart)", p.Namespace))
		if p.Postgresql.Enabled {
			w = append(w, "postgresql: helmChartSelectors keeps the Helm chart's PostgreSQL pod template (no probes, no security context, the password in the Deployment's env) so that taking over does not restart the database; the hardened template comes with the release-unique selectors")
		}
	}
	for _, o := range p.oauthProviders() {
		if (o.values.ClientID == "") != (o.values.ClientSecret == "") && p.ExistingSecret == "" {
			w = append(w, fmt.Sprintf("auth.%s: only one of clientId and clientSecret is set: the provider is not configured", o.path))
		}
	}
	w = append(w, p.chartTodayWarnings()...) // chart_today.go
	w = append(w, p.hardeningWarnings()...)
	return w
}
