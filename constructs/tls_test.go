package optio_test

import (
	"encoding/json"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// keygenJob returns the key generator's Job of objs, or nil.
func keygenJob(objs map[string]manifest.Object) manifest.Object {
	for id, o := range objs {
		if strings.HasPrefix(id, "Job/optio-keygen-") {
			return o
		}
	}
	return nil
}

// envValue returns the plain value or the secretKeyRef ("secret/key") of
// the variable name in container c.
func envValue(c manifest.Object, name string) (string, bool) {
	env, _ := c.Get("env").([]interface{})
	for _, e := range env {
		ev := manifest.Object(e.(map[string]interface{}))
		if ev.Get("name") != name {
			continue
		}
		if v, ok := ev.Get("value").(string); ok {
			return v, true
		}
		return ev.Get("valueFrom", "secretKeyRef", "name").(string) + "/" + ev.Get("valueFrom", "secretKeyRef", "key").(string), true
	}
	return "", false
}

// TestTLSDefaults: the chart 0.4.0's defaults give TLS for Postgres and
// Redis and a Redis password, each piece where the stock images and the
// 0.4.0 API read it, and no key material in the output.
func TestTLSDefaults(t *testing.T) {
	p := testutil.ValidProps()
	objs := testutil.Objects(t, p)

	// PostgreSQL: TLS 1.3 only, key readable through fsGroup 999, mode 0440.
	pgd := testutil.Must(t, objs, "Deployment/optio-postgres")
	pg := container(t, pgd)
	if got, want := pg.Get("args"), []interface{}{"postgres", "-c", "ssl=on", "-c", "ssl_cert_file=/etc/postgres-tls/tls.crt", "-c", "ssl_key_file=/etc/postgres-tls/tls.key", "-c", "ssl_min_protocol_version=TLSv1.3"}; !reflect.DeepEqual(got, want) {
		t.Errorf("postgres args = %v, want %v", got, want)
	}
	if cmd := pg.Get("command", 2).(string); !strings.HasSuffix(cmd, `exec docker-entrypoint.sh postgres "$@"`) {
		t.Errorf("postgres command does not pass its args on: %q", cmd)
	}
	pgSpec := manifest.Object(pgd.PodSpec())
	if got := pgSpec.Get("securityContext", "fsGroup"); got != float64(999) {
		t.Errorf("postgres fsGroup = %v, want 999 (the key is read through the group)", got)
	}
	checkTLSVolume(t, pgSpec, pg, "optio-postgres-tls", "/etc/postgres-tls")

	// Redis: TLS only on 6379, TLS 1.3, no client certs, --requirepass from
	// the kubelet's expansion of REDIS_PASSWORD.
	rdd := testutil.Must(t, objs, "Deployment/optio-redis")
	rd := container(t, rdd)
	wantArgs := []interface{}{"redis-server", "--port", "0", "--tls-port", "6379",
		"--tls-cert-file", "/etc/redis-tls/tls.crt", "--tls-key-file", "/etc/redis-tls/tls.key",
		"--tls-protocols", "TLSv1.3", "--tls-auth-clients", "no", "--requirepass", "$(REDIS_PASSWORD)"}
	if got := rd.Get("args"); !reflect.DeepEqual(got, wantArgs) {
		t.Errorf("redis args = %v\nwant %v", got, wantArgs)
	}
	for _, name := range []string{"REDIS_PASSWORD", "REDISCLI_AUTH"} {
		if got, _ := envValue(rd, name); got != "optio-redis-auth/REDIS_PASSWORD" {
			t.Errorf("redis env %s = %q, want the Secret optio-redis-auth", name, got)
		}
	}
	for _, probe := range []string{"readinessProbe", "livenessProbe"} {
		if got := rd.Get(probe, "exec", "command", 2); got != "redis-cli -h 127.0.0.1 -p 6379 --tls --insecure ping | grep -qx PONG" {
			t.Errorf("redis %s = %v", probe, got)
		}
	}
	checkTLSVolume(t, manifest.Object(rdd.PodSpec()), rd, "optio-redis-tls", "/etc/redis-tls")

	// API: the CA files only, REDIS_PASSWORD from the Secret, verify-full.
	apid := testutil.Must(t, objs, "Deployment/optio-api")
	api := container(t, apid)
	if got, _ := envValue(api, "REDIS_PASSWORD"); got != "optio-redis-auth/REDIS_PASSWORD" {
		t.Errorf("api REDIS_PASSWORD = %q", got)
	}
	apiSpec := manifest.Object(apid.PodSpec())
	mounts := map[string]string{}
	for _, m := range api.Get("volumeMounts").([]interface{}) {
		mm := manifest.Object(m.(map[string]interface{}))
		mounts[mm.Get("name").(string)] = mm.Get("mountPath").(string)
	}
	for _, v := range apiSpec.Get("volumes").([]interface{}) {
		vol := manifest.Object(v.(map[string]interface{}))
		secret, ok := vol.Get("secret", "secretName").(string)
		if !ok {
			continue
		}
		items := vol.Get("secret", "items").([]interface{})
		if len(items) != 1 || items[0].(map[string]interface{})["key"] != "ca.crt" {
			t.Errorf("api volume %v mounts more than ca.crt of %s: %v", vol.Get("name"), secret, items)
		}
		file := mounts[vol.Get("name").(string)] + "/" + items[0].(map[string]interface{})["path"].(string)
		switch secret {
		case "optio-postgres-tls":
			if file != values.PostgresCAPath {
				t.Errorf("Postgres CA at %s, want %s", file, values.PostgresCAPath)
			}
		case "optio-redis-tls":
			if file != values.RedisCAPath {
				t.Errorf("Redis CA at %s, want %s", file, values.RedisCAPath)
			}
		default:
			t.Errorf("api mounts Secret %s", secret)
		}
	}
	settings, secrets := p.APIEnvironment()
	u, err := url.Parse(secrets[values.KeyDatabaseURL])
	if err != nil {
		t.Fatal(err)
	}
	if q := u.Query(); q.Get("sslmode") != "verify-full" || q.Get("sslrootcert") != values.PostgresCAPath || len(q) != 2 {
		t.Errorf("DATABASE_URL query = %v, want sslmode=verify-full and sslrootcert=%s", q, values.PostgresCAPath)
	}
	if settings["REDIS_URL"] != "rediss://optio-redis:6379" || settings["REDIS_CA_CERT_PATH"] != values.RedisCAPath {
		t.Errorf("REDIS_URL = %q, REDIS_CA_CERT_PATH = %q", settings["REDIS_URL"], settings["REDIS_CA_CERT_PATH"])
	}

	// The key generator makes what the pods read, and nothing is in the output.
	job := keygenJob(objs)
	if job == nil {
		t.Fatal("no key generator Job")
	}
	jc := container(t, job)
	certs, _ := envValue(jc, "KEYGEN_CERTIFICATES")
	var specs []optio.GeneratedCertificate
	if err := json.Unmarshal([]byte(certs), &specs); err != nil {
		t.Fatal(err)
	}
	if len(specs) != 2 || specs[0].Secret != "optio-postgres-tls" || specs[1].Secret != "optio-redis-tls" {
		t.Fatalf("certificates = %+v", specs)
	}
	for _, name := range []string{"optio-postgres", "optio-postgres.optio.svc.cluster.local"} {
		if !slicesContains(specs[0].DNSNames, name) {
			t.Errorf("Postgres certificate lacks %s (the host of DATABASE_URL): %v", name, specs[0].DNSNames)
		}
	}
	if pws, _ := envValue(jc, "KEYGEN_PASSWORDS"); pws != `[{"secret":"optio-redis-auth","key":"REDIS_PASSWORD","length":32}]` {
		t.Errorf("passwords = %s", pws)
	}
	for id, o := range objs {
		if o.Get("kind") == "Secret" && id != "Secret/optio-config" {
			t.Errorf("%s in the output", id)
		}
	}
	if data := testutil.Synth(t, p); strings.Contains(data, "PRIVATE KEY-----") || strings.Contains(data, "BEGIN CERTIFICATE") {
		t.Error("key material in the output")
	}
}

func slicesContains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// checkTLSVolume: the server's pod mounts tls.crt and tls.key (not the CA)
// of secret at dir, read-only, mode 0440.
func checkTLSVolume(t *testing.T, spec, c manifest.Object, secret, dir string) {
	t.Helper()
	var vol manifest.Object
	for _, v := range spec.Get("volumes").([]interface{}) {
		if o := manifest.Object(v.(map[string]interface{})); o.Get("secret", "secretName") == secret {
			vol = o
		}
	}
	if vol == nil {
		t.Fatalf("no volume of Secret %s", secret)
	}
	if got := vol.Get("secret", "defaultMode"); got != float64(0o440) {
		t.Errorf("%s mode = %v, want 0440", secret, got)
	}
	items, _ := json.Marshal(vol.Get("secret", "items"))
	if string(items) != `[{"key":"tls.crt","path":"tls.crt"},{"key":"tls.key","path":"tls.key"}]` {
		t.Errorf("%s items = %s", secret, items)
	}
	for _, m := range c.Get("volumeMounts").([]interface{}) {
		mm := manifest.Object(m.(map[string]interface{}))
		if mm.Get("name") == vol.Get("name") {
			if mm.Get("mountPath") != dir || mm.Get("readOnly") != true {
				t.Errorf("%s mounted at %v readOnly %v", secret, mm.Get("mountPath"), mm.Get("readOnly"))
			}
			return
		}
	}
	t.Errorf("%s not mounted", secret)
}

// TestTLSModes: each way of providing the material names the right
// Secrets, and the external services are left as the user wrote them.
func TestTLSModes(t *testing.T) {
	t.Run("existing Secrets", func(t *testing.T) {
		p := testutil.ValidProps()
		p.Postgresql.TLS.ExistingSecret = "pg-cert"
		p.Redis.TLS.AutoGenerateCert, p.Redis.TLS.ExistingSecret = false, "redis-cert"
		p.Redis.Auth.ExistingSecret = "redis-pw"
		objs := testutil.Objects(t, p)
		if keygenJob(objs) != nil {
			t.Error("a key generator with every Secret given")
		}
		checkTLSVolume(t, manifest.Object(testutil.Must(t, objs, "Deployment/optio-postgres").PodSpec()), container(t, testutil.Must(t, objs, "Deployment/optio-postgres")), "pg-cert", "/etc/postgres-tls")
		checkTLSVolume(t, manifest.Object(testutil.Must(t, objs, "Deployment/optio-redis").PodSpec()), container(t, testutil.Must(t, objs, "Deployment/optio-redis")), "redis-cert", "/etc/redis-tls")
		if got, _ := envValue(container(t, testutil.Must(t, objs, "Deployment/optio-api")), "REDIS_PASSWORD"); got != "redis-pw/REDIS_PASSWORD" {
			t.Errorf("api REDIS_PASSWORD = %q", got)
		}
	})
	t.Run("password given", func(t *testing.T) {
		p := testutil.ValidProps()
		p.Redis.Auth.Password = "p@ss word"
		objs := testutil.Objects(t, p)
		sec := testutil.Must(t, objs, "Secret/optio-redis-auth")
		if got := sec.Get("data", "REDIS_PASSWORD"); got != "cEBzcyB3b3Jk" {
			t.Errorf("R-redis-auth = %v", got)
		}
		if pws, _ := envValue(container(t, keygenJob(objs)), "KEYGEN_PASSWORDS"); pws != "[]" {
			t.Errorf("the generator makes a password the values give: %s", pws)
		}
		if !strings.Contains(strings.Join(p.Warnings(), "\n"), "redis.auth.password: secret value written into the output") {
			t.Error("no warning about the password in the output")
		}
	})
	t.Run("TLS and auth off", func(t *testing.T) {
		p := testutil.ValidProps()
		p.Postgresql.TLS.Enabled, p.Redis.TLS.Enabled, p.Redis.Auth.Enabled = false, false, false
		objs := testutil.Objects(t, p)
		if args := container(t, testutil.Must(t, objs, "Deployment/optio-redis")).Get("args"); args != nil {
			t.Errorf("redis args = %v", args)
		}
		if args := container(t, testutil.Must(t, objs, "Deployment/optio-postgres")).Get("args"); args != nil {
			t.Errorf("postgres args = %v", args)
		}
		settings, secrets := p.APIEnvironment()
		if settings["REDIS_URL"] != "redis://optio-redis:6379" || strings.Contains(secrets[values.KeyDatabaseURL], "?") {
			t.Errorf("REDIS_URL %q, DATABASE_URL %q", settings["REDIS_URL"], secrets[values.KeyDatabaseURL])
		}
		if _, ok := settings["REDIS_CA_CERT_PATH"]; ok {
			t.Error("REDIS_CA_CERT_PATH without TLS")
		}
	})
	t.Run("external services as written", func(t *testing.T) {
		p := testutil.ValidProps()
		p.Postgresql.Enabled, p.Redis.Enabled = false, false
		p.ExternalDatabase.URL = "postgres://u:p@db.example.com:5432/optio?sslmode=require"
		p.ExternalRedis.URL = "rediss://cache.example.com:6380/2"
		settings, secrets := p.APIEnvironment()
		if secrets[values.KeyDatabaseURL] != p.ExternalDatabase.URL || settings["REDIS_URL"] != p.ExternalRedis.URL {
			t.Errorf("DATABASE_URL %q, REDIS_URL %q", secrets[values.KeyDatabaseURL], settings["REDIS_URL"])
		}
		objs := testutil.Objects(t, p)
		api := container(t, testutil.Must(t, objs, "Deployment/optio-api"))
		if _, ok := envValue(api, "REDIS_PASSWORD"); ok {
			t.Error("REDIS_PASSWORD for an external Redis")
		}
		if _, ok := settings["REDIS_CA_CERT_PATH"]; ok {
			t.Error("REDIS_CA_CERT_PATH for an external Redis")
		}
		if keygenJob(objs) != nil {
			t.Error("a key generator without in-cluster databases")
		}
	})
	t.Run("keygen image", func(t *testing.T) {
		p := testutil.ValidProps()
		if got := container(t, keygenJob(testutil.Objects(t, p))).Get("image"); got != p.API.Image.Reference() {
			t.Errorf("default keygen image = %v, want the API's %s", got, p.API.Image.Reference())
		}
		p.Keygen.Image = values.ImageValues{Repository: "registry.example.com/tools/node-openssl", Tag: "1.0"}
		if got := container(t, keygenJob(testutil.Objects(t, p))).Get("image"); got != "registry.example.com/tools/node-openssl:1.0" {
			t.Errorf("keygen image = %v", got)
		}
	})
}

// TestKeygenJobNameFollowsTemplate: the same values give the same Job (the
// same bytes on every render), and a changed template a new name (a Job's
// template is immutable, so apply must create a new one).
func TestKeygenJobNameFollowsTemplate(t *testing.T) {
	p := testutil.ValidProps()
	a := keygenJob(testutil.Objects(t, p)).Get("metadata", "name")
	b := keygenJob(testutil.Objects(t, p)).Get("metadata", "name")
	if a != b {
		t.Errorf("two renders: %v, %v", a, b)
	}
	p.API.Image.Tag = "0.4.1"
	if c := keygenJob(testutil.Objects(t, p)).Get("metadata", "name"); c == a {
		t.Errorf("a new image keeps the Job name %v", c)
	}
}

// TestKeyGeneratorProps: its rules name their paths.
func TestKeyGeneratorProps(t *testing.T) {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("c"), &cdk8s.ChartProps{Namespace: jsii.String("ns")})
	_, err := optio.NewKeyGenerator(chart, "kg", &optio.KeyGeneratorProps{
		Release: values.Release{Name: "optio"},
		Image:   values.ImageValues{Repository: "node", Tag: "24"},
		Certificates: []optio.GeneratedCertificate{
			{Secret: "a", CommonName: "a", DNSNames: []string{"Not_A_Name"}},
			{Secret: "a", CommonName: "", IPAddresses: []string{"300.1.1.1"}},
		},
		Passwords: []optio.GeneratedPassword{{Secret: "b", Key: "bad key", Length: 8}},
	})
	if err == nil {
		t.Fatal("invalid props accepted")
	}
	for _, path := range []string{"certificates[0].dnsNames[0]", "certificates[1].secret", "certificates[1].commonName", "certificates[1].ipAddresses[0]", "passwords[0].key", "passwords[0].length"} {
		if !strings.Contains(err.Error(), path) {
			t.Errorf("error lacks %s: %v", path, err)
		}
	}
	if _, err := optio.NewKeyGenerator(chart, "kg2", nil); err == nil || !strings.Contains(err.Error(), "nothing to generate") {
		t.Errorf("nil props: %v", err)
	}
}

