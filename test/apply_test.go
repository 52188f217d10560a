package test

import (
	"encoding/base64"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/synth"
	"github.com/optio-cdk8s/optio-cdk8s/test/kubeapi"
)

// readBack asserts, per matrix case, what matters once the server has
// stored the objects.
var readBack = map[string]func(t *testing.T, s *kubeapi.Server){
	"repository": func(t *testing.T, s *kubeapi.Server) {
		expect(t, s, "deployment", "optio", "optio-api", "spec.template.spec.serviceAccountName", "optio")
		expect(t, s, "deployment", "optio", "optio-api", "spec.template.spec.containers.0.envFrom.1.secretRef.name", "optio-secrets")
		expect(t, s, "configmap", "optio", "optio-config", "data.OPTIO_RUNTIME", "kubernetes")
		expectAbsent(t, s, "secret", "optio", "optio-config")
	},
	"defaults-with-secrets": func(t *testing.T, s *kubeapi.Server) {
		keys := secretKeys(t, s, "optio", "optio-config")
		for _, k := range []string{"DATABASE_URL", "REDIS_URL", "OPTIO_ENCRYPTION_KEY", "OPTIO_AGENT_IMAGE", "OPTIO_IMAGE_PULL_POLICY", "OPTIO_RUNTIME",
			"OPTIO_AUTH_DISABLED", "GITHUB_OAUTH_CLIENT_ID", "GITHUB_OAUTH_CLIENT_SECRET", "OPTIO_AGENT_PVC_STORAGE_CLASS", "OPTIO_AGENT_PVC_SIZE", "POSTGRES_PASSWORD"} {
			if _, ok := keys[k]; !ok {
				t.Errorf("Secret optio-config lacks %s (has %v)", k, slices.Sorted(maps.Keys(keys)))
			}
		}
		if got := keys["DATABASE_URL"]; got != "postgres://optio:change-me-16-hex@optio-postgres:5432/optio?sslmode=verify-full&sslrootcert=%2Fetc%2Foptio%2Fpg-ca.crt" { // TLS on by default (docs/security.md)
			t.Errorf("DATABASE_URL = %q", got)
		}
		expect(t, s, "deployment", "optio", "optio-postgres", "spec.strategy.type", "Recreate")
		expect(t, s, "persistentvolumeclaim", "optio", "optio-postgres-data", "spec.resources.requests.storage", "5Gi")
	},
	"production": func(t *testing.T, s *kubeapi.Server) {
		expect(t, s, "ingress", "optio", "optio-ingress", "spec.tls.0.secretName", "optio-example-com-tls")
		expect(t, s, "resourcequota", "optio", "optio-quota", "spec.hard.pods", "50")
		expectAbsent(t, s, "deployment", "optio", "optio-postgres")
	},
	"local-nodeport": func(t *testing.T, s *kubeapi.Server) {
		expect(t, s, "service", "optio", "optio-api", "spec.ports.0.nodePort", float64(30400))
		expect(t, s, "service", "optio", "optio-web", "spec.ports.0.nodePort", float64(30310))
	},
	"everything": func(t *testing.T, s *kubeapi.Server) {
		expect(t, s, "deployment", "acme-agents", "acme-optio-api", "spec.template.spec.serviceAccountName", "acme-optio")
		expect(t, s, "horizontalpodautoscaler", "acme-agents", "acme-optio-api", "spec.maxReplicas", float64(5))
		expect(t, s, "networkpolicy", "acme-agents", "acme-optio-postgres", "spec.ingress.0.ports.0.port", float64(5432))
		expect(t, s, "service", "acme-agents", "acme-optio-web", "spec.ports.0.port", float64(8081))
		expect(t, s, "clusterrolebinding", "", "acme-optio-acme-agents-node-reader", "subjects.0.namespace", "acme-agents")
		// commonLabels on objects and pod templates; the pod knobs.
		expect(t, s, "service", "acme-agents", "acme-optio-web", "metadata.labels.team", "platform")
		expect(t, s, "deployment", "acme-agents", "acme-optio-web", "spec.template.metadata.labels.team", "platform")
		expect(t, s, "deployment", "acme-agents", "acme-optio-postgres", "spec.template.spec.priorityClassName", "acme-critical")
		expect(t, s, "deployment", "acme-agents", "acme-optio-web", "spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms.0.matchExpressions.0.key", "acme.dev/pool")
		expect(t, s, "deployment", "acme-agents", "acme-optio-api", "spec.template.spec.topologySpreadConstraints.0.topologyKey", "topology.kubernetes.io/zone")
		expect(t, s, "deployment", "acme-agents", "acme-optio-postgres", "spec.template.spec.containers.0.env.4.valueFrom.resourceFieldRef.divisor", "1Mi")
	},
	"existing-claim": func(t *testing.T, s *kubeapi.Server) {
		expect(t, s, "deployment", "optio", "optio-redis", "spec.template.spec.priorityClassName", "acme-low")
		expect(t, s, "deployment", "optio", "optio-optio", "spec.template.spec.topologySpreadConstraints.0.minDomains", float64(1))
		expectAbsent(t, s, "persistentvolumeclaim", "optio", "optio-postgres-data")
	},
	"external": func(t *testing.T, s *kubeapi.Server) {
		expect(t, s, "deployment", "optio", "optio-api", "spec.template.spec.serviceAccountName", "optio-managed")
		expectAbsent(t, s, "serviceaccount", "optio", "optio-managed")
		keys := secretKeys(t, s, "optio", "optio-config")
		if keys["REDIS_URL"] != "rediss://cache.internal:6380" {
			t.Errorf("REDIS_URL = %q", keys["REDIS_URL"])
		}
	},
	// Optio's chart of today: what the 0.4.0 images need, as stored.
	"chart-0.4.0-every-key": func(t *testing.T, s *kubeapi.Server) {
		ns := "optio-v04"
		if got := podLabel(t, s, ns, "optio-optio", "optio.pod-role"); got != "optio" {
			t.Errorf("assistant pod label optio.pod-role = %q", got)
		}
		expect(t, s, "persistentvolumeclaim", ns, "optio-installed-skills-cache", "spec.storageClassName", "placeholder-skills-class")
		expect(t, s, "horizontalpodautoscaler", ns, "optio-api", "spec.metrics.1.resource.target.averageUtilization", float64(75))
		expect(t, s, "poddisruptionbudget", ns, "optio-web", "spec.minAvailable", float64(1))
		expect(t, s, "deployment", ns, "optio-api", "spec.template.spec.containers.0.envFrom.1.secretRef.name", "placeholder-github-app")
		keys := secretKeys(t, s, ns, "optio-config")
		for k, want := range map[string]string{
			"OIDC_ISSUER_URL":            "https://sso.example.test/realms/optio",
			"OPTIO_AGENT_TOLERATIONS":    `[{"key":"example.test/agents","operator":"Equal","value":"true","effect":"NoSchedule"}]`,
			"OTEL_EXPORTER_OTLP_HEADERS": "x-placeholder-token=placeholder",
			"OPTIO_CREDENTIAL_SECRET":    "placeholder-credential-secret",
			"PUBLIC_URL":                 "https://optio.example.test",
		} {
			if keys[k] != want {
				t.Errorf("R-config %s = %q, want %q", k, keys[k], want)
			}
		}
		if env := containerEnv(t, s, ns, "optio-web"); env["PUBLIC_API_URL"] != "https://api.optio.example.test" || env["INTERNAL_API_URL"] != "http://optio-api:4000" {
			t.Errorf("web env = %v", env)
		}
	},
	"chart-0.4.0-defaults": func(t *testing.T, s *kubeapi.Server) {
		env := containerEnv(t, s, "optio", "optio-web")
		for k, want := range map[string]string{"PORT": "3000", "HOSTNAME": "0.0.0.0", "OPTIO_AUTH_DISABLED": "false", "PUBLIC_URL": "https://optio.example.com"} {
			if env[k] != want {
				t.Errorf("web %s = %q, want %q", k, env[k], want)
			}
		}
		expect(t, s, "deployment", "optio", "optio-optio", "spec.strategy.type", "Recreate")
		expect(t, s, "role", "optio", "optio-pod-manager", "rules.8.apiGroups.0", "apps")
		expect(t, s, "clusterrole", "", "optio-optio-node-reader", "rules.0.resources.0", "nodes")
	},
	"chart-0.4.0-production": func(t *testing.T, s *kubeapi.Server) {
		expect(t, s, "poddisruptionbudget", "optio", "optio-api", "spec.minAvailable", float64(1))
		expect(t, s, "poddisruptionbudget", "optio", "optio-api", "spec.maxUnavailable", nil)
		expect(t, s, "horizontalpodautoscaler", "optio", "optio-web", "spec.maxReplicas", float64(4))
		expectAbsent(t, s, "deployment", "optio", "optio-postgres")
	},
	"chart-0.4.0-production-alone": func(t *testing.T, s *kubeapi.Server) {
		expect(t, s, "poddisruptionbudget", "optio", "optio-web", "spec.minAvailable", float64(1))
		expect(t, s, "horizontalpodautoscaler", "optio", "optio-api", "spec.metrics.0.resource.target.averageUtilization", float64(70))
	},
	"chart-0.4.0-local": func(t *testing.T, s *kubeapi.Server) {
		env := containerEnv(t, s, "optio", "optio-web")
		if env["PUBLIC_API_URL"] != "http://localhost:30400" || env["OPTIO_AUTH_DISABLED"] != "true" {
			t.Errorf("web env = %v", env)
		}
		expect(t, s, "deployment", "optio", "optio-optio", "spec.template.spec.containers.0.image", "optio-optio:latest")
		expect(t, s, "deployment", "optio", "optio-optio", "spec.template.spec.containers.0.imagePullPolicy", "Never")
		if keys := secretKeys(t, s, "optio", "optio-config"); keys["OPTIO_AGENT_IMAGE_PREFIX"] != "optio-" {
			t.Errorf("OPTIO_AGENT_IMAGE_PREFIX = %q", keys["OPTIO_AGENT_IMAGE_PREFIX"])
		}
	},
	"existing-secret": func(t *testing.T, s *kubeapi.Server) {
		expect(t, s, "deployment", "optio", "optio-postgres", "spec.template.spec.containers.0.env.2.valueFrom.secretKeyRef.name", "optio-secrets")
		expect(t, s, "deployment", "optio", "optio-api", "spec.template.spec.containers.0.image", "ghcr.io/acme/optio-api:0.1.0")
	},
}

