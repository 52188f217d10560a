package optio_test

import (
	"encoding/base64"
	"encoding/json"
	"maps"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"k8s.io/apimachinery/pkg/util/intstr"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/policy"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// seedObjects is the object set of the seed's defaults (with the required
// secrets): the contract's "always" rows plus Postgres, Redis and RBAC, and
// the assistant of Optio's chart of today (optio.enabled is true by
// default).
var seedObjects = []string{
	"ClusterRole/optio-optio-node-reader",
	"ClusterRoleBinding/optio-optio-node-reader",
	"ConfigMap/optio-agent-pvc-template",
	"Deployment/optio-api",
	"Deployment/optio-optio",
	"Deployment/optio-postgres",
	"Deployment/optio-redis",
	"Deployment/optio-web",
	"Namespace/optio",
	"PersistentVolumeClaim/optio-postgres-data",
	"Role/optio-pod-manager",
	"RoleBinding/optio-pod-manager",
	"Secret/optio-config",
	"Service/optio-api",
	"Service/optio-postgres",
	"Service/optio-redis",
	"Service/optio-web",
	"ServiceAccount/optio",
}

func TestSeedDefaultsGiveSeedObjectSet(t *testing.T) {
	got := slices.Sorted(maps.Keys(testutil.Objects(t, testutil.ValidProps())))
	if !reflect.DeepEqual(got, seedObjects) {
		t.Errorf("objects:\n got %v\nwant %v", got, seedObjects)
	}
}

func TestConditionals(t *testing.T) {
	cases := []struct {
		name    string
		change  func(p *optio.OptioChartProps)
		added   []string
		removed []string
	}{
		{"postgresql disabled", func(p *optio.OptioChartProps) {
			p.Postgresql.Enabled = false
			p.ExternalDatabase.URL = "postgres://u:p@db.example.com:5432/optio"
		}, nil, []string{"Deployment/optio-postgres", "Service/optio-postgres", "PersistentVolumeClaim/optio-postgres-data"}},
		{"redis disabled", func(p *optio.OptioChartProps) {
			p.Redis.Enabled = false
			p.ExternalRedis.URL = "redis://cache.example.com:6379"
		}, nil, []string{"Deployment/optio-redis", "Service/optio-redis"}},
		{"ingress enabled", func(p *optio.OptioChartProps) { p.Ingress.Enabled = true },
			[]string{"Ingress/optio-ingress"}, nil},
		{"resourceQuota enabled", func(p *optio.OptioChartProps) { p.ResourceQuota.Enabled = true },
			[]string{"ResourceQuota/optio-quota"}, nil},
		{"serviceAccount.create false", func(p *optio.OptioChartProps) { p.ServiceAccount.Create = false },
			nil, []string{"ServiceAccount/optio", "Role/optio-pod-manager", "RoleBinding/optio-pod-manager", "ClusterRole/optio-optio-node-reader", "ClusterRoleBinding/optio-optio-node-reader"}},
		{"existingSecret", func(p *optio.OptioChartProps) { p.ExistingSecret = "mine" },
			[]string{"ConfigMap/optio-config"}, []string{"Secret/optio-config"}},
		{"networkPolicy enabled", func(p *optio.OptioChartProps) { p.NetworkPolicy.Enabled = true },
			[]string{"NetworkPolicy/optio-api", "NetworkPolicy/optio-web", "NetworkPolicy/optio-postgres", "NetworkPolicy/optio-redis"}, nil},
		{"api pdb and autoscaling", func(p *optio.OptioChartProps) {
			p.API.PDB.Enabled = true
			p.API.Autoscaling.Enabled = true
		}, []string{"PodDisruptionBudget/optio-api", "HorizontalPodAutoscaler/optio-api"}, nil},
		{"web pdb and autoscaling", func(p *optio.OptioChartProps) {
			p.Web.PDB.Enabled = true
			p.Web.Autoscaling.Enabled = true
		}, []string{"PodDisruptionBudget/optio-web", "HorizontalPodAutoscaler/optio-web"}, nil},
		{"optio disabled", func(p *optio.OptioChartProps) { p.Optio.Enabled = false },
			nil, []string{"Deployment/optio-optio"}},
		{"installedSkillsCache enabled", func(p *optio.OptioChartProps) { p.InstalledSkillsCache.Enabled = true },
			[]string{"PersistentVolumeClaim/optio-installed-skills-cache"}, nil},
		{"rbac.clusterRole.create false", func(p *optio.OptioChartProps) { p.Rbac.ClusterRole.Create = false },
			nil, []string{"ClusterRole/optio-optio-node-reader", "ClusterRoleBinding/optio-optio-node-reader"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := testutil.ValidProps()
			tc.change(&p)
			got := testutil.Objects(t, p)
			want := map[string]bool{}
			for _, id := range seedObjects {
				want[id] = true
			}
			for _, id := range tc.removed {
				delete(want, id)
			}
			for _, id := range tc.added {
				want[id] = true
			}
			var wantIDs []string
			for id := range want {
				wantIDs = append(wantIDs, id)
			}
			sort.Strings(wantIDs)
			if !reflect.DeepEqual(slices.Sorted(maps.Keys(got)), wantIDs) {
				t.Errorf("objects:\n got %v\nwant %v", slices.Sorted(maps.Keys(got)), wantIDs)
			}
		})
	}
}

func envOf(c manifest.Object) map[string]string {
	out := map[string]string{}
	list, _ := c.Get("env").([]interface{})
	for _, e := range list {
		m := manifest.Object(e.(map[string]interface{}))
		v, _ := m.Get("value").(string)
		out[m.Get("name").(string)] = v
	}
	return out
}

func container(t *testing.T, d manifest.Object) manifest.Object {
	t.Helper()
	c, ok := d.Get("spec", "template", "spec", "containers", 0).(map[string]interface{})
	if !ok {
		t.Fatalf("%s has no container", d.ID())
	}
	return c
}

func TestApiDeployment(t *testing.T) {
	p := testutil.ValidProps()
	p.API.Port = 4100
	p.API.Env.LogLevel = "debug"
	p.ImagePullSecrets = []values.LocalObjectReference{{Name: "reg"}}
	objs := testutil.Objects(t, p)
	d := testutil.Must(t, objs, "Deployment/optio-api")
	c := container(t, d)
	checks := map[string]interface{}{
		"name":                                   "api",
		"image":                                  "optio-api:latest",
		"imagePullPolicy":                        "IfNotPresent",
		"ports.0.containerPort":                  float64(4100),
		"envFrom.0.secretRef.name":               "optio-config",
		"readinessProbe.httpGet.path":            "/api/health",
		"readinessProbe.httpGet.port":            float64(4100),
		"readinessProbe.initialDelaySeconds":     float64(10),
		"readinessProbe.periodSeconds":           float64(10),
		"livenessProbe.httpGet.path":             "/api/health",
		"livenessProbe.initialDelaySeconds":      float64(15),
		"livenessProbe.periodSeconds":            float64(20),
		"resources.requests.cpu":                 "250m",
		"resources.requests.memory":              "512Mi",
		"resources.limits.cpu":                   "1",
		"resources.limits.memory":                "1Gi",
		"securityContext.readOnlyRootFilesystem": true,
	}
	for path, want := range checks {
		if got := c.Get(splitPath(path)...); !reflect.DeepEqual(got, want) {
			t.Errorf("container %s = %#v, want %#v", path, got, want)
		}
	}
	// OPTIO_NAMESPACE and OPTIO_SERVICE_ACCOUNT_NAME come from the
	// downward API (no value; checked below).
	wantEnv := map[string]string{"API_PORT": "4100", "API_HOST": "0.0.0.0", "NODE_ENV": "production", "LOG_LEVEL": "debug",
		"OPTIO_API_INTERNAL_URL": "http://optio-api:4100", "OPTIO_NAMESPACE": "", "OPTIO_SERVICE_ACCOUNT_NAME": ""}
	if got := envOf(c); !reflect.DeepEqual(got, wantEnv) {
		t.Errorf("env = %v, want %v", got, wantEnv)
	}
	spec := manifest.Object(d.PodSpec())
	if got := spec.Get("serviceAccountName"); got != "optio" {
		t.Errorf("serviceAccountName = %v", got)
	}
	if got := spec.Get("automountServiceAccountToken"); got != true {
		t.Errorf("automountServiceAccountToken = %v, want true (the API talks to Kubernetes)", got)
	}
	for _, id := range []string{"Deployment/optio-api", "Deployment/optio-postgres", "Deployment/optio-redis"} {
		ps := manifest.Object(testutil.Must(t, objs, id).PodSpec())
		if got := ps.Get("imagePullSecrets", 0, "name"); got != "reg" {
			t.Errorf("%s imagePullSecrets = %v", id, ps.Get("imagePullSecrets"))
		}
	}
	web := manifest.Object(testutil.Must(t, objs, "Deployment/optio-web").PodSpec())
	if got := web.Get("imagePullSecrets", 0, "name"); got != "reg" {
		t.Errorf("web imagePullSecrets = %v", web.Get("imagePullSecrets"))
	}
	if got := web.Get("automountServiceAccountToken"); got != false {
		t.Errorf("web automountServiceAccountToken = %v, want false", got)
	}
	webEnv := envOf(container(t, testutil.Must(t, objs, "Deployment/optio-web")))
	if webEnv["NEXT_PUBLIC_API_URL"] != "http://optio-api:4100" || webEnv["NEXT_PUBLIC_WS_URL"] != "ws://optio-api:4100" {
		t.Errorf("web env = %v", webEnv)
	}
	if sum, _ := d.Get("spec", "template", "metadata", "annotations", "checksum/config").(string); len(sum) != 64 {
		t.Errorf("checksum/config = %q, want a SHA-256", sum)
	}
}

func splitPath(p string) []interface{} {
	var out []interface{}
	for _, s := range strings.Split(p, ".") {
		if n := s[0]; n >= '0' && n <= '9' {
			i := 0
			for _, ch := range s {
				i = i*10 + int(ch-'0')
			}
			out = append(out, i)
			continue
		}
		out = append(out, s)
	}
	return out
}

func secretData(t *testing.T, o manifest.Object) map[string]string {
	t.Helper()
	data, _ := o.Get("data").(map[string]interface{})
	out := map[string]string{}
	for k, v := range data {
		b, err := base64.StdEncoding.DecodeString(v.(string))
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		out[k] = string(b)
	}
	return out
}

func TestConfigSecretKeys(t *testing.T) {
	p := testutil.ValidProps()
	p.Postgresql.Auth.Password = "p@ss:w/rd?#%"
	p.Auth.Google = values.OAuthProviderValues{ClientID: "only-id"} // half configured: not emitted
	p.Auth.Gitlab.ClientID, p.Auth.Gitlab.ClientSecret = "gl-id", "gl-secret"
	p.Webhook.GithubSecret = "hook"
	p.Agent.PVC.StorageClass = "fast"
	got := secretData(t, testutil.Must(t, testutil.Objects(t, p), "Secret/optio-config"))
	want := map[string]string{
		"DATABASE_URL":                  "postgres://optio:p%40ss%3Aw%2Frd%3F%23%25@optio-postgres:5432/optio",
		"REDIS_URL":                     "redis://optio-redis:6379",
		"OPTIO_ENCRYPTION_KEY":          p.Encryption.Key,
		"OPTIO_AGENT_IMAGE":             "optio-base:latest",
		"OPTIO_IMAGE_PULL_POLICY":       "Never",
		"OPTIO_RUNTIME":                 "kubernetes",
		"OPTIO_AUTH_DISABLED":           "false",
		"GITHUB_OAUTH_CLIENT_ID":        "gh-id",
		"GITHUB_OAUTH_CLIENT_SECRET":    "gh-secret",
		"GITLAB_OAUTH_CLIENT_ID":        "gl-id",
		"GITLAB_OAUTH_CLIENT_SECRET":    "gl-secret",
		"GITHUB_WEBHOOK_SECRET":         "hook",
		"OPTIO_AGENT_PVC_STORAGE_CLASS": "fast",
		"OPTIO_AGENT_PVC_SIZE":          "10Gi",
		"POSTGRES_PASSWORD":             "p@ss:w/rd?#%",
		// Optio 0.4.0's contract, at the defaults.
		"PUBLIC_URL":                             "https://optio.example.com",
		"API_PUBLIC_URL":                         "https://optio.example.com",
		"WEB_PUBLIC_URL":                         "https://optio.example.com",
		"OPTIO_AGENT_IMAGE_PREFIX":               "ghcr.io/jonwiggins/optio-agent-",
		"OPTIO_AGENT_IMAGE_TAG":                  "latest",
		"OPTIO_ENVOY_IMAGE":                      "envoyproxy/envoy:v1.31-latest",
		"OPTIO_STATEFULSET_ENABLED":              "true",
		"OPTIO_TERMINATION_GRACE_PERIOD_SECONDS": "300",
		"OPTIO_CACHE_MAX_SIZE_PER_DIR_GI":        "100",
		"OPTIO_CACHE_MAX_SIZE_TOTAL_GI":          "200",
		"OPTIO_REPO_INIT_TIMEOUT_MS":             "120000",
		"OPTIO_HOME_PVC_SIZE":                    "10Gi",
		"OPTIO_HOME_PVC_STORAGE_CLASS":           "fast",
		"OPTIO_POD_ENABLED":                      "true",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("R-config:\n got %v\nwant %v", got, want)
	}
}

func TestExternalServicesAndPublicUrl(t *testing.T) {
	p := testutil.ValidProps()
	p.PublicURL = "" // derived from the Ingress below
	p.Postgresql.Enabled = false
	p.Redis.Enabled = false
	p.ExternalDatabase.URL = "postgresql://u:p@db:5432/optio?sslmode=require"
	p.ExternalRedis.URL = "rediss://cache:6380"
	p.Ingress.Enabled = true
	p.Ingress.CertManager.Enabled = true
	p.Auth.Gitlab.BaseURL = "https://gitlab.internal"
	got := secretData(t, testutil.Must(t, testutil.Objects(t, p), "Secret/optio-config"))
	for k, want := range map[string]string{
		"DATABASE_URL":          p.ExternalDatabase.URL,
		"REDIS_URL":             p.ExternalRedis.URL,
		"PUBLIC_URL":            "https://optio.example.com",
		"API_PUBLIC_URL":        "https://optio.example.com",
		"WEB_PUBLIC_URL":        "https://optio.example.com",
		"GITLAB_OAUTH_BASE_URL": "https://gitlab.internal",
	} {
		if got[k] != want {
			t.Errorf("%s = %q, want %q", k, got[k], want)
		}
	}
	if _, ok := got["POSTGRES_PASSWORD"]; ok {
		t.Error("POSTGRES_PASSWORD emitted without in-cluster Postgres")
	}
	p.Ingress.CertManager.Enabled = false
	p.Ingress.TLS = []values.IngressTLS{{SecretName: "wild", Hosts: []string{"*.example.com"}}}
	got = secretData(t, testutil.Must(t, testutil.Objects(t, p), "Secret/optio-config"))
	if got["API_PUBLIC_URL"] != "https://optio.example.com" {
		t.Errorf("API_PUBLIC_URL = %q, want https: *.example.com covers optio.example.com", got["API_PUBLIC_URL"])
	}
	p.Ingress.TLS = []values.IngressTLS{{SecretName: "wild", Hosts: []string{"*.com"}}}
	got = secretData(t, testutil.Must(t, testutil.Objects(t, p), "Secret/optio-config"))
	if got["API_PUBLIC_URL"] != "http://optio.example.com" {
		t.Errorf("API_PUBLIC_URL = %q: *.com covers one label only", got["API_PUBLIC_URL"])
	}
	p.Ingress.TLS = nil
	p.PublicURL = "https://optio.corp/"
	got = secretData(t, testutil.Must(t, testutil.Objects(t, p), "Secret/optio-config"))
	if got["API_PUBLIC_URL"] != "https://optio.corp" {
		t.Errorf("API_PUBLIC_URL = %q, want publicUrl without its trailing slash", got["API_PUBLIC_URL"])
	}
	p.PublicURL = ""
	got = secretData(t, testutil.Must(t, testutil.Objects(t, p), "Secret/optio-config"))
	if got["API_PUBLIC_URL"] != "http://optio.example.com" {
		t.Errorf("API_PUBLIC_URL = %q, want http:// without TLS", got["API_PUBLIC_URL"])
	}
}

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
			p.API.AntiAffinity = mode
			p.Web.AntiAffinity = mode
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

func TestServiceTypesAndNodePorts(t *testing.T) {
	cases := []struct {
		name     string
		typ      string
		nodePort intstr.IntOrString
		want     interface{}
	}{
		{"ClusterIP", "ClusterIP", intstr.FromString(""), nil},
		{"NodePort without a fixed port", "NodePort", intstr.FromString(""), nil},
		{"NodePort with a number", "NodePort", intstr.FromInt32(30400), float64(30400)},
		{"NodePort with a string", "NodePort", intstr.FromString("30401"), float64(30401)},
		{"LoadBalancer", "LoadBalancer", intstr.FromString(""), nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := testutil.ValidProps()
			p.API.Service = values.ServiceValues{Type: tc.typ, NodePort: &tc.nodePort}
			svc := testutil.Must(t, testutil.Objects(t, p), "Service/optio-api")
			if got := svc.Get("spec", "type"); got != tc.typ {
				t.Errorf("type = %v", got)
			}
			if got := svc.Get("spec", "ports", 0, "nodePort"); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("nodePort = %v, want %v", got, tc.want)
			}
			if got := svc.Get("spec", "ports", 0, "port"); got != float64(4000) {
				t.Errorf("port = %v", got)
			}
			if got := svc.Get("spec", "ports", 0, "targetPort"); got != float64(4000) {
				t.Errorf("targetPort = %v", got)
			}
		})
	}
}

