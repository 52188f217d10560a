package values

import (
	"strings"

	"k8s.io/apimachinery/pkg/util/intstr"
)

// AppVersion is the Optio version these manifests are written for, the
// app.kubernetes.io/version label: 0.4.0, whose images read every variable
// of the output (images of 0.1 run too; docs/optio-versions.md says what
// differs). Optio's chart of today still says appVersion 0.1.0 until its
// release job stamps the tag; the image tags are api.image.tag and the
// others, not this label.
const AppVersion = "0.4.0"

// DefaultReleaseName is the release name used when none is given (Helm's
// .Release.Name in the chart's documentation examples).
const DefaultReleaseName = "optio"

// Values is the values tree of the Optio Helm chart, key for key (the JSON
// names are the Helm value paths): the chart 0.1.0 of March, and every key
// Optio's chart of today (v0.4.0) adds (docs/values-0.4.md), plus the knobs this project
// adds beyond the chart (each documented as such). The release name is not
// a value: the methods that derive names from it take it as a parameter.
// Start from Default: the zero value is not the chart's defaults. A field's zero value means what an absent key means in
// the chart (an optional field is omitted; a required one is an error).
type Values struct {
	// API configures the Optio API server (Deployment and Service R-api).
	API APIValues `json:"api"`
	// Web configures the Next.js web UI (Deployment and Service R-web).
	Web WebValues `json:"web"`
	// Agent configures the agent pods the API creates at run time.
	Agent AgentValues `json:"agent"`
	// Postgresql configures the in-cluster PostgreSQL (R-postgres).
	Postgresql PostgresqlValues `json:"postgresql"`
	// Redis configures the in-cluster Redis (R-redis).
	Redis RedisValues `json:"redis"`
	// ExternalDatabase is used when postgresql.enabled is false.
	ExternalDatabase ExternalDatabaseValues `json:"externalDatabase"`
	// ExternalRedis is used when redis.enabled is false.
	ExternalRedis ExternalRedisValues `json:"externalRedis"`
	// Auth configures the OAuth providers of the web UI and API.
	Auth AuthValues `json:"auth"`
	// Encryption holds the key for secrets stored in the database.
	Encryption EncryptionValues `json:"encryption"`
	// Webhook holds the GitHub webhook secret.
	Webhook WebhookValues `json:"webhook"`
	// Ingress configures the optional Ingress R-ingress.
	Ingress IngressValues `json:"ingress"`
	// Namespace is the Kubernetes namespace of every namespaced object. A
	// DNS-1123 label; "" takes ChartProps.Namespace. Default: "optio".
	Namespace string `json:"namespace"`
	// CreateNamespace (beyond the chart) emits the Namespace object. Set it
	// to false when the namespace is shared with other releases or managed
	// elsewhere, so that deleting this release's objects never deletes the
	// namespace. Default: true (the chart always creates it).
	CreateNamespace bool `json:"createNamespace"`
	// HelmChartSelectors (beyond the chart) selects pods exactly as the
	// Optio Helm chart 0.1.0 did (app: optio-api, optio-web, postgres,
	// redis), keeps its cluster-scoped names (R-node-reader) and the chart's
	// PostgreSQL pod template, so that `kubectl apply` takes over a
	// Helm-installed release in place without recreating anything. Two
	// releases cannot share a namespace in this mode. Default: false.
	HelmChartSelectors bool `json:"helmChartSelectors"`
	// ResourceQuota configures the optional ResourceQuota R-quota.
	ResourceQuota ResourceQuotaValues `json:"resourceQuota"`
	// ServiceAccount configures the API's ServiceAccount and its RBAC.
	ServiceAccount ServiceAccountValues `json:"serviceAccount"`
	// ImagePullSecrets are existing Secrets of type
	// kubernetes.io/dockerconfigjson put on the API and web pods.
	// Default: none.
	ImagePullSecrets []LocalObjectReference `json:"imagePullSecrets"`

	// ExistingSecret (beyond the Helm chart; Bitnami's name) is the name of a Secret
	// in Namespace that the user creates and that holds every secret key of
	// the API's environment (see SecretKeys). When set, nothing secret is
	// synthesized: R-config becomes a ConfigMap with the non-secret settings
	// and the API reads both. Default: "" (R-config is a Secret holding
	// everything, from the values).
	ExistingSecret string `json:"existingSecret"`
	// PublicURL (beyond the Helm chart) is the public base URL of Optio, e.g.
	// https://optio.example.com; it becomes API_PUBLIC_URL and WEB_PUBLIC_URL,
	// on which the OAuth callback URLs are built. Default: "" (derived from
	// the first Ingress host when the Ingress is enabled, https when it has
	// TLS; otherwise unset).
	PublicURL string `json:"publicUrl"`
	// NetworkPolicy (beyond the Helm chart) restricts traffic to the pods.
	NetworkPolicy NetworkPolicyValues `json:"networkPolicy"`

	// Values of Optio's chart of today (v0.4.0) beyond the March chart
	// (issue 18; each group in its own file).

	// Optio configures the operations assistant, Deployment R-optio
	// (assistant.go).
	Optio OptioValues `json:"optio"`
	// InstalledSkillsCache configures the API's skills cache
	// (skills_cache.go).
	InstalledSkillsCache InstalledSkillsCacheValues `json:"installedSkillsCache"`
	// Github holds the GitHub App (github_app.go).
	Github GithubValues `json:"github"`
	// CredentialSecret is the shared secret with which agent pods ask the
	// API for git credentials (OPTIO_CREDENTIAL_SECRET). "" leaves it to the
	// API, which derives it from encryption.key. Default: "".
	CredentialSecret string `json:"credentialSecret" values:"secret"`
	// Notifications configure browser push (notifications.go).
	Notifications NotificationsValues `json:"notifications"`
	// Observability configures OpenTelemetry (observability.go).
	Observability ObservabilityValues `json:"observability"`
	// Rbac configures the API's cluster-wide permissions (rbac.go).
	Rbac RbacValues `json:"rbac"`
}

