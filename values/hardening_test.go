package values_test

import (
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/values"
	"k8s.io/apimachinery/pkg/util/intstr"
)

func ptr[T any](v T) *T { return &v }

// warningsWith returns the warnings of pinned() after change that start
// with prefix.
func warningsWith(change func(p *releaseValues), prefix string) []string {
	p := pinned()
	change(&p)
	var out []string
	for _, w := range p.Warnings() {
		if strings.HasPrefix(w, prefix) {
			out = append(out, w)
		}
	}
	return out
}

func TestHardeningWarnings(t *testing.T) {
	cases := []struct {
		name   string
		change func(p *releaseValues)
		want   string
	}{
		{"pod context off", func(p *releaseValues) { p.API.PodSecurityContext.Enabled = ptr(false) },
			"api.podSecurityContext.enabled: false: the pods get no securityContext"},
		{"container context off", func(p *releaseValues) { p.Web.ContainerSecurityContext.Enabled = ptr(false) },
			"web.containerSecurityContext.enabled: false"},
		{"pod root", func(p *releaseValues) { p.Postgresql.PodSecurityContext.RunAsUser = ptr(int64(0)) },
			"postgresql.podSecurityContext.runAsUser: 0: the containers run as root"},
		{"container root", func(p *releaseValues) { p.Redis.ContainerSecurityContext.RunAsUser = ptr(int64(0)) },
			"redis.containerSecurityContext.runAsUser: 0"},
		{"runAsNonRoot false", func(p *releaseValues) { p.API.PodSecurityContext.RunAsNonRoot = ptr(false) },
			"api.podSecurityContext.runAsNonRoot: false"},
		{"privileged", func(p *releaseValues) { p.API.ContainerSecurityContext.Privileged = ptr(true) },
			"api.containerSecurityContext.privileged: true"},
		{"escalation", func(p *releaseValues) { p.API.ContainerSecurityContext.AllowPrivilegeEscalation = ptr(true) },
			"api.containerSecurityContext.allowPrivilegeEscalation: true"},
		{"escalation unset (null)", func(p *releaseValues) { p.API.ContainerSecurityContext.AllowPrivilegeEscalation = nil },
			"api.containerSecurityContext.allowPrivilegeEscalation: unset"},
		{"added capabilities", func(p *releaseValues) {
			p.Web.ContainerSecurityContext.Capabilities = &values.CapabilitiesValues{Add: []string{"NET_ADMIN"}, Drop: []string{"ALL"}}
		}, "web.containerSecurityContext.capabilities.add: NET_ADMIN: adds Linux capabilities"},
		{"drop without ALL", func(p *releaseValues) {
			p.Web.ContainerSecurityContext.Capabilities = &values.CapabilitiesValues{Drop: []string{"NET_RAW"}}
		}, "web.containerSecurityContext.capabilities.drop: does not drop ALL"},
		{"writable root", func(p *releaseValues) { p.API.ContainerSecurityContext.ReadOnlyRootFilesystem = ptr(false) },
			"api.containerSecurityContext.readOnlyRootFilesystem: false"},
		{"unconfined", func(p *releaseValues) {
			p.API.PodSecurityContext.SeccompProfile = &values.SeccompProfileValues{Type: "Unconfined"}
		}, "api.podSecurityContext.seccompProfile.type: Unconfined"},
		{"no seccomp at all", func(p *releaseValues) { p.API.PodSecurityContext.SeccompProfile = nil },
			"api.podSecurityContext.seccompProfile: unset"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path, _, _ := strings.Cut(tc.want, ":")
			got := warningsWith(tc.change, path+":")
			if len(got) != 1 || !strings.HasPrefix(got[0], tc.want) {
				t.Errorf("warnings at %s = %q, want one starting %q", path, got, tc.want)
			}
		})
	}
	// A disabled database is not warned about; nor are the defaults
	// (TestNoWarningsForACarefulConfiguration).
	if got := warningsWith(func(p *releaseValues) {
		p.Postgresql.Enabled = false
		p.Postgresql.PodSecurityContext.RunAsUser = ptr(int64(0))
	}, "postgresql."); len(got) > 0 {
		t.Errorf("disabled postgresql warned: %q", got)
	}
	// A context turned off gives one warning, not one per field it omits.
	if got := warningsWith(func(p *releaseValues) {
		p.API.ContainerSecurityContext.Enabled = ptr(false)
		p.API.ContainerSecurityContext.Privileged = ptr(true)
	}, "api.containerSecurityContext"); len(got) != 1 {
		t.Errorf("container context off: %q", got)
	}
}

// A percentage rounds up to pods as the disruption controller does.
func TestPDBPercentageBlocksDrains(t *testing.T) {
	cases := []struct {
		replicas int32
		min, max string
		blocks   bool
	}{
		{1, "50%", "", true},
		{2, "60%", "", true},
		{2, "50%", "", false},
		{3, "67%", "", true},  // 2.01 pods round up to 3
		{3, "66%", "", false}, // 1.98 pods round up to 2
		{4, "75%", "", false},
		{4, "76%", "", true},
		{1, "", "0%", true},
		{1, "", "1%", false}, // rounds up to 1 pod
		{0, "100%", "", false},
	}
	for _, tc := range cases {
		var v intstr.IntOrString
		pdb := values.PDBValues{Enabled: true}
		if tc.min != "" {
			v = intstr.FromString(tc.min)
			pdb.MinAvailable = &v
		} else {
			v = intstr.FromString(tc.max)
			pdb.MaxUnavailable = &v
		}
		got := warningsWith(func(p *releaseValues) {
			p.API.Replicas = new(tc.replicas)
			p.API.PDB = pdb
		}, "api.pdb:")
		if (len(got) == 1) != tc.blocks {
			t.Errorf("%d replicas, minAvailable %q maxUnavailable %q: warnings %q, want blocking %v", tc.replicas, tc.min, tc.max, got, tc.blocks)
		}
		if tc.blocks && len(got) == 1 && !strings.Contains(got[0], "rounds up to") {
			t.Errorf("the warning does not explain the rounding: %s", got[0])
		}
	}
}

func TestExternalURLIgnoredWhileInCluster(t *testing.T) {
	got := warningsWith(func(p *releaseValues) {
		p.ExternalDatabase.URL = "postgres://u:pw@db:5432/optio"
		p.ExternalRedis.URL = "redis://cache:6379"
	}, "external")
	want := []string{
		"externalDatabase.url: ignored: postgresql.enabled is true, so the API uses the in-cluster database optio-postgres",
		"externalRedis.url: ignored: redis.enabled is true, so the API uses the in-cluster Redis optio-redis",
	}
	if len(got) != 2 || !strings.HasPrefix(got[0], want[0]) || !strings.HasPrefix(got[1], want[1]) {
		t.Errorf("warnings %q, want %q", got, want)
	}
	if strings.Contains(strings.Join(got, ""), "pw@") {
		t.Error("a URL is printed")
	}
}
