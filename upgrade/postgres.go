package upgrade

import (
	"encoding/base64"
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/optio-cdk8s/optio-cdk8s/manifest"
)

// postgresImages are the last path elements of image repositories that run
// PostgreSQL (the official image and images built on it).
var postgresImages = []string{"postgres", "postgresql", "pgvector", "postgis", "timescaledb", "timescaledb-ha"}

// database is the PostgreSQL container of a workload, as one output has it.
type database struct {
	workload  manifest.Object
	container map[string]interface{}
	// secrets are the output's Secrets by namespace/name, to resolve
	// secretKeyRef.
	secrets map[string]manifest.Object
}

// databases pairs the PostgreSQL containers of the workloads present in
// both outputs: a container named "postgres", or running one of
// postgresImages.
func (d *Diff) databases() [][2]database {
	var out [][2]database
	for _, p := range d.Pairs("Deployment", "StatefulSet") {
		prev, next := postgresContainer(p.Prev), postgresContainer(p.Next)
		if prev == nil || next == nil {
			continue
		}
		out = append(out, [2]database{
			{workload: p.Prev, container: prev, secrets: secretsOf(d.Prev)},
			{workload: p.Next, container: next, secrets: secretsOf(d.Next)},
		})
	}
	return out
}

func postgresContainer(o manifest.Object) map[string]interface{} {
	cs, _ := manifest.Object(o.PodSpec()).Get("containers").([]interface{})
	for _, c := range cs {
		m, _ := c.(map[string]interface{})
		if m == nil {
			continue
		}
		repo, _ := splitImage(str(m["image"]))
		for _, name := range postgresImages {
			if m["name"] == "postgres" || path.Base(repo) == name {
				return m
			}
		}
	}
	return nil
}

func secretsOf(objs map[string]manifest.Object) map[string]manifest.Object {
	m := map[string]manifest.Object{}
	for _, o := range objs {
		if o.Kind() == "Secret" {
			m[o.Namespace()+"/"+o.Name()] = o
		}
	}
	return m
}

func str(v interface{}) string { s, _ := v.(string); return s }

// splitImage splits an image reference into repository and tag; a digest
// (repository@sha256:...) gives the tag "".
func splitImage(image string) (repo, tag string) {
	if i := strings.Index(image, "@"); i >= 0 {
		return image[:i], ""
	}
	if i := strings.LastIndex(image, ":"); i > strings.LastIndex(image, "/") {
		return image[:i], image[i+1:]
	}
	return image, "latest"
}

var (
	pgTag      = regexp.MustCompile(`(?:^|[^a-z])pg(\d+)`)
	leadingVer = regexp.MustCompile(`^(\d+)(?:\.(\d+))?`)
)

// MajorVersion is the PostgreSQL major version an image tag names: "16" for
// 16, 16.4, 16.4-alpine3.20, 16-bookworm; "9.6" for 9.6.24 (before 10 the
// major version had two parts); "17" for pgvector's pg17 and 0.8.0-pg17. ""
// when the tag does not say (latest, alpine, a digest).
func MajorVersion(tag string) string {
	if m := pgTag.FindStringSubmatch(tag); m != nil {
		return m[1]
	}
	m := leadingVer.FindStringSubmatch(tag)
	if m == nil {
		return ""
	}
	if n, _ := strconv.Atoi(m[1]); n < 10 && m[2] != "" {
		return m[1] + "." + m[2]
	}
	return m[1]
}

// env returns the container's environment variable name: its literal
// value, or the Secret key it references.
func (db database) env(name string) (value string, ref *secretRef, ok bool) {
	es, _ := db.container["env"].([]interface{})
	for _, e := range es {
		m := manifest.Object(asMap(e))
		if m.Get("name") != name {
			continue
		}
		if v, isStr := m.Get("value").(string); isStr {
			return v, nil, true
		}
		if sk := m.Get("valueFrom", "secretKeyRef"); sk != nil {
			s := manifest.Object(asMap(sk))
			return "", &secretRef{namespace: db.workload.Namespace(), name: str(s.Get("name")), key: str(s.Get("key"))}, true
		}
		return "", nil, true
	}
	return "", nil, false
}

func asMap(v interface{}) map[string]interface{} { m, _ := v.(map[string]interface{}); return m }

// secretRef is a secretKeyRef.
type secretRef struct{ namespace, name, key string }

// resolve reads the value of ref from the output's Secrets: ok is false
// when the Secret is not in the output (existingSecret).
func (db database) resolve(ref secretRef) (string, bool) {
	s, found := db.secrets[ref.namespace+"/"+ref.name]
	if !found {
		return "", false
	}
	if v, isStr := s.Get("stringData", ref.key).(string); isStr {
		return v, true
	}
	if v, isStr := s.Get("data", ref.key).(string); isStr {
		b, err := base64.StdEncoding.DecodeString(v)
		return string(b), err == nil
	}
	return "", true // the key is absent: an empty value
}

