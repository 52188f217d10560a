package optio_test

import (
	"reflect"
	"testing"

	"k8s.io/apimachinery/pkg/util/intstr"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

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
	// downward API, REDIS_PASSWORD from a Secret (no value).
	wantEnv := map[string]string{"API_PORT": "4100", "API_HOST": "0.0.0.0", "NODE_ENV": "production", "LOG_LEVEL": "debug",
		"OPTIO_API_INTERNAL_URL": "http://optio-api:4100", "OPTIO_NAMESPACE": "", "OPTIO_SERVICE_ACCOUNT_NAME": "",
		"REDIS_PASSWORD": ""} // from the Secret optio-redis-auth (TestTLSDefaults)
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
			p.API.Service = values.ServiceValues{Type: values.ServiceType(tc.typ), NodePort: &tc.nodePort}
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

// TestOptioApiGolden: the objects of OptioApi with its defaults
// (testdata/optio-api.yaml).
func TestOptioApiGolden(t *testing.T) { checkGolden(t, "OptioApi", "optio-api.yaml") }
