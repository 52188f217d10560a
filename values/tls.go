package values

import (
	"fmt"
	"net"
	"net/url"
	"strconv"

	"k8s.io/apimachinery/pkg/util/validation/field"
)

// Paths inside the containers where the TLS material is mounted. They are
// the Optio Helm chart 0.4.0's, so that a DATABASE_URL written for the chart
// (existingSecret) keeps working.
const (
	// PostgresCAPath is the Postgres CA on the API (sslrootcert of
	// DATABASE_URL).
	PostgresCAPath = "/etc/optio/pg-ca.crt"
	// RedisCAPath is the Redis CA on the API (REDIS_CA_CERT_PATH).
	RedisCAPath = "/etc/redis-tls/ca.crt"
	// PostgresTLSDir and RedisTLSDir hold tls.crt and tls.key in the
	// database pods.
	PostgresTLSDir = "/etc/postgres-tls"
	RedisTLSDir    = "/etc/redis-tls"
	// TLSMinVersion is the lowest TLS version both servers accept (the
	// chart's; the 0.4.0 images need OpenSSL 3.5 for post-quantum TLS 1.3).
	TLSMinVersion = "TLSv1.3"
)

// Keys of the Secrets that hold the material.
const (
	// KeyTLSCert, KeyTLSKey and KeyCACert are the keys of a TLS Secret
	// (kubernetes.io/tls plus ca.crt, as cert-manager writes them).
	KeyTLSCert = "tls.crt"
	KeyTLSKey  = "tls.key"
	KeyCACert  = "ca.crt"
	// KeyRedisPassword is the key of the Redis password (the chart's).
	KeyRedisPassword = "REDIS_PASSWORD"
)

// Providers of the internal TLS certificates (internalTLS.provider).
const (
	// ProviderKeygen: the Job R-keygen-<hash> makes them in the cluster.
	ProviderKeygen = "keygen"
	// ProviderCertManager: cert-manager Certificates make them.
	ProviderCertManager = "cert-manager"
)

// InternalTLSProviders are the allowed values of internalTLS.provider.
var InternalTLSProviders = []string{ProviderKeygen, ProviderCertManager}

// PostgresqlTLSValues configure TLS of the in-cluster PostgreSQL (the
// chart 0.4.0's postgresql.tls, plus existingSecret).
type PostgresqlTLSValues struct {
	// Enabled serves TLS only (TLS 1.3 minimum) and has the API verify the
	// server against its CA (sslmode=verify-full). Default: true (chart
	// 0.4.0).
	Enabled bool `json:"enabled"`
	// ExistingSecret (beyond the chart) names a Secret with tls.crt,
	// tls.key and ca.crt (a kubernetes.io/tls Secret, as cert-manager writes
	// it) for the server R-postgres. "" has internalTLS.provider make
	// R-postgres-tls. Default: "".
	ExistingSecret string `json:"existingSecret"`
}

// RedisTLSValues configure TLS of the in-cluster Redis (the chart 0.4.0's
// redis.tls).
type RedisTLSValues struct {
	// Enabled serves TLS only on 6379 (TLS 1.3, no client certificates);
	// the API connects with rediss:// and verifies the server against its
	// CA. Default: true (chart 0.4.0).
	Enabled bool `json:"enabled"`
	// AutoGenerateCert has internalTLS.provider make R-redis-tls; false
	// requires existingSecret (the chart then mounts a Secret nothing
	// creates). Default: true.
	AutoGenerateCert bool `json:"autoGenerateCert"`
	// ExistingSecret names a Secret with tls.crt, tls.key and ca.crt, used
	// when autoGenerateCert is false (the chart's rule). Default: "".
	ExistingSecret string `json:"existingSecret"`
}

// RedisAuthValues configure the Redis password (the chart 0.4.0's
// redis.auth, plus existingSecret).
type RedisAuthValues struct {
	// Enabled starts Redis with --requirepass and gives the API
	// REDIS_PASSWORD. Default: true (chart 0.4.0).
	Enabled bool `json:"enabled"`
	// Password is written into the Secret R-redis-auth. "" has the key
	// generator make a random one of 32 characters in the cluster, once
	// (never in the output). Default: "".
	Password string `json:"password" values:"secret,env=OPTIO_REDIS_PASSWORD"`
	// ExistingSecret (beyond the chart) names a Secret holding the password
	// under REDIS_PASSWORD. Default: "".
	ExistingSecret string `json:"existingSecret"`
}