// TestApplyToRealAPIServer synthesizes every matrix case and applies it for
// real, with strict field validation, to its own throwaway kube-apiserver
// and etcd; it then applies it a second time (an upgrade with no change must
// be accepted too) and reads back what matters. Any rejection is a bug in
// the product. Set OPTIO_E2E_REPORT to a file path to get the totals there.
func TestApplyToRealAPIServer(t *testing.T) {
	var mu sync.Mutex
	applied, rejected := 0, 0
	t.Cleanup(func() {
		line := fmt.Sprintf("e2e: %d cases, %d objects applied, %d rejected\n", len(matrix), applied, rejected)
		t.Log(line)
		if path := os.Getenv("OPTIO_E2E_REPORT"); path != "" {
			_ = os.WriteFile(path, []byte(line), 0o644)
		}
	})
	for _, c := range matrix {
		t.Run(c.name, func(t *testing.T) {
			check, ok := readBack[c.name]
			if !ok {
				t.Fatalf("no read-back checks for %s", c.name)
			}
			dir := filepath.Join(t.TempDir(), "dist")
			if _, err := synth.ToDir(c.load(t), dir); err != nil {
				t.Fatal(err)
			}
			s := kubeapi.Start(t)
			for pass := 1; pass <= 2; pass++ {
				res, err := s.Apply(dir)
				if err != nil {
					t.Fatalf("apply pass %d: %v", pass, err)
				}
				mu.Lock()
				applied += res.Applied
				rejected += len(res.Rejections)
				mu.Unlock()
				for _, r := range res.Rejections {
					t.Errorf("pass %d: rejected %s: %s", pass, r.Object, r.Message)
				}
				if res.Applied == 0 {
					t.Fatalf("pass %d applied nothing", pass)
				}
			}
			check(t, s)
			assertReadBack(t, s, dir)
		})
	}
}