func TestIngress(t *testing.T) {
	p := testutil.ValidProps()
	p.Ingress.Enabled = true
	p.Ingress.Annotations = map[string]string{"nginx.ingress.kubernetes.io/proxy-read-timeout": "3600", values.CertManagerIssuerAnnotation: "from-annotations"}
	p.Ingress.CertManager.Enabled = true
	p.Ingress.Hosts = append(p.Ingress.Hosts, values.IngressHost{Host: "*.optio.example.org", Paths: []values.IngressPath{{Path: "/", PathType: "Prefix", Service: "web"}}})
	p.API.Port = 4001
	ing := testutil.Must(t, testutil.Objects(t, p), "Ingress/optio-ingress")
	if got := ing.Get("spec", "ingressClassName"); got != "nginx" {
		t.Errorf("ingressClassName = %v", got)
	}
	wantAnn := map[string]interface{}{"nginx.ingress.kubernetes.io/proxy-read-timeout": "3600", values.CertManagerIssuerAnnotation: "letsencrypt-prod"}
	if got := ing.Get("metadata", "annotations"); !reflect.DeepEqual(got, wantAnn) {
		t.Errorf("annotations = %v, want %v", got, wantAnn)
	}
	routes := map[string]string{}
	for i := 0; i < 3; i++ {
		path := manifest.Object(ing.Get("spec", "rules", 0, "http", "paths", i).(map[string]interface{}))
		routes[path.Get("path").(string)] = path.Get("backend", "service", "name").(string) + ":" +
			strings.TrimSuffix(strings.TrimSuffix(jsonString(path.Get("backend", "service", "port", "number")), ".0"), "")
	}
	want := map[string]string{"/": "optio-web:3000", "/api": "optio-api:4001", "/ws": "optio-api:4001"}
	if !reflect.DeepEqual(routes, want) {
		t.Errorf("routes = %v, want %v", routes, want)
	}
	tls := ing.Get("spec", "tls")
	wantTLS := []interface{}{
		map[string]interface{}{"hosts": []interface{}{"optio.example.com"}, "secretName": "optio-example-com-tls"},
		map[string]interface{}{"hosts": []interface{}{"*.optio.example.org"}, "secretName": "wildcard-optio-example-org-tls"},
	}
	if !reflect.DeepEqual(tls, wantTLS) {
		t.Errorf("tls = %v, want %v", tls, wantTLS)
	}

	p.Ingress.CertManager.Enabled = false
	p.Ingress.ClassName = ""
	p.Ingress.TLS = []values.IngressTLS{{SecretName: "manual", Hosts: []string{"optio.example.com"}}}
	ing = testutil.Must(t, testutil.Objects(t, p), "Ingress/optio-ingress")
	if ing.Get("spec", "ingressClassName") != nil {
		t.Error("ingressClassName emitted for an empty className")
	}
	if got := ing.Get("spec", "tls", 0, "secretName"); got != "manual" {
		t.Errorf("manual tls = %v", ing.Get("spec", "tls"))
	}
	if got := ing.Get("metadata", "annotations", values.CertManagerIssuerAnnotation); got != "from-annotations" {
		t.Errorf("user annotation lost without certManager: %v", got)
	}
}

