package values

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	apivalidation "k8s.io/apimachinery/pkg/api/validation"

	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// Validate checks every value the way the API server checks its objects and
// returns all findings at once, each with the value's path (e.g.
// api.service.nodePort). Rules come from the Optio Helm chart 0.1.0
// (required values, enumerations), from what the Optio images need, and
// from Kubernetes (names, quantities, ports). With existingSecret, the
// checks of secret values do not apply: those come from the Secret.
// releaseName is the release the values are for ("" is checked as
// DefaultReleaseName); chartNamespace is the namespace an empty namespace
// value takes (in cdk8s, the chart's: ChartProps.Namespace), "" for none.
func (p *Values) Validate(releaseName, chartNamespace string) field.ErrorList {
	var errs field.ErrorList
	errs = append(errs, p.validateRequired()...)
	name := releaseName
	if name == "" {
		name = DefaultReleaseName
	}
	errs = append(errs, validateReleaseName(field.NewPath("releaseName"), name)...)
	errs = append(errs, p.validateNamespace(chartNamespace)...)

	errs = append(errs, p.API.Validate(field.NewPath("api"))...)
	errs = append(errs, p.Web.Validate(field.NewPath("web"))...)
	web := field.NewPath("web")
	if a, aok := NodePortNumber(p.API.Service.NodePort); aok && p.API.Service.Type == "NodePort" && p.Web.Service.Type == "NodePort" {
		if w, wok := NodePortNumber(p.Web.Service.NodePort); wok && a == w {
			errs = append(errs, field.Duplicate(web.Child("service", "nodePort"), w))
		}
	}
	errs = append(errs, p.Agent.Validate(field.NewPath("agent"))...)
	// Disabled sections are checked too: a bad value fails now, not on the
	// day the section is turned on.
	errs = append(errs, p.Postgresql.Validate(field.NewPath("postgresql"))...)
	errs = append(errs, p.Redis.Validate(field.NewPath("redis"))...)
	errs = append(errs, p.validateTLS()...)        // tls.go
	errs = append(errs, p.validateGatewayAPI()...) // gateway.go
	errs = append(errs, validateURL(field.NewPath("externalDatabase", "url"), p.ExternalDatabase.URL, true, "postgres", "postgresql")...)
	errs = append(errs, validateURL(field.NewPath("externalRedis", "url"), p.ExternalRedis.URL, true, "redis", "rediss")...)
	errs = append(errs, validateURL(field.NewPath("publicUrl"), p.PublicURL, false, "http", "https")...)
	errs = append(errs, validateURL(field.NewPath("auth", "gitlab", "baseUrl"), p.Auth.Gitlab.BaseURL, false, "http", "https")...)

	errs = append(errs, p.Ingress.Validate(field.NewPath("ingress"))...)
	errs = append(errs, p.ResourceQuota.Validate(field.NewPath("resourceQuota"))...)
	errs = append(errs, p.validateQuotaFit()...) // quota_fit.go
	sa := field.NewPath("serviceAccount")
	errs = append(errs, ValidateObjectName(sa.Child("name"), p.ServiceAccount.Name)...)
	errs = append(errs, apivalidation.ValidateAnnotations(p.ServiceAccount.Annotations, sa.Child("annotations"))...)
	errs = append(errs, ValidateLocalObjectReferences(field.NewPath("imagePullSecrets"), p.ImagePullSecrets)...)
	errs = append(errs, validateExtraLabels(field.NewPath("commonLabels"), p.CommonLabels)...) // pod.go
	errs = append(errs, p.validateReservedEnv()...)                                            // pod.go
	if p.ExistingSecret != "" {
		errs = append(errs, ValidateObjectName(field.NewPath("existingSecret"), p.ExistingSecret)...)
	}
	errs = append(errs, p.validateSecretURLs()...)
	errs = append(errs, p.validateChartToday()...)       // chart_today.go: the values of Optio's chart of today
	errs = append(errs, p.validateSizes(releaseName)...) // sizes.go
	errs = append(errs, p.validateStrings(errs)...)      // last: skips what is reported
	return errs
}

// validateNamespace checks the namespace value against ChartProps.Namespace:
// one of them is required, and both set must agree.
func (p *Values) validateNamespace(chartNS string) field.ErrorList {
	path := field.NewPath("namespace")
	switch {
	case p.Namespace == "" && chartNS == "":
		return field.ErrorList{field.Required(path, "the namespace of every namespaced object (or ChartProps.Namespace)")}
	case p.Namespace != "" && chartNS != "" && p.Namespace != chartNS:
		return field.ErrorList{field.Invalid(path, p.Namespace, fmt.Sprintf("differs from the chart's namespace %q (ChartProps.Namespace); set one of them, or both alike", chartNS))}
	case p.Namespace == "":
		return validateNamespaceName(path, chartNS)
	}
	return validateNamespaceName(path, p.Namespace)
}

