package values

import (
	"fmt"
	"path"
	"strings"

	"github.com/distribution/reference"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// The in-cluster Postgres pod runs the official postgres image's entrypoint
// (docker-entrypoint.sh), configured by POSTGRES_DB, POSTGRES_USER,
// POSTGRES_PASSWORD and PGDATA under /var/lib/postgresql/data, as the Optio
// Helm chart does. postgresql.image.repository may name another image: a
// mirror of the official one, or an image built on it, keeps that contract;
// another distribution does not.

// postgresOfficialCompatible are repository names (the last two path
// elements, or the last one for the official image) of images built on the
// official postgres image, which keep its entrypoint, environment and data
// directory: the official image itself (any registry or mirror path ending
// in postgres), pgvector, PostGIS and TimescaleDB.
var postgresOfficialCompatible = []string{"postgres", "pgvector/pgvector", "postgis/postgis", "timescale/timescaledb"}

// postgresIncompatible are images known to start otherwise, with what they
// need: refused, as the pod would crash-loop.
var postgresIncompatible = map[string]string{
	"bitnami/postgresql":           "Bitnami's image has no docker-entrypoint.sh, reads POSTGRESQL_* variables and keeps its data under /bitnami/postgresql",
	"bitnamilegacy/postgresql":     "Bitnami's image has no docker-entrypoint.sh, reads POSTGRESQL_* variables and keeps its data under /bitnami/postgresql",
	"bitnamisecure/postgresql":     "Bitnami's image has no docker-entrypoint.sh, reads POSTGRESQL_* variables and keeps its data under /bitnami/postgresql",
	"cloudnative-pg/postgresql":    "CloudNativePG's operand image is started by its operator, not by docker-entrypoint.sh",
	"crunchydata/crunchy-postgres": "Crunchy Data's image is started by its operator (PGO), not by docker-entrypoint.sh",
}

// postgresImageName returns the last two path elements of a repository
// ("bitnami/postgresql"), or the last one ("postgres"): the name without
// the registry and mirror prefixes.
func postgresImageName(repository string) (two, last string) {
	name := repository
	if named, err := reference.ParseNormalizedNamed(repository); err == nil {
		name = reference.Path(named)
	}
	last = path.Base(name)
	two = last
	if dir := path.Dir(name); dir != "." && dir != "/" {
		two = path.Base(dir) + "/" + last
	}
	return two, last
}

// validatePostgresImage refuses a postgresql.image.repository known to start
// otherwise than the official image (see postgresIncompatible).
func validatePostgresImage(path *field.Path, img ImageValues) field.ErrorList {
	two, _ := postgresImageName(img.Repository)
	if why, bad := postgresIncompatible[two]; bad {
		return field.ErrorList{field.Invalid(path.Child("repository"), img.Repository,
			"the Postgres pod runs the official postgres image's docker-entrypoint.sh with POSTGRES_* variables and PGDATA under /var/lib/postgresql/data: "+why+
				"; use the official image (postgres) or one built on it").WithOrigin(RulePostgresImage)}
	}
	return nil
}

// postgresImageWarning warns about a postgresql.image.repository that is
// neither the official image nor one known to be built on it: the pod needs
// that image's entrypoint, variables and data directory.
func (v PostgresqlValues) postgresImageWarning() []string {
	if !v.Enabled || v.Image.Repository == "" {
		return nil
	}
	two, last := postgresImageName(v.Image.Repository)
	if _, bad := postgresIncompatible[two]; bad {
		return nil // refused
	}
	for _, ok := range postgresOfficialCompatible {
		if ok == two || ok == last {
			return nil
		}
	}
	return []string{fmt.Sprintf("postgresql.image.repository: %q is not the official postgres image: the pod runs docker-entrypoint.sh with %s and PGDATA under /var/lib/postgresql/data, as the official image does; an image without them crash-loops",
		v.Image.Repository, strings.Join([]string{"POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD"}, ", "))}
}
