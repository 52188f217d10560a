package values_test

import (
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testvalues"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// errorsOf returns Validate's findings, one "path: message" line each.
func errorsOf(v values.Values) []string {
	var out []string
	for _, e := range v.Validate("optio", "") {
		out = append(out, e.Error())
	}
	return out
}

// only fails unless errs is exactly one finding at path holding each of want.
func only(t *testing.T, errs []string, path string, want ...string) {
	t.Helper()
	if len(errs) != 1 || !strings.HasPrefix(errs[0], path+": ") {
		t.Fatalf("want one error at %s, got %q", path, errs)
	}
	for _, w := range want {
		if !strings.Contains(errs[0], w) {
			t.Errorf("%s lacks %q", errs[0], w)
		}
	}
}

func TestQuotaFit(t *testing.T) {
	quota := func(hard values.ResourceList, edit ...func(*values.Values)) values.Values {
		v := testvalues.Valid()
		v.ResourceQuota.Enabled = true
		v.ResourceQuota.Hard = hard
		for _, e := range edit {
			e(&v)
		}
		return v
	}
	// The chart's default quota holds the default release.
	if errs := errorsOf(quota(values.Default().ResourceQuota.Hard)); len(errs) > 0 {
		t.Fatalf("default quota: %q", errs)
	}
	// api 1+1 surge, web 1+1, postgres 1 (Recreate), redis 1+1: 7 pods.
	only(t, errorsOf(quota(values.ResourceList{"pods": "6"})), "resourceQuota.hard[pods]",
		`Invalid value: "6"`, "need 7 of pods at a rollout's peak (api 2 × 1 + web 2 × 1 + postgresql 1 × 1 + redis 2 × 1), 1 more than the quota allows")
	if errs := errorsOf(quota(values.ResourceList{"pods": "7"})); len(errs) > 0 {
		t.Errorf("7 pods fit: %q", errs)
	}
	// Required anti-affinity replaces API and web pods in place: no surge.
	if errs := errorsOf(quota(values.ResourceList{"pods": "5"}, func(v *values.Values) { v.API.AntiAffinity, v.Web.AntiAffinity = "hard", "hard" })); len(errs) > 0 {
		t.Errorf("hard anti-affinity, 5 pods: %q", errs)
	}
	// 2 × 512Mi + 2 × 256Mi + 256Mi + 2 × 128Mi = 2Gi, 1Gi over.
	only(t, errorsOf(quota(values.ResourceList{"requests.memory": "1Gi"})), "resourceQuota.hard[requests.memory]",
		"need 2Gi of requests.memory", "api 2 × 512Mi + web 2 × 256Mi + postgresql 1 × 256Mi + redis 2 × 128Mi", "1Gi more")
	// The bare name counts requests; limits count limits; 3 API replicas
	// surge by 1 (25%, rounded up), 8 by 2.
	only(t, errorsOf(quota(values.ResourceList{"cpu": "1"}, func(v *values.Values) { v.API.Replicas = ptr[int32](3) })), "resourceQuota.hard[cpu]", "api 4 × 250m")
	only(t, errorsOf(quota(values.ResourceList{"limits.cpu": "1"}, func(v *values.Values) { v.API.Replicas = ptr[int32](8) })), "resourceQuota.hard[limits.cpu]", "api 10 × 1")
	// An HPA's minReplicas counts; sections turned off do not.
	only(t, errorsOf(quota(values.ResourceList{"pods": "4"}, func(v *values.Values) {
		v.API.Autoscaling.Enabled, v.API.Autoscaling.MinReplicas = true, ptr[int32](3)
		v.Postgresql.Enabled, v.Redis.Enabled = false, false
		v.ExternalDatabase.URL, v.ExternalRedis.URL = "postgres://db.example.com/optio", "redis://redis.example.com"
	})), "resourceQuota.hard[pods]", "api 4 × 1 + web 2 × 1")
	// The data volume's claim and storage.
	only(t, errorsOf(quota(values.ResourceList{"requests.storage": "1Gi", "persistentvolumeclaims": "1"})), "resourceQuota.hard[requests.storage]", "postgresql 1 × 5Gi", "4Gi more")
	// Every quota too small at once; a disabled quota is not checked.
	if errs := errorsOf(quota(values.ResourceList{"pods": "1", "limits.memory": "1Mi"})); len(errs) != 2 {
		t.Errorf("want 2 errors, got %q", errs)
	}
	if errs := errorsOf(quota(values.ResourceList{"pods": "1"}, func(v *values.Values) { v.ResourceQuota.Enabled = false })); len(errs) > 0 {
		t.Errorf("disabled quota: %q", errs)
	}
}

func TestStorageClassNone(t *testing.T) {
	v := testvalues.Valid()
	v.Postgresql.Storage.StorageClass = "-"
	if errs := errorsOf(v); len(errs) > 0 {
		t.Errorf(`postgresql.storage.storageClass "-": %q`, errs)
	}
	v.Agent.PVC.StorageClass = "-"
	only(t, errorsOf(v), "agent.pvc.storageClass", `the Optio API creates these volumes`)
	for in, want := range map[string][2]any{"": {"", false}, "-": {"", true}, "fast": {"fast", true}} {
		if name, set := values.StorageClassName(in); name != want[0] || set != want[1] {
			t.Errorf("StorageClassName(%q) = %q, %v", in, name, set)
		}
	}
}

func TestAPIHost(t *testing.T) {
	if d := values.Default().API.Host; d != "0.0.0.0" {
		t.Errorf("default api.host %q, want the chart's 0.0.0.0", d)
	}
	for _, h := range []string{"0.0.0.0", "::"} {
		v := testvalues.Valid()
		v.API.Host = h
		if errs := errorsOf(v); len(errs) > 0 {
			t.Errorf("%q: %q", h, errs)
		}
	}
	for _, h := range []string{"", "localhost", "127.0.0.1", "::1", "[::]"} {
		v := testvalues.Valid()
		v.API.Host = h
		only(t, errorsOf(v), "api.host", "Unsupported value", `"0.0.0.0", "::"`)
	}
}

func TestPostgresImage(t *testing.T) {
	for _, c := range []struct {
		repo    string
		refused bool
		warned  bool
	}{
		{"postgres", false, false},
		{"docker.io/library/postgres", false, false},
		{"registry.example.com/mirror/library/postgres", false, false},
		{"pgvector/pgvector", false, false},
		{"ghcr.io/example/postgis/postgis", false, false},
		{"bitnami/postgresql", true, false},
		{"docker.io/bitnami/postgresql", true, false},
		{"registry.example.com/bitnamilegacy/postgresql", true, false},
		{"ghcr.io/cloudnative-pg/postgresql", true, false},
		{"registry.example.com/team/pg", false, true},
	} {
		v := testvalues.Valid()
		v.Postgresql.Image.Repository = c.repo
		errs := errorsOf(v)
		if c.refused {
			only(t, errs, "postgresql.image.repository", "docker-entrypoint.sh")
		} else if len(errs) > 0 {
			t.Errorf("%s: %q", c.repo, errs)
		}
		warned := false
		for _, w := range v.Warnings("optio") {
			if strings.HasPrefix(w, "postgresql.image.repository: ") {
				warned = true
			}
		}
		if warned != c.warned {
			t.Errorf("%s: warned %v, want %v", c.repo, warned, c.warned)
		}
		// Turned off, no warning.
		v.Postgresql.Enabled = false
		for _, w := range v.Warnings("optio") {
			if strings.HasPrefix(w, "postgresql.image.repository: ") {
				t.Errorf("%s: warned with postgresql off", c.repo)
			}
		}
	}
}

func TestIngressControllerWarnings(t *testing.T) {
	ingress := func(class string, edit ...func(*values.IngressValues)) []string {
		v := testvalues.Valid()
		v.Ingress.Enabled = true
		v.Ingress.ClassName = class
		for _, e := range edit {
			e(&v.Ingress)
		}
		if errs := errorsOf(v); len(errs) > 0 {
			t.Fatalf("%s: %q", class, errs)
		}
		var out []string
		for _, w := range v.Warnings("optio") {
			if strings.HasPrefix(w, "ingress.className: ") {
				out = append(out, w)
			}
		}
		return out
	}
	has := func(ws []string, want ...string) {
		t.Helper()
		for _, w := range want {
			found := false
			for _, l := range ws {
				found = found || strings.Contains(l, w)
			}
			if !found {
				t.Errorf("no warning holds %q: %q", w, ws)
			}
		}
	}
	for _, class := range []string{"nginx", "", "my-own-class"} {
		if ws := ingress(class); len(ws) > 0 {
			t.Errorf("%q: %q", class, ws)
		}
	}
	has(ingress("contour"), `Contour ("contour") upgrades WebSocket connections only on the paths that ingress.annotations[projectcontour.io/websocket-routes] lists: add /ws`)
	if ws := ingress("contour", func(i *values.IngressValues) { i.Annotations["projectcontour.io/websocket-routes"] = "/ws" }); len(ws) > 0 {
		t.Errorf("contour with the annotation: %q", ws)
	}
	has(ingress("alb"), "target-type", "internet-facing", "idle_timeout.timeout_seconds")
	if ws := ingress("alb", func(i *values.IngressValues) {
		i.Annotations["alb.ingress.kubernetes.io/target-type"] = "ip"
		i.Annotations["alb.ingress.kubernetes.io/scheme"] = "internet-facing"
		i.Annotations["alb.ingress.kubernetes.io/load-balancer-attributes"] = "idle_timeout.timeout_seconds=3600"
	}); len(ws) > 0 {
		t.Errorf("alb with its annotations: %q", ws)
	}
	has(ingress("alb", func(i *values.IngressValues) { i.CertManager.Enabled = true }), "ACM")
	has(ingress("gce"), "BackendConfig")
	has(ingress("gce", func(i *values.IngressValues) { i.Hosts[0].Paths[1].PathType = "ImplementationSpecific" }),
		`matches a path of pathType ImplementationSpecific exactly unless it ends in /*: ingress.hosts[0].paths[1].path "/api"`)
	has(ingress("traefik", func(i *values.IngressValues) {
		i.Annotations["nginx.ingress.kubernetes.io/proxy-body-size"] = "10m"
		i.Hosts[0].Paths[1] = values.IngressPath{Path: "/api(/|$)(.*)", PathType: "ImplementationSpecific", Service: "api"}
	}), "ignores the ingress-nginx annotations nginx.ingress.kubernetes.io/proxy-body-size", `as a prefix, not a regular expression: ingress.hosts[0].paths[1].path "/api(/|$)(.*)"`)
	if ws := ingress("kong", func(i *values.IngressValues) {
		i.Hosts[0].Paths[1] = values.IngressPath{Path: "/~/api$", PathType: "ImplementationSpecific", Service: "api"}
	}); len(ws) > 0 {
		t.Errorf("kong with a /~ path: %q", ws)
	}
	// Off, no warning.
	v := testvalues.Valid()
	v.Ingress.ClassName = "contour"
	for _, w := range v.Warnings("optio") {
		if strings.HasPrefix(w, "ingress.className") {
			t.Errorf("ingress off: %s", w)
		}
	}
}

// A quota value its own rules refuse is not checked for fit as well.
func TestQuotaFitSkipsRefusedQuotas(t *testing.T) {
	v := testvalues.Valid()
	v.ResourceQuota.Enabled = true
	v.ResourceQuota.Hard = values.ResourceList{"pods": "1.5", "requests.memory": "lots"}
	for _, e := range errorsOf(v) {
		if strings.Contains(e, "the release's own pods") {
			t.Errorf("fit checked on a refused quota: %s", e)
		}
	}
}