func validateNamespaceName(path *field.Path, ns string) field.ErrorList {
	var errs field.ErrorList
	for _, msg := range validation.IsDNS1123Label(ns) {
		errs = append(errs, field.Invalid(path, ns, msg))
	}
	return errs
}

// validateRequired holds the cross-value rules of the Optio Helm chart
// 0.1.0: an encryption key, a Postgres password unless auth is disabled, an
// external URL for each in-cluster service turned off, an OAuth provider
// unless auth is disabled.
func (p *Values) validateRequired() field.ErrorList {
	var errs field.ErrorList
	fromSecret := p.ExistingSecret != ""
	if !fromSecret && p.Encryption.Key == "" {
		errs = append(errs, field.Required(field.NewPath("encryption", "key"), "generate one with: openssl rand -hex 32 (or set existingSecret)").WithOrigin(RuleRequiredValues))
	}
	if !fromSecret && p.Postgresql.Enabled && !p.Auth.Disabled && p.Postgresql.Auth.Password == "" {
		errs = append(errs, field.Required(field.NewPath("postgresql", "auth", "password"), "required when postgresql.enabled is true and auth.disabled is false; generate one with: openssl rand -hex 16").WithOrigin(RuleRequiredValues))
	}
	if !fromSecret && !p.Postgresql.Enabled && p.ExternalDatabase.URL == "" {
		errs = append(errs, field.Required(field.NewPath("externalDatabase", "url"), "required when postgresql.enabled is false").WithOrigin(RuleRequiredValues))
	}
	if !p.Redis.Enabled && p.ExternalRedis.URL == "" && !fromSecret {
		errs = append(errs, field.Required(field.NewPath("externalRedis", "url"), "required when redis.enabled is false").WithOrigin(RuleRequiredValues))
	}
	errs = append(errs, p.validateLogin()...) // login.go
	return errs
}

// Enumerations of the values, from the Optio Helm chart 0.1.0 and from
// Kubernetes.
var (
	ServiceTypes   = []string{"ClusterIP", "NodePort", "LoadBalancer"}
	PullPolicies   = []string{"Always", "IfNotPresent", "Never"}
	AntiAffinities = []string{"soft", "hard", ""}
	LogLevels      = []string{"debug", "info", "warn", "error"}
	PathTypes      = []string{"Prefix", "Exact", "ImplementationSpecific"}
	AccessModes    = []string{"ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"}
	IngressTargets = []string{ComponentAPI, ComponentWeb}
)

// validateEnum checks that v is one of allowed (an enumeration type's
// Enum, or a narrower list).
func validateEnum[T ~string](path *field.Path, v T, allowed []string) field.ErrorList {
	for _, a := range allowed {
		if string(v) == a {
			return nil
		}
	}
	return field.ErrorList{field.NotSupported(path, string(v), allowed)}
}

func validateReplicas(path *field.Path, n int32) field.ErrorList {
	if n < 0 {
		return field.ErrorList{field.Invalid(path, n, "must be greater than or equal to 0")}
	}
	return nil
}

// ValidatePort checks a container or Service port: required (0 is
// missing), 1 to 65535.
func ValidatePort(path *field.Path, port int32) field.ErrorList {
	if port == 0 {
		return field.ErrorList{field.Required(path, "a port number between 1 and 65535")}
	}
	var errs field.ErrorList
	for _, msg := range validation.IsValidPortNum(int(port)) {
		errs = append(errs, field.Invalid(path, port, msg))
	}
	return errs
}

// validateURL checks an optional absolute URL with one of schemes and a
// host. A secret URL (it may hold a password) is never shown in an error.
func validateURL(path *field.Path, v string, secret bool, schemes ...string) field.ErrorList {
	if v == "" {
		return nil
	}
	errs := validateURLSyntax(path, v, secret, schemes...)
	return errs.WithOrigin(RuleURLs)
}

func validateURLSyntax(path *field.Path, v string, secret bool, schemes ...string) field.ErrorList {
	var shown interface{} = v
	if secret || mayHoldCredentials(v) {
		shown = field.OmitValueType{}
	}
	if strings.TrimSpace(v) != v {
		return field.ErrorList{field.Invalid(path, shown, "must not begin or end with white space (a URL holds none: percent-encode it, %20)")}
	}
	u, err := url.Parse(v)
	if err != nil {
		// err quotes the input: never shown.
		return field.ErrorList{field.Invalid(path, shown, "must be a URL; percent-encode special characters (such as # / ? @ :) in the user name and password")}
	}
	ok := false
	for _, s := range schemes {
		ok = ok || u.Scheme == s
	}
	if !ok {
		return field.ErrorList{field.Invalid(path, shown, fmt.Sprintf("scheme must be %s", strings.Join(schemes, ":// or ")+"://"))}
	}
	var errs field.ErrorList
	if u.Hostname() == "" {
		errs = append(errs, field.Invalid(path, shown, "must name a host"))
	}
	if port := u.Port(); port != "" {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			errs = append(errs, field.Invalid(path, shown, "port must be between 1 and 65535"))
		}
	}
	return errs
}
