package optio_test

import (
	"errors"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/util/validation/field"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// standalone is one construct's constructor called with nil props (the
// defaults), with zero props, and the object IDs its defaults emit.
type standalone struct {
	name string
	// build calls the constructor with props nil (zero=false) or with the
	// zero value of its props (zero=true).
	build func(scope constructs.Construct, zero bool) error
	ids   []string
}

var standalones = []standalone{
	{"OptioApi", func(s constructs.Construct, zero bool) error {
		var p *optio.OptioApiProps
		if zero {
			p = &optio.OptioApiProps{}
		}
		_, err := optio.NewOptioApi(s, "api", p)
		return err
	}, []string{"Deployment/optio-api", "Service/optio-api"}},
	{"OptioWeb", func(s constructs.Construct, zero bool) error {
		var p *optio.OptioWebProps
		if zero {
			p = &optio.OptioWebProps{}
		}
		_, err := optio.NewOptioWeb(s, "web", p)
		return err
	}, []string{"Deployment/optio-web", "Service/optio-web"}},
	{"InClusterPostgres", func(s constructs.Construct, zero bool) error {
		var p *optio.InClusterPostgresProps
		if zero {
			p = &optio.InClusterPostgresProps{}
		}
		_, err := optio.NewInClusterPostgres(s, "postgres", p)
		return err
	}, []string{"ConfigMap/optio-postgres-keygen", "Deployment/optio-postgres", "Job/optio-postgres-keygen-*", "PersistentVolumeClaim/optio-postgres-data", "Role/optio-postgres-keygen", "RoleBinding/optio-postgres-keygen", "Service/optio-postgres", "ServiceAccount/optio-postgres-keygen"}},
	{"InClusterRedis", func(s constructs.Construct, zero bool) error {
		var p *optio.InClusterRedisProps
		if zero {
			p = &optio.InClusterRedisProps{}
		}
		_, err := optio.NewInClusterRedis(s, "redis", p)
		return err
	}, []string{"ConfigMap/optio-redis-keygen", "Deployment/optio-redis", "Job/optio-redis-keygen-*", "Role/optio-redis-keygen", "RoleBinding/optio-redis-keygen", "Service/optio-redis", "ServiceAccount/optio-redis-keygen"}},
	{"OptioIngress", func(s constructs.Construct, zero bool) error {
		var p *optio.OptioIngressProps
		if zero {
			p = &optio.OptioIngressProps{}
		}
		_, err := optio.NewOptioIngress(s, "ingress", p)
		return err
	}, []string{"Ingress/optio-ingress", "Service/optio-internal-closed"}},
	{"OptioGateway", func(s constructs.Construct, zero bool) error {
		var p *optio.OptioGatewayProps
		if zero {
			p = &optio.OptioGatewayProps{}
		}
		_, err := optio.NewOptioGateway(s, "gateway", p)
		return err
	}, []string{"Gateway/optio-gateway", "HTTPRoute/optio-httproute"}},
	{"AgentRbac", func(s constructs.Construct, zero bool) error {
		var p *optio.AgentRbacProps
		if zero {
			p = &optio.AgentRbacProps{}
		}
		_, err := optio.NewAgentRbac(s, "rbac", p)
		return err
	}, []string{"ClusterRole/optio-team-x-node-reader", "ClusterRoleBinding/optio-team-x-node-reader", "Role/optio-pod-manager", "RoleBinding/optio-pod-manager", "ServiceAccount/optio"}},
	{"OptioAssistant", func(s constructs.Construct, zero bool) error {
		var p *optio.OptioAssistantProps
		if zero {
			p = &optio.OptioAssistantProps{}
		}
		_, err := optio.NewOptioAssistant(s, "assistant", p)
		return err
	}, []string{"Deployment/optio-optio"}},
	{"InstalledSkillsCache", func(s constructs.Construct, zero bool) error {
		var p *optio.InstalledSkillsCacheProps
		if zero {
			p = &optio.InstalledSkillsCacheProps{}
		}
		_, err := optio.NewInstalledSkillsCache(s, "skills-cache", p)
		return err
	}, []string{"PersistentVolumeClaim/optio-installed-skills-cache"}},
}

// synthChart synthesizes a chart of someone else's app (namespace team-x,
// labels team: x) that holds what add puts in it.
func synthChart(t *testing.T, add func(chart cdk8s.Chart)) []manifest.Object {
	t.Helper()
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("platform"), &cdk8s.ChartProps{
		Namespace: jsii.String("team-x"),
		Labels:    &map[string]*string{"team": jsii.String("x")},
	})
	add(chart)
	objs, err := manifest.Parse([]byte(*app.SynthYaml()))
	if err != nil {
		t.Fatal(err)
	}
	return objs
}

