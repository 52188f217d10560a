package values

import "k8s.io/apimachinery/pkg/util/intstr"

// AppVersion is the Optio version these manifests are written for (the Helm
// chart 0.1.0's appVersion); it is the app.kubernetes.io/version label.
const AppVersion = "0.1.0"

// DefaultReleaseName is the release name used when none is given (Helm's
// .Release.Name in the chart's documentation examples).
const DefaultReleaseName = "optio"

// Values is the values tree of the Optio Helm chart 0.1.0, key for key
// (the JSON names are the Helm value paths), plus the knobs this project
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
	// GatewayAPI configures the Gateway API route in (chart 0.4.0;
	// gateway.go).
	GatewayAPI GatewayAPIValues `json:"gatewayAPI"`
	// InternalTLS chooses who makes the certificates of the in-cluster
	// PostgreSQL and Redis (beyond the chart; tls.go).
	InternalTLS InternalTLSValues `json:"internalTLS"`
	// Keygen configures the in-cluster key generator (beyond the chart;
	// tls.go).
	Keygen KeygenValues `json:"keygen"`
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
	// CommonLabels (beyond the Helm chart; Bitnami's commonLabels) are
	// added to the labels of every object of the release and of every pod
	// template, never to a selector (nor to the Namespace, which releases
	// may share). Keys and values as Kubernetes validates labels; a key the
	// release sets itself (app.kubernetes.io/*, app,
	// optio-cdk8s.io/release-namespace, optio.pod-role) is refused (rule
	// labels-reserved). Default: none.
	CommonLabels map[string]string `json:"commonLabels"`
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
	CredentialSecret string `json:"credentialSecret" values:"secret,opaque,env=OPTIO_CREDENTIAL_SECRET,key=OPTIO_CREDENTIAL_SECRET"`
	// Notifications configure browser push (notifications.go).
	Notifications NotificationsValues `json:"notifications"`
	// Observability configures OpenTelemetry (observability.go).
	Observability ObservabilityValues `json:"observability"`
	// Rbac configures the API's cluster-wide permissions (rbac.go).
	Rbac RbacValues `json:"rbac"`
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
			Host:             DefaultAPIHost,
			Service:          ServiceValues{Type: "ClusterIP", NodePort: ptr(intstr.FromString(""))},
			Resources:        resources("250m", "512Mi", "1", "1Gi"),
			Env:              APIEnvValues{LogLevel: "info"},
			AntiAffinity:     "soft",
			Autoscaling:      defaultAutoscaling(5),
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
			PVC:               AgentPVCValues{StorageClass: "", Size: "10Gi", AccessModes: []AccessMode{"ReadWriteOnce"}},
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
			TLS:              defaultPostgresqlTLS(),
			SchedulingValues: postgresDefaults(),
		},
		Redis: RedisValues{
			Enabled:          true,
			Image:            ImageValues{Repository: "redis", Tag: "7-alpine", PullPolicy: "IfNotPresent"},
			Resources:        resources("50m", "128Mi", "250m", "256Mi"),
			TLS:              defaultRedisTLS(),
			Auth:             defaultRedisAuth(),
			SchedulingValues: podDefaults(999),
		},
		InternalTLS: defaultInternalTLS(),
		GatewayAPI:  defaultGatewayAPI(),
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
		CommonLabels:     map[string]string{},
		ImagePullSecrets: []LocalObjectReference{},

		Optio:                defaultOptio(),
		InstalledSkillsCache: defaultInstalledSkillsCache(),
		Observability:        ObservabilityValues{OTel: defaultOTel()},
		Rbac:                 RbacValues{ClusterRole: ClusterRoleValues{Create: true}},
	}
}

func ptr[T any](v T) *T { return &v }
