package optio

import (
	"encoding/base64"
	"path"

	"github.com/aws/constructs-go/constructs/v10"

	"github.com/aws/jsii-runtime-go"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// keyFileMode is the mode of the server key files: read by the owner (root)
// and the group (the pod's fsGroup), by nobody else. PostgreSQL refuses a
// key file that others can read, or one owned by root that the group can
// write; the kubelet adds group read for fsGroup anyway.
const keyFileMode = 0o440

// secretVolume is a Secret volume holding the items key -> file name.
func secretVolume(name, secret string, mode float64, items ...[2]string) *k8s.Volume {
	ks := make([]*k8s.KeyToPath, 0, len(items))
	for _, it := range items {
		ks = append(ks, &k8s.KeyToPath{Key: jsii.String(it[0]), Path: jsii.String(it[1])})
	}
	return &k8s.Volume{Name: jsii.String(name), Secret: &k8s.SecretVolumeSource{
		SecretName: jsii.String(secret), DefaultMode: jsii.Number(mode), Items: &ks,
	}}
}

func readOnlyMount(name, dir string) *k8s.VolumeMount {
	return &k8s.VolumeMount{Name: jsii.String(name), MountPath: jsii.String(dir), ReadOnly: jsii.Bool(true)}
}

// secretEnv is an environment variable read from a Secret's key.
func secretEnv(name, secret, key string) *k8s.EnvVar {
	return &k8s.EnvVar{Name: jsii.String(name), ValueFrom: &k8s.EnvVarSource{SecretKeyRef: &k8s.SecretKeySelector{
		Name: jsii.String(secret), Key: jsii.String(key),
	}}}
}

// serverTLSVolume mounts tls.crt and tls.key of secret in dir (mode
// keyFileMode; the CA stays out of the server: no client certificates).
func serverTLSVolume(secret, dir string) (*k8s.Volume, *k8s.VolumeMount) {
	return secretVolume("tls", secret, keyFileMode, [2]string{values.KeyTLSCert, values.KeyTLSCert}, [2]string{values.KeyTLSKey, values.KeyTLSKey}),
		readOnlyMount("tls", dir)
}

// postgresTLSArgs are the server settings of TLS on the stock postgres
// image's command line: TLS 1.3 minimum, the certificate and key of dir.
func postgresTLSArgs(dir string) []string {
	return []string{
		"-c", "ssl=on",
		"-c", "ssl_cert_file=" + path.Join(dir, values.KeyTLSCert),
		"-c", "ssl_key_file=" + path.Join(dir, values.KeyTLSKey),
		"-c", "ssl_min_protocol_version=" + values.TLSMinVersion,
	}
}

// redisServerArgs is the stock redis image's command line for TLS and a
// password: TLS only on 6379 (--port 0), TLS 1.3, no client certificates,
// the password expanded by the kubelet from REDIS_PASSWORD (never written
// into the pod spec; Redis replaces its process title, so it does not show
// in ps either).
func redisServerArgs(v values.RedisValues) []string {
	if !v.TLS.Enabled && !v.Auth.Enabled {
		return nil
	}
	args := []string{"redis-server"}
	if v.TLS.Enabled {
		args = append(args,
			"--port", "0",
			"--tls-port", "6379",
			"--tls-cert-file", path.Join(values.RedisTLSDir, values.KeyTLSCert),
			"--tls-key-file", path.Join(values.RedisTLSDir, values.KeyTLSKey),
			"--tls-protocols", values.TLSMinVersion,
			"--tls-auth-clients", "no",
		)
	}
	if v.Auth.Enabled {
		args = append(args, "--requirepass", "$(REDIS_PASSWORD)")
	}
	return args
}

// redisPing is the probe command: redis-cli ping over TLS when on
// (--insecure: a probe checks liveness, not the certificate's names) with
// the password from REDISCLI_AUTH, and only PONG counts (redis-cli exits 0
// on an error reply).
func redisPing(v values.RedisValues) []string {
	cli := "redis-cli -h 127.0.0.1 -p 6379"
	if v.TLS.Enabled {
		cli += " --tls --insecure"
	}
	return []string{"/bin/sh", "-c", cli + " ping | grep -qx PONG"}
}

// apiTLS gives the API what its clients of PostgreSQL and Redis need: the CA
// files (and only those: the server keys stay in the servers' pods) and
// REDIS_PASSWORD.
func apiTLS(p *OptioApiProps) (env []*k8s.EnvVar, vols []*k8s.Volume, mounts []*k8s.VolumeMount) {
	if s := p.PostgresCASecret; s != "" {
		vols = append(vols, secretVolume("pg-ca", s, 0o444, [2]string{values.KeyCACert, path.Base(values.PostgresCAPath)}))
		mounts = append(mounts, readOnlyMount("pg-ca", path.Dir(values.PostgresCAPath)))
	}
	if s := p.RedisCASecret; s != "" {
		vols = append(vols, secretVolume("redis-ca", s, 0o444, [2]string{values.KeyCACert, path.Base(values.RedisCAPath)}))
		mounts = append(mounts, readOnlyMount("redis-ca", path.Dir(values.RedisCAPath)))
	}
	if s := p.RedisPasswordSecret; s != "" {
		env = append(env, secretEnv(values.KeyRedisPassword, s, values.KeyRedisPassword))
	}
	return env, vols, mounts
}

// keygenProps are the key generator's props for the chart's values, or nil
// when there is nothing to generate.
func (p *OptioChartProps) keygenProps() *KeyGeneratorProps {
	if !p.KeygenNeeded() {
		return nil
	}
	r := p.Release()
	kg := &KeyGeneratorProps{Release: r, Image: p.KeygenImage(), ImagePullSecrets: p.ImagePullSecrets}
	if p.InternalTLS.Provider == values.ProviderKeygen {
		for _, component := range p.GeneratedTLSSecrets() {
			secret := p.PostgresTLSSecret(p.ReleaseName)
			if component == values.ComponentRedis {
				secret = p.RedisTLSSecret(p.ReleaseName)
			}
			kg.Certificates = append(kg.Certificates, serverCertificate(r, component, secret))
		}
	}
	if p.GeneratedRedisPassword() {
		kg.Passwords = []GeneratedPassword{redisPassword(p.RedisAuthSecret(p.ReleaseName))}
	}
	return kg
}

// newRedisAuthSecret emits R-redis-auth with the password the values give.
func newRedisAuthSecret(scope constructs.Construct, id string, r values.Release, password string) k8s.KubeSecret {
	return k8s.NewKubeSecret(scope, jsii.String(id), &k8s.KubeSecretProps{
		Metadata: metadata(r, r.ObjectName("redis-auth"), values.ComponentRedis),
		Type:     jsii.String("Opaque"),
		Data:     &map[string]*string{values.KeyRedisPassword: jsii.String(base64.StdEncoding.EncodeToString([]byte(password)))},
	})
}

// certManagerProps are the cert-manager objects' props for the chart's
// values, or nil unless internalTLS.provider is cert-manager and a server
// certificate is to be made.
func (p *OptioChartProps) certManagerProps() *InternalCertificatesProps {
	if p.InternalTLS.Provider != values.ProviderCertManager || len(p.GeneratedTLSSecrets()) == 0 {
		return nil
	}
	r := p.Release()
	ic := &InternalCertificatesProps{Release: r, IssuerRef: p.InternalTLS.CertManager.IssuerRef}
	for _, component := range p.GeneratedTLSSecrets() {
		secret := p.PostgresTLSSecret(p.ReleaseName)
		if component == values.ComponentRedis {
			secret = p.RedisTLSSecret(p.ReleaseName)
		}
		ic.Servers = append(ic.Servers, CertManagerServer{
			Secret: secret, CommonName: r.ObjectName(component),
			DNSNames: p.ServerNames(p.ReleaseName, component), IPAddresses: []string{"127.0.0.1"},
		})
	}
	return ic
}