// ImageValues names a container image and its pull policy.
type ImageValues struct {
	// Repository is the image repository, e.g. ghcr.io/your-org/optio-api.
	Repository string `json:"repository"`
	// Tag is the image tag, kept as the exact text given, or a digest
	// (sha256:...), which gives repository@digest.
	Tag string `json:"tag"`
	// PullPolicy is Always, IfNotPresent or Never; "" omits it (Kubernetes
	// then uses Always for the tag latest, IfNotPresent otherwise). Unused
	// for agent.image, whose pods take agent.imagePullPolicy.
	PullPolicy string `json:"pullPolicy,omitempty"`
}

// Reference returns "repository:tag", or "repository@tag" when the tag is a
// digest (sha256:...).
func (i ImageValues) Reference() string {
	if strings.Contains(i.Tag, ":") {
		return i.Repository + "@" + i.Tag
	}
	return i.Repository + ":" + i.Tag
}

// ServiceValues configures a component's Service.
type ServiceValues struct {
	// Type is ClusterIP, NodePort or LoadBalancer; "" is ClusterIP (the
	// Kubernetes default). Default: ClusterIP.
	Type string `json:"type"`
	// NodePort is the fixed node port (30000-32767) when Type is NodePort;
	// a number or a string of digits. nil or "" lets the cluster pick one.
	// Default: "".
	NodePort *intstr.IntOrString `json:"nodePort"`
}

// ResourceList maps a resource name (cpu, memory, ...) to a quantity in
// Kubernetes notation (250m, 512Mi, 1).
type ResourceList map[string]string

// ResourcesValues are a container's requests and limits.
type ResourcesValues struct {
	// Requests are the resources the scheduler reserves.
	Requests ResourceList `json:"requests"`
	// Limits are the most the container may use.
	Limits ResourceList `json:"limits"`
}

// SeccompProfileValues is a pod's or container's seccomp profile.
type SeccompProfileValues struct {
	// Type is RuntimeDefault, Localhost or Unconfined.
	Type string `json:"type,omitempty"`
	// LocalhostProfile is the profile path when Type is Localhost.
	LocalhostProfile string `json:"localhostProfile,omitempty"`
}

// PodSecurityContextValues (beyond the Helm chart; Bitnami's podSecurityContext)
// is a pod's securityContext. Unset fields are omitted.
type PodSecurityContextValues struct {
	// Enabled false omits the pod's securityContext entirely (Bitnami's
	// podSecurityContext.enabled; e.g. OpenShift's restricted SCC assigns
	// UIDs itself). Default: true.
	Enabled *bool `json:"enabled,omitempty"`
	// RunAsUser is the numeric UID the containers run as.
	RunAsUser *int64 `json:"runAsUser,omitempty"`
	// RunAsGroup is the numeric primary GID.
	RunAsGroup *int64 `json:"runAsGroup,omitempty"`
	// RunAsNonRoot makes the kubelet refuse to start a container as UID 0.
	RunAsNonRoot *bool `json:"runAsNonRoot,omitempty"`
	// FSGroup owns the pod's volumes.
	FSGroup *int64 `json:"fsGroup,omitempty"`
	// FSGroupChangePolicy is OnRootMismatch or Always.
	FSGroupChangePolicy string `json:"fsGroupChangePolicy,omitempty"`
	// SupplementalGroups are extra GIDs of the containers' processes.
	SupplementalGroups []int64 `json:"supplementalGroups,omitempty"`
	// SeccompProfile is the pod's seccomp profile.
	SeccompProfile *SeccompProfileValues `json:"seccompProfile,omitempty"`
}

