package optio_test

import (
	"reflect"
	"testing"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/policy"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

func TestHardAntiAffinityRollsInPlace(t *testing.T) {
	p := testutil.ValidProps()
	p.API.AntiAffinity = "hard"
	objs := testutil.Objects(t, p)
	want := map[string]interface{}{"type": "RollingUpdate", "rollingUpdate": map[string]interface{}{"maxSurge": float64(0), "maxUnavailable": float64(1)}}
	if got := testutil.Must(t, objs, "Deployment/optio-api").Get("spec", "strategy"); !reflect.DeepEqual(got, want) {
		t.Errorf("hard: strategy = %v, want %v (a surge pod could never schedule)", got, want)
	}
	if got := testutil.Must(t, objs, "Deployment/optio-web").Get("spec", "strategy"); got != nil {
		t.Errorf("soft: strategy = %v, want the default", got)
	}
}

func TestProbes(t *testing.T) {
	objs := testutil.Objects(t, testutil.ValidProps())
	web := container(t, testutil.Must(t, objs, "Deployment/optio-web"))
	if web.Get("livenessProbe", "tcpSocket", "port") != float64(3000) || web.Get("readinessProbe", "httpGet", "path") != "/" {
		t.Errorf("web probes: liveness %v readiness %v", web.Get("livenessProbe"), web.Get("readinessProbe"))
	}
	for _, id := range []string{"Deployment/optio-api", "Deployment/optio-web", "Deployment/optio-postgres", "Deployment/optio-redis"} {
		c := container(t, testutil.Must(t, objs, id))
		if c.Get("readinessProbe") == nil || c.Get("livenessProbe") == nil {
			t.Errorf("%s lacks a probe", id)
		}
	}
}

func TestSecurityContextsCanBeDisabled(t *testing.T) {
	p := testutil.ValidProps()
	off := false
	p.Postgresql.PodSecurityContext.Enabled = &off
	p.Postgresql.ContainerSecurityContext.Enabled = &off
	d := testutil.Must(t, testutil.Objects(t, p), "Deployment/optio-postgres")
	if d.Get("spec", "template", "spec", "securityContext") != nil || container(t, d).Get("securityContext") != nil {
		t.Error("securityContext emitted with enabled: false")
	}
}

func TestAntiAffinity(t *testing.T) {
	for _, mode := range []string{"soft", "hard", ""} {
		t.Run("mode="+mode, func(t *testing.T) {
			p := testutil.ValidProps()
			p.API.AntiAffinity = values.AntiAffinity(mode)
			p.Web.AntiAffinity = values.AntiAffinity(mode)
			objs := testutil.Objects(t, p)
			for _, c := range []string{"api", "web"} {
				spec := manifest.Object(testutil.Must(t, objs, "Deployment/optio-"+c).PodSpec())
				pref := spec.Get("affinity", "podAntiAffinity", "preferredDuringSchedulingIgnoredDuringExecution", 0)
				req := spec.Get("affinity", "podAntiAffinity", "requiredDuringSchedulingIgnoredDuringExecution", 0)
				switch mode {
				case "soft":
					term := manifest.Object(pref.(map[string]interface{}))
					if term.Get("weight") != float64(100) || term.Get("podAffinityTerm", "topologyKey") != "kubernetes.io/hostname" ||
						term.Get("podAffinityTerm", "labelSelector", "matchLabels", "app.kubernetes.io/component") != c || req != nil {
						t.Errorf("%s soft: %v", c, spec.Get("affinity"))
					}
				case "hard":
					term := manifest.Object(req.(map[string]interface{}))
					if term.Get("topologyKey") != "kubernetes.io/hostname" || pref != nil ||
						term.Get("labelSelector", "matchLabels", "app.kubernetes.io/instance") != "optio" {
						t.Errorf("%s hard: %v", c, spec.Get("affinity"))
					}
				default:
					if spec.Get("affinity") != nil {
						t.Errorf("%s none: affinity = %v", c, spec.Get("affinity"))
					}
				}
			}
		})
	}
}

func TestWorkloadsPassPolicy(t *testing.T) {
	cases := map[string]func(p *optio.OptioChartProps){
		"seed defaults": func(p *optio.OptioChartProps) {},
		"quota with limits only": func(p *optio.OptioChartProps) {
			p.ResourceQuota.Enabled = true
			p.ResourceQuota.Hard = values.ResourceList{"limits.cpu": "4", "limits.memory": "8Gi"}
		},
		"everything on": func(p *optio.OptioChartProps) {
			p.Ingress.Enabled, p.NetworkPolicy.Enabled = true, true
			p.API.Autoscaling.Enabled, p.Web.PDB.Enabled = true, true
		},
	}
	for name, change := range cases {
		t.Run(name, func(t *testing.T) {
			p := testutil.ValidProps()
			change(&p)
			objs, err := manifest.Parse([]byte(testutil.Synth(t, p)))
			if err != nil {
				t.Fatal(err)
			}
			if v := policy.Check(objs); len(v) > 0 {
				t.Errorf("policy violations: %v", v)
			}
		})
	}
}

func TestPolicyCatchesViolations(t *testing.T) {
	p := testutil.ValidProps()
	p.Redis.ContainerSecurityContext.ReadOnlyRootFilesystem = nil
	p.Redis.PodSecurityContext.RunAsNonRoot = nil
	objs, err := manifest.Parse([]byte(testutil.Synth(t, p)))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, v := range policy.Check(objs) {
		got = append(got, v.String())
	}
	want := []string{
		`Deployment/optio-redis (namespace optio) container redis: PodSecurity restricted:latest: runAsNonRoot != true (pod or container "redis" must set securityContext.runAsNonRoot=true)`,
		`Deployment/optio-redis (namespace optio) container redis: readOnlyRootFilesystem != true (container "redis" must set securityContext.readOnlyRootFilesystem=true)`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("violations:\n got %v\nwant %v", got, want)
	}
}

func TestSecurityOverrides(t *testing.T) {
	p := testutil.ValidProps()
	uid := int64(2000)
	p.API.PodSecurityContext.RunAsUser = &uid
	p.API.NodeSelector = map[string]string{"pool": "optio"}
	p.API.Tolerations = []values.Toleration{{Key: "dedicated", Operator: "Equal", Value: "optio", Effect: "NoSchedule"}}
	spec := manifest.Object(testutil.Must(t, testutil.Objects(t, p), "Deployment/optio-api").PodSpec())
	if got := spec.Get("securityContext", "runAsUser"); got != float64(2000) {
		t.Errorf("runAsUser = %v", got)
	}
	if got := spec.Get("securityContext", "fsGroup"); got != float64(1000) {
		t.Errorf("fsGroup = %v (other defaults must stay)", got)
	}
	if got := spec.Get("nodeSelector", "pool"); got != "optio" {
		t.Errorf("nodeSelector = %v", spec.Get("nodeSelector"))
	}
	want := map[string]interface{}{"key": "dedicated", "operator": "Equal", "value": "optio", "effect": "NoSchedule"}
	if got := spec.Get("tolerations", 0); !reflect.DeepEqual(got, want) {
		t.Errorf("tolerations = %v", spec.Get("tolerations"))
	}
	def := manifest.Object(testutil.Must(t, testutil.Objects(t, testutil.ValidProps()), "Deployment/optio-api").PodSpec())
	if def.Get("nodeSelector") != nil || def.Get("tolerations") != nil {
		t.Error("nodeSelector/tolerations emitted by default")
	}
}
