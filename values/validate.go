package values

import (
	"fmt"
	"maps"
	"net"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/distribution/reference"
	"github.com/opencontainers/go-digest"
	"k8s.io/apimachinery/pkg/api/resource"
	apivalidation "k8s.io/apimachinery/pkg/api/validation"
	metav1validation "k8s.io/apimachinery/pkg/apis/meta/v1/validation"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

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

// tagPattern is an image tag as the distribution reference grammar defines it.
var tagPattern = regexp.MustCompile(`^` + reference.TagRegexp.String() + `$`)

// Node ports Kubernetes allocates by default (--service-node-port-range).
const (
	MinNodePort = 30000
	MaxNodePort = 32767
)

// NodePortNumber returns the node port a nodePort value asks for: ok is
// false for nil or "" (none). A string of digits counts as its number.
func NodePortNumber(v *intstr.IntOrString) (port int32, ok bool) {
	if v == nil {
		return 0, false
	}
	if v.Type == intstr.Int {
		return v.IntVal, true
	}
	if v.StrVal == "" {
		return 0, false
	}
	n, err := strconv.ParseInt(v.StrVal, 10, 32)
	if err != nil {
		return 0, false
	}
	return int32(n), true
}

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
	errs = append(errs, validateURL(field.NewPath("externalDatabase", "url"), p.ExternalDatabase.URL, true, "postgres", "postgresql")...)
	errs = append(errs, validateURL(field.NewPath("externalRedis", "url"), p.ExternalRedis.URL, true, "redis", "rediss")...)
	errs = append(errs, validateURL(field.NewPath("publicUrl"), p.PublicURL, false, "http", "https")...)
	errs = append(errs, validateURL(field.NewPath("auth", "gitlab", "baseUrl"), p.Auth.Gitlab.BaseURL, false, "http", "https")...)

	errs = append(errs, p.Ingress.Validate(field.NewPath("ingress"))...)
	errs = append(errs, p.ResourceQuota.Validate(field.NewPath("resourceQuota"))...)
	sa := field.NewPath("serviceAccount")
	errs = append(errs, ValidateObjectName(sa.Child("name"), p.ServiceAccount.Name)...)
	errs = append(errs, apivalidation.ValidateAnnotations(p.ServiceAccount.Annotations, sa.Child("annotations"))...)
	errs = append(errs, ValidateLocalObjectReferences(field.NewPath("imagePullSecrets"), p.ImagePullSecrets)...)
	if p.ExistingSecret != "" {
		errs = append(errs, ValidateObjectName(field.NewPath("existingSecret"), p.ExistingSecret)...)
	}
	errs = append(errs, p.validateSecretURLs()...)
	errs = append(errs, p.validateChartToday()...)       // chart_today.go: the values of Optio's chart of today
	errs = append(errs, p.validateSizes(releaseName)...) // validate_sizes.go
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

// servedValues are the values the API and the web UI share, with their
// path. replicas is the effective count (nil means Kubernetes' 1).
type servedValues struct {
	path         *field.Path
	image        ImageValues
	replicas     int32
	port         int32
	service      ServiceValues
	resources    ResourcesValues
	antiAffinity string
	pdb          PDBValues
	autoscaling  AutoscalingValues
	scheduling   SchedulingValues
}

// served returns the shared values of the API and the web UI.
func (p *Values) served() []servedValues {
	return []servedValues{p.API.served(field.NewPath("api")), p.Web.served(field.NewPath("web"))}
}

func (v APIValues) served(path *field.Path) servedValues {
	return servedValues{path, v.Image, effectiveReplicas(v.Replicas), v.Port, v.Service, v.Resources, v.AntiAffinity, v.PDB, v.Autoscaling, v.SchedulingValues}
}

func (v WebValues) served(path *field.Path) servedValues {
	return servedValues{path, v.Image, effectiveReplicas(v.Replicas), v.Port, v.Service, v.Resources, v.AntiAffinity, v.PDB, v.Autoscaling, v.SchedulingValues}
}

// effectiveReplicas is the replica count Kubernetes runs: 1 when unset.
func effectiveReplicas(n *int32) int32 {
	if n == nil {
		return 1
	}
	return *n
}

// validate checks what the API and the web UI share.
func (c servedValues) validate(replicas *int32) field.ErrorList {
	var errs field.ErrorList
	errs = append(errs, validateImage(c.path.Child("image"), c.image, false)...)
	if replicas != nil {
		errs = append(errs, validateReplicas(c.path.Child("replicas"), *replicas)...)
	}
	errs = append(errs, ValidatePort(c.path.Child("port"), c.port)...)
	errs = append(errs, validateService(c.path.Child("service"), c.service)...)
	errs = append(errs, validateResources(c.path.Child("resources"), c.resources)...)
	errs = append(errs, validateEnum(c.path.Child("antiAffinity"), c.antiAffinity, AntiAffinities)...)
	errs = append(errs, validatePDB(c.path.Child("pdb"), c.pdb)...)
	errs = append(errs, validateAutoscaling(c.path.Child("autoscaling"), c.autoscaling)...)
	errs = append(errs, validateScheduling(c.path, c.scheduling)...)
	return errs
}

// Validate checks the API's values at path (e.g. "api").
func (v APIValues) Validate(path *field.Path) field.ErrorList {
	errs := v.served(path).validate(v.Replicas)
	if v.Env.LogLevel != "" {
		errs = append(errs, validateEnum(path.Child("env", "LOG_LEVEL"), v.Env.LogLevel, LogLevels)...)
	}
	return append(errs, v.validateToday(path)...) // chart_today.go
}

// Validate checks the web UI's values at path (e.g. "web").
func (v WebValues) Validate(path *field.Path) field.ErrorList {
	errs := v.served(path).validate(v.Replicas)
	return append(errs, v.validateToday(path)...) // chart_today.go
}

// Validate checks the agent values at path (e.g. "agent").
func (v AgentValues) Validate(path *field.Path) field.ErrorList {
	errs := validateImage(path.Child("image"), v.Image.ImageValues, false)
	errs = append(errs, validateEnum(path.Child("imagePullPolicy"), v.ImagePullPolicy, PullPolicies)...)
	errs = append(errs, validateStorageSize(path.Child("pvc", "size"), v.PVC.Size)...)
	errs = append(errs, validateStorageClass(path.Child("pvc", "storageClass"), v.PVC.StorageClass)...)
	errs = append(errs, validateAccessModes(path.Child("pvc", "accessModes"), v.PVC.AccessModes)...)
	errs = append(errs, v.validateRuntime(path)...) // agent_runtime.go
	return errs
}

// Validate checks the PostgreSQL values at path (e.g. "postgresql"),
// whether or not it is enabled.
func (v PostgresqlValues) Validate(path *field.Path) field.ErrorList {
	errs := validateImage(path.Child("image"), v.Image, false)
	errs = append(errs, validateStorageSize(path.Child("storage", "size"), v.Storage.Size)...)
	errs = append(errs, validateStorageClass(path.Child("storage", "storageClass"), v.Storage.StorageClass)...)
	errs = append(errs, validateResources(path.Child("resources"), v.Resources)...)
	errs = append(errs, validateScheduling(path, v.SchedulingValues)...)
	if v.Auth.Database == "" {
		errs = append(errs, field.Required(path.Child("auth", "database"), ""))
	}
	if v.Auth.Username == "" {
		errs = append(errs, field.Required(path.Child("auth", "username"), ""))
	}
	return errs
}

// Validate checks the Redis values at path (e.g. "redis"), whether or not
// it is enabled.
func (v RedisValues) Validate(path *field.Path) field.ErrorList {
	errs := validateImage(path.Child("image"), v.Image, false)
	errs = append(errs, validateResources(path.Child("resources"), v.Resources)...)
	errs = append(errs, validateScheduling(path, v.SchedulingValues)...)
	return errs
}

// Validate checks the ResourceQuota values at path (e.g. "resourceQuota").
func (v ResourceQuotaValues) Validate(path *field.Path) field.ErrorList {
	var errs field.ErrorList
	hard := path.Child("hard")
	for _, k := range slices.Sorted(maps.Keys(v.Hard)) {
		errs = append(errs, validateQuotaResource(hard.Key(QuoteKey(k)), k)...)
		errs = append(errs, validateQuantity(hard.Key(QuoteKey(k)), v.Hard[k])...)
	}
	if v.Enabled && len(v.Hard) == 0 {
		errs = append(errs, field.Required(hard, "a quota with no limits limits nothing"))
	}
	for _, k := range slices.Sorted(maps.Keys(v.Hard)) {
		errs = append(errs, validateQuotaRules(hard.Key(QuoteKey(k)), k, v.Hard[k])...) // validate_server.go
	}
	return errs
}

// ValidateLocalObjectReferences checks that each reference names an object
// (a DNS-1123 subdomain), at path[i].name.
func ValidateLocalObjectReferences(path *field.Path, refs []LocalObjectReference) field.ErrorList {
	var errs field.ErrorList
	for i, s := range refs {
		errs = append(errs, ValidateObjectName(path.Index(i).Child("name"), s.Name)...)
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
		errs = append(errs, field.Required(field.NewPath("encryption", "key"), "generate one with: openssl rand -hex 32 (or set existingSecret)"))
	}
	if !fromSecret && p.Postgresql.Enabled && !p.Auth.Disabled && p.Postgresql.Auth.Password == "" {
		errs = append(errs, field.Required(field.NewPath("postgresql", "auth", "password"), "required when postgresql.enabled is true and auth.disabled is false; generate one with: openssl rand -hex 16"))
	}
	if !fromSecret && !p.Postgresql.Enabled && p.ExternalDatabase.URL == "" {
		errs = append(errs, field.Required(field.NewPath("externalDatabase", "url"), "required when postgresql.enabled is false"))
	}
	if !p.Redis.Enabled && p.ExternalRedis.URL == "" && !fromSecret {
		errs = append(errs, field.Required(field.NewPath("externalRedis", "url"), "required when redis.enabled is false"))
	}
	errs = append(errs, p.validateLogin()...) // login.go
	return errs
}

// validateReleaseName checks that name and every object name derived from
// it are valid Kubernetes names (Services: DNS-1035 labels), which bounds it
// to 44 characters.
func validateReleaseName(path *field.Path, name string) field.ErrorList {
	if name == "" {
		return field.ErrorList{field.Required(path, "the release name prefixes every object name")}
	}
	if errs := validateReleaseLabel(path, name); len(errs) > 0 {
		return errs
	}
	for _, d := range derivedNames {
		n := name + "-" + d.suffix
		msgs := validation.IsDNS1123Label(n)
		switch {
		case d.service:
			msgs = validation.IsDNS1035Label(n)
		case d.subdomain:
			msgs = validation.IsDNS1123Subdomain(n)
		}
		if len(msgs) > 0 {
			return field.ErrorList{field.Invalid(path, name, fmt.Sprintf("derived name %q is not valid: %s", n, strings.Join(msgs, "; ")))}
		}
	}
	return nil
}

func validateEnum(path *field.Path, v string, allowed []string) field.ErrorList {
	for _, a := range allowed {
		if v == a {
			return nil
		}
	}
	return field.ErrorList{field.NotSupported(path, v, allowed)}
}

// validateImage checks an image reference; needPolicy makes the pull
// policy required ("" otherwise omits it).
func validateImage(path *field.Path, img ImageValues, needPolicy bool) field.ErrorList {
	var errs field.ErrorList
	switch {
	case img.Repository == "":
		errs = append(errs, field.Required(path.Child("repository"), ""))
	case strings.ContainsAny(img.Repository, "@"):
		errs = append(errs, field.Invalid(path.Child("repository"), img.Repository, "must not hold a tag or digest: put a digest in tag (tag: sha256:...)"))
	default:
		if named, err := reference.ParseNormalizedNamed(img.Repository); err != nil {
			errs = append(errs, field.Invalid(path.Child("repository"), img.Repository, "must be an image repository such as ghcr.io/your-org/optio-api (lower case): "+err.Error()))
		} else if _, tagged := named.(reference.Tagged); tagged {
			errs = append(errs, field.Invalid(path.Child("repository"), img.Repository, "must not hold a tag: put it in tag"))
		}
	}
	switch {
	case img.Tag == "":
		errs = append(errs, field.Required(path.Child("tag"), ""))
	case strings.Contains(img.Tag, ":"):
		if _, err := digest.Parse(img.Tag); err != nil {
			errs = append(errs, field.Invalid(path.Child("tag"), img.Tag, "must be a tag (e.g. 0.1.0) or a digest (sha256:<64 hex>)"))
		}
	case !tagPattern.MatchString(img.Tag):
		errs = append(errs, field.Invalid(path.Child("tag"), img.Tag, "must be a tag: letters, digits, '_', '.' and '-', at most 128, not starting with '.' or '-'"))
	}
	if needPolicy || img.PullPolicy != "" {
		errs = append(errs, validateEnum(path.Child("pullPolicy"), img.PullPolicy, PullPolicies)...)
	}
	return errs
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

func validateService(path *field.Path, s ServiceValues) field.ErrorList {
	var errs field.ErrorList
	if s.Type != "" {
		errs = validateEnum(path.Child("type"), s.Type, ServiceTypes)
	}
	np := path.Child("nodePort")
	if s.NodePort == nil || (s.NodePort.Type == intstr.String && s.NodePort.StrVal == "") {
		return errs
	}
	port, ok := NodePortNumber(s.NodePort)
	switch {
	case !ok:
		errs = append(errs, field.Invalid(np, s.NodePort.StrVal, "must be a port number (e.g. 30400) or empty"))
	case s.Type != "NodePort":
		errs = append(errs, field.Forbidden(np, fmt.Sprintf("may only be set when type is NodePort (type is %q)", s.Type)))
	case port < MinNodePort || port > MaxNodePort:
		errs = append(errs, field.Invalid(np, port, fmt.Sprintf("must be between %d and %d", MinNodePort, MaxNodePort)))
	}
	return errs
}

func validateQuantity(path *field.Path, v string) field.ErrorList {
	if v == "" {
		return field.ErrorList{field.Required(path, "")}
	}
	q, err := resource.ParseQuantity(v)
	if err != nil {
		return field.ErrorList{field.Invalid(path, v, "must be a Kubernetes quantity such as 500m, 1, 512Mi or 1Gi (note: Mi, Gi, not Mb, Gb)")}
	}
	if q.Sign() < 0 {
		return field.ErrorList{field.Invalid(path, v, "must be greater than or equal to 0")}
	}
	return nil
}

// validateStorageSize checks a PVC size: a quantity greater than zero.
func validateStorageSize(path *field.Path, v string) field.ErrorList {
	if errs := validateQuantity(path, v); len(errs) > 0 {
		return errs
	}
	if q := resource.MustParse(v); q.Sign() <= 0 {
		return field.ErrorList{field.Invalid(path, v, "must be greater than zero")}
	}
	return nil
}

// quotaResources are the names without a domain that a ResourceQuota
// accepts (Kubernetes' IsStandardQuotaResourceName), besides hugepages-<size>
// and requests.hugepages-<size>.
var quotaResources = []string{
	"cpu", "memory", "ephemeral-storage",
	"requests.cpu", "requests.memory", "requests.storage", "requests.ephemeral-storage",
	"limits.cpu", "limits.memory", "limits.ephemeral-storage",
	"pods", "resourcequotas", "services", "replicationcontrollers", "secrets",
	"persistentvolumeclaims", "configmaps", "services.nodeports", "services.loadbalancers",
}

// validateQuotaResource accepts exactly the names the API server accepts in
// resourceQuota.hard: the standard names, hugepages-<size> and
// requests.hugepages-<size>, object counts (count/deployments.apps) and
// domain-qualified names (extended resources, per-storage-class quotas).
// storage and limits.hugepages-<size>, which resemble them, get a message of
// their own.
func validateQuotaResource(path *field.Path, name string) field.ErrorList {
	if errs := validateResourceName(path, name); len(errs) > 0 {
		return errs
	}
	switch {
	case strings.Contains(name, "/"), slices.Contains(quotaResources, name),
		strings.HasPrefix(name, "hugepages-"), strings.HasPrefix(name, "requests.hugepages-"):
		return nil
	case name == "storage", strings.HasPrefix(name, "limits.hugepages-"):
		return field.ErrorList{field.Invalid(path, name, "is not a resource a ResourceQuota limits (e.g. requests.storage, not storage; hugepages only as hugepages-<size> or requests.hugepages-<size>)")}
	}
	return field.ErrorList{field.Invalid(path, name, "must be a standard quota resource (e.g. pods, requests.cpu, limits.memory, persistentvolumeclaims), count/<resource>, or a domain-qualified name")}
}

func validateResourceName(path *field.Path, name string) field.ErrorList {
	var errs field.ErrorList
	for _, msg := range validation.IsQualifiedName(name) {
		errs = append(errs, field.Invalid(path, name, msg))
	}
	return errs
}

// validateResources checks quantities, that CPU and memory have both a
// request and a limit (a namespace quota on limits rejects pods without
// them), and, as the API server does, that no request exceeds its limit.
func validateResources(path *field.Path, r ResourcesValues) field.ErrorList {
	var errs field.ErrorList
	for _, part := range []struct {
		name string
		list ResourceList
	}{{"requests", r.Requests}, {"limits", r.Limits}} {
		for _, res := range []string{"cpu", "memory"} {
			if _, ok := part.list[res]; !ok {
				errs = append(errs, field.Required(path.Child(part.name, res), "every container has CPU and memory requests and limits"))
			}
		}
	}
	for _, part := range []struct {
		name string
		list ResourceList
	}{{"requests", r.Requests}, {"limits", r.Limits}} {
		for _, k := range slices.Sorted(maps.Keys(part.list)) {
			p := path.Child(part.name, QuoteKey(k))
			errs = append(errs, validateResourceName(p, k)...)
			errs = append(errs, validateQuantity(p, part.list[k])...)
		}
	}
	if len(errs) > 0 {
		return errs
	}
	for _, k := range slices.Sorted(maps.Keys(r.Requests)) {
		lim, ok := r.Limits[k]
		if !ok {
			continue
		}
		req, max := resource.MustParse(r.Requests[k]), resource.MustParse(lim)
		if req.Cmp(max) > 0 {
			errs = append(errs, field.Invalid(path.Child("requests", k), r.Requests[k], fmt.Sprintf("must be less than or equal to %s limit of %s", k, lim)))
		}
	}
	return append(errs, validateContainerResourceRules(path, r)...) // validate_server.go
}

func validateStorageClass(path *field.Path, v string) field.ErrorList {
	if v == "" {
		return nil
	}
	return ValidateObjectName(path, v)
}

func validateAccessModes(path *field.Path, modes []string) field.ErrorList {
	if len(modes) == 0 {
		return field.ErrorList{field.Required(path, "at least one access mode")}
	}
	var errs field.ErrorList
	for i, m := range modes {
		errs = append(errs, validateEnum(path.Index(i), m, AccessModes)...)
	}
	return errs
}

// ValidateObjectName checks a required object name: a DNS-1123 subdomain
// (Kubernetes' rule for most object names).
func ValidateObjectName(path *field.Path, name string) field.ErrorList {
	if name == "" {
		return field.ErrorList{field.Required(path, "")}
	}
	var errs field.ErrorList
	for _, msg := range validation.IsDNS1123Subdomain(name) {
		errs = append(errs, field.Invalid(path, name, msg))
	}
	return errs
}

// validateURL checks an optional absolute URL with one of schemes and a
// host. A secret URL (it may hold a password) is never shown in an error.
func validateURL(path *field.Path, v string, secret bool, schemes ...string) field.ErrorList {
	if v == "" {
		return nil
	}
	var shown interface{} = v
	if secret || mayHoldCredentials(v) {
		shown = field.OmitValueType{}
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

func validatePDB(path *field.Path, pdb PDBValues) field.ErrorList {
	if !pdb.Enabled {
		return nil
	}
	var errs field.ErrorList
	// Both set: minAvailable wins, as in Optio's chart (a warning says so).
	for name, v := range map[string]*intstr.IntOrString{"minAvailable": pdb.MinAvailable, "maxUnavailable": pdb.MaxUnavailable} {
		if v == nil {
			continue
		}
		if v.Type == intstr.Int && v.IntVal < 0 {
			errs = append(errs, field.Invalid(path.Child(name), v.IntVal, "must be greater than or equal to 0"))
		}
		if v.Type == intstr.String {
			pct, err := strconv.Atoi(strings.TrimSuffix(v.StrVal, "%"))
			if !strings.HasSuffix(v.StrVal, "%") || err != nil || pct < 0 || pct > 100 {
				errs = append(errs, field.Invalid(path.Child(name), v.StrVal, "must be a number or a percentage between 0% and 100%"))
			}
		}
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Field < errs[j].Field })
	return errs
}

func validateAutoscaling(path *field.Path, a AutoscalingValues) field.ErrorList {
	errs := a.validateAliases(path) // autoscaling_aliases.go: checked even while disabled
	if !a.Enabled {
		return errs
	}
	least := int32(1)
	if a.MinReplicas != nil {
		least = *a.MinReplicas
		if least < 1 {
			errs = append(errs, field.Invalid(path.Child("minReplicas"), least, "must be at least 1"))
		}
	}
	if a.MaxReplicas < least || a.MaxReplicas < 1 {
		errs = append(errs, field.Invalid(path.Child("maxReplicas"), a.MaxReplicas, "must be at least 1 and at least minReplicas"))
	}
	// Utilization is relative to the requests, which validateResources
	// requires.
	for name, v := range map[string]*int32{"targetCPUUtilizationPercentage": a.TargetCPUUtilizationPercentage, "targetMemoryUtilizationPercentage": a.TargetMemoryUtilizationPercentage} {
		if v != nil && *v < 1 {
			errs = append(errs, field.Invalid(path.Child(name), *v, "must be a utilization percentage of at least 1 (or unset)"))
		}
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Field < errs[j].Field })
	return errs
}

// Enumerations of the scheduling and security knobs, from Kubernetes ("" is
// Kubernetes' default: Equal, and all effects).
var (
	TolerationOperators = []string{"Equal", "Exists", ""}
	TaintEffects        = []string{"NoSchedule", "PreferNoSchedule", "NoExecute", ""}
	SeccompProfileTypes = []string{"RuntimeDefault", "Localhost", "Unconfined"}
)

func validateScheduling(path *field.Path, s SchedulingValues) field.ErrorList {
	errs := metav1validation.ValidateLabels(s.NodeSelector, path.Child("nodeSelector"))
	for i, t := range s.Tolerations {
		tp := path.Child("tolerations").Index(i)
		errs = append(errs, validateEnum(tp.Child("operator"), t.Operator, TolerationOperators)...)
		errs = append(errs, validateEnum(tp.Child("effect"), t.Effect, TaintEffects)...)
		if t.Key != "" {
			errs = append(errs, validateResourceName(tp.Child("key"), t.Key)...)
		}
		if t.Operator == "Exists" && t.Value != "" {
			errs = append(errs, field.Invalid(tp.Child("value"), t.Value, "must be empty when operator is Exists"))
		}
	}
	if sp := s.PodSecurityContext.SeccompProfile; sp != nil && sp.Type != "" {
		errs = append(errs, validateEnum(path.Child("podSecurityContext", "seccompProfile", "type"), sp.Type, SeccompProfileTypes)...)
	}
	if sp := s.ContainerSecurityContext.SeccompProfile; sp != nil && sp.Type != "" {
		errs = append(errs, validateEnum(path.Child("containerSecurityContext", "seccompProfile", "type"), sp.Type, SeccompProfileTypes)...)
	}
	// The API server's further rules (validate_server.go).
	errs = append(errs, validateTolerationRules(path.Child("tolerations"), s.Tolerations)...)
	errs = append(errs, validatePodSecurityRules(path.Child("podSecurityContext"), s.PodSecurityContext)...)
	errs = append(errs, validateContainerSecurityRules(path.Child("containerSecurityContext"), s.ContainerSecurityContext)...)
	return errs
}

// Validate checks the Ingress values at path (e.g. "ingress"), whether or
// not it is enabled.
func (v IngressValues) Validate(path *field.Path) field.ErrorList {
	var errs field.ErrorList
	if v.ClassName != "" {
		errs = append(errs, ValidateObjectName(path.Child("className"), v.ClassName)...)
	}
	errs = append(errs, apivalidation.ValidateAnnotations(v.Annotations, path.Child("annotations"))...)
	if v.Enabled && v.CertManager.Enabled && v.CertManager.ClusterIssuer == "" {
		errs = append(errs, field.Required(path.Child("certManager", "clusterIssuer"), "required when certManager.enabled is true"))
	}
	if v.Enabled && len(v.Hosts) == 0 {
		errs = append(errs, field.Required(path.Child("hosts"), "at least one host rule when ingress.enabled is true"))
	}
	seen := map[string]bool{}
	for i, h := range v.Hosts {
		hp := path.Child("hosts").Index(i)
		errs = append(errs, validateHost(hp.Child("host"), h.Host)...)
		for j, pa := range h.Paths {
			key := h.Host + " " + pa.Path
			if seen[key] {
				errs = append(errs, field.Duplicate(hp.Child("paths").Index(j).Child("path"), h.Host+pa.Path))
			}
			seen[key] = true
		}
		if len(h.Paths) == 0 {
			errs = append(errs, field.Required(hp.Child("paths"), "at least one path"))
		}
		for j, pa := range h.Paths {
			pp := hp.Child("paths").Index(j)
			if !strings.HasPrefix(pa.Path, "/") {
				if pa.Path == "" {
					errs = append(errs, field.Required(pp.Child("path"), "an absolute path (starting with '/')"))
				} else {
					errs = append(errs, field.Invalid(pp.Child("path"), pa.Path, "must be an absolute path (start with '/')"))
				}
			}
			errs = append(errs, validateEnum(pp.Child("pathType"), pa.PathType, PathTypes)...)
			errs = append(errs, validateEnum(pp.Child("service"), pa.Service, IngressTargets)...)
		}
	}
	// Checked even while cert-manager replaces them: a bad value fails now.
	for i, t := range v.TLS {
		tp := path.Child("tls").Index(i)
		errs = append(errs, ValidateObjectName(tp.Child("secretName"), t.SecretName)...)
		for j, h := range t.Hosts {
			errs = append(errs, validateHost(tp.Child("hosts").Index(j), h)...)
		}
	}
	errs = append(errs, v.validateIngressRules(path)...) // validate_ingress_rules.go
	return errs
}

// validateHost accepts a DNS-1123 subdomain or a wildcard "*.sub.domain", as
// the Ingress API does.
func validateHost(path *field.Path, host string) field.ErrorList {
	if host == "" {
		return field.ErrorList{field.Required(path, "")}
	}
	if net.ParseIP(host) != nil {
		return field.ErrorList{field.Invalid(path, host, "must be a DNS name, not an IP address")}
	}
	msgs := validation.IsDNS1123Subdomain(host)
	if strings.HasPrefix(host, "*.") {
		msgs = validation.IsWildcardDNS1123Subdomain(host)
	}
	var errs field.ErrorList
	for _, msg := range msgs {
		errs = append(errs, field.Invalid(path, host, msg))
	}
	return errs
}