// CapabilitiesValues are Linux capabilities to add and drop.
type CapabilitiesValues struct {
	// Add lists capabilities to add.
	Add []string `json:"add,omitempty"`
	// Drop lists capabilities to drop ("ALL" drops every one).
	Drop []string `json:"drop,omitempty"`
}

// ContainerSecurityContextValues (beyond the Helm chart; Bitnami's
// containerSecurityContext) is a container's securityContext. Unset fields are
// omitted.
type ContainerSecurityContextValues struct {
	// Enabled false omits the container's securityContext entirely
	// (Bitnami's containerSecurityContext.enabled). Default: true.
	Enabled *bool `json:"enabled,omitempty"`
	// RunAsUser overrides the pod's UID.
	RunAsUser *int64 `json:"runAsUser,omitempty"`
	// RunAsGroup overrides the pod's GID.
	RunAsGroup *int64 `json:"runAsGroup,omitempty"`
	// RunAsNonRoot overrides the pod's setting.
	RunAsNonRoot *bool `json:"runAsNonRoot,omitempty"`
	// Privileged runs the container privileged.
	Privileged *bool `json:"privileged,omitempty"`
	// AllowPrivilegeEscalation controls no_new_privs.
	AllowPrivilegeEscalation *bool `json:"allowPrivilegeEscalation,omitempty"`
	// ReadOnlyRootFilesystem mounts the image read-only.
	ReadOnlyRootFilesystem *bool `json:"readOnlyRootFilesystem,omitempty"`
	// Capabilities to add and drop.
	Capabilities *CapabilitiesValues `json:"capabilities,omitempty"`
	// SeccompProfile overrides the pod's profile.
	SeccompProfile *SeccompProfileValues `json:"seccompProfile,omitempty"`
}

// Toleration (beyond the Helm chart) lets a pod schedule onto tainted nodes; the
// fields are Kubernetes' own.
type Toleration struct {
	// Key is the taint key; empty with operator Exists matches all taints.
	Key string `json:"key,omitempty"`
	// Operator is Equal or Exists. Default (Kubernetes): Equal.
	Operator string `json:"operator,omitempty"`
	// Value is the taint value for Equal.
	Value string `json:"value,omitempty"`
	// Effect is NoSchedule, PreferNoSchedule or NoExecute; empty matches all.
	Effect string `json:"effect,omitempty"`
	// TolerationSeconds bounds how long a NoExecute taint is tolerated.
	TolerationSeconds *int64 `json:"tolerationSeconds,omitempty"`
}

// SchedulingValues (beyond the Helm chart) are the per-component Bitnami-style
// knobs of pods, security and scheduling; they are inlined into each
// component's values.
type SchedulingValues struct {
	// PodSecurityContext is the pod's securityContext. Default: non-root
	// with the image's UID/GID as fsGroup, seccomp RuntimeDefault.
	PodSecurityContext PodSecurityContextValues `json:"podSecurityContext"`
	// ContainerSecurityContext is the main container's securityContext.
	// Default: no privilege escalation, all capabilities dropped, read-only
	// root filesystem.
	ContainerSecurityContext ContainerSecurityContextValues `json:"containerSecurityContext"`
	// NodeSelector constrains the pods to nodes with these labels.
	// Default: none.
	NodeSelector map[string]string `json:"nodeSelector"`
	// Tolerations let the pods run on tainted nodes. Default: none.
	Tolerations []Toleration `json:"tolerations"`
}

// PDBValues (Optio's chart of today; Bitnami's pdb) configures a
// PodDisruptionBudget. When both MinAvailable and MaxUnavailable are set,
// MinAvailable wins, as in the chart (a warning says so); with neither,
// maxUnavailable is 1.
type PDBValues struct {
	// Enabled creates the PodDisruptionBudget R-<component>. Default: false.
	Enabled bool `json:"enabled"`
	// MinAvailable is a count or a percentage ("50%"); "" is unset, as in
	// the chart. Default: unset.
	MinAvailable *intstr.IntOrString `json:"minAvailable,omitempty" values:"emptyUnset"`
	// MaxUnavailable is a count or a percentage; "" is unset. Default:
	// unset, which gives maxUnavailable 1 (the chart's default value).
	MaxUnavailable *intstr.IntOrString `json:"maxUnavailable,omitempty" values:"emptyUnset"`
}

