package optio_test

import (
	"maps"
	"slices"
	"strings"
	"testing"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

func TestConfigChecksumRollsTheApi(t *testing.T) {
	a := testutil.ValidProps()
	b := testutil.ValidProps()
	if a.ConfigChecksum() != b.ConfigChecksum() {
		t.Fatal("same config, different checksums")
	}
	for name, change := range map[string]func(p *optio.OptioChartProps){
		"secret value":     func(p *optio.OptioChartProps) { p.Encryption.Key = "other" },
		"setting":          func(p *optio.OptioChartProps) { p.Agent.PVC.Size = "20Gi" },
		"database address": func(p *optio.OptioChartProps) { p.Postgresql.Auth.Database = "other" },
	} {
		c := testutil.ValidProps()
		change(&c)
		if c.ConfigChecksum() == a.ConfigChecksum() {
			t.Errorf("%s changed but the checksum did not", name)
		}
	}
	c := testutil.ValidProps()
	c.API.Replicas = new(int32(5)) // not configuration of the API's environment
	if c.ConfigChecksum() != a.ConfigChecksum() {
		t.Error("replicas changed the config checksum")
	}
	objs := testutil.Objects(t, a)
	got := testutil.Must(t, objs, "Deployment/optio-api").Get("spec", "template", "metadata", "annotations", "checksum/config")
	if got != a.ConfigChecksum() {
		t.Errorf("annotation = %v, want %s", got, a.ConfigChecksum())
	}
}

// The seed's "Minimal production values file", expressed as props.
func TestSeedProductionExampleAsProps(t *testing.T) {
	p := optio.DefaultProps()
	p.Encryption.Key = "<output of: openssl rand -hex 32>"
	p.Postgresql.Enabled = false
	p.ExternalDatabase.URL = "postgres://optio:password@your-db.example.com:5432/optio"
	p.Redis.Enabled = false
	p.ExternalRedis.URL = "redis://your-redis.example.com:6379"
	p.Auth.Github = values.OAuthProviderValues{ClientID: "your-github-client-id", ClientSecret: "your-github-client-secret"}
	p.Agent.Image.Repository, p.Agent.Image.Tag = "ghcr.io/your-org/optio-agent-base", "latest"
	p.Agent.ImagePullPolicy = "IfNotPresent"
	p.Ingress.Enabled, p.Ingress.ClassName = true, "nginx"
	p.Ingress.CertManager = values.CertManagerValues{Enabled: true, ClusterIssuer: "letsencrypt-prod"}
	p.ResourceQuota.Enabled = true
	got := slices.Sorted(maps.Keys(testutil.Objects(t, p)))
	want := []string{
		"ClusterRole/optio-optio-node-reader", "ClusterRoleBinding/optio-optio-node-reader", "ConfigMap/optio-agent-pvc-template",
		"Deployment/optio-api", "Deployment/optio-optio", "Deployment/optio-web", "Ingress/optio-ingress", "Namespace/optio",
		"ResourceQuota/optio-quota", "Role/optio-pod-manager", "RoleBinding/optio-pod-manager", "Secret/optio-config",
		"Service/optio-api", "Service/optio-internal-closed", "Service/optio-web", "ServiceAccount/optio",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("objects:\n got %v\nwant %v", got, want)
	}
}
