package values_test

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// seedDefaults is every row of the seed's values tables (and the default
// ingress.hosts block), path → default as the seed writes it.
var seedDefaults = map[string]interface{}{
	"api.image.repository":                 "optio-api",
	"api.image.tag":                        "latest",
	"api.image.pullPolicy":                 "IfNotPresent",
	"api.replicas":                         float64(1),
	"api.port":                             float64(4000),
	"api.service.type":                     "ClusterIP",
	"api.service.nodePort":                 "",
	"api.resources.requests.cpu":           "250m",
	"api.resources.requests.memory":        "512Mi",
	"api.resources.limits.cpu":             "1",
	"api.resources.limits.memory":          "1Gi",
	"api.env.LOG_LEVEL":                    "info",
	"api.antiAffinity":                     "soft",
	"web.image.repository":                 "optio-web",
	"web.image.tag":                        "latest",
	"web.image.pullPolicy":                 "IfNotPresent",
	"web.replicas":                         float64(1),
	"web.port":                             float64(3000),
	"web.service.type":                     "ClusterIP",
	"web.service.nodePort":                 "",
	"web.resources.requests.cpu":           "100m",
	"web.resources.requests.memory":        "256Mi",
	"web.resources.limits.cpu":             "500m",
	"web.resources.limits.memory":          "512Mi",
	"web.antiAffinity":                     "soft",
	"agent.image.repository":               "optio-base",
	"agent.image.tag":                      "latest",
	"agent.image.pullPolicy":               "Never",
	"agent.imagePullPolicy":                "Never",
	"agent.pvc.storageClass":               "",
	"agent.pvc.size":                       "10Gi",
	"agent.pvc.accessModes":                []interface{}{"ReadWriteOnce"},
	"postgresql.enabled":                   true,
	"postgresql.image.repository":          "postgres",
	"postgresql.image.tag":                 "16",
	"postgresql.storage.size":              "5Gi",
	"postgresql.auth.database":             "optio",
	"postgresql.auth.username":             "optio",
	"postgresql.auth.password":             "",
	"postgresql.resources.requests.cpu":    "100m",
	"postgresql.resources.requests.memory": "256Mi",
	"postgresql.resources.limits.cpu":      "500m",
	"postgresql.resources.limits.memory":   "512Mi",
	"redis.enabled":                        true,
	"redis.image.repository":               "redis",
	"redis.image.tag":                      "7-alpine",
	"redis.resources.requests.cpu":         "50m",
	"redis.resources.requests.memory":      "128Mi",
	"redis.resources.limits.cpu":           "250m",
	"redis.resources.limits.memory":        "256Mi",
	"externalDatabase.url":                 "",
	"externalRedis.url":                    "",
	"auth.disabled":                        false,
	"auth.github.clientId":                 "",
	"auth.github.clientSecret":             "",
	"auth.google.clientId":                 "",
	"auth.google.clientSecret":             "",
	"auth.gitlab.clientId":                 "",
	"auth.gitlab.clientSecret":             "",
	"encryption.key":                       "",
	"webhook.githubSecret":                 "",
	"ingress.enabled":                      false,
	"ingress.className":                    "nginx",
	"ingress.annotations":                  map[string]interface{}{},
	"ingress.certManager.enabled":          false,
	"ingress.certManager.clusterIssuer":    "letsencrypt-prod",
	"ingress.tls":                          []interface{}{},
	"ingress.hosts": []interface{}{map[string]interface{}{
		"host": "optio.example.com",
		"paths": []interface{}{
			map[string]interface{}{"path": "/", "pathType": "Prefix", "service": "web"},
			map[string]interface{}{"path": "/api", "pathType": "Prefix", "service": "api"},
			map[string]interface{}{"path": "/ws", "pathType": "Prefix", "service": "api"},
		},
	}},
	"namespace":                                 "optio",
	"resourceQuota.enabled":                     false,
	"resourceQuota.hard.requests.cpu":           "20",
	"resourceQuota.hard.requests.memory":        "40Gi",
	"resourceQuota.hard.limits.cpu":             "40",
	"resourceQuota.hard.limits.memory":          "80Gi",
	"resourceQuota.hard.pods":                   "50",
	"resourceQuota.hard.persistentvolumeclaims": "30",
	"serviceAccount.create":                     true,
	"serviceAccount.name":                       "optio",
	"serviceAccount.annotations":                map[string]interface{}{},
	"imagePullSecrets":                          []interface{}{},
}

// lookup walks a values tree by a seed path; resourceQuota.hard keys contain
// dots, so the rest of the path after "hard." is one key.
func lookup(tree map[string]interface{}, path string) (interface{}, bool) {
	var keys []string
	if rest, ok := strings.CutPrefix(path, "resourceQuota.hard."); ok {
		keys = []string{"resourceQuota", "hard", rest}
	} else {
		keys = strings.Split(path, ".")
	}
	var cur interface{} = tree
	for _, k := range keys {
		m, ok := cur.(map[string]interface{})
		if !ok {
			return nil, false
		}
		if cur, ok = m[k]; !ok {
			return nil, false
		}
	}
	return cur, true
}

func TestDefaultPropsAreTheSeedDefaults(t *testing.T) {
	b, err := json.Marshal(values.Default())
	if err != nil {
		t.Fatal(err)
	}
	var tree map[string]interface{}
	if err := json.Unmarshal(b, &tree); err != nil {
		t.Fatal(err)
	}
	for path, want := range seedDefaults {
		got, ok := lookup(tree, path)
		if !ok {
			t.Errorf("%s: missing", path)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %#v, seed says %#v", path, got, want)
		}
	}
}

// The seed's top-level keys are exactly the props' keys, plus this project's
// additions.
func TestTopLevelKeys(t *testing.T) {
	b, _ := json.Marshal(values.Default())
	var tree map[string]interface{}
	_ = json.Unmarshal(b, &tree)
	var got []string
	for k := range tree {
		got = append(got, k)
	}
	want := []string{"agent", "api", "auth", "commonLabels", "createNamespace", "credentialSecret", "encryption", "existingSecret", "externalDatabase", "externalRedis", "gatewayAPI", "github", "helmChartSelectors", "imagePullSecrets",
		"ingress", "installedSkillsCache", "internalTLS", "keygen", "namespace", "networkPolicy", "notifications", "observability", "optio", "postgresql", "publicUrl", "rbac", "redis", "resourceQuota", "serviceAccount", "web", "webhook"}
	sort.Strings(got)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("top-level keys = %v, want %v", got, want)
	}
}

func TestDefaultPropsAreFresh(t *testing.T) {
	a := defaultRelease()
	a.API.Resources.Limits["cpu"] = "9"
	a.Ingress.Hosts[0].Paths[0].Path = "/changed"
	b := defaultRelease()
	if b.API.Resources.Limits["cpu"] != "1" || b.Ingress.Hosts[0].Paths[0].Path != "/" {
		t.Error("DefaultProps shares state between calls")
	}
}