// AutoscalingValues (Optio's chart of today; Bitnami's autoscaling)
// configures a HorizontalPodAutoscaler (autoscaling/v2) that replaces the
// replicas value.
type AutoscalingValues struct {
	// Enabled creates the HorizontalPodAutoscaler R-<component> and drops
	// spec.replicas from the Deployment. Default: false.
	Enabled bool `json:"enabled"`
	// MinReplicas is the lower bound, at least 1; nil omits it (Kubernetes
	// default: 1). Default: 2 (v0.4.0).
	MinReplicas *int32 `json:"minReplicas,omitempty"`
	// MaxReplicas is the upper bound, at least MinReplicas. Default: api 5,
	// web 4 (v0.4.0).
	MaxReplicas int32 `json:"maxReplicas"`
	// TargetCPUUtilizationPercentage is the average CPU utilization to
	// keep, in percent of the CPU request (at least 1); null or "" leaves
	// CPU out. With neither target, Kubernetes scales on 80% CPU.
	// Default: 70 (v0.4.0).
	TargetCPUUtilizationPercentage *int32 `json:"targetCPUUtilizationPercentage,omitempty" values:"emptyUnset"`
	// TargetMemoryUtilizationPercentage is the average memory utilization
	// to keep, in percent of the memory request (at least 1); null or ""
	// leaves memory out. Default: unset.
	TargetMemoryUtilizationPercentage *int32 `json:"targetMemoryUtilizationPercentage,omitempty" values:"emptyUnset"`
	// TargetCPU is the earlier name of targetCPUUtilizationPercentage,
	// still read (with a warning): the loader moves it to the new name.
	// Deprecated. Default: unset.
	TargetCPU *int32 `json:"targetCPU,omitempty" values:"alias=targetCPUUtilizationPercentage"`
	// TargetMemory is the earlier name of
	// targetMemoryUtilizationPercentage, still read (with a warning).
	// Deprecated. Default: unset.
	TargetMemory *int32 `json:"targetMemory,omitempty" values:"alias=targetMemoryUtilizationPercentage"`
}

// APIEnvValues are the API's environment settings of the Helm chart.
type APIEnvValues struct {
	// LogLevel is LOG_LEVEL: debug, info, warn or error; "" omits the
	// variable (Optio then logs at info). Default: info.
	LogLevel string `json:"LOG_LEVEL"`
}

// APIValues configure the API server (the Helm chart's "API server" values).
type APIValues struct {
	// Image of the API. Default: optio-api:latest, IfNotPresent.
	Image ImageValues `json:"image"`
	// Replicas is the number of API pods; nil omits spec.replicas
	// (Kubernetes default: 1). Ignored while Autoscaling.Enabled.
	// Default: 1.
	Replicas *int32 `json:"replicas"`
	// Port is the container and Service port. Default: 4000.
	Port int32 `json:"port"`
	// Service configures R-api. Default: ClusterIP.
	Service ServiceValues `json:"service"`
	// Resources of the api container. Default: requests 250m/512Mi,
	// limits 1/1Gi.
	Resources ResourcesValues `json:"resources"`
	// Env holds LOG_LEVEL.
	Env APIEnvValues `json:"env"`
	// AntiAffinity is soft (preferred), hard (required) or "" (none), on
	// kubernetes.io/hostname. Default: soft.
	AntiAffinity string `json:"antiAffinity"`
	// PDB configures a PodDisruptionBudget (beyond the Helm chart).
	PDB PDBValues `json:"pdb"`
	// Autoscaling configures an HPA.
	Autoscaling AutoscalingValues `json:"autoscaling"`
	// ListenAddress (beyond the chart) is the address the API binds
	// (API_HOST): 0.0.0.0 (every IPv4 address), or :: on IPv6-only and
	// dual-stack clusters (every address of both families; needs IPv6 in
	// the node's kernel). Default: 0.0.0.0.
	ListenAddress string `json:"listenAddress"`
	SchedulingValues
}