func jsonString(v interface{}) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestRbacRules(t *testing.T) {
	objs := testutil.Objects(t, testutil.ValidProps())
	role := testutil.Must(t, objs, "Role/optio-pod-manager")
	got := rulesOf(role)
	// The defaults: Optio 0.4.0 with StatefulSets (rbac_test.go has a
	// case per rule and feature).
	want := []string{
		"|pods,pods/log,pods/exec,pods/status|get,list,watch,create,delete,patch",
		"|secrets|get,list,create,delete",
		"|persistentvolumeclaims|get,list,create,delete,patch,update",
		"|services|get,list,create,delete",
		"|configmaps|get,list,create,delete",
		"|events|get,list,watch",
		"metrics.k8s.io|pods,nodes|get,list",
		"networking.k8s.io|networkpolicies|get,list,create,delete,patch",
		"apps|statefulsets,statefulsets/scale,statefulsets/status|get,list,watch,create,delete,patch,update",
		"batch|jobs,jobs/status|get,list,watch,create,delete,patch",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Role rules:\n got %v\nwant %v", got, want)
	}
	cr := testutil.Must(t, objs, "ClusterRole/optio-optio-node-reader")
	wantCR := []string{"|nodes|get,list", "|namespaces|get,list", "metrics.k8s.io|nodes|get,list"}
	if got := rulesOf(cr); !reflect.DeepEqual(got, wantCR) {
		t.Errorf("ClusterRole rules:\n got %v\nwant %v", got, wantCR)
	}
	for _, id := range []string{"RoleBinding/optio-pod-manager", "ClusterRoleBinding/optio-optio-node-reader"} {
		b := testutil.Must(t, objs, id)
		if b.Get("subjects", 0, "kind") != "ServiceAccount" || b.Get("subjects", 0, "name") != "optio" || b.Get("subjects", 0, "namespace") != "optio" {
			t.Errorf("%s subjects = %v", id, b.Get("subjects"))
		}
	}
	if cr.Namespace() != "" {
		t.Errorf("ClusterRole has a namespace %q", cr.Namespace())
	}
}

