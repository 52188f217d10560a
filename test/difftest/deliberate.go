package difftest

import (
	"regexp"
	"strings"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// Deliberate is a refusal this program makes on purpose where the API
// server would accept the objects. Each one is listed, with the same ID,
// in the README's section "Refusals beyond the API server".
type Deliberate struct {
	// ID names the rule in the README's table.
	ID string
	// Path matches the value path that starts the error line.
	Path *regexp.Regexp
	// Message matches the rest of the error line.
	Message *regexp.Regexp
	// When, if set, must hold for the value path and the values (e.g. the
	// section holding the path is off).
	When func(path string, p *optio.OptioChartProps) bool
}

func rx(s string) *regexp.Regexp { return regexp.MustCompile(s) }

// any matches every message.
var anyMessage = rx(``)

// DeliberateRefusals is the table of deliberate refusals. Each entry is a
// rule of Validate that goes beyond the API server on purpose; the
// differential tester fails on a refusal the server does not share unless
// one of these explains it.
var DeliberateRefusals = []Deliberate{
	// Image references: the server takes any image string; the kubelet
	// then fails with InvalidImageName or ErrImagePull.
	{ID: "image-reference", Path: rx(`\.image\.(repository|tag)$`), Message: anyMessage},
	// Enumerations the server defaults ("" pullPolicy, "" service type) or
	// never sees (LOG_LEVEL is an environment variable, antiAffinity picks a
	// structure, an Ingress path's service picks a Service name).
	{ID: "enums", Path: rx(`(\.pullPolicy|^agent\.imagePullPolicy|^api\.env\.LOG_LEVEL|\.antiAffinity|\.service\.type|^ingress\.hosts\[\d+\]\.paths\[\d+\]\.service|^(api|web)\.listenAddress)$`), Message: rx(`^Unsupported value`)},
	// Values the program needs, although the objects would be valid
	// without them.
	{ID: "required-values", Path: rx(`^(encryption\.key|postgresql\.auth\.(password|database|username)|externalDatabase\.url|externalRedis\.url|auth|ingress\.hosts(\[\d+\]\.(host|paths))?|ingress\.certManager\.clusterIssuer|ingress\.tls\[\d+\]\.secretName|resourceQuota\.hard|imagePullSecrets\[\d+\]\.name)$`), Message: rx(`^Required value`)},
	// URLs go into the API's environment (a Secret or ConfigMap), which
	// the server does not parse.
	{ID: "urls", Path: rx(`^(publicUrl|externalDatabase\.url|externalRedis\.url|auth\.gitlab\.baseUrl|web\.publicApiUrl)$`), Message: anyMessage},
	// The settings of Optio's chart of today that reach only the API's
	// environment (login, GitHub App, push, telemetry, the agent runtime):
	// the server does not parse them; the 0.4.0 API does, and would fail
	// or create agent pods the server refuses.
	{ID: "api-environment", Path: rx(`^(auth\.oidc\.|github\.app\.|notifications\.|observability\.|credentialSecret$|agent\.(image\.prefix|nodeSelector|tolerations|statefulSet|cache|repoInitTimeoutMs))`), Message: anyMessage},
	// An earlier name of an autoscaling target beside its current name
	// with another value: which one was meant is unknown.
	{ID: "autoscaling-renamed", Path: rx(`\.autoscaling\.(targetCPU|targetMemory)$`), Message: rx(`is the earlier name of`)},
	// The agent PVC template is a ConfigMap the API reads at run time; a PVC
	// with these values would be refused then.
	{ID: "agent-pvc", Path: rx(`^agent\.pvc\.`), Message: anyMessage},
	// CPU and memory requests and limits on every container.
	{ID: "resources-required", Path: rx(`\.resources\.(requests|limits)\.(cpu|memory)$`), Message: rx(`^Required value: every container`)},
	// Every derived name is a 63-character DNS label: the release name is
	// at most 44 characters.
	{ID: "release-name-length", Path: rx(`^releaseName$`), Message: rx(`derived name .* must be no more than 63`)},
	// Service names start with a letter (DNS-1035), as every Kubernetes
	// version before 1.34 requires; newer API servers accept a digit.
	{ID: "release-name-letter", Path: rx(`^releaseName$`), Message: rx(`derived name .*DNS-1035 label`)},
	// A nodePort that is not a number, 0, or given with another type: the
	// Service would get a node port picked by the cluster, or none.
	{ID: "node-port", Path: rx(`\.service\.nodePort$`), Message: rx(`must be a port number|may only be set when type is NodePort|^Invalid value: 0: `)},
	// targetMemory below 0 would silently leave memory out of the HPA.
	// The same host and path twice: the controller would route it to one
	// of the two backends, unpredictably.
	{ID: "ingress-duplicate-path", Path: rx(`^ingress\.hosts\[\d+\]\.paths\[\d+\]\.path$`), Message: rx(`^Duplicate value`)},
	// A path starts with "/", also with ImplementationSpecific, where the
	// server accepts an empty path.
	{ID: "ingress-path-absolute", Path: rx(`^ingress\.hosts\[\d+\]\.paths\[\d+\]\.path$`), Message: rx(`must be an absolute path|^Required value: an absolute path`)},
	// TLS hosts are checked as rule hosts are: no IP addresses.
	{ID: "ingress-tls-hosts", Path: rx(`^ingress\.tls\[\d+\]\.hosts\[\d+\]$`), Message: rx(`not an IP address`)},
	// ingress-nginx (the default class) refuses non-ASCII, regex and
	// escaped paths under Prefix and Exact, and directive-like paths.
	{ID: "ingress-nginx-paths", Path: rx(`^ingress\.hosts\[\d+\]\.paths\[\d+\]\.path$`), Message: rx(`ingress-nginx`)},
	// cert-manager's ingress-shim refuses an Ingress whose TLS entries
	// share a Secret, and skips entries without hosts.
	{ID: "cert-manager-tls", Path: rx(`^ingress\.(hosts\[\d+\]\.host|tls\[\d+\]\.(secretName|hosts))$`), Message: rx(`certificate Secret|^Duplicate value|cert-manager`)},
	// The pods' image pull Secrets are names the server does not check; a
	// wrong one fails every image pull.
	{ID: "pull-secret-names", Path: rx(`^imagePullSecrets\[\d+\]\.name$`), Message: anyMessage},
	// Integers beyond 2^53 would reach the output rounded (cdk8s's
	// runtime carries numbers as doubles).
	{ID: "number-precision", Path: rx(`\.tolerationSeconds$`), Message: rx(`2\^53`)},
	// Text (README: "Text and control characters"): control characters in
	// values whose reader restricts them (Ingress paths, cert-manager's
	// issuer name, the Postgres names and OAuth client IDs in environment
	// variables, capabilities, seccomp profiles), characters that cdk8s's
	// YAML writer leaves unescaped, text that is not UTF-8, and the map key
	// "constructor", which cdk8s's JavaScript renderer cannot render.
	{ID: "text-control-characters", Path: rx(`.`), Message: rx(`^Invalid value: .*must not contain control characters`)},
	{ID: "text-yaml-unsafe", Path: rx(`.`), Message: rx(`cdk8s writes it unescaped`)},
	{ID: "text-utf8", Path: rx(`.`), Message: rx(`must be UTF-8 text`)},
	{ID: "text-js-key", Path: rx(`.`), Message: rx(`^Forbidden: the key .* cannot be written: cdk8s`)},
	// Values the current settings do not use are checked too, so a bad
	// value fails now, not on the day it is used.
	{ID: "unused-values", Path: rx(`.`), Message: anyMessage, When: Unused},
}

// Unused tells whether the value at path is one the values p do not use:
// a section that is off, replicas under an HPA, a security context that is
// turned off, manual TLS entries with cert-manager, and so on.
func Unused(path string, p *optio.OptioChartProps) bool {
	type rule struct {
		prefix string
		off    bool
	}
	off := []rule{
		{"postgresql.", !p.Postgresql.Enabled},
		{"redis.", !p.Redis.Enabled},
		{"ingress.", !p.Ingress.Enabled},
		{"ingress.tls", p.Ingress.CertManager.Enabled},
		{"ingress.certManager.clusterIssuer", !p.Ingress.CertManager.Enabled},
		{"resourceQuota.", !p.ResourceQuota.Enabled},
		{"externalDatabase.", p.Postgresql.Enabled},
		{"externalRedis.", p.Redis.Enabled},
		{"serviceAccount.annotations", !p.ServiceAccount.Create},
		{"api.replicas", p.API.Autoscaling.Enabled},
		{"web.replicas", p.Web.Autoscaling.Enabled},
		{"api.pdb.", !p.API.PDB.Enabled},
		{"web.pdb.", !p.Web.PDB.Enabled},
		{"api.autoscaling.", !p.API.Autoscaling.Enabled},
		{"web.autoscaling.", !p.Web.Autoscaling.Enabled},
		// Optio's chart of today.
		{"optio.", !p.Optio.Enabled},
		{"installedSkillsCache.", !p.InstalledSkillsCache.Enabled},
		{"auth.oidc.", p.Auth.OIDC.IssuerURL == "" && !strings.HasPrefix(path, "auth.oidc.issuerUrl")},
		{"notifications.vapid.", p.Notifications.Vapid.PublicKey == "" && path != "notifications.vapid.publicKey"},
		{"observability.otel.", !p.Observability.OTel.Enabled},
	}
	isOff := func(b *bool) bool { return b != nil && !*b }
	for name, s := range map[string]values.SchedulingValues{
		"api": p.API.SchedulingValues, "web": p.Web.SchedulingValues,
		"postgresql": p.Postgresql.SchedulingValues, "redis": p.Redis.SchedulingValues,
		"optio": p.Optio.SchedulingValues,
	} {
		off = append(off,
			rule{name + ".podSecurityContext.", isOff(s.PodSecurityContext.Enabled)},
			rule{name + ".containerSecurityContext.", isOff(s.ContainerSecurityContext.Enabled)})
	}
	for _, o := range off {
		if o.off && strings.HasPrefix(path, o.prefix) {
			return true
		}
	}
	return false
}

// Explain returns the ID of the deliberate refusal that covers one line of
// our error report, or "" when none does.
func Explain(line string, p *optio.OptioChartProps) string {
	path, msg, _ := cut(line)
	for _, d := range DeliberateRefusals {
		if d.Path.MatchString(path) && d.Message.MatchString(msg) && (d.When == nil || d.When(path, p)) {
			return d.ID
		}
	}
	return ""
}

// cut splits "path: rest" at the first ": ".
func cut(line string) (path, rest string, ok bool) {
	if i := strings.Index(line, ": "); i >= 0 {
		return line[:i], line[i+2:], true
	}
	return "", line, false
}