// WebValues configure the web UI (the Helm chart's "Web UI" values).
type WebValues struct {
	// Image of the web UI. Default: optio-web:latest, IfNotPresent.
	Image ImageValues `json:"image"`
	// Replicas is the number of web pods; nil omits spec.replicas
	// (Kubernetes default: 1). Ignored while Autoscaling.Enabled.
	// Default: 1.
	Replicas *int32 `json:"replicas"`
	// Port is the container and Service port. Default: 3000.
	Port int32 `json:"port"`
	// Service configures R-web. Default: ClusterIP.
	Service ServiceValues `json:"service"`
	// Resources of the web container. Default: requests 100m/256Mi,
	// limits 500m/512Mi.
	Resources ResourcesValues `json:"resources"`
	// AntiAffinity as for the API. Default: soft.
	AntiAffinity string `json:"antiAffinity"`
	// PDB configures a PodDisruptionBudget (beyond the Helm chart).
	PDB PDBValues `json:"pdb"`
	// Autoscaling configures an HPA.
	Autoscaling AutoscalingValues `json:"autoscaling"`
	// PublicAPIURL is the API's URL as browsers reach it when it differs
	// from the web UI's origin (PUBLIC_API_URL, for the WebSocket); an
	// http(s) URL. "" derives http://localhost:<api.service.nodePort> when
	// the API is a NodePort Service with a fixed node port (the chart's
	// local setup), and otherwise leaves it unset (same origin, through the
	// Ingress). Read by Optio's chart of today without being declared in
	// its values. Default: "".
	PublicAPIURL string `json:"publicApiUrl"`
	// ListenAddress (beyond the chart) is the address the web server binds
	// (HOSTNAME, which Kubernetes would otherwise set to the pod's name, so
	// that the server listens on the pod IP only and kubectl port-forward
	// is refused): 0.0.0.0, or :: on IPv6-only and dual-stack clusters.
	// Default: 0.0.0.0.
	ListenAddress string `json:"listenAddress"`
	SchedulingValues
}

// AgentPVCValues describe the home volume of each agent pod: the 0.4.0 API
// reads OPTIO_HOME_PVC_SIZE and OPTIO_HOME_PVC_STORAGE_CLASS; the
// ConfigMap R-agent-pvc-template and OPTIO_AGENT_PVC_* of the chart are
// read by no image and kept for the chart's sake.
type AgentPVCValues struct {
	// StorageClass of agent PVCs; "" is the cluster default. Default: "".
	StorageClass string `json:"storageClass"`
	// Size of each agent PVC, a quantity. Default: 10Gi.
	Size string `json:"size" values:"quantity"`
	// AccessModes of agent PVCs. Default: [ReadWriteOnce].
	AccessModes []string `json:"accessModes"`
}

// AgentValues configure the agent pods the API creates (the Helm chart's "Agent
// containers").
type AgentValues struct {
	// Image of agent pods (OPTIO_AGENT_IMAGE) and the prefix of the preset
	// images. Default: optio-base:latest, pullPolicy Never.
	Image AgentImageValues `json:"image"`
	// ImagePullPolicy applied to agent pods (OPTIO_IMAGE_PULL_POLICY).
	// Default: Never (local development only).
	ImagePullPolicy string `json:"imagePullPolicy"`
	// PVC describes each agent pod's PVC.
	PVC AgentPVCValues `json:"pvc"`
	// The 0.4.0 agent runtime (agent_runtime.go).

	// EnvoyProxy is the secret-proxy sidecar of agent pods.
	EnvoyProxy EnvoyProxyValues `json:"envoyProxy"`
	// NodeSelector of the agent pods (OPTIO_AGENT_NODE_SELECTOR, as JSON),
	// e.g. a node pool for agents. Default: none.
	NodeSelector map[string]string `json:"nodeSelector"`
	// Tolerations of the agent pods (OPTIO_AGENT_TOLERATIONS, as JSON).
	// Default: none.
	Tolerations []Toleration `json:"tolerations"`
	// StatefulSet chooses StatefulSets and Jobs or bare pods.
	StatefulSet AgentStatefulSetValues `json:"statefulSet"`
	// Cache configures the per-repository cache directories.
	Cache AgentCacheValues `json:"cache"`
	// RepoInitTimeoutMs is how long an agent pod may take to clone its
	// repository, in milliseconds, at least 1 (OPTIO_REPO_INIT_TIMEOUT_MS);
	// null leaves it to the API (120000). Default: 120000.
	RepoInitTimeoutMs *int64 `json:"repoInitTimeoutMs"`
}

// PostgresqlStorageValues configure the PVC R-postgres-data.
type PostgresqlStorageValues struct {
	// Size of the data volume, a quantity. Default: 5Gi.
	Size string `json:"size" values:"quantity"`
	// StorageClass (beyond the Helm chart) of the data volume; "" is the cluster
	// default. Default: "".
	StorageClass string `json:"storageClass"`
}

// PostgresqlAuthValues are the in-cluster database's credentials.
type PostgresqlAuthValues struct {
	// Database name. Default: optio.
	Database string `json:"database"`
	// Username. Default: optio.
	Username string `json:"username"`
	// Password; required when postgresql.enabled and not auth.disabled
	// (unless existingSecret provides it). Default: "".
	Password string `json:"password" values:"secret"`
}

