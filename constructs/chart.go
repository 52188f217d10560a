package optio

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"k8s.io/apimachinery/pkg/util/validation/field"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// OptioChart is one release of the whole Optio stack, the counterpart of one
// `helm install` of the Optio Helm chart 0.1.0. Fields of optional objects
// are nil when their condition is off.
type OptioChart struct {
	cdk8s.Chart
	// Props are the values the chart was built from (with the release name
	// and the resolved namespace).
	Props OptioChartProps
	// Warnings are what is valid but risky in Props (see
	// OptioChartProps.Warnings), one line each starting with the value's
	// path. The command line prints them on standard error.
	Warnings []string
	// Namespace is the Namespace object; nil unless createNamespace.
	Namespace k8s.KubeNamespace
	// ConfigSecret is the Secret R-config; nil with existingSecret.
	ConfigSecret k8s.KubeSecret
	// ConfigMap is the ConfigMap R-config; present only with existingSecret.
	ConfigMap k8s.KubeConfigMap
	// AgentPVCTemplate is the ConfigMap R-agent-pvc-template.
	AgentPVCTemplate k8s.KubeConfigMap
	// Quota is the ResourceQuota R-quota; nil unless resourceQuota.enabled.
	Quota k8s.KubeResourceQuota
	// API is always present.
	API *OptioApi
	// Web is always present.
	Web *OptioWeb
	// Postgres is present when postgresql.enabled.
	Postgres *InClusterPostgres
	// Redis is present when redis.enabled.
	Redis *InClusterRedis
	// Ingress is present when ingress.enabled.
	Ingress *OptioIngress
	// Assistant is the Deployment R-optio; present when optio.enabled.
	Assistant *OptioAssistant
	// SkillsCache is the claim R-installed-skills-cache; present when
	// installedSkillsCache.enabled.
	SkillsCache *InstalledSkillsCache
	// RBAC is present when serviceAccount.create.
	RBAC *AgentRbac
	// Gateway is the Gateway API route in (gatewayAPI.enabled), else nil.
	Gateway *OptioGateway
	// Certificates are cert-manager's objects for the servers' certificates
	// (internalTLS.provider cert-manager), else nil.
	Certificates *InternalCertificates
	// Keygen makes the TLS certificates (internalTLS.provider keygen) and
	// the Redis password in the cluster; nil when nothing is generated.
	Keygen *KeyGenerator
	// RedisAuthSecret is R-redis-auth holding redis.auth.password; nil
	// unless that password is given in the values.
	RedisAuthSecret k8s.KubeSecret
	// NetworkPolicies maps a component (api, web, postgres, redis) to its
	// NetworkPolicy R-<component>, and "agent" to R-agent-pods (the agent
	// pods' egress); empty unless networkPolicy.enabled.
	NetworkPolicies map[string]k8s.KubeNetworkPolicy
}