// InternalTLSValues (beyond the chart) choose who makes the certificates of
// the in-cluster PostgreSQL and Redis. The chart made them with Helm's
// genCA on every render that could not read the cluster, which is every
// render under `helm template` and Argo CD; nothing here renders key
// material.
type InternalTLSValues struct {
	// Provider is "keygen" (the Job R-keygen-<hash> makes a CA and a server
	// certificate per server in the cluster, once, only when the Secret is
	// absent; no add-on needed) or "cert-manager" (a self-signed CA and
	// Certificates, or your issuer; needs cert-manager 1.x). Default:
	// keygen.
	Provider string `json:"provider"`
	// CertManager configures the cert-manager provider.
	CertManager InternalCertManagerValues `json:"certManager"`
}

// InternalCertManagerValues configure the cert-manager provider.
type InternalCertManagerValues struct {
	// IssuerRef names the issuer of the server certificates. An empty name
	// has the release make its own CA: the self-signed Issuer
	// R-selfsigned, the CA Certificate R-ca and the CA Issuer R-ca. Your
	// issuer must put ca.crt into the Secrets it fills (a CA or Vault
	// issuer does; ACME does not and cannot name in-cluster hosts).
	IssuerRef IssuerRefValues `json:"issuerRef"`
}

// IssuerRefValues name a cert-manager issuer.
type IssuerRefValues struct {
	// Name of the Issuer or ClusterIssuer; "" for the release's own CA.
	Name string `json:"name"`
	// Kind is Issuer or ClusterIssuer. Default: Issuer.
	Kind string `json:"kind"`
	// Group is the issuer's API group. Default: cert-manager.io.
	Group string `json:"group"`
}

// KeygenValues (beyond the chart) configure the key generator, the Job
// that makes the TLS certificates (with internalTLS.provider keygen) and the
// Redis password (redis.auth without password or existingSecret).
type KeygenValues struct {
	// Image runs the generator: Node.js 18 or newer and openssl on PATH, as
	// UID 1000. An empty repository takes api.image (the Optio API image
	// has both), so no other image is pulled. Default: empty.
	Image ImageValues `json:"image"`
}

func defaultPostgresqlTLS() PostgresqlTLSValues { return PostgresqlTLSValues{Enabled: true} }

func defaultRedisTLS() RedisTLSValues { return RedisTLSValues{Enabled: true, AutoGenerateCert: true} }

func defaultRedisAuth() RedisAuthValues { return RedisAuthValues{Enabled: true} }

func defaultInternalTLS() InternalTLSValues {
	return InternalTLSValues{
		Provider:    ProviderKeygen,
		CertManager: InternalCertManagerValues{IssuerRef: IssuerRefValues{Kind: "Issuer", Group: "cert-manager.io"}},
	}
}

// ValidateImage checks an image's repository, tag (or digest) and pull
// policy (required when needPolicy), with errors under path.
func ValidateImage(path *field.Path, img ImageValues, needPolicy bool) field.ErrorList {
	return validateImage(path, img, needPolicy)
}

// PostgresTLS tells whether the in-cluster PostgreSQL serves TLS.
func (p *Values) PostgresTLS() bool { return p.Postgresql.Enabled && p.Postgresql.TLS.Enabled }

// RedisTLS tells whether the in-cluster Redis serves TLS.
func (p *Values) RedisTLS() bool { return p.Redis.Enabled && p.Redis.TLS.Enabled }

// RedisAuth tells whether the in-cluster Redis requires a password.
func (p *Values) RedisAuth() bool { return p.Redis.Enabled && p.Redis.Auth.Enabled }

// Secret is the Secret of the Postgres server certificate of release r:
// existingSecret, else R-postgres-tls (the chart's name).
func (v PostgresqlTLSValues) Secret(r Release) string {
	if v.ExistingSecret != "" {
		return v.ExistingSecret
	}
	return r.ObjectName("postgres-tls")
}

