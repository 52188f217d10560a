package test

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/synth"
	"github.com/optio-cdk8s/optio-cdk8s/test/kubeapi"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// keygenRun is one run of the generator's script as its pod runs it.
type keygenRun struct {
	out  string
	err  error
	took time.Duration
}

// runKeygen runs the Job's container as the kubelet would: the script from
// the ConfigMap the Job mounts, the container's command and environment as
// the server stored them, the service account token of the Job's
// ServiceAccount (a real TokenRequest, so the Role is what authorizes it),
// the server's CA, and KUBERNETES_SERVICE_HOST/PORT pointing at the server.
func runKeygen(t *testing.T, s *kubeapi.Server, ns, job string) keygenRun {
	t.Helper()
	for _, tool := range []string{"node", "openssl"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("the generator needs %s on PATH (the API image has both): %v", tool, err)
		}
	}
	j := get(t, s, "job", ns, job)
	pod := manifest.Object(j.Get("spec", "template", "spec").(map[string]any))
	containers := pod.Get("containers").([]any)
	if len(containers) != 1 {
		t.Fatalf("Job %s has %d containers, want 1", job, len(containers))
	}
	c := manifest.Object(containers[0].(map[string]any))
	sa := pod.Get("serviceAccountName").(string)
	if pod.Get("automountServiceAccountToken") != true {
		t.Fatalf("Job %s does not mount its service account token", job)
	}

	dir := t.TempDir()
	// The ConfigMap volume, at the path the container reads.
	var scriptPath string
	for _, v := range pod.Get("volumes").([]any) {
		vol := manifest.Object(v.(map[string]any))
		cmName, ok := vol.Get("configMap", "name").(string)
		if !ok {
			continue
		}
		cm := get(t, s, "configmap", ns, cmName)
		for _, m := range c.Get("volumeMounts").([]any) {
			mount := manifest.Object(m.(map[string]any))
			if mount.Get("name") != vol.Get("name") {
				continue
			}
			for k, v := range cm.Get("data").(map[string]any) {
				p := filepath.Join(dir, "mount", filepath.FromSlash(mount.Get("mountPath").(string)), k)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(v.(string)), 0o444); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	cmd := c.Get("command").([]any)
	args := make([]string, 0, len(cmd))
	for _, a := range cmd[1:] {
		a := a.(string)
		if strings.HasPrefix(a, "/") { // a file of a mounted volume
			a = filepath.Join(dir, "mount", filepath.FromSlash(a))
			scriptPath = a
		}
		args = append(args, a)
	}
	if scriptPath == "" {
		t.Fatalf("Job %s: command %v runs no mounted script", job, cmd)
	}

	// The service account volume the kubelet would project.
	token, _, err := s.Kubectl("create", "token", sa, "-n", ns, "--duration=10m")
	if err != nil {
		t.Fatal(err)
	}
	caPEM, err := os.ReadFile(filepath.Join(s.Dir, "certs", "apiserver.crt"))
	if err != nil {
		t.Fatal(err)
	}
	saDir := filepath.Join(dir, "serviceaccount")
	for name, content := range map[string]string{"token": strings.TrimSpace(token), "ca.crt": string(caPEM), "namespace": ns} {
		if err := os.MkdirAll(saDir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(saDir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	u, err := url.Parse(s.URL)
	if err != nil {
		t.Fatal(err)
	}
	env := []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + dir,
		"TMPDIR=" + t.TempDir(),
		"KUBERNETES_SERVICE_HOST=" + u.Hostname(),
		"KUBERNETES_SERVICE_PORT=" + u.Port(),
		"SERVICE_ACCOUNT_DIR=" + saDir,
	}
	if e, ok := c.Get("env").([]any); ok {
		for _, v := range e {
			ev := manifest.Object(v.(map[string]any))
			val, ok := ev.Get("value").(string)
			if !ok {
				t.Fatalf("Job %s: env %v is not a plain value; the test cannot resolve it", job, ev)
			}
			env = append(env, ev.Get("name").(string)+"="+val)
		}
	}
	run := exec.Command(cmd[0].(string), args...)
	run.Env = env
	run.Dir = dir
	start := time.Now()
	out, err := run.CombinedOutput()
	return keygenRun{out: string(out), err: err, took: time.Since(start)}
}

// TestKeygenAgainstRealAPIServer applies the key generator's objects, runs
// its script twice as its pod would, and checks the Secrets: made on the
// first run with valid certificates, left byte for byte on the second, out
// of the release's prune selector; the token of its ServiceAccount reads no
// other Secret.
func TestKeygenAgainstRealAPIServer(t *testing.T) {
	const ns = "optio"
	s := kubeapi.Start(t)
	dist := filepath.Join(t.TempDir(), "dist")
	if _, err := synth.ToDir(testutil.ValidProps(), dist); err != nil {
		t.Fatal(err)
	}
	res, err := s.Apply(dist)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Rejections {
		t.Errorf("rejected %s: %s", r.Object, r.Message)
	}
	// A Secret of someone else, which the generator must not read.
	if _, _, err := s.Kubectl("create", "secret", "generic", "other", "-n", ns, "--from-literal=k=v"); err != nil {
		t.Fatal(err)
	}
	out, _, err := s.Kubectl("get", "jobs", "-n", ns, "-o", "name")
	if err != nil {
		t.Fatal(err)
	}
	jobName := strings.TrimPrefix(strings.TrimSpace(out), "job.batch/")
	if !strings.HasPrefix(jobName, "optio-keygen-") || strings.Contains(jobName, "\n") {
		t.Fatalf("jobs = %q, want one optio-keygen-<hash>", out)
	}
	// The pods read what the generator makes.
	expect(t, s, "deployment", ns, "optio-postgres", "spec.template.spec.volumes.3.secret.secretName", "optio-postgres-tls")
	expect(t, s, "deployment", ns, "optio-redis", "spec.template.spec.volumes.1.secret.secretName", "optio-redis-tls")
	expect(t, s, "deployment", ns, "optio-redis", "spec.template.spec.containers.0.env.0.valueFrom.secretKeyRef.name", "optio-redis-auth")

	first := runKeygen(t, s, ns, jobName)
	if first.err != nil {
		t.Fatalf("first run: %v\n%s", first.err, first.out)
	}
	t.Logf("first run (%v):\n%s", first.took.Round(time.Millisecond), first.out)
	for _, name := range []string{"optio-postgres-tls", "optio-redis-tls", "optio-redis-auth"} {
		if !strings.Contains(first.out, "Secret "+ns+"/"+name+" created") {
			t.Errorf("first run did not report %s created", name)
		}
	}
	before := map[string]manifest.Object{}
	for _, name := range []string{"optio-postgres-tls", "optio-redis-tls", "optio-redis-auth"} {
		sec := get(t, s, "secret", ns, name)
		before[name] = sec
		if sec.Get("immutable") != true {
			t.Errorf("Secret %s is not immutable", name)
		}
		labels, _ := sec.Get("metadata", "labels").(map[string]any)
		if labels["app.kubernetes.io/managed-by"] != optio.KeygenManagedBy || labels["app.kubernetes.io/instance"] != nil {
			t.Errorf("Secret %s labels = %v: want managed-by %s and no instance label (the prune selector must not reach it)", name, labels, optio.KeygenManagedBy)
		}
	}
	// Out of the prune selector's reach.
	out, _, err = s.Kubectl("get", "secrets", "-n", ns, "-l", values.Release{Name: "optio", Namespace: ns}.PruneSelector(), "-o", "name")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"optio-postgres-tls", "optio-redis-tls", "optio-redis-auth"} {
		if strings.Contains(out, "secret/"+name+"\n") {
			t.Errorf("the prune selector selects the generated Secret %s", name)
		}
	}
	if !strings.Contains(out, "secret/optio-config\n") {
		t.Errorf("the prune selector misses the release's own Secret: %q", out)
	}

	checkCertificate(t, before["optio-postgres-tls"], "optio-postgres", []string{"optio-postgres", "optio-postgres." + ns + ".svc", "optio-postgres." + ns + ".svc.cluster.local", "localhost", "127.0.0.1"})
	checkCertificate(t, before["optio-redis-tls"], "optio-redis", []string{"optio-redis", "optio-redis." + ns + ".svc", "127.0.0.1"})
	pw := secretKeys(t, s, ns, "optio-redis-auth")["REDIS_PASSWORD"]
	if !regexp.MustCompile(`^[A-Za-z0-9]{32}$`).MatchString(pw) {
		t.Errorf("REDIS_PASSWORD has %d characters or others than [A-Za-z0-9]", len(pw))
	}
	pgCA := before["optio-postgres-tls"].Get("data", "ca.crt")
	if pgCA == before["optio-redis-tls"].Get("data", "ca.crt") {
		t.Error("Postgres and Redis share a CA; each server has its own")
	}

	second := runKeygen(t, s, ns, jobName)
	if second.err != nil {
		t.Fatalf("second run: %v\n%s", second.err, second.out)
	}
	if strings.Contains(second.out, "created") || strings.Count(second.out, "left unchanged") != 3 {
		t.Errorf("second run changed something:\n%s", second.out)
	}
	for name, b := range before {
		a := get(t, s, "secret", ns, name)
		if a.Get("metadata", "resourceVersion") != b.Get("metadata", "resourceVersion") || jsonOf(a.Get("data")) != jsonOf(b.Get("data")) {
			t.Errorf("second run changed Secret %s", name)
		}
	}

	// Least privilege: the Job's token reads no other Secret and lists none.
	token, _, err := s.Kubectl("create", "token", "optio-keygen", "-n", ns)
	if err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	for _, path := range []string{"/api/v1/namespaces/" + ns + "/secrets/other", "/api/v1/namespaces/" + ns + "/secrets", "/api/v1/namespaces/default/secrets/optio-redis-auth"} {
		req, _ := http.NewRequest(http.MethodGet, s.URL+path, nil)
		req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(token))
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("GET %s with the generator's token: HTTP %d, want 403", path, resp.StatusCode)
		}
	}

	// A Secret of that name without the keys: reported, left unchanged.
	if _, _, err := s.Kubectl("delete", "secret", "optio-redis-auth", "-n", ns); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Kubectl("create", "secret", "generic", "optio-redis-auth", "-n", ns, "--from-literal=password=mine"); err != nil {
		t.Fatal(err)
	}
	third := runKeygen(t, s, ns, jobName)
	if third.err == nil || !strings.Contains(third.out, "lacks REDIS_PASSWORD") {
		t.Errorf("a Secret lacking its key: err = %v, output:\n%s", third.err, third.out)
	}
	if got := secretKeys(t, s, ns, "optio-redis-auth"); len(got) != 1 || got["password"] != "mine" {
		t.Errorf("the user's Secret was changed: %v", got)
	}
}

