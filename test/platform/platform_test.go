package platform_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	rbacv1 "k8s.io/api/rbac/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/util/validation/field"
	k8syaml "k8s.io/apimachinery/pkg/util/yaml"

	"example.com/platform"
	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// teams are the two teams of the tests: alpha with the whole stack in its
// release, beta with its Redis in the platform's data namespace.
var teams = []platform.Team{
	{Name: "alpha", Namespace: "team-alpha", Host: "optio.alpha.acme.dev", GithubClientID: "Iv1.alpha"},
	{Name: "beta", Namespace: "team-beta", Host: "optio.beta.acme.dev", GithubClientID: "Iv1.beta", RedisInDataNamespace: true},
}

// object is one synthesized object and the file it is in (without the
// NNNN- prefix and .k8s.yaml: platform, data, alpha, beta).
type object struct {
	file string
	*unstructured.Unstructured
}

func (o object) id() string { return o.GetKind() + " " + o.GetNamespace() + "/" + o.GetName() }

// synthesized is the platform of teams, synthesized once into a folder as
// `cdk8s synth` does, with the bytes of each file.
type synthesized struct {
	pf      *platform.Platform
	files   map[string][]byte
	objects []object
}

var (
	once   sync.Once
	result synthesized
	errRun error
)

// synth builds and synthesizes the platform of teams (once per test binary).
func synth(t *testing.T) synthesized {
	t.Helper()
	once.Do(func() { result, errRun = build(t.TempDir()) })
	if errRun != nil {
		t.Fatal(errRun)
	}
	return result
}

func build(dir string) (synthesized, error) {
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(dir)})
	pf, err := platform.Build(app, teams)
	if err != nil {
		return synthesized{}, err
	}
	app.Synth()
	paths, err := filepath.Glob(filepath.Join(dir, "*.k8s.yaml"))
	if err != nil {
		return synthesized{}, err
	}
	s := synthesized{pf: pf, files: map[string][]byte{}}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return synthesized{}, err
		}
		s.files[filepath.Base(p)] = b
		file := strings.TrimSuffix(filepath.Base(p), ".k8s.yaml")
		file = file[strings.Index(file, "-")+1:]
		dec := k8syaml.NewYAMLOrJSONDecoder(bytes.NewReader(b), 4096)
		for {
			u := &unstructured.Unstructured{}
			if err := dec.Decode(&u.Object); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				return synthesized{}, err
			}
			if len(u.Object) > 0 {
				s.objects = append(s.objects, object{file, u})
			}
		}
	}
	return s, nil
}

// in returns the objects of a file.
func (s synthesized) in(file string) []object {
	var out []object
	for _, o := range s.objects {
		if o.file == file {
			out = append(out, o)
		}
	}
	return out
}

// get returns the object of a file with this kind and name.
func (s synthesized) get(t *testing.T, file, kind, name string) object {
	t.Helper()
	for _, o := range s.in(file) {
		if o.GetKind() == kind && o.GetName() == name {
			return o
		}
	}
	t.Fatalf("%s: no %s %s", file, kind, name)
	return object{}
}

// typed converts an object into its Kubernetes Go type.
func typed[T any](t *testing.T, o object) *T {
	t.Helper()
	out := new(T)
	if err := runtime.DefaultUnstructuredConverter.FromUnstructured(o.Object, out); err != nil {
		t.Fatalf("%s: %v", o.id(), err)
	}
	return out
}

// clusterScoped are the kinds without a namespace that the platform emits.
var clusterScoped = map[string]bool{"Namespace": true, "PriorityClass": true, "ClusterRole": true, "ClusterRoleBinding": true}

