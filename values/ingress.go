package values

import (
	"fmt"
	"net"
	"regexp"
	"strings"

	apivalidation "k8s.io/apimachinery/pkg/api/validation"

	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// IngressValues configure the Ingress (the Helm chart's "Ingress" values).
type IngressValues struct {
	// Enabled creates R-ingress. Default: false.
	Enabled bool `json:"enabled"`
	// ClassName is spec.ingressClassName; "" omits it. Default: nginx.
	ClassName string `json:"className"`
	// Annotations are added to the Ingress. Default: none.
	Annotations map[string]string `json:"annotations" values:"text"`
	// CertManager configures automatic TLS.
	CertManager CertManagerValues `json:"certManager"`
	// Hosts are the host rules. Default: optio.example.com with / to web
	// and /api, /ws to the API.
	Hosts []IngressHost `json:"hosts"`
	// TLS is the manual TLS configuration, used when certManager is off.
	// Default: none.
	TLS []IngressTLS `json:"tls"`
}

// CertManagerValues configure cert-manager on the Ingress.
type CertManagerValues struct {
	// Enabled adds the cert-manager.io/cluster-issuer annotation and one
	// TLS entry per host. Default: false.
	Enabled bool `json:"enabled"`
	// ClusterIssuer is the ClusterIssuer name. Default: letsencrypt-prod.
	ClusterIssuer string `json:"clusterIssuer"`
}

// IngressHost is one host rule.
type IngressHost struct {
	// Host is a DNS-1123 subdomain, optionally with a leading "*.".
	Host string `json:"host"`
	// Paths of this host.
	Paths []IngressPath `json:"paths"`
}

// IngressPath routes one path to the api or web Service.
type IngressPath struct {
	// Path, e.g. /api.
	Path string `json:"path"`
	// PathType is Prefix, Exact or ImplementationSpecific.
	PathType PathType `json:"pathType"`
	// Service is api or web.
	Service IngressTarget `json:"service"`
}

// IngressTLS is one manual TLS entry.
type IngressTLS struct {
	// SecretName holds the certificate.
	SecretName string `json:"secretName"`
	// Hosts covered by the certificate.
	Hosts []string `json:"hosts"`
}

// IngressClassAnnotation is the legacy annotation that names an Ingress's
// class; Kubernetes refuses it when it differs from spec.ingressClassName.
const IngressClassAnnotation = "kubernetes.io/ingress.class"

// CertManagerIssuerAnnotation is the annotation cert-manager reads on an
// Ingress to issue its certificates.
const CertManagerIssuerAnnotation = "cert-manager.io/cluster-issuer"

// CertManagerNamespacedIssuerAnnotation is the annotation that asks
// cert-manager's ingress-shim for certificates from an Issuer of the
// Ingress's namespace (CertManagerIssuerAnnotation names a ClusterIssuer).
const CertManagerNamespacedIssuerAnnotation = "cert-manager.io/issuer"

// Validate checks the Ingress values at path (e.g. "ingress"), whether or
// not it is enabled.
func (v IngressValues) Validate(path *field.Path) field.ErrorList {
	var errs field.ErrorList
	if v.ClassName != "" {
		errs = append(errs, ValidateObjectName(path.Child("className"), v.ClassName)...)
	}
	errs = append(errs, apivalidation.ValidateAnnotations(v.Annotations, path.Child("annotations"))...)
	if v.Enabled && v.CertManager.Enabled && v.CertManager.ClusterIssuer == "" {
		errs = append(errs, field.Required(path.Child("certManager", "clusterIssuer"), "required when certManager.enabled is true").WithOrigin(RuleRequiredValues))
	}
	if v.Enabled && len(v.Hosts) == 0 {
		errs = append(errs, field.Required(path.Child("hosts"), "at least one host rule when ingress.enabled is true").WithOrigin(RuleRequiredValues))
	}
	seen := map[string]bool{}
	for i, h := range v.Hosts {
		hp := path.Child("hosts").Index(i)
		errs = append(errs, validateHost(hp.Child("host"), h.Host, RuleRequiredValues, "")...)
		for j, pa := range h.Paths {
			key := h.Host + " " + pa.Path
			if seen[key] {
				errs = append(errs, field.Duplicate(hp.Child("paths").Index(j).Child("path"), h.Host+pa.Path).WithOrigin(RuleIngressDuplicatePath))
			}
			seen[key] = true
		}
		if len(h.Paths) == 0 {
			errs = append(errs, field.Required(hp.Child("paths"), "at least one path").WithOrigin(RuleRequiredValues))
		}
		for j, pa := range h.Paths {
			pp := hp.Child("paths").Index(j)
			if !strings.HasPrefix(pa.Path, "/") {
				if pa.Path == "" {
					errs = append(errs, field.Required(pp.Child("path"), "an absolute path (starting with '/')").WithOrigin(RuleIngressPathAbsolute))
				} else {
					errs = append(errs, field.Invalid(pp.Child("path"), pa.Path, "must be an absolute path (start with '/')").WithOrigin(RuleIngressPathAbsolute))
				}
			}
			errs = append(errs, validateEnum(pp.Child("pathType"), pa.PathType, PathTypes)...)
			errs = append(errs, validateEnum(pp.Child("service"), pa.Service, IngressTargets).WithOrigin(RuleEnums)...)
		}
	}
	// Checked even while cert-manager replaces them: a bad value fails now.
	for i, t := range v.TLS {
		tp := path.Child("tls").Index(i)
		errs = append(errs, withOriginOf(ValidateObjectName(tp.Child("secretName"), t.SecretName), field.ErrorTypeRequired, RuleRequiredValues)...)
		for j, h := range t.Hosts {
			errs = append(errs, validateHost(tp.Child("hosts").Index(j), h, "", RuleIngressTLSHosts)...)
		}
	}
	errs = append(errs, v.validateIngressRules(path)...)  // the controllers' rules
	errs = append(errs, v.validateInternalPaths(path)...) // internal_paths.go
	return errs
}

// validateHost accepts a DNS-1123 subdomain or a wildcard "*.sub.domain", as
// the Ingress API does.
func validateHost(path *field.Path, host, requiredOrigin, ipOrigin string) field.ErrorList {
	if host == "" {
		return field.ErrorList{field.Required(path, "").WithOrigin(requiredOrigin)}
	}
	if net.ParseIP(host) != nil {
		return field.ErrorList{field.Invalid(path, host, "must be a DNS name, not an IP address").WithOrigin(ipOrigin)}
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

// NginxClass tells whether an Ingress of class className is served by
// ingress-nginx: the class "nginx" (the chart's default), or no class, which
// leaves the Ingress to the cluster's default class, most often
// ingress-nginx.
func NginxClass(className string) bool {
	return className == "nginx" || className == ""
}

// validateIngressRules checks the Ingress against the rules of the
// Kubernetes API server that validateIngress does not cover (path
// sequences under Prefix and Exact, the class annotation), of
// ingress-nginx (strict paths), and of cert-manager's ingress-shim (one
// Secret per TLS entry).
func (v IngressValues) validateIngressRules(path *field.Path) field.ErrorList {
	var errs field.ErrorList
	if a, ok := v.Annotations[IngressClassAnnotation]; ok && v.ClassName != "" && a != v.ClassName {
		errs = append(errs, field.Invalid(path.Child("annotations").Key(IngressClassAnnotation), a,
			fmt.Sprintf("must equal ingress.className (%q) when both are set; remove the annotation", v.ClassName)))
	}
	for i, h := range v.Hosts {
		for j, pa := range h.Paths {
			pp := path.Child("hosts").Index(i).Child("paths").Index(j).Child("path")
			errs = append(errs, validatePathRules(pp, pa, v.ClassName)...)
		}
	}
	if v.CertManager.Enabled {
		errs = append(errs, validateCertManagerHosts(path.Child("hosts"), v.Hosts).WithOrigin(RuleCertManagerTLS)...)
	} else if certManagerAnnotated(v.Annotations) {
		errs = append(errs, validateCertManagerTLS(path.Child("tls"), v.TLS).WithOrigin(RuleCertManagerTLS)...)
	}
	// With cert-manager's issuer added, the annotations must still fit
	// Kubernetes' 256 KiB (ingress.annotations alone are checked above).
	if v.CertManager.Enabled && apivalidation.ValidateAnnotationsSize(v.Annotations) == nil {
		if err := apivalidation.ValidateAnnotationsSize(IngressAnnotations(v)); err != nil {
			errs = append(errs, field.Invalid(path.Child("certManager", "clusterIssuer"), field.OmitValueType{}, fmt.Sprintf(
				"with ingress.annotations, the Ingress's annotations would exceed %d bytes (256 KiB), the most Kubernetes allows", apivalidation.TotalAnnotationSizeLimitB)))
		}
	}
	return errs
}

// nginxPathChars is ingress-nginx's rule for paths of pathType Prefix and
// Exact (its "strict-validate-path-type" check, on by default since
// controller v1.12): a "/" followed by ASCII letters, digits, ".", "_", "-"
// and "/" only. Anything else (regular expressions, spaces, "%" escapes,
// "~", "*", ";") needs pathType ImplementationSpecific.
var nginxPathChars = regexp.MustCompile(`^/[A-Za-z0-9._/-]*$`)

// nginxForbiddenPath is what ingress-nginx's inspector refuses in any path,
// whatever its pathType: nginx alias and root directives, Lua code, and
// paths of the controller's own secrets and configuration.
var nginxForbiddenPath = regexp.MustCompile(`(?s)\s*alias\s*.*;|(?s)\s*root\s*.*;|/etc/(passwd|shadow|group|nginx|ingress-controller)|/var/run/secrets|_by_lua`)

// kubernetesPathSequences and kubernetesPathSuffixes are what the Ingress
// API refuses in a path of pathType Prefix or Exact.
var (
	kubernetesPathSequences = []string{"//", "/./", "/../", "%2f", "%2F"}
	kubernetesPathSuffixes  = []string{"/..", "/."}
)

// validatePathRules checks one path: the Kubernetes rules for Prefix and
// Exact, then ingress-nginx's when the class is nginx's.
func validatePathRules(fp *field.Path, pa IngressPath, className string) field.ErrorList {
	var errs field.ErrorList
	strict := pa.PathType == "Prefix" || pa.PathType == "Exact"
	if strict && strings.HasPrefix(pa.Path, "/") {
		for _, seq := range kubernetesPathSequences {
			if strings.Contains(pa.Path, seq) {
				errs = append(errs, field.Invalid(fp, pa.Path, fmt.Sprintf("must not contain %q (pathType %s)", seq, pa.PathType)))
			}
		}
		for _, suffix := range kubernetesPathSuffixes {
			if strings.HasSuffix(pa.Path, suffix) {
				errs = append(errs, field.Invalid(fp, pa.Path, fmt.Sprintf("must not end with %q (pathType %s)", suffix, pa.PathType)))
			}
		}
	}
	if len(errs) > 0 || !NginxClass(className) || !strings.HasPrefix(pa.Path, "/") { // validateIngress reports a relative path
		return errs
	}
	if strict && !nginxPathChars.MatchString(pa.Path) {
		errs = append(errs, field.Invalid(fp, pa.Path, fmt.Sprintf("ingress-nginx accepts only letters, digits, '.', '_', '-' and '/' in a path of pathType %s; use pathType ImplementationSpecific for a regular expression", pa.PathType)).WithOrigin(RuleIngressNginxPaths))
	}
	if nginxForbiddenPath.MatchString(pa.Path) {
		errs = append(errs, field.Invalid(fp, pa.Path, "ingress-nginx refuses paths holding nginx directives (alias, root), Lua code, /etc/ or /var/run/secrets").WithOrigin(RuleIngressNginxPaths))
	}
	return errs
}

// validateCertManagerHosts checks the TLS entries CertManagerTLS makes:
// each secret name is a valid Secret name (at most 253 characters), and no
// two different hosts get the same one (optio.example.com and
// optio-example.com both give optio-example-com-tls), which cert-manager
// would refuse for the whole Ingress.
func validateCertManagerHosts(path *field.Path, hosts []IngressHost) field.ErrorList {
	var errs field.ErrorList
	owner := map[string]string{}
	for i, h := range hosts {
		if h.Host == "" {
			continue
		}
		hp := path.Index(i).Child("host")
		name := TLSSecretName(h.Host)
		if prev, ok := owner[name]; ok && prev != h.Host {
			errs = append(errs, field.Duplicate(hp, fmt.Sprintf("%s: its certificate Secret %s is also the one of %s; cert-manager refuses an Ingress whose TLS entries share a Secret", h.Host, name, prev)))
			continue
		}
		owner[name] = h.Host
		if len(validation.IsDNS1123Subdomain(h.Host)) == 0 || len(validation.IsWildcardDNS1123Subdomain(h.Host)) == 0 {
			for _, msg := range validation.IsDNS1123Subdomain(name) {
				errs = append(errs, field.Invalid(hp, h.Host, fmt.Sprintf("its certificate Secret name %s is not valid: %s", name, msg)))
			}
		}
	}
	return errs
}

// certManagerAnnotated tells whether ingress.annotations ask cert-manager to
// manage the Ingress without ingress.certManager.
func certManagerAnnotated(annotations map[string]string) bool {
	_, cluster := annotations[CertManagerIssuerAnnotation]
	_, ns := annotations[CertManagerNamespacedIssuerAnnotation]
	return cluster || ns
}

// validateCertManagerTLS checks manual TLS entries that cert-manager
// manages: cert-manager refuses the whole Ingress when two entries share a
// secretName, and skips an entry without hosts.
func validateCertManagerTLS(path *field.Path, entries []IngressTLS) field.ErrorList {
	var errs field.ErrorList
	seen := map[string]bool{}
	for i, t := range entries {
		tp := path.Index(i)
		if seen[t.SecretName] && t.SecretName != "" {
			errs = append(errs, field.Duplicate(tp.Child("secretName"), t.SecretName))
		}
		seen[t.SecretName] = true
		if len(t.Hosts) == 0 {
			errs = append(errs, field.Required(tp.Child("hosts"), "cert-manager (asked for by ingress.annotations) issues no certificate for a TLS entry without hosts"))
		}
	}
	return errs
}

// CertManagerTLS returns the TLS entries of the Ingress with
// ingress.certManager.enabled: one per distinct host, in the order the
// hosts first appear, each holding that host alone and its TLSSecretName.
// A host listed twice (e.g. once per group of paths) gets one entry, since
// cert-manager's ingress-shim refuses an Ingress whose TLS entries repeat a
// secretName; Validate refuses two different hosts whose secret names
// coincide. Hosts left empty get no entry.
func CertManagerTLS(hosts []IngressHost) []IngressTLS {
	var out []IngressTLS
	seen := map[string]bool{}
	for _, h := range hosts {
		if h.Host == "" || seen[h.Host] {
			continue
		}
		seen[h.Host] = true
		out = append(out, IngressTLS{SecretName: TLSSecretName(h.Host), Hosts: []string{h.Host}})
	}
	return out
}

// TLSSecretName is the certificate Secret of a host with cert-manager, as the
// Optio Helm chart 0.1.0 names it: the host with dots replaced by dashes,
// plus "-tls"; a leading "*." wildcard becomes "wildcard-" ("*" is not
// allowed in a name).
func TLSSecretName(host string) string {
	if rest, ok := strings.CutPrefix(host, "*."); ok {
		host = "wildcard." + rest
	}
	return strings.ReplaceAll(host, ".", "-") + "-tls"
}

// IngressAnnotations merges ingress.annotations with the annotation the chart
// adds (cert-manager's issuer, which wins over a value of the same key): a map,
// so no key is ever duplicated.
func IngressAnnotations(v IngressValues) map[string]string {
	out := make(map[string]string, len(v.Annotations)+1)
	for k, val := range v.Annotations {
		out[k] = val
	}
	if v.CertManager.Enabled {
		out[CertManagerIssuerAnnotation] = v.CertManager.ClusterIssuer
	}
	return out
}