// checkCertificate verifies a generated TLS Secret: the key pair matches,
// the server certificate chains to ca.crt for every name, the CA is a CA
// and the server certificate is not.
func checkCertificate(t *testing.T, sec manifest.Object, cn string, names []string) {
	t.Helper()
	name := sec.Get("metadata", "name")
	if sec.Get("type") != "kubernetes.io/tls" {
		t.Errorf("Secret %s type = %v", name, sec.Get("type"))
	}
	data := map[string][]byte{}
	for _, k := range []string{"tls.crt", "tls.key", "ca.crt"} {
		s, _ := sec.Get("data", k).(string)
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil || len(b) == 0 {
			t.Fatalf("Secret %s: key %s missing or not base64", name, k)
		}
		data[k] = b
	}
	if _, err := tls.X509KeyPair(data["tls.crt"], data["tls.key"]); err != nil {
		t.Errorf("Secret %s: tls.crt and tls.key do not match: %v", name, err)
	}
	parse := func(b []byte) *x509.Certificate {
		blk, _ := pem.Decode(b)
		if blk == nil {
			t.Fatalf("Secret %s: not PEM", name)
		}
		c, err := x509.ParseCertificate(blk.Bytes)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	leaf, ca := parse(data["tls.crt"]), parse(data["ca.crt"])
	if leaf.Subject.CommonName != cn || leaf.IsCA || !ca.IsCA {
		t.Errorf("Secret %s: CN %q, leaf CA %v, CA CA %v", name, leaf.Subject.CommonName, leaf.IsCA, ca.IsCA)
	}
	if d := leaf.NotAfter.Sub(leaf.NotBefore); d < 3649*24*time.Hour || d > 3651*24*time.Hour {
		t.Errorf("Secret %s: validity %v, want 3650 days", name, d)
	}
	pool := x509.NewCertPool()
	pool.AddCert(ca)
	for _, n := range names {
		if _, err := leaf.Verify(x509.VerifyOptions{Roots: pool, DNSName: n, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}); err != nil {
			t.Errorf("Secret %s: certificate does not verify for %s: %v", name, n, err)
		}
	}
	if _, err := leaf.Verify(x509.VerifyOptions{Roots: pool, DNSName: "other.example"}); err == nil {
		t.Errorf("Secret %s: certificate verifies for a name it must not hold", name)
	}
}

// TestTLSMovesOnARunningRelease applies, to one server, the moves between
// modes that docs/security.md describes, running the generator as its pod
// would after each apply: TLS and auth on (generated), all off, on again
// (the generated Secrets are found and kept), the Secrets given instead,
// back to generated; then the one move the docs say needs a hand: a
// password in the values over a generated Secret is refused (immutable)
// until the Secret is deleted.
func TestTLSMovesOnARunningRelease(t *testing.T) {
	const ns = "optio"
	s := kubeapi.Start(t)
	type step struct {
		name   string
		change func(p *optio.OptioChartProps)
	}
	apply := func(i int, st step) {
		t.Helper()
		p := testutil.ValidProps()
		st.change(&p)
		dir := filepath.Join(t.TempDir(), fmt.Sprintf("step-%d", i))
		if _, err := synth.ToDir(p, dir); err != nil {
			t.Fatal(err)
		}
		res, err := s.Apply(dir)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		for _, r := range res.Rejections {
			t.Errorf("%s: rejected %s: %s", st.name, r.Object, r.Message)
		}
	}
	latestJob := func() string {
		t.Helper()
		out, _, err := s.Kubectl("get", "jobs", "-n", ns, "--sort-by=.metadata.creationTimestamp", "-o", "name")
		if err != nil {
			t.Fatal(err)
		}
		names := strings.Fields(out)
		if len(names) == 0 {
			t.Fatal("no keygen Job")
		}
		return strings.TrimPrefix(names[len(names)-1], "job.batch/")
	}
	on := func(p *optio.OptioChartProps) {}
	off := func(p *optio.OptioChartProps) {
		p.Postgresql.TLS.Enabled, p.Redis.TLS.Enabled, p.Redis.Auth.Enabled = false, false, false
	}
	given := func(p *optio.OptioChartProps) {
		p.Postgresql.TLS.ExistingSecret = "optio-postgres-tls"
		p.Redis.TLS.AutoGenerateCert, p.Redis.TLS.ExistingSecret = false, "optio-redis-tls"
		p.Redis.Auth.ExistingSecret = "optio-redis-auth"
	}

	apply(0, step{"TLS and auth on", on})
	if r := runKeygen(t, s, ns, latestJob()); r.err != nil || strings.Count(r.out, "created") != 3 {
		t.Fatalf("first generation: %v\n%s", r.err, r.out)
	}
	before := secretKeys(t, s, ns, "optio-redis-auth")["REDIS_PASSWORD"]
	apply(1, step{"all off", off})
	expect(t, s, "deployment", ns, "optio-redis", "spec.template.spec.containers.0.args", nil)
	apply(2, step{"on again", on})
	if r := runKeygen(t, s, ns, latestJob()); r.err != nil || strings.Count(r.out, "left unchanged") != 3 {
		t.Fatalf("on again: %v\n%s", r.err, r.out)
	}
	if got := secretKeys(t, s, ns, "optio-redis-auth")["REDIS_PASSWORD"]; got != before {
		t.Error("turning TLS and auth off and on rotated the password")
	}
	apply(3, step{"Secrets given", given})
	expect(t, s, "deployment", ns, "optio-redis", "spec.template.spec.volumes.1.secret.secretName", "optio-redis-tls")
	apply(4, step{"generated again", on})

	// A password in the values over the generated, immutable Secret.
	p := testutil.ValidProps()
	p.Redis.Auth.Password = "from-the-values"
	dir := filepath.Join(t.TempDir(), "password")
	if _, err := synth.ToDir(p, dir); err != nil {
		t.Fatal(err)
	}
	res, err := s.Apply(dir)
	if err != nil {
		t.Fatal(err)
	}
	// Server-side apply (this test, Argo CD's ServerSideApply) meets the
	// generator's fields; client-side kubectl apply meets immutable: true.
	if len(res.Rejections) != 1 || res.Rejections[0].Object.Name != "optio-redis-auth" || !strings.Contains(res.Rejections[0].Message, `conflicts with "optio-keygen"`) {
		t.Errorf("password over the generated Secret: rejections %v, want optio-redis-auth held by optio-keygen", res.Rejections)
	}
	if _, stderr, err := s.Kubectl("apply", "-f", dir); err == nil || !strings.Contains(stderr, "immutable") {
		t.Errorf("client-side apply over the generated Secret: err %v, %s; want the immutable refusal", err, stderr)
	}
	if _, _, err := s.Kubectl("delete", "secret", "optio-redis-auth", "-n", ns); err != nil {
		t.Fatal(err)
	}
	if res, err := s.Apply(dir); err != nil || len(res.Rejections) != 0 {
		t.Errorf("after deleting the Secret: %v %v", err, res.Rejections)
	}
	if got := secretKeys(t, s, ns, "optio-redis-auth")["REDIS_PASSWORD"]; got != "from-the-values" {
		t.Errorf("REDIS_PASSWORD = %q", got)
	}
}