// Secret is the Secret of the Redis server certificate of release r:
// existingSecret when autoGenerateCert is false, else R-redis-tls (the
// chart's rule and name).
func (v RedisTLSValues) Secret(r Release) string {
	if !v.AutoGenerateCert && v.ExistingSecret != "" {
		return v.ExistingSecret
	}
	return r.ObjectName("redis-tls")
}

// Secret is the Secret of the Redis password of release r:
// existingSecret, else R-redis-auth (the chart's name).
func (v RedisAuthValues) Secret(r Release) string {
	if v.ExistingSecret != "" {
		return v.ExistingSecret
	}
	return r.ObjectName("redis-auth")
}

// PostgresTLSSecret is postgresql.tls's Secret for the release.
func (p *Values) PostgresTLSSecret(releaseName string) string {
	return p.Postgresql.TLS.Secret(p.Release(releaseName))
}

// RedisTLSSecret is redis.tls's Secret for the release.
func (p *Values) RedisTLSSecret(releaseName string) string {
	return p.Redis.TLS.Secret(p.Release(releaseName))
}

// RedisAuthSecret is redis.auth's Secret for the release.
func (p *Values) RedisAuthSecret(releaseName string) string {
	return p.Redis.Auth.Secret(p.Release(releaseName))
}

// GeneratedTLSSecrets lists the TLS Secrets internalTLS.provider must make
// (components postgres and/or redis), in that order.
func (p *Values) GeneratedTLSSecrets() []string {
	var out []string
	if p.PostgresTLS() && p.Postgresql.TLS.ExistingSecret == "" {
		out = append(out, ComponentPostgres)
	}
	if p.RedisTLS() && p.Redis.TLS.AutoGenerateCert {
		out = append(out, ComponentRedis)
	}
	return out
}

// GeneratedRedisPassword tells whether the key generator makes the Redis
// password (auth on, neither password nor existingSecret given).
func (p *Values) GeneratedRedisPassword() bool {
	return p.RedisAuth() && p.Redis.Auth.Password == "" && p.Redis.Auth.ExistingSecret == ""
}

// KeygenNeeded tells whether the key generator runs.
func (p *Values) KeygenNeeded() bool {
	return p.GeneratedRedisPassword() || (p.InternalTLS.Provider == ProviderKeygen && len(p.GeneratedTLSSecrets()) > 0)
}

// KeygenImage is the generator's image: keygen.image, else api.image.
func (p *Values) KeygenImage() ImageValues {
	if p.Keygen.Image.Repository != "" {
		return p.Keygen.Image
	}
	return p.API.Image
}

// ServerNames are the DNS names a server certificate of component holds:
// the Service name, with the namespace, .svc and .svc.cluster.local (the
// chart's and more: any form a client may use), and localhost.
func (p *Values) ServerNames(releaseName, component string) []string {
	return ServerNames(p.Release(releaseName), component)
}

// ServerNames are the DNS names of a server certificate of component in
// release r (see (*Values).ServerNames).
func ServerNames(r Release, component string) []string {
	svc := r.ObjectName(component)
	names := []string{svc}
	if r.Namespace != "" {
		names = append(names, svc+"."+r.Namespace, svc+"."+r.Namespace+".svc", svc+"."+r.Namespace+".svc.cluster.local")
	}
	return append(names, "localhost")
}

// postgresTLSQuery adds sslmode=verify-full and sslrootcert to an
// in-cluster DATABASE_URL (the parameters the 0.4.0 API reads and strips).
func postgresTLSQuery(u *url.URL) {
	q := url.Values{}
	q.Set("sslmode", "verify-full")
	q.Set("sslrootcert", PostgresCAPath)
	u.RawQuery = q.Encode()
}

// redisURL is REDIS_URL of the in-cluster Redis: rediss:// with TLS.
func redisURL(host string, tls bool) string {
	scheme := "redis"
	if tls {
		scheme = "rediss"
	}
	return (&url.URL{Scheme: scheme, Host: net.JoinHostPort(host, strconv.Itoa(RedisPort))}).String()
}

