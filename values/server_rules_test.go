package values_test

import (
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/values"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

func i64(v int64) *int64 { return &v }

func yes() *bool { b := true; return &b }

func no() *bool { b := false; return &b }

// ruleCase breaks one rule found by the differential tester
// (test/difftest); the error must name the value's path.
type ruleCase struct {
	name   string
	change func(p *releaseValues)
	path   string
	typ    field.ErrorType
	detail string // a substring of the message
}

// checkRuleCases checks that each case's change gives exactly one error, of
// its type, at its path (exactly, or with exact false a path below it), with
// detail in the message.
func checkRuleCases(t *testing.T, cases []ruleCase, exact bool) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := validRelease()
			tc.change(&p)
			errs := p.Validate()
			if len(errs) != 1 {
				t.Fatalf("want exactly one error at %s, got %d: %v", tc.path, len(errs), errs)
			}
			e := errs[0]
			if (exact && e.Field != tc.path) || !strings.HasPrefix(e.Field, tc.path) || e.Type != tc.typ {
				t.Errorf("got %s (%s), want path %s type %s", e.Field, e.Type, tc.path, tc.typ)
			}
			if !strings.Contains(e.Error(), tc.detail) {
				t.Errorf("message %q lacks %q", e.Error(), tc.detail)
			}
		})
	}
}