// PostgresqlValues configure the in-cluster PostgreSQL (the Helm chart's "PostgreSQL" values).
type PostgresqlValues struct {
	// Enabled deploys R-postgres. Default: true.
	Enabled bool `json:"enabled"`
	// Image of PostgreSQL. Default: postgres:16.
	Image ImageValues `json:"image"`
	// Storage of the data volume.
	Storage PostgresqlStorageValues `json:"storage"`
	// Auth are the credentials.
	Auth PostgresqlAuthValues `json:"auth"`
	// Resources of the postgres container. Default: requests 100m/256Mi,
	// limits 500m/512Mi.
	Resources ResourcesValues `json:"resources"`
	SchedulingValues
}

// RedisValues configure the in-cluster Redis (the Helm chart's "Redis" values).
type RedisValues struct {
	// Enabled deploys R-redis. Default: true.
	Enabled bool `json:"enabled"`
	// Image of Redis. Default: redis:7-alpine.
	Image ImageValues `json:"image"`
	// Resources of the redis container. Default: requests 50m/128Mi,
	// limits 250m/256Mi.
	Resources ResourcesValues `json:"resources"`
	SchedulingValues
}

// ExternalDatabaseValues name a database outside the cluster.
type ExternalDatabaseValues struct {
	// URL is postgres://user:pass@host:5432/dbname (or postgresql://).
	// Required when postgresql.enabled is false, unless existingSecret
	// holds DATABASE_URL. Default: "".
	URL string `json:"url" values:"secret"`
}

// ExternalRedisValues name a Redis outside the cluster.
type ExternalRedisValues struct {
	// URL is redis://host:6379 or rediss://host:6380. Required when
	// redis.enabled is false, unless existingSecret holds REDIS_URL.
	// Default: "".
	URL string `json:"url" values:"secret"`
}

// OAuthProviderValues are one OAuth application. A provider is configured
// only when both fields are set (the Helm chart's rule).
type OAuthProviderValues struct {
	// ClientID of the OAuth application. Default: "".
	ClientID string `json:"clientId"`
	// ClientSecret of the OAuth application. Default: "".
	ClientSecret string `json:"clientSecret" values:"secret"`
}

// GitlabValues are the GitLab OAuth application.
type GitlabValues struct {
	OAuthProviderValues
	// BaseURL (beyond the Helm chart) is a self-hosted GitLab's URL
	// (GITLAB_OAUTH_BASE_URL). Default: "" (gitlab.com).
	BaseURL string `json:"baseUrl"`
}

// AuthValues configure authentication (the Helm chart's "Authentication" values).
type AuthValues struct {
	// Disabled skips all authentication: local development only.
	// Default: false.
	Disabled bool `json:"disabled"`
	// Github OAuth application.
	Github OAuthProviderValues `json:"github"`
	// Google OAuth application.
	Google OAuthProviderValues `json:"google"`
	// Gitlab OAuth application.
	Gitlab GitlabValues `json:"gitlab"`
	// OIDC is a generic OpenID Connect provider (oidc.go).
	OIDC OIDCValues `json:"oidc"`
}

// EncryptionValues hold the database encryption key.
type EncryptionValues struct {
	// Key is required (unless existingSecret provides it): 64 hex characters
	// are the raw AES-256 key, anything else is hashed with SHA-256.
	// Generate with openssl rand -hex 32. Default: "".
	Key string `json:"key" values:"secret"`
}

// WebhookValues hold the GitHub webhook secret.
type WebhookValues struct {
	// GithubSecret validates GitHub webhook signatures. Default: "".
	GithubSecret string `json:"githubSecret" values:"secret"`
}

// CertManagerValues configure cert-manager on the Ingress.
type CertManagerValues struct {
	// Enabled adds the cert-manager.io/cluster-issuer annotation and one
	// TLS entry per host. Default: false.
	Enabled bool `json:"enabled"`
	// ClusterIssuer is the ClusterIssuer name. Default: letsencrypt-prod.
	ClusterIssuer string `json:"clusterIssuer"`
}

// IngressPath routes one path to the api or web Service.
type IngressPath struct {
	// Path, e.g. /api.
	Path string `json:"path"`
	// PathType is Prefix, Exact or ImplementationSpecific.
	PathType string `json:"pathType"`
	// Service is api or web.
	Service string `json:"service"`
}