// validateTLS checks postgresql.tls, redis.tls, redis.auth, internalTLS and
// keygen.
func (p *Values) validateTLS() field.ErrorList {
	var errs field.ErrorList
	pg := field.NewPath("postgresql", "tls")
	if s := p.Postgresql.TLS.ExistingSecret; s != "" {
		errs = append(errs, ValidateObjectName(pg.Child("existingSecret"), s)...)
	}
	rt := field.NewPath("redis", "tls")
	if s := p.Redis.TLS.ExistingSecret; s != "" {
		errs = append(errs, ValidateObjectName(rt.Child("existingSecret"), s)...)
	} else if p.RedisTLS() && !p.Redis.TLS.AutoGenerateCert {
		// The chart mounts a Secret nothing creates.
		errs = append(errs, field.Required(rt.Child("existingSecret"),
			"redis.tls.autoGenerateCert is false: name the Secret holding tls.crt, tls.key and ca.crt, or set autoGenerateCert to true").WithOrigin(RuleRedisTLSSecret))
	}
	ra := field.NewPath("redis", "auth")
	if s := p.Redis.Auth.ExistingSecret; s != "" {
		errs = append(errs, ValidateObjectName(ra.Child("existingSecret"), s)...)
	}
	it := field.NewPath("internalTLS")
	errs = append(errs, validateEnum(it.Child("provider"), p.InternalTLS.Provider, InternalTLSProviders).WithOrigin(RuleInternalTLS)...)
	ref := p.InternalTLS.CertManager.IssuerRef
	refPath := it.Child("certManager", "issuerRef")
	if ref.Name != "" {
		errs = append(errs, ValidateObjectName(refPath.Child("name"), ref.Name)...)
	}
	errs = append(errs, validateEnum(refPath.Child("kind"), ref.Kind, []string{"Issuer", "ClusterIssuer"}).WithOrigin(RuleInternalTLS)...)
	if ref.Group == "" {
		errs = append(errs, field.Required(refPath.Child("group"), "the issuer's API group (cert-manager.io)").WithOrigin(RuleInternalTLS))
	}
	if p.Keygen.Image.Repository != "" || p.Keygen.Image.Tag != "" {
		errs = append(errs, validateImage(field.NewPath("keygen", "image"), p.Keygen.Image, false)...)
	}
	return errs
}

// tlsWarnings are the warnings of postgresql.tls, redis.tls and redis.auth.
func (p *Values) tlsWarnings(releaseName string) []string {
	var w []string
	if p.Redis.Enabled && p.Redis.TLS.AutoGenerateCert && p.Redis.TLS.ExistingSecret != "" {
		w = append(w, fmt.Sprintf("redis.tls.existingSecret: ignored while redis.tls.autoGenerateCert is true (the chart's rule): R-redis-tls (%s) is made instead; set autoGenerateCert to false to use %q",
			p.Release(releaseName).ObjectName("redis-tls"), p.Redis.TLS.ExistingSecret))
	}
	if p.RedisAuth() && p.Redis.Auth.Password != "" {
		if p.Redis.Auth.ExistingSecret != "" {
			w = append(w, fmt.Sprintf("redis.auth.password: ignored: redis.auth.existingSecret %q provides it (key %s)", p.Redis.Auth.ExistingSecret, KeyRedisPassword))
		} else {
			w = append(w, fmt.Sprintf("redis.auth.password: secret value written into the output (Secret %s); leave it empty to have it generated in the cluster, or set redis.auth.existingSecret", p.RedisAuthSecret(releaseName)))
		}
	}
	if p.PostgresTLS() && p.Postgresql.PodSecurityContext.FSGroup == nil && (p.Postgresql.PodSecurityContext.Enabled == nil || *p.Postgresql.PodSecurityContext.Enabled) && !p.HelmChartSelectors {
		w = append(w, "postgresql.podSecurityContext.fsGroup: unset while postgresql.tls.enabled: PostgreSQL reads its key through the group (mode 0440) and refuses a key others can read; without fsGroup it cannot read it unless the platform sets one (OpenShift does)")
	}
	return w
}

// tlsEnvironment adds REDIS_CA_CERT_PATH with the in-cluster Redis's TLS
// (the API then trusts only that CA). REDIS_PASSWORD is not a setting: the
// API reads it from the Secret RedisAuthSecret.
func (p *Values) tlsEnvironment(settings map[string]string) {
	if p.RedisTLS() {
		settings["REDIS_CA_CERT_PATH"] = RedisCAPath
	}
}