// TestObjects pins the files and the set of objects in each: the
// platform's own chart, the lone Redis in the data chart, and the two
// releases (beta without its in-cluster Redis).
func TestObjects(t *testing.T) {
	s := synth(t)
	var files []string
	for f := range s.files {
		files = append(files, f)
	}
	slices.Sort(files)
	if want := []string{"0000-platform.k8s.yaml", "0001-data.k8s.yaml", "0002-alpha.k8s.yaml", "0003-beta.k8s.yaml"}; !slices.Equal(files, want) {
		t.Errorf("files = %v, want %v", files, want)
	}
	release := func(ns string, redis bool) []string {
		ids := []string{
			"Namespace /" + ns,
			"ConfigMap " + ns + "/optio-config",
			"ConfigMap " + ns + "/optio-agent-pvc-template",
			"ServiceAccount " + ns + "/optio",
			"Role " + ns + "/optio-pod-manager",
			"RoleBinding " + ns + "/optio-pod-manager",
			"ClusterRole /optio-" + ns + "-node-reader",
			"ClusterRoleBinding /optio-" + ns + "-node-reader",
			"PersistentVolumeClaim " + ns + "/optio-postgres-data",
			"Deployment " + ns + "/optio-postgres",
			"Service " + ns + "/optio-postgres",
		}
		if redis {
			ids = append(ids, "Deployment "+ns+"/optio-redis", "Service "+ns+"/optio-redis")
		}
		// The keygen Job of the TLS key material, then the assistant of
		// Optio 0.4.0 and the Service closing the internal paths.
		return append(ids,
			"ServiceAccount "+ns+"/optio-keygen", "Role "+ns+"/optio-keygen", "RoleBinding "+ns+"/optio-keygen",
			"ConfigMap "+ns+"/optio-keygen", "Job "+ns+"/optio-keygen-*",
			"Deployment "+ns+"/optio-api", "Service "+ns+"/optio-api",
			"Deployment "+ns+"/optio-web", "Service "+ns+"/optio-web",
			"Deployment "+ns+"/optio-optio",
			"Ingress "+ns+"/optio-ingress", "Service "+ns+"/optio-internal-closed")
	}
	for _, c := range []struct {
		file string
		want []string
	}{
		{"platform", []string{"Namespace /platform-data", "PriorityClass /optio-critical"}},
		{"data", []string{"Deployment platform-data/beta-redis", "Service platform-data/beta-redis"}},
		{"alpha", release("team-alpha", true)},
		{"beta", release("team-beta", false)},
	} {
		var got []string
		for _, o := range s.in(c.file) {
			id := o.id()
			if o.GetKind() == "Job" && strings.Contains(id, "/optio-keygen-") {
				id = id[:strings.LastIndex(id, "-")+1] + "*"
			}
			got = append(got, id)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s holds (in this order)\n%s\nwant\n%s", c.file, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
	}
}

// TestNamespaces: every namespaced object is in its chart's namespace (the
// lone Redis, whose Release.Namespace is empty, inherits the data chart's),
// cluster-scoped objects have none, and the RBAC subjects name the team's
// namespace.
func TestNamespaces(t *testing.T) {
	s := synth(t)
	want := map[string]string{"platform": "", "data": platform.DataNamespace, "alpha": "team-alpha", "beta": "team-beta"}
	for _, o := range s.objects {
		ns := want[o.file]
		if clusterScoped[o.GetKind()] {
			ns = ""
		}
		if o.GetNamespace() != ns {
			t.Errorf("%s (%s): namespace %q, want %q", o.id(), o.file, o.GetNamespace(), ns)
		}
	}
	for _, team := range teams {
		for _, kind := range []string{"RoleBinding", "ClusterRoleBinding"} {
			name := "optio-pod-manager"
			if kind == "ClusterRoleBinding" {
				name = "optio-" + team.Namespace + "-node-reader"
			}
			var subjects []rbacv1.Subject
			if kind == "RoleBinding" {
				subjects = typed[rbacv1.RoleBinding](t, s.get(t, team.Name, kind, name)).Subjects
			} else {
				subjects = typed[rbacv1.ClusterRoleBinding](t, s.get(t, team.Name, kind, name)).Subjects
			}
			if want := []rbacv1.Subject{{Kind: "ServiceAccount", Name: "optio", Namespace: team.Namespace}}; !slices.Equal(subjects, want) {
				t.Errorf("%s %s subjects = %+v, want %+v", team.Name, kind, subjects, want)
			}
		}
	}
	// The lone construct resolved the chart's namespace for its labels too.
	rd := s.pf.Redis["beta"]
	if got := *rd.Deployment.Metadata().GetLabel(jsii.String(values.ReleaseNamespaceLabel)); got != platform.DataNamespace {
		t.Errorf("lone Redis: %s = %q, want %q", values.ReleaseNamespaceLabel, got, platform.DataNamespace)
	}
	// OptioChart.Props reports the namespace taken from ChartProps.
	for _, team := range teams {
		if got := s.pf.Releases[team.Name].Props.Namespace; got != team.Namespace {
			t.Errorf("%s: Props.Namespace = %q, want %q", team.Name, got, team.Namespace)
		}
	}
}

// TestLabels: the chart labels reach every object of their chart, and only
// theirs; the release labels name the release and its namespace.
func TestLabels(t *testing.T) {
	s := synth(t)
	for _, o := range s.objects {
		l := o.GetLabels()
		if l[platform.OwnerLabel] != platform.Owner {
			t.Errorf("%s (%s): %s = %q, want %q", o.id(), o.file, platform.OwnerLabel, l[platform.OwnerLabel], platform.Owner)
		}
		wantTeam, wantTier, wantInstance, wantReleaseNS := "", "", "", ""
		switch o.file {
		case "data":
			wantTier, wantInstance, wantReleaseNS = "data", "beta", platform.DataNamespace
		case "alpha", "beta":
			wantTeam, wantInstance, wantReleaseNS = o.file, platform.ReleaseName, "team-"+o.file
			if o.GetKind() == "Namespace" {
				// The Namespace may be shared: no release labels.
				wantInstance, wantReleaseNS = "", ""
			}
		}
		for _, c := range []struct{ key, want string }{
			{platform.TeamLabel, wantTeam},
			{platform.TierLabel, wantTier},
			{"app.kubernetes.io/instance", wantInstance},
			{values.ReleaseNamespaceLabel, wantReleaseNS},
		} {
			if got, ok := l[c.key]; got != c.want || ok != (c.want != "") {
				t.Errorf("%s (%s): label %s = %q (set: %v), want %q", o.id(), o.file, c.key, got, ok, c.want)
			}
		}
	}
}

// TestEscapeHatch: the JSON patch and the annotation added through
// OptioChart.API.Deployment are in each team's API Deployment, next to
// what the construct wrote, and nowhere else.
func TestEscapeHatch(t *testing.T) {
	s := synth(t)
	s.get(t, "platform", "PriorityClass", platform.PriorityClass)
	for _, team := range teams {
		api := typed[appsv1.Deployment](t, s.get(t, team.Name, "Deployment", "optio-api"))
		if got := api.Spec.Template.Spec.PriorityClassName; got != platform.PriorityClass {
			t.Errorf("%s API: priorityClassName = %q, want %q", team.Name, got, platform.PriorityClass)
		}
		if got := api.Annotations[platform.ReloaderAnnotation]; got != platform.SecretName {
			t.Errorf("%s API: annotation %s = %q, want %q", team.Name, platform.ReloaderAnnotation, got, platform.SecretName)
		}
		// The construct's own fields are still there.
		c := api.Spec.Template.Spec.Containers
		if len(c) != 1 || c[0].Image != "ghcr.io/acme/optio-api:"+platform.ImageTag || api.Spec.Template.Annotations["checksum/config"] == "" {
			t.Errorf("%s API: the patch lost the construct's fields: containers %+v, pod annotations %v", team.Name, c, api.Spec.Template.Annotations)
		}
		web := typed[appsv1.Deployment](t, s.get(t, team.Name, "Deployment", "optio-web"))
		if web.Spec.Template.Spec.PriorityClassName != "" || web.Annotations[platform.ReloaderAnnotation] != "" {
			t.Errorf("%s web: patched too: priorityClassName %q, annotations %v", team.Name, web.Spec.Template.Spec.PriorityClassName, web.Annotations)
		}
	}
}

// TestClusterScopedNames: the two releases share the release name "optio",
// yet their ClusterRoles and bindings have distinct names (carrying the
// namespace), each bound to its own ServiceAccount; the typed fields give
// the same names as the YAML.
func TestClusterScopedNames(t *testing.T) {
	s := synth(t)
	seen := map[string]string{}
	for _, team := range teams {
		rbac := s.pf.Releases[team.Name].RBAC
		name := *rbac.ClusterRole.Name()
		if want := "optio-" + team.Namespace + "-node-reader"; name != want {
			t.Errorf("%s: ClusterRole %q, want %q", team.Name, name, want)
		}
		if other, ok := seen[name]; ok {
			t.Errorf("ClusterRole %q of %s is also %s's", name, team.Name, other)
		}
		seen[name] = team.Name
		crb := typed[rbacv1.ClusterRoleBinding](t, s.get(t, team.Name, "ClusterRoleBinding", *rbac.ClusterRoleBinding.Name()))
		if crb.RoleRef.Name != name {
			t.Errorf("%s: ClusterRoleBinding binds %q, want %q", team.Name, crb.RoleRef.Name, name)
		}
	}
}

// TestNoCollision: no two objects of the whole app share apiVersion, kind,
// namespace and name (what `kubectl apply -f` of the folder would merge).
func TestNoCollision(t *testing.T) {
	s := synth(t)
	where := map[string]string{}
	for _, o := range s.objects {
		key := o.GetAPIVersion() + " " + o.id()
		if f, ok := where[key]; ok {
			t.Errorf("%s is in %s and %s", key, f, o.file)
		}
		where[key] = o.file
	}
	if len(where) != len(s.objects) || len(s.objects) != 2+2+25+23 {
		t.Errorf("%d objects, %d distinct, want 52", len(s.objects), len(where))
	}
}

// TestRedisInDataNamespace: beta's API reaches the lone Redis by the URL
// Build derives from the construct's release, and that Service exists,
// selecting the Redis pods; alpha keeps its in-cluster Redis.
func TestRedisInDataNamespace(t *testing.T) {
	s := synth(t)
	for _, c := range []struct{ team, url string }{
		{"alpha", "rediss://optio-redis:6379"}, // TLS on by default (docs/security.md)
		{"beta", "redis://beta-redis.platform-data.svc:6379"},
	} {
		cm := typed[corev1.ConfigMap](t, s.get(t, c.team, "ConfigMap", "optio-config"))
		if got := cm.Data["REDIS_URL"]; got != c.url {
			t.Errorf("%s: REDIS_URL = %q, want %q", c.team, got, c.url)
		}
	}
	if got := platform.DataRedisURL("beta"); got != "redis://beta-redis.platform-data.svc:6379" {
		t.Errorf("DataRedisURL(beta) = %q", got)
	}
	rd := s.pf.Redis["beta"]
	if name, ns := *rd.Service.Name(), *rd.Service.Metadata().Namespace(); name != "beta-redis" || ns != platform.DataNamespace {
		t.Errorf("lone Redis Service is %s/%s", ns, name)
	}
	svc := typed[corev1.Service](t, s.get(t, "data", "Service", "beta-redis"))
	dep := typed[appsv1.Deployment](t, s.get(t, "data", "Deployment", "beta-redis"))
	if len(svc.Spec.Ports) != 1 || svc.Spec.Ports[0].Port != values.RedisPort {
		t.Errorf("beta-redis ports = %+v, want %d", svc.Spec.Ports, values.RedisPort)
	}
	for k, v := range svc.Spec.Selector {
		if dep.Spec.Template.Labels[k] != v {
			t.Errorf("Service beta-redis selects %s=%s, the pods have %q", k, v, dep.Spec.Template.Labels[k])
		}
	}
	if len(svc.Spec.Selector) == 0 {
		t.Error("Service beta-redis has no selector")
	}
	if s.pf.Releases["beta"].Redis != nil || s.pf.Releases["alpha"].Redis == nil {
		t.Error("OptioChart.Redis: want nil for beta (redis.enabled false) and set for alpha")
	}
}

// TestWarnings: the warnings of both releases reach the library user,
// prefixed with the team; with pinned images, TLS and existingSecret, only
// the assistant's namespace one (Optio 0.4.0 looks for it in "optio") is left.
func TestWarnings(t *testing.T) {
	s := synth(t)
	if len(s.pf.Warnings) != 2 {
		t.Fatalf("warnings = %q, want one per team", s.pf.Warnings)
	}
	for i, team := range teams {
		w := s.pf.Warnings[i]
		if !strings.HasPrefix(w, team.Name+": optio.enabled: ") || !strings.Contains(w, team.Namespace) || !strings.Contains(w, `"optio"`) {
			t.Errorf("warning %d = %q, want %s's assistant namespace warning", i, w, team.Name)
		}
	}
}

// TestDeterministic: the same teams give the same bytes.
func TestDeterministic(t *testing.T) {
	s := synth(t)
	again, err := build(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for f, b := range s.files {
		if !bytes.Equal(b, again.files[f]) {
			t.Errorf("%s differs between two builds", f)
		}
	}
}

// fieldsOf returns the field paths of every *optio.InvalidPropsError in
// err's tree, each prefixed with the message that wraps it up to its
// team (e.g. "team gamma: namespace").
func fieldsOf(err error) []string {
	var out []string
	var walk func(prefix string, err error)
	walk = func(prefix string, err error) {
		if ip, ok := err.(*optio.InvalidPropsError); ok {
			for _, e := range ip.Errors {
				out = append(out, prefix+e.Field)
			}
			return
		}
		if joined, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range joined.Unwrap() {
				walk(prefix, e)
			}
			return
		}
		if next := errors.Unwrap(err); next != nil {
			msg := err.Error()
			walk(prefix+strings.TrimSuffix(msg, next.Error()), next)
		}
	}
	walk("", err)
	slices.Sort(out)
	return out
}

// TestInvalidTeams: Build reports every invalid value of every team, each
// with its path, and the platform's own rules, and adds nothing to the app.
func TestInvalidTeams(t *testing.T) {
	app := cdk8s.NewApp(nil)
	_, err := platform.Build(app, []platform.Team{
		teams[0],
		{Name: "gamma", Namespace: "Team_Gamma", Host: "", GithubClientID: "Iv1.gamma"},
		{Name: "delta-with-a-name-far-too-long-for-kubernetes", Namespace: "team-delta", Host: "optio.delta.acme.dev", GithubClientID: "Iv1.delta", RedisInDataNamespace: true},
		{Name: "epsilon", Namespace: "team-alpha", Host: "optio.epsilon.acme.dev", GithubClientID: "Iv1.epsilon"},
	})
	if err == nil {
		t.Fatal("Build accepted invalid teams")
	}
	want := []string{
		"team delta-with-a-name-far-too-long-for-kubernetes: redis: release.name",
		"team gamma: ingress.hosts[0].host",
		"team gamma: namespace",
		"team gamma: publicUrl",
	}
	if got := fieldsOf(err); !slices.Equal(got, want) {
		t.Errorf("invalid fields =\n%s\nwant\n%s\n(error: %v)", strings.Join(got, "\n"), strings.Join(want, "\n"), err)
	}
	if msg := err.Error(); !strings.Contains(msg, `teams[3].namespace: Duplicate value: "team-alpha"`) {
		t.Errorf("error lacks the duplicate namespace: %v", err)
	}
	if n := len(*app.Node().Children()); n != 0 {
		t.Errorf("Build added %d constructs to the app before failing", n)
	}
}

// TestInvalidProps: a construct used alone refuses invalid props with
// every error's path and adds nothing to its chart; OptioChart refuses a
// namespace value that contradicts its ChartProps.Namespace.
func TestInvalidProps(t *testing.T) {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("data"), &cdk8s.ChartProps{Namespace: jsii.String(platform.DataNamespace)})
	props := optio.DefaultInClusterRedisProps()
	props.Release.Name = ""
	props.Values.Image.Tag = "7.4 alpine"
	props.Values.Resources.Limits["memory"] = "lots"
	_, err := optio.NewInClusterRedis(chart, "redis", &props)
	var ip *optio.InvalidPropsError
	if !errors.As(err, &ip) {
		t.Fatalf("NewInClusterRedis: %v, want an *InvalidPropsError", err)
	}
	var got []string
	for _, e := range ip.Errors {
		got = append(got, e.Field)
	}
	slices.Sort(got)
	if want := []string{"release.name", "values.image.tag", "values.resources.limits.memory"}; !slices.Equal(got, want) {
		t.Errorf("fields = %v, want %v (%v)", got, want, err)
	}
	if n := len(*chart.Node().Children()); n != 0 {
		t.Errorf("NewInClusterRedis added %d constructs with invalid props", n)
	}

	// DefaultProps' namespace value is "optio": with ChartProps.Namespace
	// set to another, the two contradict each other.
	p := optio.DefaultProps()
	p.ExistingSecret = platform.SecretName
	p.Auth.Github.ClientID = "Iv1.x"
	p.PublicURL = "https://optio.example.com"
	p.ChartProps.Namespace = jsii.String("team-x")
	_, err = optio.NewOptioChart(app, "x", &p)
	if !errors.As(err, &ip) || len(ip.Errors) != 1 || ip.Errors[0].Field != "namespace" || ip.Errors[0].Type != field.ErrorTypeInvalid {
		t.Fatalf("NewOptioChart with a contradicting namespace: %v", err)
	}
	if !strings.Contains(err.Error(), "ChartProps.Namespace") {
		t.Errorf("the error does not say which setting contradicts: %v", err)
	}
	if n := len(*app.Node().Children()); n != 1 {
		t.Errorf("the app has %d charts, want only the data chart", n)
	}
}