func rulesOf(o manifest.Object) []string {
	var out []string
	rules, _ := o.Get("rules").([]interface{})
	for _, r := range rules {
		m := manifest.Object(r.(map[string]interface{}))
		join := func(k string) string {
			var s []string
			l, _ := m.Get(k).([]interface{})
			for _, v := range l {
				s = append(s, v.(string))
			}
			return strings.Join(s, ",")
		}
		out = append(out, join("apiGroups")+"|"+join("resources")+"|"+join("verbs"))
	}
	return out
}

func TestServiceAccountAnnotationsAndNoCreate(t *testing.T) {
	p := testutil.ValidProps()
	p.ServiceAccount.Name = "optio-irsa"
	p.ServiceAccount.Annotations = map[string]string{"eks.amazonaws.com/role-arn": "arn:aws:iam::1:role/optio"}
	objs := testutil.Objects(t, p)
	sa := testutil.Must(t, objs, "ServiceAccount/optio-irsa")
	if got := sa.Get("metadata", "annotations", "eks.amazonaws.com/role-arn"); got != "arn:aws:iam::1:role/optio" {
		t.Errorf("annotation = %v", got)
	}
	p.ServiceAccount.Create = false
	objs = testutil.Objects(t, p)
	if got := manifest.Object(testutil.Must(t, objs, "Deployment/optio-api").PodSpec()).Get("serviceAccountName"); got != "optio-irsa" {
		t.Errorf("serviceAccountName without create = %v", got)
	}
}

