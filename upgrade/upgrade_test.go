package upgrade_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/upgrade"
)

// TestMain stops the jsii runtime after the tests (testutil.RunAndCloseJSII).
func TestMain(m *testing.M) { testutil.RunAndCloseJSII(m) }

// output synthesizes props, changed by edit, as the command line does.
func output(t *testing.T, edit func(p *optio.OptioChartProps)) []manifest.Object {
	t.Helper()
	p := testutil.ValidProps()
	if edit != nil {
		edit(&p)
	}
	objs, err := manifest.Parse([]byte(testutil.Synth(t, p)))
	if err != nil {
		t.Fatal(err)
	}
	return objs
}

// summary is a finding as "refuse|warn rule path".
func summary(fs []upgrade.Finding) []string {
	var out []string
	for _, f := range fs {
		verdict := "warn"
		if f.Refuse {
			verdict = "refuse"
		}
		out = append(out, verdict+" "+f.Rule+" "+f.Path)
	}
	return out
}

func tag(t string) func(p *optio.OptioChartProps) {
	return func(p *optio.OptioChartProps) { p.Postgresql.Image.Tag = t }
}

// TestCheck synthesizes real previous and next outputs from values and
// checks what Check finds for each kind of change.
func TestCheck(t *testing.T) {
	cases := []struct {
		name       string
		prev, next func(p *optio.OptioChartProps)
		want       []string
	}{
		{name: "no change"},
		{name: "postgres major version", prev: tag("16"), next: tag("17"), want: []string{"refuse postgres-major-version postgresql.image.tag"}},
		{name: "postgres major version down", prev: tag("17.2"), next: tag("16.6"), want: []string{"refuse postgres-major-version postgresql.image.tag"}},
		{name: "postgres minor version", prev: tag("16"), next: tag("16.4")},
		{name: "postgres same-major variant", prev: tag("16.4"), next: tag("16.4-alpine")},
		{name: "postgres variant and major", prev: tag("16-bookworm"), next: tag("17-alpine"), want: []string{"refuse postgres-major-version postgresql.image.tag"}},
		{name: "pgvector major version", prev: func(p *optio.OptioChartProps) {
			p.Postgresql.Image.Repository, p.Postgresql.Image.Tag = "pgvector/pgvector", "pg16"
		},
			next: func(p *optio.OptioChartProps) {
				p.Postgresql.Image.Repository, p.Postgresql.Image.Tag = "pgvector/pgvector", "0.8.0-pg17"
			},
			want: []string{"refuse postgres-major-version postgresql.image.tag"}},
		{name: "postgres tag without version", prev: tag("16"), next: tag("alpine"), want: []string{"warn postgres-major-version postgresql.image.tag"}},
		{name: "password", next: func(p *optio.OptioChartProps) { p.Postgresql.Auth.Password = "rotated" },
			want: []string{"refuse postgres-password postgresql.auth.password"}},
		{name: "postgres TLS off", next: func(p *optio.OptioChartProps) { p.Postgresql.TLS.Enabled = false },
			want: []string{"warn internal-tls-moves postgresql.tls.enabled"}},
		{name: "postgres TLS on", prev: func(p *optio.OptioChartProps) { p.Postgresql.TLS.Enabled = false },
			want: []string{"warn internal-tls-moves postgresql.tls.enabled"}},
		{name: "redis TLS and auth off", next: func(p *optio.OptioChartProps) { p.Redis.TLS.Enabled, p.Redis.Auth.Enabled = false, false },
			want: []string{"warn internal-tls-moves redis.tls.enabled", "warn internal-tls-moves redis.auth.enabled"}},
		{name: "redis password over the generated one", next: func(p *optio.OptioChartProps) { p.Redis.Auth.Password = "chosen-by-hand" },
			want: []string{"refuse internal-tls-moves redis.auth.password"}},
		{name: "redis password kept in values", prev: func(p *optio.OptioChartProps) { p.Redis.Auth.Password = "chosen-by-hand" },
			next: func(p *optio.OptioChartProps) { p.Redis.Auth.Password = "chosen-by-hand" }},
		{name: "another secret", next: func(p *optio.OptioChartProps) { p.Auth.Github.ClientSecret = "rotated" }},
		{name: "password with existingSecret", prev: func(p *optio.OptioChartProps) { p.ExistingSecret = "optio-secrets" },
			next: func(p *optio.OptioChartProps) {
				p.ExistingSecret = "optio-secrets"
				p.Postgresql.Auth.Password = "invisible"
			}},
		{name: "existingSecret renamed", prev: func(p *optio.OptioChartProps) { p.ExistingSecret = "optio-secrets" },
			next: func(p *optio.OptioChartProps) { p.ExistingSecret = "optio-secrets-v2" },
			want: []string{"warn postgres-password existingSecret"}},
		{name: "username", next: func(p *optio.OptioChartProps) { p.Postgresql.Auth.Username = "agents" },
			want: []string{"refuse postgres-initdb-settings postgresql.auth.username"}},
		{name: "database", next: func(p *optio.OptioChartProps) { p.Postgresql.Auth.Database = "agents" },
			want: []string{"refuse postgres-initdb-settings postgresql.auth.database"}},
		{name: "selectors", next: func(p *optio.OptioChartProps) { p.HelmChartSelectors = true }, // api, web, postgres, redis, optio (R-optio)
			want: []string{"refuse immutable-field helmChartSelectors", "refuse immutable-field helmChartSelectors", "refuse immutable-field helmChartSelectors", "refuse immutable-field helmChartSelectors", "refuse immutable-field helmChartSelectors"}},
		{name: "storage class", prev: func(p *optio.OptioChartProps) { p.Postgresql.Storage.StorageClass = "fast" },
			next: func(p *optio.OptioChartProps) { p.Postgresql.Storage.StorageClass = "slow" },
			want: []string{"refuse immutable-field postgresql.storage.storageClass"}},
		{name: "storage class from the default", next: func(p *optio.OptioChartProps) { p.Postgresql.Storage.StorageClass = "fast" },
			want: []string{"warn immutable-field postgresql.storage.storageClass"}},
		{name: "storage shrinks", next: func(p *optio.OptioChartProps) { p.Postgresql.Storage.Size = "2Gi" },
			want: []string{"refuse claim-size postgresql.storage.size"}},
		{name: "storage grows", next: func(p *optio.OptioChartProps) { p.Postgresql.Storage.Size = "20Gi" },
			want: []string{"warn claim-size postgresql.storage.size"}},
		{name: "storage same size", prev: func(p *optio.OptioChartProps) { p.Postgresql.Storage.Size = "1Gi" },
			next: func(p *optio.OptioChartProps) { p.Postgresql.Storage.Size = "1024Mi" }},
		{name: "postgres off", next: func(p *optio.OptioChartProps) {
			p.Postgresql.Enabled = false
			p.ExternalDatabase.URL = "postgres://u:p@db.example.com:5432/optio"
		}, want: []string{"warn retained-object-removed postgresql.enabled"}},
		{name: "namespace object off", next: func(p *optio.OptioChartProps) { p.CreateNamespace = false },
			want: []string{"warn retained-object-removed createNamespace"}},
		{name: "namespace moved", next: func(p *optio.OptioChartProps) { p.Namespace = "optio-prod" },
			want: []string{"warn retained-object-removed createNamespace", "warn retained-object-removed postgresql.enabled", "warn data-volume-replaced namespace"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := summary(upgrade.Check(output(t, c.prev), output(t, c.next)))
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("findings:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestPasswordNeverPrinted: a refusal of a password change names the value
// and the steps, never the passwords.
func TestPasswordNeverPrinted(t *testing.T) {
	fs := upgrade.Check(output(t, nil), output(t, func(p *optio.OptioChartProps) { p.Postgresql.Auth.Password = "n3w-pa55" }))
	if len(fs) != 1 {
		t.Fatalf("findings %v", summary(fs))
	}
	text := fs[0].String()
	for _, secret := range []string{"s3cret", "n3w-pa55"} {
		if strings.Contains(text, secret) {
			t.Errorf("the finding prints a password:\n%s", text)
		}
	}
	for _, want := range []string{"kubectl -n optio exec -it deployment/optio-postgres -- psql -U optio -d postgres -c '\\password optio'", "--allow-change=postgresql.auth.password"} {
		if !strings.Contains(text, want) {
			t.Errorf("the finding lacks %q:\n%s", want, text)
		}
	}
}

// TestMajorVersionSteps: the refusal of a major version change gives the
// dump and restore commands with the release's names.
func TestMajorVersionSteps(t *testing.T) {
	fs := upgrade.Check(output(t, tag("16")), output(t, tag("17")))
	if len(fs) != 1 {
		t.Fatalf("findings %v", summary(fs))
	}
	text := fs[0].String()
	for _, want := range []string{
		"kubectl -n optio scale deployment/optio-api --replicas=0",
		"kubectl -n optio exec deployment/optio-postgres -- pg_dumpall -U optio > optio-postgres-16.sql",
		"kubectl -n optio delete deployment/optio-postgres persistentvolumeclaim/optio-postgres-data",
		"--allow-change=postgresql.image.tag",
		"kubectl -n optio exec -i deployment/optio-postgres -- psql -U optio -d postgres < optio-postgres-16.sql",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the finding lacks %q:\n%s", want, text)
		}
	}
}

// TestMajorVersion reads the major version of PostgreSQL image tags.
func TestMajorVersion(t *testing.T) {
	for tag, want := range map[string]string{
		"16": "16", "16.4": "16", "16.4-alpine3.20": "16", "16-bookworm": "16", "17beta2": "17", "9.6.24": "9.6", "9.6": "9.6", "9": "9",
		"pg16": "16", "0.8.0-pg17": "17", "pg17-trixie": "17", "latest": "", "alpine": "", "": "",
	} {
		if got := upgrade.MajorVersion(tag); got != want {
			t.Errorf("MajorVersion(%q) = %q, want %q", tag, got, want)
		}
	}
}

// obj builds an object from JSON-like maps, for the rules that reach
// objects this program does not emit.
func obj(kind, name string, spec map[string]interface{}) manifest.Object {
	o := manifest.Object{"apiVersion": "v1", "kind": kind, "metadata": map[string]interface{}{"name": name, "namespace": "ns"}}
	for k, v := range spec {
		o[k] = v
	}
	return o
}

// TestImmutableFieldsOfAnyObject: the immutable-field rule reads any
// object, named by kind, name and field when no value sets it.
func TestImmutableFieldsOfAnyObject(t *testing.T) {
	rb := func(role string) manifest.Object {
		o := obj("RoleBinding", "b", map[string]interface{}{"roleRef": map[string]interface{}{"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": role}})
		o["apiVersion"] = "rbac.authorization.k8s.io/v1"
		return o
	}
	svc := func(ip string) manifest.Object {
		return obj("Service", "s", map[string]interface{}{"spec": map[string]interface{}{"clusterIP": ip}})
	}
	job := func(image string) manifest.Object {
		o := obj("Job", "j", map[string]interface{}{"spec": map[string]interface{}{"template": map[string]interface{}{"spec": map[string]interface{}{
			"containers": []interface{}{map[string]interface{}{"name": "c", "image": image}}}}}})
		o["apiVersion"] = "batch/v1"
		return o
	}
	for _, c := range []struct {
		prev, next manifest.Object
		want       string
	}{
		{rb("a"), rb("b"), "refuse immutable-field RoleBinding/b:roleRef"},
		{svc("10.0.0.10"), svc("10.0.0.11"), "refuse immutable-field Service/s:spec.clusterIP"},
		{job("migrate:1"), job("migrate:2"), "refuse immutable-field Job/j:spec.template"},
	} {
		got := summary(upgrade.Check([]manifest.Object{c.prev}, []manifest.Object{c.next}))
		if want := []string{c.want}; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %q, want %q", c.prev.Kind(), got, want)
		}
	}
	// A claim's new access modes: named by the value when the claim is the
	// skills cache's (component api), and every step written out in full.
	pvc := func(mode string) manifest.Object {
		o := obj("PersistentVolumeClaim", "optio-installed-skills-cache", map[string]interface{}{"spec": map[string]interface{}{"accessModes": []interface{}{mode}}})
		o["metadata"].(map[string]interface{})["labels"] = map[string]interface{}{"app.kubernetes.io/component": "api"}
		return o
	}
	found := upgrade.Check([]manifest.Object{pvc("ReadWriteOnce")}, []manifest.Object{pvc("ReadWriteOncePod")})
	if got, want := summary(found), []string{"refuse immutable-field installedSkillsCache.accessModes"}; !reflect.DeepEqual(got, want) {
		t.Errorf("claim: got %q, want %q", got, want)
	}
	for _, f := range found {
		if len(f.Steps) == 0 {
			t.Errorf("%s: no steps", f.Path)
		}
		for _, s := range f.Steps {
			if strings.Contains(s, "%!") {
				t.Errorf("step not written out: %q", s)
			}
		}
		if len(f.Steps) > 0 && !strings.Contains(f.Steps[0], "optio-installed-skills-cache") {
			t.Errorf("the first step does not name the claim: %q", f.Steps[0])
		}
	}
	// Its size, shrunk: named by the value too, so --allow-change takes it.
	sized := func(size string) manifest.Object {
		o := pvc("ReadWriteOnce")
		o["spec"].(map[string]interface{})["resources"] = map[string]interface{}{"requests": map[string]interface{}{"storage": size}}
		return o
	}
	found = upgrade.Check([]manifest.Object{sized("5Gi")}, []manifest.Object{sized("1Gi")})
	if got := summary(found); len(got) != 1 || !strings.HasSuffix(got[0], " installedSkillsCache.size") {
		t.Errorf("claim shrunk: got %q, want one finding at installedSkillsCache.size", got)
	}
	// The claim leaves the output (the cache turned off): a warning with the
	// command, since the allowlisted prune leaves claims alone.
	found = upgrade.Check([]manifest.Object{pvc("ReadWriteOnce")}, nil)
	if len(found) != 1 || found[0].Refuse || found[0].Path != "installedSkillsCache.enabled" || !strings.Contains(found[0].Message, "kubectl -n ns delete persistentvolumeclaim optio-installed-skills-cache") {
		t.Errorf("claim removed: %+v", found)
	}
	// Same objects, or a different kind of the same name: nothing.
	if got := upgrade.Check([]manifest.Object{rb("a"), svc("10.0.0.10")}, []manifest.Object{rb("a"), svc("10.0.0.10")}); len(got) != 0 {
		t.Errorf("unchanged objects: %v", summary(got))
	}
}

// TestBlocking: --allow-change passes refusals by value path, and names
// the entries that match none.
func TestBlocking(t *testing.T) {
	fs := []upgrade.Finding{{Path: "a", Refuse: true}, {Path: "b", Refuse: true}, {Path: "a", Refuse: true}, {Path: "c"}}
	blocking, unused := upgrade.Blocking(fs, []string{"a", "c", "typo"})
	if got := fmt.Sprint(summary(blocking), unused); got != "[refuse  b] [c typo]" {
		t.Errorf("Blocking = %s", got)
	}
}

// TestSecretMoves: the moves of docs/security.md that need steps beyond
// an apply are warned about with the real Secret names, and a Secret that
// is the user's own is never proposed for deletion.
func TestSecretMoves(t *testing.T) {
	findings := func(prev, next func(p *optio.OptioChartProps)) []upgrade.Finding {
		return upgrade.Check(output(t, prev), output(t, next))
	}
	find := func(fs []upgrade.Finding, path string) *upgrade.Finding {
		for i := range fs {
			if fs[i].Path == path {
				return &fs[i]
			}
		}
		return nil
	}
	// keygen -> cert-manager: delete the generated Secrets after the apply.
	f := find(findings(nil, func(p *optio.OptioChartProps) { p.InternalTLS.Provider = "cert-manager" }), "internalTLS.provider")
	if f == nil || f.Refuse || len(f.Steps) != 3 || !strings.Contains(f.Steps[1], "delete secret optio-postgres-tls optio-redis-tls") {
		t.Errorf("keygen -> cert-manager: %+v", f)
	}
	// A password in values, then generated: the rendered Secret leaves.
	withPassword := func(p *optio.OptioChartProps) { p.Redis.Auth.Password = "abcdefghijklmnop1234" }
	f = find(findings(withPassword, nil), "redis.auth.password")
	if f == nil || f.Refuse || !strings.Contains(f.Message, "optio-redis-auth leaves the output") {
		t.Errorf("password to generated: %+v", f)
	}
	// TLS off: the generated Secret may go; the user's own is left alone.
	off := func(p *optio.OptioChartProps) { p.Redis.TLS.Enabled = false }
	f = find(findings(nil, off), "redis.tls.enabled")
	if f == nil || len(f.Steps) != 2 || !strings.Contains(f.Steps[1], "kubectl -n optio delete secret optio-redis-tls") {
		t.Errorf("TLS off, generated: %+v", f)
	}
	// cert-manager's Secret: made for the release, stays after the prune.
	cm := func(p *optio.OptioChartProps) { p.InternalTLS.Provider = "cert-manager" }
	f = find(findings(cm, func(p *optio.OptioChartProps) { cm(p); off(p) }), "redis.tls.enabled")
	if f == nil || len(f.Steps) != 2 || !strings.Contains(f.Steps[1], "kubectl -n optio delete secret optio-redis-tls") {
		t.Errorf("TLS off, cert-manager's Secret: %+v", f)
	}
	own := func(p *optio.OptioChartProps) {
		p.Redis.TLS.AutoGenerateCert, p.Redis.TLS.ExistingSecret = false, "mine"
	}
	f = find(findings(own, func(p *optio.OptioChartProps) { own(p); off(p) }), "redis.tls.enabled")
	if f == nil || len(f.Steps) != 2 || strings.Contains(f.Steps[1], "delete secret") || !strings.Contains(f.Steps[1], "mine is yours") {
		t.Errorf("TLS off, the user's Secret: %+v", f)
	}
}