// field walks a dotted path (numbers index lists) in a decoded object.
func field(obj map[string]any, path string) any {
	var cur any = obj
	for _, step := range strings.Split(path, ".") {
		switch v := cur.(type) {
		case map[string]any:
			cur = v[step]
		case []any:
			i := 0
			if _, err := fmt.Sscanf(step, "%d", &i); err != nil || i >= len(v) {
				return nil
			}
			cur = v[i]
		default:
			return nil
		}
	}
	return cur
}

func expect(t *testing.T, s *kubeapi.Server, kind, ns, name, path string, want any) {
	t.Helper()
	obj, err := s.GetJSON(kind, ns, name)
	if err != nil {
		t.Errorf("get %s %s/%s: %v", kind, ns, name, err)
		return
	}
	if got := field(obj, path); got != want {
		t.Errorf("%s %s/%s %s = %#v, want %#v", kind, ns, name, path, got, want)
	}
}

// containerEnv reads the first container's env of a Deployment as stored:
// name to value ("fieldRef:<path>" for the downward API).
func containerEnv(t *testing.T, s *kubeapi.Server, ns, name string) map[string]string {
	t.Helper()
	obj, err := s.GetJSON("deployment", ns, name)
	if err != nil {
		t.Fatalf("get deployment %s/%s: %v", ns, name, err)
	}
	out := map[string]string{}
	list, _ := field(obj, "spec.template.spec.containers.0.env").([]any)
	for _, e := range list {
		m := e.(map[string]any)
		v, _ := m["value"].(string)
		if ref, ok := field(m, "valueFrom.fieldRef.fieldPath").(string); ok {
			v = "fieldRef:" + ref
		}
		out[m["name"].(string)] = v
	}
	return out
}