// TestServerRules: the API server's rules on pods, quotas and labels that
// the differential tester found missing, each refused with the value path.
func TestServerRules(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"release name ends in a dash (instance label)", func(p *releaseValues) { p.ReleaseName = "optio-" },
			"releaseName", field.ErrorTypeInvalid, "app.kubernetes.io/instance label"},
		{"toleration with no key needs Exists", func(p *releaseValues) {
			p.API.Tolerations = []values.Toleration{{Operator: "Equal", Value: "x"}}
		}, "api.tolerations[0].operator", field.ErrorTypeInvalid, "must be Exists when key is empty"},
		{"toleration value is a label value", func(p *releaseValues) {
			p.Redis.Tolerations = []values.Toleration{{Key: "k", Value: "a b"}}
		}, "redis.tolerations[0].value", field.ErrorTypeInvalid, "valid label"},
		{"toleration value of 64", func(p *releaseValues) {
			p.Web.Tolerations = []values.Toleration{{Key: "k", Operator: "Equal", Value: strings.Repeat("v", 64)}}
		}, "web.tolerations[0].value", field.ErrorTypeInvalid, "63"},
		{"tolerationSeconds needs NoExecute", func(p *releaseValues) {
			p.Postgresql.Tolerations = []values.Toleration{{Key: "k", Operator: "Exists", Effect: "NoSchedule", TolerationSeconds: i64(5)}}
		}, "postgresql.tolerations[0].effect", field.ErrorTypeInvalid, "NoExecute"},
		{"pod runAsUser above 2147483647", func(p *releaseValues) { p.API.PodSecurityContext.RunAsUser = i64(2147483648) },
			"api.podSecurityContext.runAsUser", field.ErrorTypeInvalid, "2147483647"},
		{"pod runAsGroup negative", func(p *releaseValues) { p.Web.PodSecurityContext.RunAsGroup = i64(-1) },
			"web.podSecurityContext.runAsGroup", field.ErrorTypeInvalid, "between 0 and 2147483647"},
		{"fsGroup too high", func(p *releaseValues) { p.Redis.PodSecurityContext.FSGroup = i64(1 << 31) },
			"redis.podSecurityContext.fsGroup", field.ErrorTypeInvalid, "2147483647"},
		{"supplemental group too high", func(p *releaseValues) {
			p.Postgresql.PodSecurityContext.SupplementalGroups = []int64{1, 2147483648}
		}, "postgresql.podSecurityContext.supplementalGroups[1]", field.ErrorTypeInvalid, "2147483647"},
		{"container runAsUser negative", func(p *releaseValues) { p.API.ContainerSecurityContext.RunAsUser = i64(-1) },
			"api.containerSecurityContext.runAsUser", field.ErrorTypeInvalid, "between 0"},
		{"container runAsGroup too high", func(p *releaseValues) { p.Web.ContainerSecurityContext.RunAsGroup = i64(1 << 40) },
			"web.containerSecurityContext.runAsGroup", field.ErrorTypeInvalid, "2147483647"},
		{"fsGroupChangePolicy enum", func(p *releaseValues) { p.Postgresql.PodSecurityContext.FSGroupChangePolicy = "onRootMismatch" },
			"postgresql.podSecurityContext.fsGroupChangePolicy", field.ErrorTypeNotSupported, "OnRootMismatch"},
		{"Localhost seccomp needs a profile", func(p *releaseValues) {
			p.API.PodSecurityContext.SeccompProfile = &values.SeccompProfileValues{Type: "Localhost"}
		}, "api.podSecurityContext.seccompProfile.localhostProfile", field.ErrorTypeRequired, "Localhost"},
		{"seccomp profile must be relative", func(p *releaseValues) {
			p.Web.ContainerSecurityContext.SeccompProfile = &values.SeccompProfileValues{Type: "Localhost", LocalhostProfile: "/etc/p.json"}
		}, "web.containerSecurityContext.seccompProfile.localhostProfile", field.ErrorTypeInvalid, "relative"},
		{"seccomp profile without ..", func(p *releaseValues) {
			p.Redis.PodSecurityContext.SeccompProfile = &values.SeccompProfileValues{Type: "Localhost", LocalhostProfile: "a/../../p.json"}
		}, "redis.podSecurityContext.seccompProfile.localhostProfile", field.ErrorTypeInvalid, ".."},
		{"seccomp profile only with Localhost", func(p *releaseValues) {
			p.API.ContainerSecurityContext.SeccompProfile = &values.SeccompProfileValues{Type: "RuntimeDefault", LocalhostProfile: "p.json"}
		}, "api.containerSecurityContext.seccompProfile.localhostProfile", field.ErrorTypeForbidden, "only be set when type is Localhost"},
		{"privileged container", func(p *releaseValues) {
			p.Web.ContainerSecurityContext.Privileged = yes()
			p.Web.ContainerSecurityContext.AllowPrivilegeEscalation = yes()
		}, "web.containerSecurityContext.privileged", field.ErrorTypeForbidden, "--allow-privileged"},
		{"CAP_SYS_ADMIN without escalation", func(p *releaseValues) {
			p.API.ContainerSecurityContext.Capabilities = &values.CapabilitiesValues{Add: []string{"CAP_SYS_ADMIN"}, Drop: []string{"ALL"}}
		}, "api.containerSecurityContext.capabilities.add", field.ErrorTypeForbidden, "CAP_SYS_ADMIN"},
		{"container resource without a domain", func(p *releaseValues) { p.API.Resources.Limits["gpu"] = "1" },
			"api.resources.limits.gpu", field.ErrorTypeInvalid, "extended resource"},
		{"quota name as a container resource", func(p *releaseValues) { p.Web.Resources.Requests["requests.cpu"] = "1" },
			"web.resources.requests.requests.cpu", field.ErrorTypeInvalid, "must be cpu, memory"},
		{"storage is not a container resource", func(p *releaseValues) { p.Redis.Resources.Limits["storage"] = "1Gi" },
			"redis.resources.limits.storage", field.ErrorTypeInvalid, "must be cpu, memory"},
		{"extended resource request needs a limit", func(p *releaseValues) { p.API.Resources.Requests["example.com/gpu"] = "1" },
			"api.resources.limits.example.com/gpu", field.ErrorTypeRequired, "cannot be overcommitted"},
		{"extended resource request equals its limit", func(p *releaseValues) {
			p.Web.Resources.Requests["example.com/gpu"] = "1"
			p.Web.Resources.Limits["example.com/gpu"] = "2"
		}, "web.resources.requests.example.com/gpu", field.ErrorTypeInvalid, "must be equal to the example.com/gpu limit"},
		{"extended resource is an integer", func(p *releaseValues) { p.API.Resources.Limits["example.com/gpu"] = "500m" },
			"api.resources.limits.example.com/gpu", field.ErrorTypeInvalid, "integer"},
		{"hugepages limit is a multiple of the page size", func(p *releaseValues) { p.Postgresql.Resources.Limits["hugepages-2Mi"] = "3Mi" },
			"postgresql.resources.limits.hugepages-2Mi", field.ErrorTypeInvalid, "multiple of the page size 2Mi"},
		{"requests. prefix with a domain", func(p *releaseValues) { p.API.Resources.Limits["requests.example.com/gpu"] = "1" },
			"api.resources.limits.requests.example.com/gpu", field.ErrorTypeInvalid, "extended resource name"},
		{"quota: storage without requests.", func(p *releaseValues) {
			p.ResourceQuota.Enabled = true
			p.ResourceQuota.Hard["storage"] = "100Gi"
		}, "resourceQuota.hard[storage]", field.ErrorTypeInvalid, "requests.storage"},
		{"quota: limits.hugepages", func(p *releaseValues) {
			p.ResourceQuota.Enabled = true
			p.ResourceQuota.Hard["limits.hugepages-2Mi"] = "4Mi"
		}, "resourceQuota.hard[limits.hugepages-2Mi]", field.ErrorTypeInvalid, "hugepages"},
		{"quota: pods is a whole number", func(p *releaseValues) {
			p.ResourceQuota.Enabled = true
			p.ResourceQuota.Hard["pods"] = "1.5"
		}, "resourceQuota.hard[pods]", field.ErrorTypeInvalid, "whole number"},
		{"quota: extended resource is a whole number", func(p *releaseValues) {
			p.ResourceQuota.Enabled = true
			p.ResourceQuota.Hard["example.com/gpu"] = "500m"
		}, "resourceQuota.hard[example.com/gpu]", field.ErrorTypeInvalid, "whole number"},
	}, true)
}