// IngressHost is one host rule.
type IngressHost struct {
	// Host is a DNS-1123 subdomain, optionally with a leading "*.".
	Host string `json:"host"`
	// Paths of this host.
	Paths []IngressPath `json:"paths"`
}

// IngressTLS is one manual TLS entry.
type IngressTLS struct {
	// SecretName holds the certificate.
	SecretName string `json:"secretName"`
	// Hosts covered by the certificate.
	Hosts []string `json:"hosts"`
}

// IngressValues configure the Ingress (the Helm chart's "Ingress" values).
type IngressValues struct {
	// Enabled creates R-ingress. Default: false.
	Enabled bool `json:"enabled"`
	// ClassName is spec.ingressClassName; "" omits it. Default: nginx.
	ClassName string `json:"className"`
	// Annotations are added to the Ingress. Default: none.
	Annotations map[string]string `json:"annotations"`
	// CertManager configures automatic TLS.
	CertManager CertManagerValues `json:"certManager"`
	// Hosts are the host rules. Default: optio.example.com with / to web
	// and /api, /ws to the API.
	Hosts []IngressHost `json:"hosts"`
	// TLS is the manual TLS configuration, used when certManager is off.
	// Default: none.
	TLS []IngressTLS `json:"tls"`
}

// ResourceQuotaValues configure the ResourceQuota R-quota.
type ResourceQuotaValues struct {
	// Enabled creates R-quota. Default: false.
	Enabled bool `json:"enabled"`
	// Hard is spec.hard: resource name to quantity. Default: requests.cpu 20,
	// requests.memory 40Gi, limits.cpu 40, limits.memory 80Gi, pods 50,
	// persistentvolumeclaims 30.
	Hard ResourceList `json:"hard"`
}

// ServiceAccountValues configure the API's ServiceAccount.
type ServiceAccountValues struct {
	// Create creates the ServiceAccount and its Role, RoleBinding,
	// ClusterRole and ClusterRoleBinding. Default: true.
	Create bool `json:"create"`
	// Name of the ServiceAccount the API runs as. Default: optio.
	Name string `json:"name"`
	// Annotations on the ServiceAccount (e.g. EKS IRSA). Default: none.
	Annotations map[string]string `json:"annotations"`
}

// LocalObjectReference names an object in the same namespace.
type LocalObjectReference struct {
	// Name of the object.
	Name string `json:"name"`
}

// NetworkPolicyValues (beyond the Helm chart) configure NetworkPolicies.
type NetworkPolicyValues struct {
	// Enabled creates one NetworkPolicy per component: Postgres and Redis
	// accept only the API's pods; the API and web UI accept their port from
	// anywhere (the Ingress controller may run in any namespace).
	// Default: false.
	Enabled bool `json:"enabled"`
}

// podDefaults returns the hardened security defaults for an image that runs
// as uid/gid (the Optio images: API and web 1000, Postgres and Redis 999; the
// redis:7-alpine user's primary group is 1000, and fsGroup 999 is what makes
// /data writable for it).
func podDefaults(uid int64) SchedulingValues {
	return SchedulingValues{
		PodSecurityContext: PodSecurityContextValues{
			Enabled:        ptr(true),
			RunAsNonRoot:   ptr(true),
			RunAsUser:      ptr(uid),
			RunAsGroup:     ptr(uid),
			FSGroup:        ptr(uid),
			SeccompProfile: &SeccompProfileValues{Type: "RuntimeDefault"},
		},
		ContainerSecurityContext: ContainerSecurityContextValues{
			Enabled:                  ptr(true),
			AllowPrivilegeEscalation: ptr(false),
			ReadOnlyRootFilesystem:   ptr(true),
			Capabilities:             &CapabilitiesValues{Drop: []string{"ALL"}},
		},
		NodeSelector: map[string]string{},
		Tolerations:  []Toleration{},
	}
}

// postgresDefaults are podDefaults(999), with fsGroupChangePolicy
// OnRootMismatch so that the kubelet does not walk the whole data volume
// on every mount.
func postgresDefaults() SchedulingValues {
	s := podDefaults(999)
	s.PodSecurityContext.FSGroupChangePolicy = "OnRootMismatch"
	return s
}

// defaultAutoscaling is v0.4.0's autoscaling of a component: from 2 to
// max pods at 70% CPU.
func defaultAutoscaling(max int32) AutoscalingValues {
	return AutoscalingValues{MinReplicas: ptr[int32](2), MaxReplicas: max, TargetCPUUtilizationPercentage: ptr[int32](70)}
}

func resources(reqCPU, reqMem, limCPU, limMem string) ResourcesValues {
	return ResourcesValues{
		Requests: ResourceList{"cpu": reqCPU, "memory": reqMem},
		Limits:   ResourceList{"cpu": limCPU, "memory": limMem},
	}
}