// keygenJobsAnyHash writes the hash of each key generator's Job (its name
// follows its pod template) as "*".
func keygenJobsAnyHash(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = regexp.MustCompile(`^(Job/.*-keygen)-[0-9a-f]{10}$`).ReplaceAllString(id, "$1-*")
	}
	return out
}

// TestConstructsStandAlone: each construct, alone in a chart with a
// namespace and labels, with nil props, emits its objects in the chart's
// namespace with the chart's labels, names from the default release, and
// passes the policy check.
func TestConstructsStandAlone(t *testing.T) {
	for _, c := range standalones {
		t.Run(c.name, func(t *testing.T) {
			objs := synthChart(t, func(chart cdk8s.Chart) {
				if err := c.build(chart, false); err != nil {
					t.Fatalf("nil props: %v", err)
				}
			})
			if got := keygenJobsAnyHash(manifest.IDs(objs)); !reflect.DeepEqual(got, c.ids) {
				t.Errorf("objects = %v, want %v", got, c.ids)
			}
			for _, o := range objs {
				clusterScoped := strings.HasPrefix(o.Kind(), "Cluster")
				if ns := o.Namespace(); (ns == "team-x") == clusterScoped {
					t.Errorf("%s namespace = %q (cluster-scoped: %v)", o.ID(), ns, clusterScoped)
				}
				if o.Get("metadata", "labels", "team") != "x" {
					t.Errorf("%s lacks the chart's label team: x: %v", o.ID(), o.Get("metadata", "labels"))
				}
				if o.Get("metadata", "labels", values.ReleaseNamespaceLabel) != "team-x" {
					t.Errorf("%s %s = %v, want team-x", o.ID(), values.ReleaseNamespaceLabel, o.Get("metadata", "labels", values.ReleaseNamespaceLabel))
				}
				if o.Kind() == "ClusterRoleBinding" || o.Kind() == "RoleBinding" {
					if got := o.Get("subjects", 0, "namespace"); got != "team-x" {
						t.Errorf("%s subject namespace = %v, want the chart's", o.ID(), got)
					}
				}
			}
		})
	}
}

// TestZeroPropsAreRefusedWithPaths: the zero props of every construct are
// refused with paths, never synthesized as name "-api" or image ":".
func TestZeroPropsAreRefusedWithPaths(t *testing.T) {
	for _, c := range standalones {
		t.Run(c.name, func(t *testing.T) {
			app := cdk8s.NewApp(nil)
			chart := cdk8s.NewChart(app, jsii.String("c"), nil)
			err := c.build(chart, true)
			var ip *optio.InvalidPropsError
			if !errors.As(err, &ip) {
				t.Fatalf("zero props: err = %v, want *InvalidPropsError", err)
			}
			paths := map[string]bool{}
			for _, e := range ip.Errors {
				paths[e.Field] = true
			}
			if !paths["release.name"] {
				t.Errorf("no release.name error in %v", ip.Errors)
			}
			if n := len(*chart.Node().Children()); n != 0 {
				t.Errorf("invalid props added %d constructs", n)
			}
		})
	}
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("c"), nil)
	_, err := optio.NewOptioApi(chart, "api", &optio.OptioApiProps{})
	for _, want := range []string{"release.name", "values.image.repository", "values.image.tag", "values.port", "values.resources.requests.cpu"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("OptioApi zero props: error lacks %s: %v", want, err)
		}
	}
}