// NewOptioChart validates props and, when they are valid, adds a Chart with
// the whole stack to scope: Namespace, R-config, R-agent-pvc-template, the
// optional ResourceQuota, RBAC, Postgres, Redis, the key generator,
// cert-manager's Issuers and Certificates (internalTLS.provider
// cert-manager), R-redis-auth, the skills cache, API, web UI, the assistant
// (optio.enabled), Ingress, the Gateway API's Gateway and HTTPRoute
// (gatewayAPI.enabled) and NetworkPolicies, in that order (the order of the
// YAML stream, so that
// `kubectl apply -f` creates the Namespace first). props.ChartProps are the
// chart's cdk8s props (labels for every object; a namespace). An empty
// ReleaseName means DefaultReleaseName; nil props mean DefaultProps, which
// still lack the required secrets. Invalid props give an *InvalidPropsError
// with every finding of Validate, and nothing is added to scope; a fault of
// the cdk8s runtime is returned as an error too.
func NewOptioChart(scope constructs.Construct, id string, props *OptioChartProps) (_ *OptioChart, err error) {
	var p OptioChartProps
	if props == nil {
		p = DefaultProps()
	} else {
		p = *props
	}
	if p.ReleaseName == "" {
		p.ReleaseName = values.DefaultReleaseName
	}
	if p.Namespace == "" && p.ChartProps.Namespace != nil {
		p.Namespace = *p.ChartProps.Namespace
	}
	if err := invalid("OptioChart", id, p.Validate()); err != nil {
		return nil, err
	}
	vals := valuesFor(scope) // shared by every chart of scope (a fleet's App)
	parts := p.parts(vals)
	if err := invalid("OptioChart", id, parts.validate()); err != nil {
		return nil, err // a rule of a construct that Validate lacks: a bug here
	}
	defer catchFault(&err)
	chartProps := p.ChartProps
	chartProps.DisableResourceNameHashes = jsii.Bool(true)
	chart := cdk8s.NewChart(scope, jsii.String(id), &chartProps)
	r := p.Release()
	oc := &OptioChart{Chart: chart, Props: p, Warnings: p.Warnings(), NetworkPolicies: map[string]k8s.KubeNetworkPolicy{}}
	if p.CreateNamespace {
		oc.Namespace = newNamespace(chart, "namespace", r, deref(chartProps.Namespace))
	}
	oc.ConfigSecret, oc.ConfigMap = newConfig(chart, "config", &p)
	oc.AgentPVCTemplate = newAgentPVCTemplate(chart, "agent-pvc-template", r, p.Agent.PVC)
	if p.ResourceQuota.Enabled {
		oc.Quota = newResourceQuota(chart, "quota", r, p.ResourceQuota.Hard, vals)
	}
	must := func(err error) {
		if err != nil {
			panic(err) // validated above: caught by catchFault
		}
	}
	if parts.rbac != nil {
		oc.RBAC, err = NewAgentRbac(chart, "rbac", parts.rbac)
		must(err)
	}
	if parts.postgres != nil {
		oc.Postgres, err = NewInClusterPostgres(chart, "postgres", parts.postgres)
		must(err)
	}
	if parts.redis != nil {
		oc.Redis, err = NewInClusterRedis(chart, "redis", parts.redis)
		must(err)
	}
	if parts.keygen != nil {
		oc.Keygen, err = NewKeyGenerator(chart, "keygen", parts.keygen)
		must(err)
	}
	if parts.certs != nil {
		oc.Certificates, err = NewInternalCertificates(chart, "certificates", parts.certs)
		must(err)
	}
	if p.RedisAuth() && p.Redis.Auth.Password != "" && p.Redis.Auth.ExistingSecret == "" {
		oc.RedisAuthSecret = newRedisAuthSecret(chart, "redis-auth", r, p.Redis.Auth.Password)
	}
	if parts.skillsCache != nil {
		oc.SkillsCache, err = NewInstalledSkillsCache(chart, "skills-cache", parts.skillsCache)
		must(err)
	}
	oc.API, err = NewOptioApi(chart, "api", parts.api)
	must(err)
	oc.Web, err = NewOptioWeb(chart, "web", parts.web)
	must(err)
	if parts.assistant != nil {
		oc.Assistant, err = NewOptioAssistant(chart, "assistant", parts.assistant)
		must(err)
	}
	if parts.ingress != nil {
		oc.Ingress, err = NewOptioIngress(chart, "ingress", parts.ingress)
		must(err)
	}
	if parts.gateway != nil {
		oc.Gateway, err = NewOptioGateway(chart, "gateway", parts.gateway)
		must(err)
	}
	if p.NetworkPolicy.Enabled {
		np := constructs.NewConstruct(chart, jsii.String("network-policies"))
		oc.NetworkPolicies[values.ComponentAPI] = networkPolicy(np, "api", r, values.ComponentAPI, p.API.Port, nil, vals)
		oc.NetworkPolicies[values.ComponentWeb] = networkPolicy(np, "web", r, values.ComponentWeb, p.Web.Port, nil, vals)
		if p.Postgresql.Enabled {
			oc.NetworkPolicies[values.ComponentPostgres] = networkPolicy(np, "postgres", r, values.ComponentPostgres, values.PostgresPort, []string{values.ComponentAPI}, vals)
		}
		if p.Redis.Enabled {
			oc.NetworkPolicies[values.ComponentRedis] = networkPolicy(np, "redis", r, values.ComponentRedis, values.RedisPort, []string{values.ComponentAPI}, vals)
		}
		oc.NetworkPolicies["agent"] = agentNetworkPolicy(np, "agent-pods", r, p.API.Port, vals) // the chart 0.4.0's, for every agent pod
	}
	return oc, nil
}

// chartParts are the props of the constructs a chart is made of; nil for
// those that are off.
type chartParts struct {
	api      *OptioApiProps
	web      *OptioWebProps
	postgres *InClusterPostgresProps
	redis    *InClusterRedisProps
	ingress  *OptioIngressProps
	rbac     *AgentRbacProps
	keygen   *KeyGeneratorProps
	gateway  *OptioGatewayProps
	certs    *InternalCertificatesProps
	// Optio's chart of today.
	assistant   *OptioAssistantProps
	skillsCache *InstalledSkillsCacheProps
}