// TestAgentNetworkPolicy: networkPolicy.enabled adds the agent pods'
// policy for the three pod types the 0.4.0 API creates, with the chart's
// egress.
func TestAgentNetworkPolicy(t *testing.T) {
	p := testutil.ValidProps()
	p.NetworkPolicy.Enabled = true
	p.API.Port = 4100
	np := testutil.Must(t, testutil.Objects(t, p), "NetworkPolicy/optio-agent-pods")
	spec, _ := json.Marshal(np.Get("spec"))
	want := `{"egress":[{"ports":[{"port":53,"protocol":"UDP"},{"port":53,"protocol":"TCP"}]},` +
		`{"ports":[{"port":4100,"protocol":"TCP"}],"to":[{"podSelector":{"matchLabels":{"app.kubernetes.io/component":"api","app.kubernetes.io/instance":"optio","app.kubernetes.io/name":"optio"}}}]},` +
		`{"ports":[{"port":443,"protocol":"TCP"}]},{"ports":[{"port":80,"protocol":"TCP"}]}],` +
		`"podSelector":{"matchExpressions":[{"key":"optio.type","operator":"In","values":["repo-pod","workflow-pod","persistent-agent-pod"]}]},` +
		`"policyTypes":["Ingress","Egress"]}`
	if string(spec) != want {
		t.Errorf("spec =\n%s\nwant\n%s", spec, want)
	}
	p.NetworkPolicy.Enabled = false
	if _, ok := testutil.Objects(t, p)["NetworkPolicy/optio-agent-pods"]; ok {
		t.Error("agent policy without networkPolicy.enabled")
	}
}