// TestZeroValuesAreNotOtherSettings: the Go zero value of a value means what
// an absent key means, never a different setting.
func TestZeroValuesAreNotOtherSettings(t *testing.T) {
	for name, svc := range map[string]values.ServiceValues{
		"zero":                     {},
		"ClusterIP without a port": {Type: "ClusterIP"},
		"NodePort without a port":  {Type: "NodePort"},
		"NodePort with an empty":   {Type: "NodePort", NodePort: new(intstr.FromString(""))},
	} {
		p := testutil.ValidProps()
		p.API.Service = svc
		if errs := p.Validate(); len(errs) > 0 {
			t.Errorf("%s: %v", name, errs)
		}
	}
	p := testutil.ValidProps()
	p.API.Service = values.ServiceValues{}
	p.API.Replicas = nil
	p.API.Image.PullPolicy = ""
	p.API.Env.LogLevel = ""
	p.API.PodSecurityContext = values.PodSecurityContextValues{}
	p.API.Autoscaling = values.AutoscalingValues{Enabled: true, MaxReplicas: 4}
	objs := testutil.Objects(t, p)
	d := testutil.Must(t, objs, "Deployment/optio-api")
	c := container(t, d)
	for path, want := range map[string]interface{}{
		"spec.replicas":                      nil, // owned by the HPA
		"spec.template.spec.securityContext": nil, // no empty securityContext
	} {
		if got := d.Get(splitPath(path)...); got != want {
			t.Errorf("%s = %v, want %v", path, got, want)
		}
	}
	if c.Get("imagePullPolicy") != nil {
		t.Errorf("imagePullPolicy = %v, want unset (Kubernetes' default)", c.Get("imagePullPolicy"))
	}
	if _, ok := envOf(c)["LOG_LEVEL"]; ok {
		t.Error("LOG_LEVEL set from an empty value")
	}
	svc := testutil.Must(t, objs, "Service/optio-api")
	if svc.Get("spec", "type") != "ClusterIP" {
		t.Errorf("zero service type = %v, want ClusterIP", svc.Get("spec", "type"))
	}
	hpa := testutil.Must(t, objs, "HorizontalPodAutoscaler/optio-api")
	if hpa.Get("spec", "minReplicas") != nil || hpa.Get("spec", "metrics") != nil || hpa.Get("spec", "maxReplicas") != float64(4) {
		t.Errorf("HPA spec = %v, want only maxReplicas (Kubernetes defaults: 1 replica, 80%% CPU)", hpa.Get("spec"))
	}
}

// TestOptioChartInAPlatformChart: OptioChart takes cdk8s ChartProps (labels
// on every object, the namespace), exposes every object as a typed field,
// and returns its warnings.
func TestOptioChartInAPlatformChart(t *testing.T) {
	p := testutil.ValidProps()
	p.Namespace = ""
	p.ChartProps = cdk8s.ChartProps{Namespace: jsii.String("team-y"), Labels: &map[string]*string{"cost-center": jsii.String("42")}}
	p.ResourceQuota.Enabled = true
	p.Ingress.Enabled = true
	p.NetworkPolicy.Enabled = true
	p.API.PDB.Enabled, p.API.Autoscaling.Enabled = true, true
	app := cdk8s.NewApp(nil)
	chart, err := optio.NewOptioChart(app, "optio", &p)
	if err != nil {
		t.Fatal(err)
	}
	typed := map[string]interface{}{
		"Namespace": chart.Namespace, "ConfigSecret": chart.ConfigSecret, "AgentPVCTemplate": chart.AgentPVCTemplate,
		"Quota": chart.Quota, "RoleBinding": chart.RBAC.RoleBinding, "ClusterRoleBinding": chart.RBAC.ClusterRoleBinding,
		"API.PDB": chart.API.PDB, "API.HPA": chart.API.HPA, "Postgres.PVC": chart.Postgres.PVC, "Ingress": chart.Ingress.Ingress,
	}
	for name, v := range typed {
		if reflect.ValueOf(v).IsNil() {
			t.Errorf("%s is nil", name)
		}
	}
	if chart.ConfigMap != nil || chart.Web.PDB != nil || chart.Web.HPA != nil {
		t.Error("a field of an object that is off is not nil")
	}
	if got := slices.Sorted(maps.Keys(chart.NetworkPolicies)); !reflect.DeepEqual(got, []string{"agent", "api", "postgres", "redis", "web"}) {
		t.Errorf("NetworkPolicies = %v", got)
	}
	if len(chart.Warnings) == 0 || !strings.HasPrefix(chart.Warnings[0], "encryption.key") && !slices.ContainsFunc(chart.Warnings, func(w string) bool { return strings.HasPrefix(w, "api.image.tag") }) {
		t.Errorf("Warnings = %v, want the latest-tag warnings among them", chart.Warnings)
	}
	objs, err := manifest.Parse([]byte(*app.SynthYaml()))
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range objs {
		if o.Get("metadata", "labels", "cost-center") != "42" {
			t.Errorf("%s lacks the chart label", o.ID())
		}
		wantNS := "team-y"
		if o.Kind() == "Namespace" || strings.HasPrefix(o.Kind(), "Cluster") {
			wantNS = ""
		}
		if o.Namespace() != wantNS {
			t.Errorf("%s namespace = %q, want %q", o.ID(), o.Namespace(), wantNS)
		}
	}
	ns, _ := manifest.Index(objs)
	if _, ok := ns["Namespace/team-y"]; !ok {
		t.Errorf("no Namespace/team-y in %v", manifest.IDs(objs))
	}
	p.Namespace = "other"
	if _, err := optio.NewOptioChart(cdk8s.NewApp(nil), "optio", &p); err == nil || !strings.Contains(err.Error(), "namespace: Invalid value: \"other\": differs from the chart's namespace") {
		t.Errorf("namespace and ChartProps.Namespace disagreeing: err = %v", err)
	}
}

