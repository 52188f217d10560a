package values

import (
	"slices"

	"k8s.io/apimachinery/pkg/util/validation/field"
)

// Rule identities: the field.Error.Origin of every error of a rule that is
// this program's own, not the Kubernetes API server's (a refusal made on
// purpose where the server would accept the objects). Each is a row of the
// table "Refusals beyond the API server" in docs/validation.md, and the differential
// tester (test/difftest) explains a refusal the server does not share by
// this identity alone. Errors of the rules that mirror the API server carry
// no Origin.
const (
	// RuleImageReference: an image repository or tag that is not a valid
	// reference (the server takes any image string).
	RuleImageReference = "image-reference"
	// RuleEnums: enumerations the server defaults ("" pullPolicy, ""
	// service type) or never sees (LOG_LEVEL, antiAffinity, an Ingress
	// path's service).
	RuleEnums = "enums"
	// RuleRequiredValues: values Optio needs although the objects would be
	// valid without them.
	RuleRequiredValues = "required-values"
	// RuleURLs: URLs that go into the API's environment, which the server
	// does not parse.
	RuleURLs = "urls"
	// RuleAgentPVC: the agent PVC template, a ConfigMap the API reads at run
	// time.
	RuleAgentPVC = "agent-pvc"
	// RuleQuotaFit: a ResourceQuota the release's own pods do not fit into
	// at a rollout's peak (the server takes the quota, then refuses pods).
	RuleQuotaFit = "quota-fit"
	// RuleAPIHost: api.host, an environment variable (API_HOST).
	RuleAPIHost = "api-host"
	// RulePostgresImage: an image of a Postgres distribution that starts
	// otherwise than the official image (the pod would crash-loop).
	RulePostgresImage = "postgres-image"
	// RuleResourcesRequired: CPU and memory requests and limits on every
	// container.
	RuleResourcesRequired = "resources-required"
	// RuleReleaseNameLength: every derived name is a 63-character DNS
	// label, so the release name is at most 44 characters.
	RuleReleaseNameLength = "release-name-length"
	// RuleReleaseNameLetter: Service names are DNS-1035 labels (starting
	// with a letter), as Kubernetes before 1.34 requires.
	RuleReleaseNameLetter = "release-name-letter"
	// RuleNodePort: a nodePort that is not a number, 0, or set with
	// another Service type.
	RuleNodePort = "node-port"
	// RuleIngressDuplicatePath: the same host and path twice.
	RuleIngressDuplicatePath = "ingress-duplicate-path"
	// RuleIngressPathAbsolute: a path starts with "/", also with
	// ImplementationSpecific.
	RuleIngressPathAbsolute = "ingress-path-absolute"
	// RuleIngressTLSHosts: TLS hosts are DNS names, not IP addresses, as
	// rule hosts are.
	RuleIngressTLSHosts = "ingress-tls-hosts"
	// RuleIngressNginxPaths: paths ingress-nginx (the default class)
	// refuses.
	RuleIngressNginxPaths = "ingress-nginx-paths"
	// RuleCertManagerTLS: TLS entries cert-manager's ingress-shim refuses
	// or skips.
	RuleCertManagerTLS = "cert-manager-tls"
	// RuleObjectNames: the names of objects the release refers to
	// (imagePullSecrets, existingSecret, the TLS and Redis password
	// Secrets, ...) are valid object names, DNS-1123 subdomains. The API
	// server checks such a name in some references (envFrom) but not in
	// others (imagePullSecrets, a Secret volume, a secretKeyRef), where a
	// name no object can have leaves the pod waiting for ever.
	RuleObjectNames = "object-names"
	// RuleNumberPrecision: integers beyond 2^53, which cdk8s's runtime
	// would round, or which YAML has already read inexactly (an unquoted
	// ID or quantity).
	RuleNumberPrecision = "number-precision"
	// RuleTextControlCharacters: control characters in a value whose
	// reader restricts them.
	RuleTextControlCharacters = "text-control-characters"
	// RuleTextYAMLUnsafe: characters cdk8s's YAML writer leaves unescaped
	// (YAMLUnsafe).
	RuleTextYAMLUnsafe = "text-yaml-unsafe"
	// RuleTextUTF8: text that is not UTF-8.
	RuleTextUTF8 = "text-utf8"
	// RuleTextJSKey: the map key "constructor", which cdk8s's JavaScript
	// renderer cannot render.
	RuleTextJSKey = "text-js-key"
	// RuleRedisTLSSecret: redis.tls.autoGenerateCert false without
	// redis.tls.existingSecret (the chart mounts a Secret nothing creates).
	RuleRedisTLSSecret = "redis-tls-secret"
	// RuleInternalPaths: an Ingress path at or below /api/internal, the
	// API's agent-only endpoints (docs/security.md).
	RuleInternalPaths = "internal-paths"
	// RuleGatewayOrIngress: gatewayAPI.enabled with ingress.enabled.
	RuleGatewayOrIngress = "gateway-or-ingress"
	// RuleGatewayValues: Gateway API values the CRDs take but no route of
	// ours can use (a listener protocol other than HTTP and HTTPS, TLS on
	// HTTP, HTTPS without a certificate, a parent of another kind or group,
	// no class for R-gateway).
	RuleGatewayValues = "gateway-values"
	// RuleInternalTLS: internalTLS values outside their lists, an empty
	// issuer group (they choose objects, not field values).
	RuleInternalTLS = "internal-tls"
	// RuleAPIEnvironment: values of Optio's chart of today that reach only
	// the API's environment (login, GitHub App, push, telemetry, the agent
	// runtime) and break a rule of their reader, the 0.4.0 API.
	RuleAPIEnvironment = "api-environment"
	// RuleAutoscalingRenamed: an autoscaling target's earlier name
	// (targetCPU, targetMemory) beside its current name with another value.
	RuleAutoscalingRenamed = "autoscaling-renamed"
	// RuleLabelsReserved: a commonLabels or podLabels key the release sets
	// itself (ReservedLabel), a podAnnotations key checksum/config: the
	// selectors, the prune command, Optio's lookup of the assistant and the
	// API's rollout on a configuration change rely on their values.
	RuleLabelsReserved = "labels-reserved"
	// RuleExtraEnv: an extraEnvVars name the release sets in that
	// container (Kubernetes takes the last of two, so ours would be
	// replaced without a word), or a fileKeyRef (the pods have no volume
	// of the user's to read it from).
	RuleExtraEnv = "extra-env"
	// RuleBindingFields: fields of the Kubernetes types the values take
	// (affinity) that the generated bindings of Kubernetes 1.28, through
	// which cdk8s writes every object, do not know and would drop:
	// matchLabelKeys and mismatchLabelKeys of a pod affinity term (1.29).
	RuleBindingFields = "binding-fields"
)

