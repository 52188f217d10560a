package optio

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testhook"
)

// OptioChart is one release of the whole Optio stack, the counterpart of one
// `helm install` of the Optio chart 0.1.0. The component fields are nil when
// their condition is off.
type OptioChart struct {
	cdk8s.Chart
	// Props are the values the chart was built from (with the release name).
	Props OptioChartProps
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
	// RBAC is present when serviceAccount.create.
	RBAC *AgentRbac
}

// InvalidPropsError is returned by NewOptioChart when the props fail
// Validate: it carries every error, each naming the value's path.
type InvalidPropsError struct {
	// Errors are the findings of Validate.
	Errors field.ErrorList
}

// Error lists every finding on one line, as field.ErrorList.ToAggregate does.
func (e *InvalidPropsError) Error() string {
	return "invalid values: " + e.Errors.ToAggregate().Error()
}

// NewOptioChart validates props and, when they are valid, adds a Chart with
// the whole stack to scope: Namespace, R-config, R-agent-pvc-template, the
// optional ResourceQuota, RBAC, Postgres, Redis, API, web UI, Ingress and
// NetworkPolicies, in that order (the order of the YAML stream, so that
// `kubectl apply -f` creates the Namespace first). An empty ReleaseName means
// DefaultReleaseName. Nothing is added to scope when it returns an error
// (*InvalidPropsError).
func NewOptioChart(scope constructs.Construct, id string, props OptioChartProps) (*OptioChart, error) {
	if props.ReleaseName == "" {
		props.ReleaseName = DefaultReleaseName
	}
	if errs := props.Validate(); len(errs) > 0 && !testhook.SkipChartValidation.Load() {
		return nil, &InvalidPropsError{Errors: errs}
	}
	p := &props
	r := p.Release()
	chart := cdk8s.NewChart(scope, jsii.String(id), &cdk8s.ChartProps{DisableResourceNameHashes: jsii.Bool(true)})
	oc := &OptioChart{Chart: chart, Props: props}

	newNamespace(chart, "namespace", r)
	newConfig(chart, "config", p)
	newAgentPVCTemplate(chart, "agent-pvc-template", r, p.Agent.PVC)
	if p.ResourceQuota.Enabled {
		newResourceQuota(chart, "quota", r, p.ResourceQuota.Hard)
	}
	if p.ServiceAccount.Create {
		oc.RBAC = NewAgentRbac(chart, "rbac", &AgentRbacProps{
			Release:                   r,
			ServiceAccountName:        p.ServiceAccount.Name,
			ServiceAccountAnnotations: p.ServiceAccount.Annotations,
		})
	}
	secretName := r.ObjectName(ComponentConfig)
	if p.ExistingSecret != "" {
		secretName = p.ExistingSecret
	}
	if p.Postgresql.Enabled {
		pw := secretName
		if p.ExistingSecret == "" && p.Postgresql.Auth.Password == "" {
			pw = "" // auth.disabled without a password: trust (see Validate)
		}
		oc.Postgres = NewInClusterPostgres(chart, "postgres", &InClusterPostgresProps{
			Release: r, Values: p.Postgresql, PasswordSecret: pw, ImagePullSecrets: p.ImagePullSecrets,
		})
	}
	if p.Redis.Enabled {
		oc.Redis = NewInClusterRedis(chart, "redis", &InClusterRedisProps{Release: r, Values: p.Redis, ImagePullSecrets: p.ImagePullSecrets})
	}
	oc.API = NewOptioApi(chart, "api", &OptioApiProps{
		Release:            r,
		Values:             p.API,
		ConfigName:         r.ObjectName(ComponentConfig),
		ConfigIsConfigMap:  p.ExistingSecret != "",
		ExistingSecret:     p.ExistingSecret,
		ConfigChecksum:     p.ConfigChecksum(),
		ServiceAccountName: p.ServiceAccount.Name,
		ImagePullSecrets:   p.ImagePullSecrets,
	})
	oc.Web = NewOptioWeb(chart, "web", &OptioWebProps{
		Release: r, Values: p.Web, APIPort: p.API.Port, ImagePullSecrets: p.ImagePullSecrets,
	})
	if p.Ingress.Enabled {
		oc.Ingress = NewOptioIngress(chart, "ingress", &OptioIngressProps{
			Release: r, Values: p.Ingress, APIPort: p.API.Port, WebPort: p.Web.Port,
		})
	}
	if p.NetworkPolicy.Enabled {
		np := constructs.NewConstruct(chart, jsii.String("network-policies"))
		networkPolicy(np, "api", r, ComponentAPI, p.API.Port, nil)
		networkPolicy(np, "web", r, ComponentWeb, p.Web.Port, nil)
		if p.Postgresql.Enabled {
			networkPolicy(np, "postgres", r, ComponentPostgres, PostgresPort, []string{ComponentAPI})
		}
		if p.Redis.Enabled {
			networkPolicy(np, "redis", r, ComponentRedis, RedisPort, []string{ComponentAPI})
		}
	}
	return oc, nil
}