// TestHelmChartSelectors: with helmChartSelectors every selector, anti-affinity
// term, PDB and NetworkPolicy selects with the chart's app: label, cluster
// names are the chart's, and Postgres keeps the chart's pod template.
func TestHelmChartSelectors(t *testing.T) {
	p := testutil.ValidProps()
	p.HelmChartSelectors = true
	p.API.AntiAffinity = "hard"
	p.API.PDB.Enabled = true
	p.NetworkPolicy.Enabled = true
	// The chart 0.1.0 had no TLS: the take-over keeps its template only with
	// TLS off (docs/security.md, "Taking over the Helm chart 0.1.0").
	p.Postgresql.TLS.Enabled = false
	objs := testutil.Objects(t, p)
	for comp, app := range map[string]string{"api": "optio-api", "web": "optio-web", "postgres": "postgres", "redis": "redis"} {
		want := map[string]interface{}{"app": app}
		d := testutil.Must(t, objs, "Deployment/optio-"+comp)
		if got := d.Get("spec", "selector", "matchLabels"); !reflect.DeepEqual(got, want) {
			t.Errorf("Deployment %s selector = %v, want %v", comp, got, want)
		}
		if got := testutil.Must(t, objs, "Service/optio-"+comp).Get("spec", "selector"); !reflect.DeepEqual(got, want) {
			t.Errorf("Service %s selector = %v", comp, got)
		}
		if got := testutil.Must(t, objs, "NetworkPolicy/optio-"+comp).Get("spec", "podSelector", "matchLabels"); !reflect.DeepEqual(got, want) {
			t.Errorf("NetworkPolicy %s podSelector = %v", comp, got)
		}
	}
	api := testutil.Must(t, objs, "Deployment/optio-api")
	if got := api.Get("spec", "template", "spec", "affinity", "podAntiAffinity", "requiredDuringSchedulingIgnoredDuringExecution", 0, "labelSelector", "matchLabels"); !reflect.DeepEqual(got, map[string]interface{}{"app": "optio-api"}) {
		t.Errorf("anti-affinity selector = %v", got)
	}
	if got := testutil.Must(t, objs, "PodDisruptionBudget/optio-api").Get("spec", "selector", "matchLabels"); !reflect.DeepEqual(got, map[string]interface{}{"app": "optio-api"}) {
		t.Errorf("PDB selector = %v", got)
	}
	testutil.Must(t, objs, "ClusterRole/optio-node-reader")
	testutil.Must(t, objs, "ClusterRoleBinding/optio-node-reader")
	pg := testutil.Must(t, objs, "Deployment/optio-postgres")
	tmpl := pg.Get("spec", "template").(map[string]interface{})
	want := map[string]interface{}{
		"metadata": map[string]interface{}{"labels": map[string]interface{}{"app": "postgres"}},
		"spec": map[string]interface{}{
			"containers": []interface{}{map[string]interface{}{
				"name": "postgres", "image": "postgres:16", "imagePullPolicy": "IfNotPresent",
				"ports": []interface{}{map[string]interface{}{"containerPort": float64(5432)}},
				"env": []interface{}{
					map[string]interface{}{"name": "POSTGRES_DB", "value": "optio"},
					map[string]interface{}{"name": "POSTGRES_USER", "value": "optio"},
					map[string]interface{}{"name": "POSTGRES_PASSWORD", "value": p.Postgresql.Auth.Password},
				},
				"resources": map[string]interface{}{
					"requests": map[string]interface{}{"cpu": "100m", "memory": "256Mi"},
					"limits":   map[string]interface{}{"cpu": "500m", "memory": "512Mi"},
				},
				"volumeMounts": []interface{}{map[string]interface{}{"name": "data", "mountPath": "/var/lib/postgresql/data"}},
			}},
			"volumes": []interface{}{map[string]interface{}{"name": "data", "persistentVolumeClaim": map[string]interface{}{"claimName": "optio-postgres-data"}}},
		},
	}
	if !reflect.DeepEqual(tmpl, want) {
		t.Errorf("Postgres pod template:\n got %s\nwant %s", jsonString(tmpl), jsonString(want))
	}
	// With TLS on, the chart's template gains exactly the TLS parts: the
	// key readable through group 999, which the image's postgres user has.
	p.Postgresql.TLS.Enabled = true
	spec := manifest.Object(testutil.Must(t, testutil.Objects(t, p), "Deployment/optio-postgres").Get("spec", "template", "spec").(map[string]interface{}))
	if got := spec.Get("securityContext"); !reflect.DeepEqual(got, map[string]interface{}{"fsGroup": float64(999)}) {
		t.Errorf("TLS on: securityContext = %v, want only fsGroup 999", got)
	}
	if got := jsonString(spec.Get("containers", 0, "args")); got != `["-c","ssl=on","-c","ssl_cert_file=/etc/postgres-tls/tls.crt","-c","ssl_key_file=/etc/postgres-tls/tls.key","-c","ssl_min_protocol_version=TLSv1.3"]` {
		t.Errorf("TLS on: args = %s", got)
	}
	if got := spec.Get("volumes", 1, "secret", "defaultMode"); got != float64(0o440) {
		t.Errorf("TLS on: key file mode = %v, want 0440", got)
	}
	w := strings.Join(p.Warnings(), "\n")
	if !strings.Contains(w, "helmChartSelectors: pods are selected by the Helm chart's fixed app: labels") {
		t.Errorf("no warning that releases cannot share the namespace:\n%s", w)
	}
}