// Rules lists every rule identity, in the order of docs/validation.md's table.
func Rules() []string {
	return []string{
		RuleImageReference, RuleEnums, RuleRequiredValues, RuleURLs, RuleAgentPVC,
		RuleQuotaFit, RuleAPIHost, RulePostgresImage,
		RuleResourcesRequired, RuleReleaseNameLength, RuleReleaseNameLetter,
		RuleNodePort, RuleIngressDuplicatePath, RuleIngressPathAbsolute,
		RuleIngressTLSHosts, RuleIngressNginxPaths, RuleCertManagerTLS,
		RuleObjectNames, RuleNumberPrecision, RuleTextControlCharacters,
		RuleTextYAMLUnsafe, RuleTextUTF8, RuleTextJSKey,
		RuleRedisTLSSecret, RuleInternalPaths, RuleGatewayOrIngress, RuleGatewayValues, RuleInternalTLS,
		RuleAPIEnvironment, RuleAutoscalingRenamed, RuleLabelsReserved, RuleExtraEnv, RuleBindingFields,
	}
}

// withDefaultOrigin sets origin on the errors of errs that carry none of
// this package's rules (none at all, or an origin of apimachinery's
// validation such as "format=k8s-label-key", which says which check failed
// but not why this program makes it) and returns errs.
func withDefaultOrigin(errs field.ErrorList, origin string) field.ErrorList {
	for _, e := range errs {
		if !slices.Contains(Rules(), e.Origin) {
			e.Origin = origin
		}
	}
	return errs
}

// withOriginOf sets origin on the errors of errs of type t and returns
// errs.
func withOriginOf(errs field.ErrorList, t field.ErrorType, origin string) field.ErrorList {
	for _, e := range errs {
		if e.Type == t {
			e.Origin = origin
		}
	}
	return errs
}