// setting returns an initdb environment variable with the image's default
// (POSTGRES_USER and POSTGRES_DB default to postgres, POSTGRES_DB to the
// user).
func (db database) setting(name string) string {
	v, _, ok := db.env(name)
	if ok && v != "" {
		return v
	}
	switch name {
	case "POSTGRES_USER":
		return "postgres"
	case "POSTGRES_DB":
		return db.setting("POSTGRES_USER")
	}
	return ""
}

// names are the shell-ready names of the steps: namespace, the database's
// workload, the user, the database and its volume.
type names struct {
	ns, workload, user, db, claim, api string
}

func (db database) names(next map[string]manifest.Object) names {
	n := names{
		ns:       db.workload.Namespace(),
		workload: strings.ToLower(db.workload.Kind()) + "/" + db.workload.Name(),
		user:     db.setting("POSTGRES_USER"),
		db:       db.setting("POSTGRES_DB"),
		claim:    "<its data volume>",
		api:      "<the API's Deployment>",
	}
	vols, _ := manifest.Object(db.workload.PodSpec()).Get("volumes").([]interface{})
	for _, v := range vols {
		if c := str(manifest.Object(asMap(v)).Get("persistentVolumeClaim", "claimName")); c != "" {
			n.claim = c
		}
	}
	for _, o := range next {
		if o.Kind() == "Deployment" && o.Namespace() == n.ns && o.Get("metadata", "labels", "app.kubernetes.io/component") == "api" {
			n.api = o.Name()
		}
	}
	return n
}

// postgresMajorVersion refuses a change of PostgreSQL's major version on an
// existing database: the new server refuses the old data directory ("database
// files are incompatible with server") and the pod crash-loops. Minor
// versions and variants of one major version (16.4-alpine) share the format.
func postgresMajorVersion(d *Diff) []Finding {
	var out []Finding
	for _, pair := range d.databases() {
		prevRepo, prevTag := splitImage(str(pair[0].container["image"]))
		nextRepo, nextTag := splitImage(str(pair[1].container["image"]))
		from, to := MajorVersion(prevTag), MajorVersion(nextTag)
		pathOf := "postgresql.image.tag"
		if prevTag == nextTag && prevRepo != nextRepo {
			pathOf = "postgresql.image.repository"
		}
		switch {
		case from != "" && to != "" && from != to:
			n := pair[0].names(d.Next)
			dump := "optio-postgres-" + from + ".sql"
			out = append(out, Finding{
				Path: pathOf, Object: describe(pair[1].workload), Refuse: true,
				Message: fmt.Sprintf("PostgreSQL %s -> %s: the data volume %s holds a PostgreSQL %s database, which PostgreSQL %s refuses to start on (it would crash-loop); move the data with a dump and restore (below) or pg_upgrade (docs/operations.md)",
					from, to, n.claim, from, to),
				Steps: []string{
					fmt.Sprintf("while PostgreSQL %s still runs, stop the API and dump every database:\nkubectl -n %s scale deployment/%s --replicas=0\nkubectl -n %s exec %s -- pg_dumpall -U %s > %s", from, n.ns, n.api, n.ns, n.workload, n.user, dump),
					fmt.Sprintf("check the dump (it is now the only copy), then delete the database and its volume:\nkubectl -n %s delete %s persistentvolumeclaim/%s", n.ns, n.workload, n.claim),
					fmt.Sprintf("write this output with --allow-change=%s and apply it as usual: PostgreSQL %s starts on a new, empty volume", pathOf, to),
					fmt.Sprintf("restore (messages that the role or database already exists are expected), then scale the API back:\nkubectl -n %s exec -i %s -- psql -U %s -d postgres < %s\nkubectl -n %s scale deployment/%s --replicas=<as before>", n.ns, n.workload, n.user, dump, n.ns, n.api),
				},
			})
		case (from == "") != (to == "") && prevRepo+prevTag != nextRepo+nextTag:
			out = append(out, Finding{
				Path: pathOf, Object: describe(pair[1].workload),
				Message: fmt.Sprintf("the PostgreSQL image changes from %s to %s and one of the tags does not name a major version: if the major version changes, the new server refuses the existing database (docs/operations.md, \"PostgreSQL major version\")",
					str(pair[0].container["image"]), str(pair[1].container["image"])),
			})
		}
	}
	return out
}