// parts derives each construct's props from the values; vals makes their
// jsii value objects.
func (p *OptioChartProps) parts(vals *jsiiValues) chartParts {
	r := p.Release()
	var c chartParts
	configName := r.ObjectName(values.ComponentConfig)
	secretName := configName
	if p.ExistingSecret != "" {
		secretName = p.ExistingSecret
	}
	if p.ServiceAccount.Create {
		c.rbac = &AgentRbacProps{Release: r, ServiceAccountName: p.ServiceAccount.Name, ServiceAccountAnnotations: p.ServiceAccount.Annotations,
			StatefulSets: p.Agent.StatefulSet.Enabled, NamespaceOnly: !p.Rbac.ClusterRole.Create,
			chartNS: ptr(deref(p.ChartProps.Namespace))}
	}
	if p.Postgresql.Enabled {
		pg := &InClusterPostgresProps{Release: r, Values: p.Postgresql, PasswordSecret: secretName, ImagePullSecrets: p.ImagePullSecrets, values: vals}
		if p.ExistingSecret == "" && p.Postgresql.Auth.Password == "" {
			// auth.disabled without a password (Validate allows nothing
			// else): trust.
			pg.PasswordSecret, pg.HostAuthTrust = "", true
		}
		c.postgres = pg
	}
	if p.Redis.Enabled {
		c.redis = &InClusterRedisProps{Release: r, Values: p.Redis, ImagePullSecrets: p.ImagePullSecrets, values: vals}
	}
	c.api = &OptioApiProps{
		Release:            r,
		Values:             p.API,
		ConfigName:         configName,
		ConfigIsConfigMap:  p.ExistingSecret != "",
		ExistingSecret:     p.ExistingSecret,
		ConfigChecksum:     p.ConfigChecksum(),
		ServiceAccountName: p.ServiceAccount.Name,
		ImagePullSecrets:   p.ImagePullSecrets,
		GithubAppSecret:    p.Github.App.ExistingSecret,
		values:             vals,
	}
	if p.PostgresTLS() {
		c.api.PostgresCASecret = p.PostgresTLSSecret(p.ReleaseName)
	}
	if p.RedisTLS() {
		c.api.RedisCASecret = p.RedisTLSSecret(p.ReleaseName)
	}
	if p.RedisAuth() {
		c.api.RedisPasswordSecret = p.RedisAuthSecret(p.ReleaseName)
	}
	c.keygen = p.keygenProps() // tls.go
	c.certs = p.certManagerProps()
	if p.GatewayAPI.Enabled {
		c.gateway = &OptioGatewayProps{Release: r, Values: p.GatewayAPI, APIPort: p.API.Port, WebPort: p.Web.Port}
	}
	if p.InstalledSkillsCache.Enabled {
		c.skillsCache = &InstalledSkillsCacheProps{Release: r, Values: p.InstalledSkillsCache, values: vals}
		c.api.SkillsCacheClaimName = r.ObjectName(values.SkillsCacheName)
	}
	c.web = &OptioWebProps{
		Release: r, Values: p.Web, APIPort: p.API.Port, ImagePullSecrets: p.ImagePullSecrets, values: vals,
		AuthDisabled: p.Auth.Disabled, PublicURL: p.EffectivePublicURL(), PublicAPIURL: p.EffectivePublicAPIURL(),
	}
	if p.Optio.Enabled {
		c.assistant = &OptioAssistantProps{Release: r, Values: p.Optio, APIPort: p.API.Port, ServiceAccountName: p.ServiceAccount.Name, ImagePullSecrets: p.ImagePullSecrets, values: vals}
	}
	if p.Ingress.Enabled {
		c.ingress = &OptioIngressProps{Release: r, Values: p.Ingress, APIPort: p.API.Port, WebPort: p.Web.Port}
	}
	return c
}

// validate runs every part's own validation.
func (c chartParts) validate() field.ErrorList {
	errs := c.api.Validate()
	errs = append(errs, c.web.Validate()...)
	if c.postgres != nil {
		errs = append(errs, c.postgres.Validate()...)
	}
	if c.redis != nil {
		errs = append(errs, c.redis.Validate()...)
	}
	if c.ingress != nil {
		errs = append(errs, c.ingress.Validate()...)
	}
	if c.rbac != nil {
		errs = append(errs, c.rbac.Validate()...)
	}
	if c.keygen != nil {
		errs = append(errs, c.keygen.Validate()...)
	}
	if c.gateway != nil {
		errs = append(errs, c.gateway.Validate()...)
	}
	if c.certs != nil {
		errs = append(errs, c.certs.Validate()...)
	}
	if c.assistant != nil {
		errs = append(errs, c.assistant.Validate()...)
	}
	if c.skillsCache != nil {
		errs = append(errs, c.skillsCache.Validate()...)
	}
	return errs
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