// podLabel reads one label of a Deployment's pod template as stored.
func podLabel(t *testing.T, s *kubeapi.Server, ns, name, key string) string {
	t.Helper()
	obj, err := s.GetJSON("deployment", ns, name)
	if err != nil {
		t.Fatalf("get deployment %s/%s: %v", ns, name, err)
	}
	labels, _ := field(obj, "spec.template.metadata.labels").(map[string]any)
	v, _ := labels[key].(string)
	return v
}

func expectAbsent(t *testing.T, s *kubeapi.Server, kind, ns, name string) {
	t.Helper()
	if _, err := s.GetJSON(kind, ns, name); err == nil {
		t.Errorf("%s %s/%s exists, want none", kind, ns, name)
	}
}

func secretKeys(t *testing.T, s *kubeapi.Server, ns, name string) map[string]string {
	t.Helper()
	obj, err := s.GetJSON("secret", ns, name)
	if err != nil {
		t.Fatalf("get secret: %v", err)
	}
	out := map[string]string{}
	data, _ := obj["data"].(map[string]any)
	for k, v := range data {
		b, _ := base64.StdEncoding.DecodeString(v.(string))
		out[k] = string(b)
	}
	return out
}

// TestUpgradeSequence applies successive configurations of one release to
// one server, as `kubectl apply` after each values change would: Service
// type changes, a fixed nodePort added and removed, the Secret R-config
// traded for the ConfigMap R-config and back. Every step must be accepted.
func TestUpgradeSequence(t *testing.T) {
	byName := map[string]matrixCase{}
	for _, c := range matrix {
		byName[c.name] = c
	}
	s := kubeapi.Start(t)
	// From the March chart's values to today's chart's, and back.
	for i, name := range []string{"defaults-with-secrets", "local-nodeport", "existing-secret", "repository", "chart-0.4.0-defaults", "chart-0.4.0-local", "defaults-with-secrets"} {
		dir := filepath.Join(t.TempDir(), fmt.Sprintf("step-%d", i))
		if _, err := synth.ToDir(byName[name].load(t), dir); err != nil {
			t.Fatal(err)
		}
		res, err := s.Apply(dir)
		if err != nil {
			t.Fatalf("step %d (%s): %v", i, name, err)
		}
		for _, r := range res.Rejections {
			t.Errorf("step %d (%s): rejected %s: %s", i, name, r.Object, r.Message)
		}
	}
	// The last step is ClusterIP again: no node port may linger.
	expect(t, s, "service", "optio", "optio-api", "spec.type", "ClusterIP")
	expect(t, s, "service", "optio", "optio-api", "spec.ports.0.nodePort", nil)
}

// TestReadmeApplyCommand runs the README's own command, a plain client-side
// `kubectl apply -f dist/`, on an empty cluster: the stream starts with the
// Namespace, so one apply creates everything.
func TestReadmeApplyCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dist")
	files, err := synth.ToDir(matrix[0].load(t), dir)
	if err != nil {
		t.Fatal(err)
	}
	s := kubeapi.Start(t)
	stdout, stderr, err := s.Kubectl("apply", "-f", dir+"/")
	if err != nil {
		t.Fatalf("kubectl apply -f dist/: %v\n%s", err, stderr)
	}
	created := strings.Count(stdout, " created\n")
	want := 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		want += strings.Count("\n"+string(b), "\nkind: ")
	}
	if created != want || want == 0 {
		t.Errorf("%d objects created, want %d:\n%s", created, want, stdout)
	}
	expect(t, s, "deployment", "optio", "optio-api", "metadata.name", "optio-api")
}