// ingressRoute is the backend the Ingress API's matching rules pick for a
// request path among one host's paths: the longest matching path wins,
// Exact over Prefix at equal length; Prefix matches by path elements
// (/api matches /api and /api/x, not /apix). ImplementationSpecific is
// matched as ingress-nginx does without regex: a string prefix.
func ingressRoute(paths []interface{}, req string) string {
	best, bestLen, bestExact := "", -1, false
	for _, p := range paths {
		pa := manifest.Object(p.(map[string]interface{}))
		path, typ := pa.Get("path").(string), pa.Get("pathType").(string)
		match := false
		switch typ {
		case "Exact":
			match = req == path
		case "Prefix":
			trimmed := strings.TrimSuffix(path, "/")
			match = trimmed == "" || req == trimmed || strings.HasPrefix(req, trimmed+"/")
		case "ImplementationSpecific":
			match = strings.HasPrefix(req, path)
		}
		if !match {
			continue
		}
		exact := typ == "Exact"
		if len(path) > bestLen || (len(path) == bestLen && exact && !bestExact) {
			best, bestLen, bestExact = pa.Get("backend", "service", "name").(string), len(path), exact
		}
	}
	return best
}

// TestInternalEndpointsClosedOnIngress: under the Ingress API's
// precedence, no request under /api/internal reaches the API or the web UI
// (whose /api proxy would forward it), for the chart's paths and others a
// user may write; /api and /ws still reach the API.
func TestInternalEndpointsClosedOnIngress(t *testing.T) {
	pathSets := map[string][]values.IngressPath{
		"chart default":     nil,
		"everything to web": {{Path: "/", PathType: "Prefix", Service: "web"}},
		"implementation specific": {
			{Path: "/", PathType: "ImplementationSpecific", Service: "web"},
			{Path: "/api", PathType: "ImplementationSpecific", Service: "api"},
			{Path: "/ws", PathType: "ImplementationSpecific", Service: "api"},
		},
		"exact and trailing slash": {
			{Path: "/", PathType: "Prefix", Service: "web"},
			{Path: "/api/", PathType: "Prefix", Service: "api"},
			{Path: "/api/health", PathType: "Exact", Service: "api"},
			{Path: "/ws", PathType: "Prefix", Service: "api"},
		},
	}
	for name, paths := range pathSets {
		t.Run(name, func(t *testing.T) {
			p := testutil.ValidProps()
			p.Ingress.Enabled = true
			if paths != nil {
				p.Ingress.Hosts[0].Paths = paths
			}
			p.Ingress.Hosts = append(p.Ingress.Hosts, values.IngressHost{Host: "second.example.com", Paths: []values.IngressPath{{Path: "/", PathType: "Prefix", Service: "api"}}})
			objs := testutil.Objects(t, p)
			ing := testutil.Must(t, objs, "Ingress/optio-ingress")
			svc := testutil.Must(t, objs, "Service/optio-internal-closed")
			if svc.Get("spec", "selector") != nil {
				t.Errorf("the closed Service selects pods: %v", svc.Get("spec", "selector"))
			}
			if a := ing.Get("metadata", "annotations"); a != nil && strings.Contains(jsonString(a), "snippet") {
				t.Errorf("a snippet annotation: %v", a)
			}
			for i := range p.Ingress.Hosts {
				hp := ing.Get("spec", "rules", i, "http", "paths").([]interface{})
				for _, req := range []string{"/api/internal", "/api/internal/", "/api/internal/git-credentials", "/api/internal/persistent-agents/send", "/api/internal/a/b?c=d"} {
					if got := ingressRoute(hp, strings.Split(req, "?")[0]); got != "optio-internal-closed" {
						t.Errorf("host %d: %s goes to %q", i, req, got)
					}
				}
				if i == 0 && paths == nil {
					for req, want := range map[string]string{"/api": "optio-api", "/api/health": "optio-api", "/api/internalx": "optio-api", "/ws/logs": "optio-api", "/": "optio-web", "/login": "optio-web"} {
						if got := ingressRoute(hp, req); got != want {
							t.Errorf("%s goes to %q, want %s", req, got, want)
						}
					}
				}
			}
		})
	}
}

