package optio_test

import (
	"reflect"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
)

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
	if got := redis.Get("livenessProbe", "exec", "command"); !reflect.DeepEqual(got, []interface{}{"/bin/sh", "-c", "redis-cli -h 127.0.0.1 -p 6379 --tls --insecure ping | grep -qx PONG"}) {
		t.Errorf("redis liveness = %v", got)
	}

	p.Auth.Disabled = true
	p.Postgresql.Auth.Password = ""
	c = container(t, testutil.Must(t, testutil.Objects(t, p), "Deployment/optio-postgres"))
	if got := envOf(c)["POSTGRES_HOST_AUTH_METHOD"]; got != "trust" {
		t.Errorf("auth.disabled without password: POSTGRES_HOST_AUTH_METHOD = %q, want trust", got)
	}
}

// TestInClusterPostgresGolden: the objects of InClusterPostgres with its
// defaults (testdata/in-cluster-postgres.yaml).
func TestInClusterPostgresGolden(t *testing.T) {
	checkGolden(t, "InClusterPostgres", "in-cluster-postgres.yaml")
}