// TestServerRulesAccept: what the API server accepts, the rules accept.
func TestServerRulesAccept(t *testing.T) {
	p := validRelease()
	p.API.Tolerations = []values.Toleration{
		{Operator: "Exists"},
		{Key: "dedicated", Value: "", Effect: "NoExecute", TolerationSeconds: i64(0)},
		{Key: "k", Operator: "Equal", Value: strings.Repeat("v", 63)},
	}
	p.API.PodSecurityContext.RunAsUser = i64(0)
	p.API.PodSecurityContext.SupplementalGroups = []int64{0, 2147483647}
	p.API.PodSecurityContext.FSGroupChangePolicy = "Always"
	p.API.PodSecurityContext.SeccompProfile = &values.SeccompProfileValues{Type: "Localhost", LocalhostProfile: "profiles/optio.json"}
	p.Web.ContainerSecurityContext.Privileged = no()
	p.Web.ContainerSecurityContext.Capabilities = &values.CapabilitiesValues{Add: []string{"SYS_ADMIN"}}
	p.Redis.PodSecurityContext = values.PodSecurityContextValues{Enabled: no(), RunAsUser: i64(-5)} // turned off: omitted
	p.API.Resources.Requests["example.com/gpu"] = "2"
	p.API.Resources.Limits["example.com/gpu"] = "2"
	p.Web.Resources.Limits["hugepages-2Mi"] = "4Mi"
	p.Web.Resources.Requests["ephemeral-storage"] = "1Gi"
	p.Postgresql.Resources.Limits["kubernetes.io/something"] = "1"
	p.ResourceQuota.Enabled = true
	p.ResourceQuota.Hard["requests.hugepages-2Mi"] = "1Gi"
	p.ResourceQuota.Hard["requests.example.com/gpu"] = "4"
	p.ResourceQuota.Hard["requests.storage"] = "1.5Ti"
	p.ReleaseName = "a"
	if errs := p.Validate(); len(errs) != 0 {
		t.Fatalf("errs = %v", errs)
	}
}

// TestTolerationSecondsBeyondDoubles: an integer a double cannot hold
// exactly is refused, not written rounded.
func TestTolerationSecondsBeyondDoubles(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"2^53", func(p *releaseValues) {
			p.API.Tolerations = []values.Toleration{{Key: "k", Operator: "Exists", Effect: "NoExecute", TolerationSeconds: new(int64(1 << 53))}}
		}, "api.tolerations[0].tolerationSeconds", field.ErrorTypeInvalid, "2^53"},
	}, true)
	p := validRelease()
	p.API.Tolerations = []values.Toleration{{Key: "k", Operator: "Exists", Effect: "NoExecute", TolerationSeconds: new(int64(1<<53 - 1))}}
	if errs := p.Validate(); len(errs) != 0 {
		t.Errorf("2^53-1: %v", errs)
	}
}
