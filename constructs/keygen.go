package optio

import (
	"crypto/sha256"
	_ "embed" // the generator's script
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// KeygenScript is the generator's program (Node.js 18 or newer and the
// openssl command; constructs/keygen/keygen.js): it creates each Secret of
// KEYGEN_CERTIFICATES and KEYGEN_PASSWORDS that does not exist, and leaves
// every existing one unchanged. See docs/security.md.
//
//go:embed keygen/keygen.js
var KeygenScript string

// ComponentKeygen is the component of the key generator's objects.
const ComponentKeygen = "keygen"

// KeygenManagedBy is the app.kubernetes.io/managed-by label of the Secrets
// the generator creates. They carry no app.kubernetes.io/instance label, so
// the release's prune selector (PruneSelector) never reaches them: they are
// not in the manifests, and deleting them would rotate the key material.
const KeygenManagedBy = "optio-keygen"

// KeygenReleaseAnnotation names, on each Secret the generator creates, the
// release it was made for.
const KeygenReleaseAnnotation = "optio.dev/generated-for-release"

// GeneratedCertificate is one TLS Secret the generator makes: a private CA
// (its key is discarded once it has signed) and a server certificate, EC
// P-256, valid 3650 days (the Helm chart's genCA/genSignedCert validity),
// with the keys tls.crt, tls.key and ca.crt (type kubernetes.io/tls).
type GeneratedCertificate struct {
	// Secret is the Secret's name. Required.
	Secret string `json:"secret"`
	// CommonName is the server certificate's subject CN; the CA's is
	// CommonName + "-ca". Required.
	CommonName string `json:"commonName"`
	// DNSNames and IPAddresses are the certificate's subject alternative
	// names (clients verify the host name against them). At least one.
	DNSNames    []string `json:"dnsNames,omitempty"`
	IPAddresses []string `json:"ipAddresses,omitempty"`
}

// GeneratedPassword is one Secret holding a random password of Length
// characters of [A-Za-z0-9] under Key (type Opaque).
type GeneratedPassword struct {
	// Secret is the Secret's name. Required.
	Secret string `json:"secret"`
	// Key is the key of the password in the Secret. Required.
	Key string `json:"key"`
	// Length is the number of characters, 16 to 256 (32 gives 190 bits).
	Length int `json:"length"`
}

// serverCertificate is the certificate of a server of release r that the
// generator makes into secret: CN R-<component>, the Service's DNS names
// (values.ServerNames) and 127.0.0.1. OptioChart and the lone
// InClusterPostgres and InClusterRedis ask for the same one.
func serverCertificate(r values.Release, component, secret string) GeneratedCertificate {
	return GeneratedCertificate{Secret: secret, CommonName: r.ObjectName(component),
		DNSNames: values.ServerNames(r, component), IPAddresses: []string{"127.0.0.1"}}
}

// redisPassword is the Redis password the generator makes into secret: 32
// characters (190 bits) under REDIS_PASSWORD.
func redisPassword(secret string) GeneratedPassword {
	return GeneratedPassword{Secret: secret, Key: values.KeyRedisPassword, Length: 32}
}

// KeyGeneratorProps configure KeyGenerator.
type KeyGeneratorProps struct {
	// Release names the objects (R-keygen) and holds the namespace ("" is
	// the enclosing Chart's). Release.Name is required.
	Release values.Release
	// Name is the objects' name, at most 63 characters (the Job's is
	// Name-<hash>, Name cut to 52 characters). Default: R-keygen. A lone
	// InClusterPostgres or InClusterRedis names its own R-postgres-keygen,
	// R-redis-keygen.
	Name string
	// Image runs the script: any image with Node.js 18 or newer and the
	// openssl command on PATH, run as UID 1000. Required. The chart uses the
	// API's image (Node.js 22 and OpenSSL 3 at Optio 0.4.0), so no other
	// image is pulled or trusted.
	Image values.ImageValues
	// ImagePullSecrets for the pod. Default: none.
	ImagePullSecrets []values.LocalObjectReference
	// Certificates and Passwords are the Secrets to make. At least one.
	Certificates []GeneratedCertificate
	Passwords    []GeneratedPassword
}

// Validate checks the props; each error names its path.
func (p *KeyGeneratorProps) Validate() field.ErrorList {
	errs := p.Release.Validate(field.NewPath("release"))
	if p.Name != "" {
		errs = append(errs, values.ValidateObjectName(field.NewPath("name"), p.Name)...)
		if len(p.Name) > 63 {
			errs = append(errs, field.TooLong(field.NewPath("name"), p.Name, 63))
		}
	}
	errs = append(errs, values.ValidateImage(field.NewPath("image"), p.Image, false)...)
	errs = append(errs, values.ValidateLocalObjectReferences(field.NewPath("imagePullSecrets"), p.ImagePullSecrets)...)
	if len(p.Certificates)+len(p.Passwords) == 0 {
		errs = append(errs, field.Required(field.NewPath("certificates"), "nothing to generate: give certificates or passwords"))
	}
	seen := map[string]bool{}
	name := func(path *field.Path, n string) {
		errs = append(errs, values.ValidateObjectName(path, n)...)
		if seen[n] {
			errs = append(errs, field.Duplicate(path, n))
		}
		seen[n] = true
	}
	for i, c := range p.Certificates {
		path := field.NewPath("certificates").Index(i)
		name(path.Child("secret"), c.Secret)
		if c.CommonName == "" {
			errs = append(errs, field.Required(path.Child("commonName"), ""))
		} else if len(c.CommonName) > 61 { // 64 with "-ca"
			errs = append(errs, field.TooLong(path.Child("commonName"), c.CommonName, 61))
		}
		if len(c.DNSNames)+len(c.IPAddresses) == 0 {
			errs = append(errs, field.Required(path.Child("dnsNames"), "a certificate needs at least one name"))
		}
		for j, d := range c.DNSNames {
			for _, msg := range validation.IsDNS1123Subdomain(d) {
				errs = append(errs, field.Invalid(path.Child("dnsNames").Index(j), d, msg))
			}
		}
		for j, ip := range c.IPAddresses {
			errs = append(errs, validation.IsValidIP(path.Child("ipAddresses").Index(j), ip)...)
		}
	}
	for i, pw := range p.Passwords {
		path := field.NewPath("passwords").Index(i)
		name(path.Child("secret"), pw.Secret)
		for _, msg := range validation.IsConfigMapKey(pw.Key) {
			errs = append(errs, field.Invalid(path.Child("key"), pw.Key, msg))
		}
		if pw.Length < 16 || pw.Length > 256 {
			errs = append(errs, field.Invalid(path.Child("length"), pw.Length, "must be between 16 and 256"))
		}
	}
	return errs
}

// SecretNames are the names of the Secrets the generator makes, sorted.
func (p *KeyGeneratorProps) SecretNames() []string {
	var names []string
	for _, c := range p.Certificates {
		names = append(names, c.Secret)
	}
	for _, pw := range p.Passwords {
		names = append(names, pw.Secret)
	}
	slices.Sort(names)
	return names
}

// KeyGenerator makes the release's key material in the cluster, once: the
// ServiceAccount, Role and RoleBinding R-keygen (get on the named Secrets,
// create on Secrets: Kubernetes RBAC cannot limit create to a name), the
// ConfigMap R-keygen holding the script, and the Job R-keygen-<hash>.
type KeyGenerator struct {
	constructs.Construct
	ServiceAccount k8s.KubeServiceAccount
	Role           k8s.KubeRole
	RoleBinding    k8s.KubeRoleBinding
	ConfigMap      k8s.KubeConfigMap
	// Job is named R-keygen-<first 10 hex of the SHA-256 of its pod
	// template>: a Job's template is immutable, so a changed template (a new
	// image tag) is a new Job, and an unchanged one is the same object on
	// every render. It runs the script once; a rerun changes nothing.
	Job k8s.KubeJob
}

// keygenEnv is the container's environment.
func keygenEnv(r values.Release, props *KeyGeneratorProps) []*k8s.EnvVar {
	js := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			panic(err) // plain structs and maps: cannot fail
		}
		return string(b)
	}
	certs := props.Certificates
	if certs == nil {
		certs = []GeneratedCertificate{}
	}
	pws := props.Passwords
	if pws == nil {
		pws = []GeneratedPassword{}
	}
	return []*k8s.EnvVar{
		envVar("KEYGEN_CERTIFICATES", js(certs)),
		envVar("KEYGEN_PASSWORDS", js(pws)),
		envVar("KEYGEN_LABELS", js(generatedSecretLabels(r))),
		envVar("KEYGEN_ANNOTATIONS", js(map[string]string{KeygenReleaseAnnotation: r.Name})),
	}
}

