package optio_test

import (
	"reflect"
	"testing"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

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
		"REDIS_CA_CERT_PATH":            "/etc/redis-tls/ca.crt",
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
	want[values.KeyDatabaseURL] += "?sslmode=verify-full&sslrootcert=%2Fetc%2Foptio%2Fpg-ca.crt"
	want["REDIS_URL"] = "rediss://optio-redis:6379"
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
	for k, want := range map[string]string{"GITHUB_OAUTH_CLIENT_ID": "gh-id", "REDIS_URL": "rediss://optio-redis:6379", "OPTIO_RUNTIME": "kubernetes"} {
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