// TestInternalPathsRefused: a path of the values at or below /api/internal
// is an error naming it; a snippet annotation for ingress-nginx a warning.
func TestInternalPathsRefused(t *testing.T) {
	p := testutil.ValidProps()
	p.Ingress.Enabled = true
	p.Ingress.Hosts[0].Paths = append(p.Ingress.Hosts[0].Paths,
		values.IngressPath{Path: "/api/internal/git-credentials", PathType: "Exact", Service: "api"},
		values.IngressPath{Path: "/api/internal", PathType: "Prefix", Service: "web"})
	errs := p.Validate()
	for _, want := range []string{"ingress.hosts[0].paths[3].path", "ingress.hosts[0].paths[4].path"} {
		found := false
		for _, e := range errs {
			found = found || e.Field == want
		}
		if !found {
			t.Errorf("no error at %s: %v", want, errs)
		}
	}
	p = testutil.ValidProps()
	p.Ingress.Enabled = true
	p.Ingress.Annotations = map[string]string{"nginx.ingress.kubernetes.io/server-snippet": "location /x { return 404; }"}
	if w := strings.Join(p.Warnings(), "\n"); !strings.Contains(w, "ingress.annotations.nginx.ingress.kubernetes.io/server-snippet: ingress-nginx 1.9 and later refuse") {
		t.Errorf("no snippet warning:\n%s", w)
	}
	p.Ingress.ClassName = "traefik"
	if w := strings.Join(p.Warnings(), "\n"); strings.Contains(w, "server-snippet: ingress-nginx 1.9 and later refuse") {
		t.Errorf("snippet warning for another controller:\n%s", w)
	}
}