// Default returns the Helm chart 0.1.0's default values, as its values reference
// tables give them, and this project's defaults for the knobs it adds. Every
// call returns a fresh tree the caller may change.
func Default() Values {
	return Values{
		API: APIValues{
			Image:            ImageValues{Repository: "optio-api", Tag: "latest", PullPolicy: "IfNotPresent"},
			Replicas:         ptr[int32](1),
			Port:             4000,
			Service:          ServiceValues{Type: "ClusterIP", NodePort: ptr(intstr.FromString(""))},
			Resources:        resources("250m", "512Mi", "1", "1Gi"),
			Env:              APIEnvValues{LogLevel: "info"},
			AntiAffinity:     "soft",
			Autoscaling:      defaultAutoscaling(5),
			ListenAddress:    "0.0.0.0",
			SchedulingValues: podDefaults(1000),
		},
		Web: WebValues{
			Image:            ImageValues{Repository: "optio-web", Tag: "latest", PullPolicy: "IfNotPresent"},
			Replicas:         ptr[int32](1),
			Port:             3000,
			Service:          ServiceValues{Type: "ClusterIP", NodePort: ptr(intstr.FromString(""))},
			Resources:        resources("100m", "256Mi", "500m", "512Mi"),
			AntiAffinity:     "soft",
			Autoscaling:      defaultAutoscaling(4),
			ListenAddress:    "0.0.0.0",
			SchedulingValues: podDefaults(1000),
		},
		Agent: AgentValues{
			Image: AgentImageValues{
				ImageValues: ImageValues{Repository: "optio-base", Tag: "latest", PullPolicy: "Never"},
				Prefix:      "ghcr.io/jonwiggins/optio-agent-",
			},
			ImagePullPolicy:   "Never",
			PVC:               AgentPVCValues{StorageClass: "", Size: "10Gi", AccessModes: []string{"ReadWriteOnce"}},
			EnvoyProxy:        defaultEnvoyProxy(),
			NodeSelector:      map[string]string{},
			Tolerations:       []Toleration{},
			StatefulSet:       defaultAgentStatefulSet(),
			Cache:             defaultAgentCache(),
			RepoInitTimeoutMs: ptr[int64](120000),
		},
		Postgresql: PostgresqlValues{
			Enabled:          true,
			Image:            ImageValues{Repository: "postgres", Tag: "16", PullPolicy: "IfNotPresent"},
			Storage:          PostgresqlStorageValues{Size: "5Gi"},
			Auth:             PostgresqlAuthValues{Database: "optio", Username: "optio"},
			Resources:        resources("100m", "256Mi", "500m", "512Mi"),
			SchedulingValues: postgresDefaults(),
		},
		Redis: RedisValues{
			Enabled:          true,
			Image:            ImageValues{Repository: "redis", Tag: "7-alpine", PullPolicy: "IfNotPresent"},
			Resources:        resources("50m", "128Mi", "250m", "256Mi"),
			SchedulingValues: podDefaults(999),
		},
		Ingress: IngressValues{
			ClassName:   "nginx",
			Annotations: map[string]string{},
			CertManager: CertManagerValues{ClusterIssuer: "letsencrypt-prod"},
			Hosts: []IngressHost{{
				Host: "optio.example.com",
				Paths: []IngressPath{
					{Path: "/", PathType: "Prefix", Service: "web"},
					{Path: "/api", PathType: "Prefix", Service: "api"},
					{Path: "/ws", PathType: "Prefix", Service: "api"},
				},
			}},
			TLS: []IngressTLS{},
		},
		Auth:            AuthValues{OIDC: defaultOIDC()},
		Namespace:       "optio",
		CreateNamespace: true,
		ResourceQuota: ResourceQuotaValues{
			Hard: ResourceList{
				"requests.cpu":           "20",
				"requests.memory":        "40Gi",
				"limits.cpu":             "40",
				"limits.memory":          "80Gi",
				"pods":                   "50",
				"persistentvolumeclaims": "30",
			},
		},
		ServiceAccount:   ServiceAccountValues{Create: true, Name: "optio", Annotations: map[string]string{}},
		ImagePullSecrets: []LocalObjectReference{},

		Optio:                defaultOptio(),
		InstalledSkillsCache: defaultInstalledSkillsCache(),
		Observability:        ObservabilityValues{OTel: defaultOTel()},
		Rbac:                 RbacValues{ClusterRole: ClusterRoleValues{Create: true}},
	}
}

func ptr[T any](v T) *T { return &v }