// TestClusterScopedNamesPerNamespace: one release name in two namespaces
// gives two ClusterRoles and ClusterRoleBindings, each bound to its own
// namespace's ServiceAccount, so applying one never re-points the other.
func TestClusterScopedNamesPerNamespace(t *testing.T) {
	names := map[string]string{}
	for _, ns := range []string{"team-a", "team-b"} {
		p := testutil.ValidProps()
		p.Namespace = ns
		objs := testutil.Objects(t, p)
		crb := testutil.Must(t, objs, "ClusterRoleBinding/optio-"+ns+"-node-reader")
		if crb.Get("subjects", 0, "namespace") != ns || crb.Get("roleRef", "name") != "optio-"+ns+"-node-reader" {
			t.Errorf("%s: binding = %v", ns, crb)
		}
		names[ns] = crb.Name()
	}
	if names["team-a"] == names["team-b"] {
		t.Errorf("both namespaces use %s", names["team-a"])
	}
}

func TestCreateNamespace(t *testing.T) {
	p := testutil.ValidProps()
	p.CreateNamespace = false
	objs := testutil.Objects(t, p)
	if _, ok := objs["Namespace/optio"]; ok {
		t.Error("createNamespace: false emitted the Namespace")
	}
	testutil.Must(t, objs, "Deployment/optio-api")
}

// TestQuantitiesAreCanonical: quantities are written as the API server
// stores them, so GitOps tools see no difference after apply.
func TestQuantitiesAreCanonical(t *testing.T) {
	p := testutil.ValidProps()
	p.API.Resources = values.ResourcesValues{
		Requests: values.ResourceList{"cpu": "0.5", "memory": "1024Mi"},
		Limits:   values.ResourceList{"cpu": "1000m", "memory": "2048Mi"},
	}
	p.Postgresql.Storage.Size = "5120Mi"
	p.ResourceQuota.Enabled = true
	p.ResourceQuota.Hard = values.ResourceList{"limits.cpu": "16000m", "pods": "50"}
	objs := testutil.Objects(t, p)
	c := container(t, testutil.Must(t, objs, "Deployment/optio-api"))
	for path, want := range map[string]string{"requests.cpu": "500m", "requests.memory": "1Gi", "limits.cpu": "1", "limits.memory": "2Gi"} {
		if got := c.Get(append([]interface{}{"resources"}, splitPath(path)...)...); got != want {
			t.Errorf("resources.%s = %v, want %s", path, got, want)
		}
	}
	if got := testutil.Must(t, objs, "PersistentVolumeClaim/optio-postgres-data").Get("spec", "resources", "requests", "storage"); got != "5Gi" {
		t.Errorf("storage = %v, want 5Gi", got)
	}
	if got := testutil.Must(t, objs, "ResourceQuota/optio-quota").Get("spec", "hard", "limits.cpu"); got != "16" {
		t.Errorf("quota limits.cpu = %v, want 16", got)
	}
}