// generatedSecretLabels are the labels of the Secrets the generator
// creates for release r: the release's commonLabels (a policy that requires
// a label on every object admits them too), then KeygenSecretLabels, which
// win.
func generatedSecretLabels(r values.Release) map[string]string {
	labels := map[string]string{}
	for k, v := range r.CommonLabels {
		labels[k] = v
	}
	for k, v := range KeygenSecretLabels() {
		labels[k] = v
	}
	return labels
}

// KeygenSecretLabels are the labels of the Secrets the generator creates
// (with the release's commonLabels).
func KeygenSecretLabels() map[string]string {
	return map[string]string{
		"app.kubernetes.io/name":       "optio",
		"app.kubernetes.io/part-of":    "optio",
		"app.kubernetes.io/managed-by": KeygenManagedBy,
	}
}

// NewKeyGenerator emits the key generator into scope. nil props are
// invalid (there is nothing to generate). Invalid props give an
// *InvalidPropsError and add nothing.
func NewKeyGenerator(scope constructs.Construct, id string, props *KeyGeneratorProps) (_ *KeyGenerator, err error) {
	if props, err = prepare("KeyGenerator", id, props, func() KeyGeneratorProps { return KeyGeneratorProps{} }); err != nil {
		return nil, err
	}
	defer catchFault(&err)
	vals := valuesFor(scope)
	c := constructs.NewConstruct(scope, jsii.String(id))
	r := resolve(props.Release, c)
	name := r.ObjectName(ComponentKeygen)
	if props.Name != "" {
		name = props.Name
	}
	kg := &KeyGenerator{Construct: c}
	kg.ServiceAccount = k8s.NewKubeServiceAccount(c, jsii.String("service-account"), &k8s.KubeServiceAccountProps{
		Metadata:                     metadata(r, name, ComponentKeygen),
		AutomountServiceAccountToken: jsii.Bool(false),
	})
	rules := []*k8s.PolicyRule{
		{ApiGroups: optStrings([]string{""}), Resources: optStrings([]string{"secrets"}), ResourceNames: optStrings(props.SecretNames()), Verbs: optStrings([]string{"get"})},
		rule([]string{""}, []string{"secrets"}, []string{"create"}),
	}
	kg.Role = k8s.NewKubeRole(c, jsii.String("role"), &k8s.KubeRoleProps{Metadata: metadata(r, name, ComponentKeygen), Rules: &rules})
	kg.RoleBinding = k8s.NewKubeRoleBinding(c, jsii.String("role-binding"), &k8s.KubeRoleBindingProps{
		Metadata: metadata(r, name, ComponentKeygen),
		RoleRef:  &k8s.RoleRef{ApiGroup: jsii.String("rbac.authorization.k8s.io"), Kind: jsii.String("Role"), Name: jsii.String(name)},
		Subjects: &[]*k8s.Subject{{Kind: jsii.String("ServiceAccount"), Name: jsii.String(name), Namespace: optString(r.Namespace)}},
	})
	kg.ConfigMap = k8s.NewKubeConfigMap(c, jsii.String("script"), &k8s.KubeConfigMapProps{
		Metadata: metadata(r, name, ComponentKeygen),
		Data:     &map[string]*string{"keygen.js": jsii.String(KeygenScript)},
	})
	env := keygenEnv(r, props)
	sum := sha256.Sum256([]byte(KeygenScript))
	scriptSum := hex.EncodeToString(sum[:])
	// The Job's name follows everything its pod template is made of.
	identity, _ := json.Marshal(struct {
		Image, PullPolicy, Script string
		Env                       []*k8s.EnvVar
		PullSecrets               []values.LocalObjectReference
	}{props.Image.Reference(), string(props.Image.PullPolicy), scriptSum, env, props.ImagePullSecrets})
	idSum := sha256.Sum256(identity)
	// A Job's name is at most 63 characters (its pods' job-name label).
	prefix := strings.TrimRight(name[:min(len(name), 52)], "-.")
	jobName := fmt.Sprintf("%s-%s", prefix, hex.EncodeToString(idSum[:])[:10])
	vols, mounts := emptyDirs(map[string]string{"tmp": "/tmp"})
	vols = append(vols, &k8s.Volume{Name: jsii.String("script"), ConfigMap: &k8s.ConfigMapVolumeSource{
		Name: jsii.String(name), DefaultMode: jsii.Number(0o444),
	}})
	mounts = append(mounts, &k8s.VolumeMount{Name: jsii.String("script"), MountPath: jsii.String("/keygen"), ReadOnly: jsii.Bool(true)})
	container := &k8s.Container{
		Name:            jsii.String("keygen"),
		Image:           jsii.String(props.Image.Reference()),
		ImagePullPolicy: optString(string(props.Image.PullPolicy)),
		Command:         optStrings([]string{"node", "/keygen/keygen.js"}),
		Env:             &env,
		Resources: &k8s.ResourceRequirements{
			Requests: &map[string]k8s.Quantity{"cpu": vals.quantity("10m"), "memory": vals.quantity("64Mi")},
			Limits:   &map[string]k8s.Quantity{"cpu": vals.quantity("500m"), "memory": vals.quantity("256Mi")},
		},
		SecurityContext: &k8s.SecurityContext{
			AllowPrivilegeEscalation: jsii.Bool(false),
			ReadOnlyRootFilesystem:   jsii.Bool(true),
			Capabilities:             &k8s.Capabilities{Drop: optStrings([]string{"ALL"})},
		},
		VolumeMounts: &mounts,
	}
	pod := &k8s.PodSpec{
		ServiceAccountName:           jsii.String(name),
		AutomountServiceAccountToken: jsii.Bool(true),
		RestartPolicy:                jsii.String("OnFailure"),
		SecurityContext: &k8s.PodSecurityContext{
			RunAsNonRoot:   jsii.Bool(true),
			RunAsUser:      jsii.Number(1000),
			RunAsGroup:     jsii.Number(1000),
			SeccompProfile: &k8s.SeccompProfile{Type: jsii.String("RuntimeDefault")},
		},
		Containers: &[]*k8s.Container{container},
		Volumes:    &vols,
	}
	if len(props.ImagePullSecrets) > 0 {
		refs := make([]*k8s.LocalObjectReference, 0, len(props.ImagePullSecrets))
		for _, s := range props.ImagePullSecrets {
			refs = append(refs, &k8s.LocalObjectReference{Name: jsii.String(s.Name)})
		}
		pod.ImagePullSecrets = &refs
	}
	kg.Job = k8s.NewKubeJob(c, jsii.String("job"), &k8s.KubeJobProps{
		Metadata: metadata(r, jobName, ComponentKeygen),
		Spec: &k8s.JobSpec{
			BackoffLimit: jsii.Number(6),
			Template: &k8s.PodTemplateSpec{
				Metadata: &k8s.ObjectMeta{
					Labels:      stringMap(r.Labels(ComponentKeygen)),
					Annotations: stringMap(map[string]string{"checksum/script": scriptSum}),
				},
				Spec: pod,
			},
		},
	})
	return kg, nil
}
