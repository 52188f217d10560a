package difftest

import (
	"k8s.io/apimachinery/pkg/util/intstr"
	"strings"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/values"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// Deliberate is a refusal this program makes on purpose where the API
// server would accept the objects. Each one is listed, with the same ID,
// in docs/validation.md, section "Refusals beyond the API server".
type Deliberate struct {
	// ID names the rule in docs/validation.md's table. For a rule of Validate it
	// is the rule's identity, the Origin of its errors (values.Rule*).
	ID string
	// When, if set, decides instead of the Origin: it must hold for the
	// value path and the values (e.g. the section holding the path is
	// off), whatever the rule.
	When func(path string, p *optio.OptioChartProps) bool
}

// DeliberateRefusals is the table of deliberate refusals: every rule
// identity of Validate (values.Rules, which documents each) and the
// unused values. The differential tester fails on a refusal the server does
// not share unless one of these explains it.
var DeliberateRefusals = append(rules(),
	// Values the current settings do not use are checked too, so a bad
	// value fails now, not on the day it is used.
	Deliberate{ID: "unused-values", When: Unused},
)

// rules lists values.Rules as Deliberate entries.
func rules() []Deliberate {
	var out []Deliberate
	for _, id := range values.Rules() {
		out = append(out, Deliberate{ID: id})
	}
	return out
}

// set tells whether an int-or-string value is given ("" is unset, as in
// the chart's templates).
func set(v *intstr.IntOrString) bool {
	return v != nil && !(v.Type == intstr.String && v.StrVal == "")
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
		{"gatewayAPI.", !p.GatewayAPI.Enabled},
		{"gatewayAPI.listeners", !p.GatewayAPI.OwnGateway()},
		{"postgresql.tls.existingSecret", !p.Postgresql.TLS.Enabled},
		{"redis.tls.existingSecret", !p.Redis.TLS.Enabled || p.Redis.TLS.AutoGenerateCert},
		{"redis.auth.", !p.Redis.Auth.Enabled},
		{"internalTLS.certManager.", p.InternalTLS.Provider != values.ProviderCertManager},
		{"keygen.", !p.KeygenNeeded()},
		{"externalDatabase.", p.Postgresql.Enabled},
		{"externalRedis.", p.Redis.Enabled},
		{"serviceAccount.annotations", !p.ServiceAccount.Create},
		{"api.replicas", p.API.Autoscaling.Enabled},
		{"web.replicas", p.Web.Autoscaling.Enabled},
		{"api.pdb.", !p.API.PDB.Enabled},
		{"web.pdb.", !p.Web.PDB.Enabled},
		// Replaced by another value (each warned about): a set affinity
		// replaces the antiAffinity preset, an existing claim the storage.
		{"api.antiAffinity", values.AffinitySet(p.API.Affinity)},
		{"web.antiAffinity", values.AffinitySet(p.Web.Affinity)},
		{"postgresql.storage.", p.Postgresql.Persistence.ExistingClaim != ""},
		// Both set: minAvailable wins (pdb-both's warning).
		{"api.pdb.maxUnavailable", set(p.API.PDB.MinAvailable)},
		{"web.pdb.maxUnavailable", set(p.Web.PDB.MinAvailable)},
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

// Explain returns the ID of the deliberate refusal that covers one error
// of our validation, or "" when none does (nil, an error of a rule the API
// server shares, a failure that is not a value's): the rule's identity
// (the error's Origin), or unused-values for any error about a value p does
// not use.
func Explain(e *field.Error, p *optio.OptioChartProps) string {
	if e == nil {
		return ""
	}
	for _, d := range DeliberateRefusals {
		if d.When != nil && d.When(e.Field, p) || d.When == nil && e.Origin == d.ID {
			return d.ID
		}
	}
	return ""
}