// TestPostgresAcceptsTheKeyFile applies PostgreSQL's rule for the key
// file (src/backend/libpq/be-secure-common.c: owned by the server's user
// with no group or other access, or owned by root with at most group read)
// to the file the kubelet makes from the pod spec: a Secret volume file is
// owned by root, its group is the pod's fsGroup, and its mode is
// defaultMode with group read added for fsGroup. The server (UID 999, GID
// 999) must also be able to read it.
func TestPostgresAcceptsTheKeyFile(t *testing.T) {
	for _, helm := range []bool{false, true} {
		p := testutil.ValidProps()
		p.HelmChartSelectors = helm
		d := testutil.Must(t, testutil.Objects(t, p), "Deployment/optio-postgres")
		spec := manifest.Object(d.PodSpec())
		fsGroup, _ := spec.Get("securityContext", "fsGroup").(float64)
		var mode float64
		for _, v := range spec.Get("volumes").([]interface{}) {
			if m, ok := manifest.Object(v.(map[string]interface{})).Get("secret", "defaultMode").(float64); ok {
				mode = m
			}
		}
		fileMode := int(mode) | 0o440   // the kubelet, for fsGroup
		const owner, serverGID = 0, 999 // root owns Secret files; the server's group
		accepted := owner == 0 && fileMode&(0o020|0o010|0o007) == 0
		readable := int(fsGroup) == serverGID && fileMode&0o040 != 0
		if !accepted || !readable {
			t.Errorf("helmChartSelectors %v: key file mode %o, group %v: PostgreSQL accepts %v, reads %v", helm, fileMode, fsGroup, accepted, readable)
		}
	}
}