func TestExistingSecret(t *testing.T) {
	p := optio.DefaultProps()
	p.ExistingSecret = "optio-secrets"
	p.Auth.Github.ClientID = "gh-id"
	p.PublicURL = "https://optio.example.com"
	p.Webhook.GithubSecret = "ignored"
	objs := testutil.Objects(t, p)
	for id, o := range objs {
		if o.Kind() == "Secret" {
			t.Errorf("%s synthesized with existingSecret", id)
		}
	}
	cm := testutil.Must(t, objs, "ConfigMap/optio-config")
	data, _ := cm.Get("data").(map[string]interface{})
	for _, secret := range []string{"DATABASE_URL", "OPTIO_ENCRYPTION_KEY", "GITHUB_OAUTH_CLIENT_SECRET", "GITHUB_WEBHOOK_SECRET", "POSTGRES_PASSWORD"} {
		if _, ok := data[secret]; ok {
			t.Errorf("ConfigMap holds secret key %s", secret)
		}
	}
	for k, want := range map[string]string{"GITHUB_OAUTH_CLIENT_ID": "gh-id", "REDIS_URL": "redis://optio-redis:6379", "OPTIO_RUNTIME": "kubernetes"} {
		if data[k] != want {
			t.Errorf("ConfigMap %s = %v, want %q", k, data[k], want)
		}
	}
	api := container(t, testutil.Must(t, objs, "Deployment/optio-api"))
	wantFrom := []interface{}{
		map[string]interface{}{"configMapRef": map[string]interface{}{"name": "optio-config"}},
		map[string]interface{}{"secretRef": map[string]interface{}{"name": "optio-secrets"}},
	}
	if got := api.Get("envFrom"); !reflect.DeepEqual(got, wantFrom) {
		t.Errorf("envFrom = %v, want %v", got, wantFrom)
	}
	pg := container(t, testutil.Must(t, objs, "Deployment/optio-postgres"))
	ref := pg.Get("env", 2, "valueFrom", "secretKeyRef")
	if !reflect.DeepEqual(ref, map[string]interface{}{"name": "optio-secrets", "key": "POSTGRES_PASSWORD"}) {
		t.Errorf("POSTGRES_PASSWORD ref = %v", ref)
	}
	required, _ := p.SecretKeys()
	wantKeys := []string{"DATABASE_URL", "GITHUB_OAUTH_CLIENT_SECRET", "OPTIO_ENCRYPTION_KEY", "POSTGRES_PASSWORD"}
	if !reflect.DeepEqual(required, wantKeys) {
		t.Errorf("SecretKeys = %v, want %v", required, wantKeys)
	}
}