// TestDataVolumeIsProtected: the data PVC carries the annotations that keep
// Argo CD and Flux from pruning or deleting it.
func TestDataVolumeIsProtected(t *testing.T) {
	pvc := testutil.Must(t, testutil.Objects(t, testutil.ValidProps()), "PersistentVolumeClaim/optio-postgres-data")
	want := map[string]interface{}{"argocd.argoproj.io/sync-options": "Prune=false,Delete=false", "kustomize.toolkit.fluxcd.io/prune": "disabled"}
	if got := pvc.Get("metadata", "annotations"); !reflect.DeepEqual(got, want) {
		t.Errorf("PVC annotations = %v, want %v", got, want)
	}
}

// TestReleaseValidate names each problem of a Release by its path.
func TestReleaseValidate(t *testing.T) {
	errs := values.Release{Name: "Bad_Name", Namespace: "No"}.Validate(field.NewPath("release"))
	got := []string{}
	for _, e := range errs {
		got = append(got, e.Field)
	}
	if !reflect.DeepEqual(got, []string{"release.name", "release.namespace"}) {
		t.Errorf("errors at %v: %v", got, errs)
	}
	if errs := (values.Release{Name: strings.Repeat("a", 44)}).Validate(field.NewPath("r")); len(errs) != 0 {
		t.Errorf("44 characters: %v", errs)
	}
	if errs := (values.Release{Name: strings.Repeat("a", 45)}).Validate(field.NewPath("r")); len(errs) != 1 {
		t.Errorf("45 characters: %v, want the derived name R-agent-pvc-template too long", errs)
	}
}

// TestConstructsApplyTheServerRules: a construct used alone checks the API
// server's rules on its own props (tolerations, security contexts, resource
// names, Ingress paths), not only the chart.
func TestConstructsApplyTheServerRules(t *testing.T) {
	api := optio.DefaultOptioApiProps()
	api.Values.Tolerations = []values.Toleration{{Operator: "Equal", Value: "x"}}
	api.Values.PodSecurityContext.RunAsUser = new(int64(-1))
	api.Values.Resources.Requests["example.com/gpu"] = "1" // no limit: extended resources cannot be overcommitted
	ing := optio.DefaultOptioIngressProps()
	ing.Values.Hosts[0].Paths[0].Path = "/a//b"
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("c"), nil)
	_, apiErr := optio.NewOptioApi(chart, "api", &api)
	_, ingErr := optio.NewOptioIngress(chart, "ingress", &ing)
	for err, want := range map[error][]string{
		apiErr: {"values.tolerations[0].operator", "values.podSecurityContext.runAsUser", "values.resources.limits.example.com/gpu"},
		ingErr: {"values.hosts[0].paths[0].path"},
	} {
		for _, w := range want {
			if err == nil || !strings.Contains(err.Error(), w) {
				t.Errorf("err = %v, want an error at %s", err, w)
			}
		}
	}
}

// TestInvalidPropsErrorNamesTheConstruct: with several constructs in one
// app, the error says which one failed.
func TestInvalidPropsErrorNamesTheConstruct(t *testing.T) {
	chart := cdk8s.NewChart(cdk8s.NewApp(nil), jsii.String("c"), nil)
	_, err := optio.NewInClusterRedis(chart, "cache", &optio.InClusterRedisProps{})
	var ip *optio.InvalidPropsError
	if !errors.As(err, &ip) || ip.Construct != "InClusterRedis" || ip.ID != "cache" ||
		!strings.HasPrefix(err.Error(), `InClusterRedis "cache": invalid props: [release.name: Required value`) {
		t.Errorf("err = %v", err)
	}
}

// TestAgentRbacNeedsANamespace: without a namespace of its own or its
// chart's, the bindings could not name the ServiceAccount's namespace.
func TestAgentRbacNeedsANamespace(t *testing.T) {
	chart := cdk8s.NewChart(cdk8s.NewApp(nil), jsii.String("c"), nil)
	_, err := optio.NewAgentRbac(chart, "rbac", nil)
	if err == nil || !strings.Contains(err.Error(), "release.namespace: Required value") {
		t.Errorf("err = %v, want release.namespace required", err)
	}
	if n := len(*chart.Node().Children()); n != 0 {
		t.Errorf("added %d constructs", n)
	}
}