// postgresInitdbSettings refuses a change of the user or database name of an
// existing database: the image creates them at initdb only, so the API would
// connect as a user or to a database that does not exist.
func postgresInitdbSettings(d *Diff) []Finding {
	var out []Finding
	for _, pair := range d.databases() {
		n := pair[0].names(d.Next)
		for _, s := range []struct{ env, path, sql string }{
			{"POSTGRES_USER", "postgresql.auth.username", `ALTER ROLE "%s" RENAME TO "%s"; ALTER ROLE "%[2]s" WITH PASSWORD '<the password>'`},
			{"POSTGRES_DB", "postgresql.auth.database", `ALTER DATABASE "%s" RENAME TO "%s"`},
		} {
			from, to := pair[0].setting(s.env), pair[1].setting(s.env)
			if from == to {
				continue
			}
			out = append(out, Finding{
				Path: s.path, Object: describe(pair[1].workload), Refuse: true,
				Message: fmt.Sprintf("%s %q -> %q: PostgreSQL creates it only when it initializes an empty volume, so the existing database keeps %q and the API would fail to connect",
					s.env, from, to, from),
				Steps: []string{
					fmt.Sprintf("stop the API, then rename it in the running database (a renamed role loses an MD5 password: set it again):\nkubectl -n %s scale deployment/%s --replicas=0\nkubectl -n %s exec -it %s -- psql -U %s -d postgres -c '%s'",
						n.ns, n.api, n.ns, n.workload, n.user, strings.ReplaceAll(fmt.Sprintf(s.sql, from, to), "'", `'\''`)),
					fmt.Sprintf("write this output with --allow-change=%s and apply it (the API starts again)", s.path),
				},
			})
		}
	}
	return out
}

// postgresPassword refuses a change of the database password: PostgreSQL
// keeps the password set at initdb, while the API rolls to the new one (its
// configuration checksum changes) and every connection fails. Both
// passwords are read from the outputs (a literal value, or a Secret of the
// output); with a Secret outside the output (existingSecret) a change is
// invisible, and only a change of the Secret's name or key is reported.
func postgresPassword(d *Diff) []Finding {
	var out []Finding
	for _, pair := range d.databases() {
		prev, next := pair[0], pair[1]
		n := prev.names(d.Next)
		pv, pref, pok := prev.env("POSTGRES_PASSWORD")
		nv, nref, nok := next.env("POSTGRES_PASSWORD")
		trust, _, _ := prev.env("POSTGRES_HOST_AUTH_METHOD")
		alter := func(path string) Finding {
			return Finding{
				Path: path, Object: describe(next.workload), Refuse: true,
				Steps: []string{
					fmt.Sprintf("before applying, set the new password in the running database (psql asks for it twice):\nkubectl -n %s exec -it %s -- psql -U %s -d postgres -c '\\password %s'", n.ns, n.workload, n.user, n.user),
					fmt.Sprintf("write this output with --allow-change=%s and apply it: the API rolls to the new password", path),
				},
			}
		}
		switch {
		case trust == "trust" && nok:
			out = append(out, Finding{
				Path: "postgresql.auth.password", Object: describe(next.workload),
				Message: "the database was initialized with POSTGRES_HOST_AUTH_METHOD=trust: it keeps trusting every connection, whatever the password, until its pg_hba.conf is changed (docs/operations.md)",
			})
		case !pok || !nok:
		case pref == nil && nref == nil:
			if pv != nv {
				f := alter("postgresql.auth.password")
				f.Message = "POSTGRES_PASSWORD changes: PostgreSQL keeps the password it was initialized with, so the API, which rolls to the new one, could no longer connect"
				out = append(out, f)
			}
		case pref != nil && nref != nil:
			a, aok := prev.resolve(*pref)
			b, bok := next.resolve(*nref)
			switch {
			case aok && bok && a != b:
				f := alter("postgresql.auth.password")
				f.Message = fmt.Sprintf("POSTGRES_PASSWORD in the Secret %s changes: PostgreSQL keeps the password it was initialized with, so the API, which rolls to the new one, could no longer connect", nref.name)
				out = append(out, f)
			case (!aok || !bok) && *pref != *nref:
				out = append(out, Finding{
					Path: "existingSecret", Object: describe(next.workload),
					Message: fmt.Sprintf("POSTGRES_PASSWORD now comes from the Secret %s (key %s) instead of %s (key %s): if the password differs, set it in the running database first (docs/operations.md, \"PostgreSQL password\")",
						nref.name, nref.key, pref.name, pref.key),
				})
			}
		default: // a literal value against a Secret reference
			a, aok := pv, pref == nil
			if !aok {
				a, aok = prev.resolve(*pref)
			}
			b, bok := nv, nref == nil
			if !bok {
				b, bok = next.resolve(*nref)
			}
			if aok && bok && a != b {
				f := alter("postgresql.auth.password")
				f.Message = "POSTGRES_PASSWORD changes: PostgreSQL keeps the password it was initialized with, so the API, which rolls to the new one, could no longer connect"
				out = append(out, f)
			}
		}
	}
	return out
}