func TestPostgresHardening(t *testing.T) {
	p := testutil.ValidProps()
	d := testutil.Must(t, testutil.Objects(t, p), "Deployment/optio-postgres")
	if got := d.Get("spec", "strategy", "type"); got != "Recreate" {
		t.Errorf("strategy = %v, want Recreate (ReadWriteOnce volume)", got)
	}
	c := container(t, d)
	found := false
	for _, e := range c.Get("env").([]interface{}) {
		m := manifest.Object(e.(map[string]interface{}))
		if m.Get("name") == "POSTGRES_PASSWORD" {
			found = true
			if m.Get("value") != nil || m.Get("valueFrom", "secretKeyRef", "name") != "optio-config" {
				t.Errorf("POSTGRES_PASSWORD = %v, want a secretKeyRef to optio-config", m)
			}
		}
	}
	if !found {
		t.Error("no POSTGRES_PASSWORD env")
	}
	if got := c.Get("startupProbe", "failureThreshold"); got != float64(30) {
		t.Errorf("startupProbe = %v, want 30 tries (initdb)", c.Get("startupProbe"))
	}
	if got := d.Get("spec", "template", "spec", "securityContext", "fsGroupChangePolicy"); got != "OnRootMismatch" {
		t.Errorf("fsGroupChangePolicy = %v", got)
	}
	if got := envOf(c)["PGDATA"]; got != "/var/lib/postgresql/data/pgdata" {
		t.Errorf("PGDATA = %q", got)
	}
	if got := c.Get("readinessProbe", "exec", "command", 0); got != "pg_isready" {
		t.Errorf("readiness = %v", c.Get("readinessProbe"))
	}
	redis := container(t, testutil.Must(t, testutil.Objects(t, p), "Deployment/optio-redis"))
	if got := redis.Get("livenessProbe", "exec", "command"); !reflect.DeepEqual(got, []interface{}{"redis-cli", "-h", "127.0.0.1", "-p", "6379", "ping"}) {
		t.Errorf("redis liveness = %v", got)
	}

	p.Auth.Disabled = true
	p.Postgresql.Auth.Password = ""
	c = container(t, testutil.Must(t, testutil.Objects(t, p), "Deployment/optio-postgres"))
	if got := envOf(c)["POSTGRES_HOST_AUTH_METHOD"]; got != "trust" {
		t.Errorf("auth.disabled without password: POSTGRES_HOST_AUTH_METHOD = %q, want trust", got)
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

func TestPdbAndAutoscaling(t *testing.T) {
	p := testutil.ValidProps()
	p.API.Autoscaling = values.AutoscalingValues{Enabled: true, MinReplicas: new(int32(2)), MaxReplicas: 6, TargetCPUUtilizationPercentage: new(int32(70)), TargetMemoryUtilizationPercentage: new(int32(85))}
	half := intstr.FromString("50%")
	p.API.PDB = values.PDBValues{Enabled: true, MinAvailable: &half}
	p.Web.PDB = values.PDBValues{Enabled: true}
	objs := testutil.Objects(t, p)
	if got := testutil.Must(t, objs, "Deployment/optio-api").Get("spec", "replicas"); got != nil {
		t.Errorf("replicas = %v with autoscaling, want none (the HPA owns it)", got)
	}
	if got := testutil.Must(t, objs, "Deployment/optio-web").Get("spec", "replicas"); got != float64(1) {
		t.Errorf("web replicas = %v", got)
	}
	hpa := testutil.Must(t, objs, "HorizontalPodAutoscaler/optio-api")
	if hpa.Get("apiVersion") != "autoscaling/v2" || hpa.Get("spec", "minReplicas") != float64(2) || hpa.Get("spec", "maxReplicas") != float64(6) ||
		hpa.Get("spec", "scaleTargetRef", "name") != "optio-api" ||
		hpa.Get("spec", "metrics", 0, "resource", "target", "averageUtilization") != float64(70) ||
		hpa.Get("spec", "metrics", 1, "resource", "name") != "memory" {
		t.Errorf("hpa = %v", hpa.Get("spec"))
	}
	if got := testutil.Must(t, objs, "PodDisruptionBudget/optio-api").Get("spec", "minAvailable"); got != "50%" {
		t.Errorf("api pdb minAvailable = %v", got)
	}
	webPdb := testutil.Must(t, objs, "PodDisruptionBudget/optio-web")
	if webPdb.Get("spec", "maxUnavailable") != float64(1) || webPdb.Get("spec", "minAvailable") != nil {
		t.Errorf("web pdb = %v, want maxUnavailable 1 only", webPdb.Get("spec"))
	}
}

func TestNetworkPolicies(t *testing.T) {
	p := testutil.ValidProps()
	p.NetworkPolicy.Enabled = true
	objs := testutil.Objects(t, p)
	pg := testutil.Must(t, objs, "NetworkPolicy/optio-postgres")
	if pg.Get("spec", "ingress", 0, "from", 0, "podSelector", "matchLabels", "app.kubernetes.io/component") != "api" ||
		pg.Get("spec", "ingress", 0, "ports", 0, "port") != float64(5432) || pg.Get("spec", "ingress", 0, "from", 1) != nil {
		t.Errorf("postgres policy = %v", pg.Get("spec"))
	}
	api := testutil.Must(t, objs, "NetworkPolicy/optio-api")
	if api.Get("spec", "ingress", 0, "from") != nil || api.Get("spec", "ingress", 0, "ports", 0, "port") != float64(4000) {
		t.Errorf("api policy = %v", api.Get("spec"))
	}
}

// Two releases in one app and one namespace: no Service or Deployment of one
// selects the pods of the other.
func TestTwoReleasesDoNotCapturePods(t *testing.T) {
	app := cdk8s.NewApp(nil)
	for _, name := range []string{"team-a", "team-b"} {
		p := testutil.ValidProps()
		p.ReleaseName = name
		p.ServiceAccount.Name = name // the warning asks for it
		if _, err := optio.NewOptioChart(app, name, &p); err != nil {
			t.Fatal(err)
		}
	}
	objs, err := manifest.Parse([]byte(*app.SynthYaml()))
	if err != nil {
		t.Fatal(err)
	}
	// No object of one release overwrites one of the other; only the shared
	// Namespace appears twice, identical.
	var namespaces []manifest.Object
	var rest []manifest.Object
	for _, o := range objs {
		if o.Kind() == "Namespace" {
			namespaces = append(namespaces, o)
		} else {
			rest = append(rest, o)
		}
	}
	if _, err := manifest.Index(rest); err != nil {
		t.Error(err)
	}
	if len(namespaces) != 2 || !reflect.DeepEqual(namespaces[0], namespaces[1]) {
		t.Errorf("namespaces = %v, want two identical", namespaces)
	}
	type pod struct {
		owner  string
		labels map[string]interface{}
	}
	var pods []pod
	for _, o := range objs {
		if o.Kind() == "Deployment" {
			pods = append(pods, pod{o.ID(), o.Get("spec", "template", "metadata", "labels").(map[string]interface{})})
		}
	}
	if len(pods) != 10 { // api, web, postgres, redis and the assistant, twice
		t.Fatalf("%d deployments, want 10", len(pods))
	}
	selects := func(sel, labels map[string]interface{}) bool {
		for k, v := range sel {
			if labels[k] != v {
				return false
			}
		}
		return true
	}
	checked := 0
	for _, o := range objs {
		var sel map[string]interface{}
		switch o.Kind() {
		case "Service":
			sel, _ = o.Get("spec", "selector").(map[string]interface{})
		case "Deployment":
			sel, _ = o.Get("spec", "selector", "matchLabels").(map[string]interface{})
		default:
			continue
		}
		matched := 0
		for _, p := range pods {
			if selects(sel, p.labels) {
				matched++
				if p.owner != "Deployment/"+o.Name() {
					t.Errorf("%s selects the pods of %s", o.ID(), p.owner)
				}
			}
		}
		if matched != 1 {
			t.Errorf("%s selects %d pod templates, want 1", o.ID(), matched)
		}
		checked++
	}
	if checked != 18 { // 5 Deployments and 4 Services per release
		t.Errorf("checked %d selectors, want 18", checked)
	}
}

func TestSynthIsDeterministic(t *testing.T) {
	p := testutil.ValidProps()
	p.Ingress.Enabled = true
	p.Ingress.Annotations = map[string]string{"a": "1", "b": "2", "c": "3"}
	p.ResourceQuota.Enabled = true
	first := testutil.Synth(t, p)
	for i := 0; i < 2; i++ {
		if again := testutil.Synth(t, p); again != first {
			t.Fatal("two synths of the same props differ")
		}
	}
}

func TestInvalidPropsAddNothing(t *testing.T) {
	app := cdk8s.NewApp(nil)
	p := optio.DefaultProps() // no encryption key, no password, no OAuth
	_, err := optio.NewOptioChart(app, "bad", &p)
	var ipe *optio.InvalidPropsError
	if err == nil || !asInvalid(err, &ipe) {
		t.Fatalf("err = %v, want *InvalidPropsError", err)
	}
	if n := len(*app.Charts()); n != 0 {
		t.Errorf("%d charts added despite the error", n)
	}
	var fields []string
	for _, e := range ipe.Errors {
		fields = append(fields, e.Field)
	}
	want := []string{"encryption.key", "postgresql.auth.password", "auth", "publicUrl"}
	if !reflect.DeepEqual(fields, want) {
		t.Errorf("fields = %v, want %v", fields, want)
	}
}

func asInvalid(err error, target **optio.InvalidPropsError) bool {
	e, ok := err.(*optio.InvalidPropsError)
	*target = e
	return ok
}
