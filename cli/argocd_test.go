package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"

	"sigs.k8s.io/yaml"

	"github.com/optio-cdk8s/optio-cdk8s/manifest"
)

// argoPlugin is argocd/plugin.yaml, read strictly (a field this test does
// not know fails it).
type argoPlugin struct {
	APIVersion string `json:"apiVersion"`
	Kind       string `json:"kind"`
	Metadata   struct {
		Name string `json:"name"`
	} `json:"metadata"`
	Spec struct {
		Version  string `json:"version"`
		Generate struct {
			Command []string `json:"command"`
			Args    []string `json:"args"`
		} `json:"generate"`
		Parameters struct {
			Static []struct {
				Name           string            `json:"name"`
				Title          string            `json:"title"`
				CollectionType string            `json:"collectionType"`
				Array          []string          `json:"array"`
				Map            map[string]string `json:"map"`
			} `json:"static"`
		} `json:"parameters"`
	} `json:"spec"`
}

// argoParam is one plugin parameter of an Application
// (spec.source.plugin.parameters).
type argoParam struct {
	Name   string            `json:"name"`
	String *string           `json:"string,omitempty"`
	Array  []string          `json:"array,omitempty"`
	Map    map[string]string `json:"map,omitempty"`
}

// argoApp is what Argo CD tells the plugin about an Application.
type argoApp struct {
	name, namespace, sourcePath string
	env                         map[string]string // spec.source.plugin.env
	params                      []argoParam
}

// environ is the environment Argo CD gives the plugin's generate command
// for app: the build environment (ARGOCD_APP_*), the Application's plugin
// env prefixed with ARGOCD_ENV_, and the parameters as ARGOCD_APP_PARAMETERS
// and PARAM_* variables, named as Argo CD v3.5.1 names them
// (ApplicationSourcePluginParameters.Environ).
func (app argoApp) environ(t *testing.T) []string {
	t.Helper()
	env := []string{
		"ARGOCD_APP_NAME=" + app.name,
		"ARGOCD_APP_NAMESPACE=" + app.namespace,
		"ARGOCD_APP_PROJECT_NAME=default",
		"ARGOCD_APP_REVISION=f913b6cbf58aa5ae5ca1f8a2b149477aebcbd9d8",
		"ARGOCD_APP_REVISION_SHORT=f913b6c",
		"ARGOCD_APP_REVISION_SHORT_8=f913b6cb",
		"ARGOCD_APP_SOURCE_PATH=" + app.sourcePath,
		"ARGOCD_APP_SOURCE_REPO_URL=https://git.example.com/platform/optio.git",
		"ARGOCD_APP_SOURCE_TARGET_REVISION=HEAD",
		"KUBE_VERSION=1.28.0",
		"KUBE_API_VERSIONS=v1,apps/v1",
	}
	for k, v := range app.env {
		env = append(env, "ARGOCD_ENV_"+k+"="+v)
	}
	if app.params == nil {
		return env
	}
	b, err := json.Marshal(app.params)
	if err != nil {
		t.Fatal(err)
	}
	env = append(env, "ARGOCD_APP_PARAMETERS="+string(b))
	escape := func(s string) string {
		return regexp.MustCompile("[^A-Z0-9_]").ReplaceAllString(strings.ToUpper(s), "_")
	}
	for _, p := range app.params {
		base := "PARAM_" + escape(p.Name)
		if p.String != nil {
			env = append(env, base+"="+*p.String)
		}
		for k, v := range p.Map {
			env = append(env, base+"_"+escape(k)+"="+v)
		}
		for i, v := range p.Array {
			env = append(env, fmt.Sprintf("%s_%d=%s", base, i, v))
		}
	}
	return env
}

// argoSidecar runs the generate command of argocd/plugin.yaml the way an
// Argo CD sidecar does: as a user other than the files' owner (uid 65534
// when the test runs as root), in the Application's folder of a copy of the
// repository, with a HOME it cannot write and only TMPDIR writable.
type argoSidecar struct {
	argv             []string
	bin, node        string
	home, tmpdir     string
	root             string // readable by all; holds the repository
	asOther          bool
	extraEnv         []string
	checkCleanTmpdir bool
}

func newArgoSidecar(t *testing.T) *argoSidecar {
	t.Helper()
	bin := binary(t)
	b, err := os.ReadFile("../argocd/plugin.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var plugin argoPlugin
	if err := yaml.UnmarshalStrict(b, &plugin); err != nil {
		t.Fatal(err)
	}
	if plugin.APIVersion != "argoproj.io/v1alpha1" || plugin.Kind != "ConfigManagementPlugin" || plugin.Metadata.Name != "optio-cdk8s" || plugin.Spec.Version != "v1" {
		t.Errorf("plugin header: %+v", plugin)
	}
	// The announced parameters are the ones the command reads, with its
	// defaults.
	var announced []string
	for _, p := range plugin.Spec.Parameters.Static {
		announced = append(announced, p.Name+":"+p.CollectionType)
		if p.Name == paramValuesFiles && !slices.Equal(p.Array, []string{defaultValuesFile}) {
			t.Errorf("values-files announced with the default %q", p.Array)
		}
	}
	if want := []string{paramValuesFiles + ":array", paramSet + ":map", paramSetString + ":map"}; !slices.Equal(announced, want) {
		t.Errorf("announced parameters %q, want %q", announced, want)
	}
	argv := append(plugin.Spec.Generate.Command, plugin.Spec.Generate.Args...)
	if len(argv) < 1 {
		t.Fatalf("generate command: %q", argv)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal(err)
	}
	root, err := os.MkdirTemp("", "optio-argocd-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	os.Chmod(root, 0o755)
	s := &argoSidecar{argv: argv, bin: bin, root: root, asOther: os.Geteuid() == 0}
	s.home = s.mkdir(t, "home", 0o555)
	s.tmpdir = s.mkdir(t, "tmp", 0o700)
	if s.asOther {
		if err := os.Chown(s.tmpdir, 65534, 65534); err != nil {
			t.Fatal(err)
		}
	}
	if s.asOther && reachableByOthers(node) != nil {
		// Node.js in a private folder (scripts/node.sh puts it under
		// ~/.cache): give the other user a link to it, or a copy.
		shared := filepath.Join(s.mkdir(t, "node", 0o755), "node")
		if err := os.Link(node, shared); err != nil {
			if err := copyFile(node, shared); err != nil {
				t.Fatal(err)
			}
		}
		node = shared
	}
	s.node = node
	if s.asOther {
		for _, p := range []string{bin, node, root} {
			if err := reachableByOthers(p); err != nil {
				t.Fatalf("uid 65534 cannot reach %s (%v); run the tests with TMPDIR and Node.js where every user can", p, err)
			}
		}
	}
	return s
}

// mkdir makes a folder below the sidecar's root with mode.
func (s *argoSidecar) mkdir(t *testing.T, name string, mode os.FileMode) string {
	t.Helper()
	p := filepath.Join(s.root, name)
	if err := os.MkdirAll(p, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, mode); err != nil {
		t.Fatal(err)
	}
	return p
}

// generate runs the plugin for app, whose source path is below the
// repository folder repo.
func (s *argoSidecar) generate(t *testing.T, repo string, app argoApp, env ...string) result {
	t.Helper()
	// The program is looked up on the sidecar's PATH, as its shell would.
	path := s.argv[0]
	for _, dir := range []string{filepath.Dir(s.bin), filepath.Dir(s.node), "/usr/bin", "/bin"} {
		if p := filepath.Join(dir, s.argv[0]); !strings.Contains(path, "/") {
			if _, err := os.Stat(p); err == nil {
				path = p
			}
		}
	}
	cmd := exec.Command(path, s.argv[1:]...)
	cmd.Args[0] = s.argv[0]
	cmd.Dir = filepath.Join(repo, filepath.FromSlash(app.sourcePath))
	cmd.Env = append(append([]string{
		"PATH=" + filepath.Dir(s.bin) + ":" + filepath.Dir(s.node) + ":/usr/bin:/bin",
		"HOME=" + s.home,
		"TMPDIR=" + s.tmpdir,
		"JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20",
	}, app.environ(t)...), env...)
	if s.asOther {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	r := runCmd(t, cmd)
	assertNoPanic(t, r.stderr)
	assertClean(t, s.tmpdir)
	if got := entries(t, s.home); len(got) > 0 {
		t.Errorf("written into HOME: %v", got)
	}
	return r
}

// TestArgoCDPlugin runs the generate command of argocd/plugin.yaml as Argo
// CD does (see argoSidecar), with Argo CD's environment variables: the
// release is the Application's name, the namespace its destination unless
// the values set one, values files and --set entries come from the plugin
// parameters, and every error fails the generation with nothing on stdout.
func TestArgoCDPlugin(t *testing.T) {
	s := newArgoSidecar(t)
	repo := s.mkdir(t, "repo", 0o755)
	writeFile(t, repo, "base.yaml", "existingSecret: optio-secrets\nauth: {github: {clientId: id}}\npublicUrl: https://optio.example.com\n")
	writeFile(t, s.root, "outside.yaml", "existingSecret: stolen\n")
	validApp := s.mkdir(t, "repo/apps/valid", 0o755)
	writeFile(t, validApp, "values.yaml", "existingSecret: optio-secrets\nauth: {github: {clientId: id}}\npublicUrl: https://optio.example.com\n")
	if err := os.Symlink("../../../outside.yaml", filepath.Join(validApp, "link.yaml")); err != nil {
		t.Fatal(err)
	}
	ownNS := s.mkdir(t, "repo/apps/own-namespace", 0o755)
	writeFile(t, ownNS, "values.yaml", "existingSecret: optio-secrets\nauth: {github: {clientId: id}}\npublicUrl: https://optio.example.com\nnamespace: shared\n")
	layered := s.mkdir(t, "repo/apps/layered", 0o755)
	writeFile(t, layered, "values.yaml", "api: {replicas: 2}\n")
	badApp := s.mkdir(t, "repo/apps/bad", 0o755)
	writeFile(t, badApp, "values.yaml", "existingSecret: optio-secrets\nauth: {github: {clientId: id}}\npublicUrl: https://optio.example.com\napi: {replicas: many}\n")
	s.mkdir(t, "repo/apps/empty", 0o755)

	// objects parses a successful run and checks that every object is of
	// the release, in the namespace.
	objects := func(t *testing.T, r result, release, namespace string) []manifest.Object {
		t.Helper()
		if r.code != 0 {
			t.Fatalf("exit %d:\n%s", r.code, r.stderr)
		}
		objs, err := manifest.Parse([]byte(r.stdout))
		if err != nil || len(objs) < 5 {
			t.Fatalf("stdout is not a YAML stream of objects (%d, %v):\n%s", len(objs), err, r.stdout)
		}
		for _, o := range objs {
			if o.Kind() == "" || o.Get("apiVersion") == nil || (o.Kind() != "Namespace" && o.Get("metadata", "labels", "app.kubernetes.io/instance") != release) {
				t.Errorf("object %s (apiVersion %v) is not of release %s", o.ID(), o.Get("apiVersion"), release)
			}
			ns := o.Namespace()
			if o.Kind() == "Namespace" {
				ns = o.Name()
			}
			if !strings.HasPrefix(o.Kind(), "Cluster") && ns != namespace {
				t.Errorf("object %s in namespace %q, want %q", o.ID(), ns, namespace)
			}
		}
		return objs
	}

	t.Run("valid", func(t *testing.T) {
		r := s.generate(t, repo, argoApp{name: "team-a", namespace: "optio-team-a", sourcePath: "apps/valid"})
		objects(t, r, "team-a", "optio-team-a")
		// stdout is the YAML stream and nothing else: byte for byte what a
		// plain run prints for that release and namespace.
		plain := runCmd(t, command(t, validApp, t.TempDir(), nil, "--stdout", "--release-name", "team-a", "-n", "optio-team-a"))
		if plain.code != 0 || r.stdout != plain.stdout {
			t.Errorf("plugin stdout differs from a plain --stdout run (exit %d)", plain.code)
		}
		if !strings.Contains(r.stdout, "\n  name: team-a-api\n") {
			t.Error("no Deployment team-a-api")
		}
	})
	t.Run("namespace from the values", func(t *testing.T) {
		r := s.generate(t, repo, argoApp{name: "team-a", namespace: "optio-team-a", sourcePath: "apps/own-namespace"})
		objects(t, r, "team-a", "shared")
	})
	t.Run("Application outside Argo CD's namespace", func(t *testing.T) {
		// Argo CD passes "<namespace>_<name>".
		r := s.generate(t, repo, argoApp{name: "apps_team-a", namespace: "optio-team-a", sourcePath: "apps/valid"})
		objects(t, r, "team-a", "optio-team-a")
	})
	t.Run("RELEASE_NAME", func(t *testing.T) {
		r := s.generate(t, repo, argoApp{name: "apps_team-a", namespace: "optio-team-a", sourcePath: "apps/valid", env: map[string]string{"RELEASE_NAME": "team-b"}})
		objects(t, r, "team-b", "optio-team-a")
		r = s.generate(t, repo, argoApp{name: "Team_A_Too_Long", namespace: "optio", sourcePath: "apps/valid"})
		if r.code == 0 || r.stdout != "" || !strings.Contains(r.stderr, "release") {
			t.Errorf("an invalid release name: exit %d, stdout %d bytes, stderr:\n%s", r.code, len(r.stdout), r.stderr)
		}
	})
	t.Run("parameters", func(t *testing.T) {
		r := s.generate(t, repo, argoApp{name: "team-c", namespace: "optio-team-c", sourcePath: "apps/layered", params: []argoParam{
			{Name: "values-files", Array: []string{"../../base.yaml", "values.yaml"}},
			{Name: "set", Map: map[string]string{"web.replicas": "3", "ingress.enabled": "true", "ingress.annotations.note": "a,b", "web.podSecurityContext.supplementalGroups": "{1001,1002}"}},
			{Name: "set-string", Map: map[string]string{"postgresql.image.tag": "16.10"}},
		}})
		objs := objects(t, r, "team-c", "optio-team-c")
		want := map[string]struct {
			path []any
			v    any
		}{
			"Deployment/team-c-api":      {[]any{"spec", "replicas"}, float64(2)},                                                                           // values.yaml over base.yaml
			"Deployment/team-c-web":      {[]any{"spec", "replicas"}, float64(3)},                                                                           // set
			"Deployment/team-c-web#":     {[]any{"spec", "template", "spec", "securityContext", "supplementalGroups"}, []any{float64(1001), float64(1002)}}, // a {a,b} list keeps its commas
			"Ingress/team-c-ingress":     {[]any{"metadata", "annotations", "note"}, "a,b"},
			"Deployment/team-c-postgres": {[]any{"spec", "template", "spec", "containers", 0, "image"}, "postgres:16.10"},
		}
		for _, o := range objs {
			for _, id := range []string{o.ID(), o.ID() + "#"} {
				if w, ok := want[id]; ok {
					if got := o.Get(w.path...); !reflect.DeepEqual(got, w.v) {
						t.Errorf("%s %v = %v, want %v", o.ID(), w.path, got, w.v)
					}
					delete(want, id)
				}
			}
		}
		if len(want) > 0 {
			t.Errorf("objects missing: %v", want)
		}
	})
	t.Run("bad parameters", func(t *testing.T) {
		str := "values.yaml"
		for _, c := range []struct {
			params []argoParam
			want   string
		}{
			{[]argoParam{{Name: "values-files", Array: []string{"../../../outside.yaml"}}}, `"../../../outside.yaml" is outside the repository`},
			{[]argoParam{{Name: "values-files", Array: []string{"link.yaml"}}}, `"link.yaml" is outside the repository`},
			{[]argoParam{{Name: "values-files", Array: []string{filepath.Join(s.root, "outside.yaml")}}}, "is an absolute path"},
			{[]argoParam{{Name: "values-files", String: &str}}, "values-files must be an array"},
			{[]argoParam{{Name: "valueFiles", Array: []string{"values.yaml"}}}, `unknown plugin parameter "valueFiles"`},
			{[]argoParam{{Name: "set", Map: map[string]string{"api.replicaz": "3"}}}, "api.replicaz"},
		} {
			r := s.generate(t, repo, argoApp{name: "team-a", namespace: "optio", sourcePath: "apps/valid", params: c.params})
			if r.code == 0 || r.stdout != "" || !strings.Contains(r.stderr, c.want) {
				t.Errorf("%+v: exit %d, stdout %d bytes, stderr:\n%s", c.params, r.code, len(r.stdout), r.stderr)
			}
		}
	})
	t.Run("bad value", func(t *testing.T) {
		r := s.generate(t, repo, argoApp{name: "team-a", namespace: "optio", sourcePath: "apps/bad"})
		if r.code == 0 || r.stdout != "" || !strings.Contains(r.stderr, "api.replicas") {
			t.Errorf("exit %d, stdout %q, stderr:\n%s", r.code, r.stdout, r.stderr)
		}
	})
	t.Run("no values file", func(t *testing.T) {
		r := s.generate(t, repo, argoApp{name: "team-a", namespace: "optio", sourcePath: "apps/empty"})
		if r.code == 0 || r.stdout != "" || !strings.Contains(r.stderr, `-f "values.yaml": no such file`) {
			t.Errorf("exit %d, stdout %q, stderr:\n%s", r.code, r.stdout, r.stderr)
		}
	})
	t.Run("no Node.js", func(t *testing.T) {
		r := s.generate(t, repo, argoApp{name: "team-a", namespace: "optio", sourcePath: "apps/valid"}, "PATH="+filepath.Dir(s.bin)+":/nonexistent")
		if r.code == 0 || r.stdout != "" || !strings.Contains(r.stderr, "Node.js 20 or newer is needed") {
			t.Errorf("exit %d, stdout %q, stderr:\n%s", r.code, r.stdout, r.stderr)
		}
	})
}

// reachableByOthers returns an error unless every folder above path may be
// traversed, and path itself read, by any user.
func reachableByOthers(path string) error {
	path, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if info.Mode().Perm()&0o004 == 0 {
		return fmt.Errorf("%s is not readable by others", path)
	}
	for dir := filepath.Dir(path); ; dir = filepath.Dir(dir) {
		info, err := os.Stat(dir)
		if err != nil {
			return err
		}
		if info.Mode().Perm()&0o001 == 0 {
			return fmt.Errorf("%s is not searchable by others", dir)
		}
		if filepath.Dir(dir) == dir {
			return nil
		}
	}
}

// copyFile copies an executable file.
func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o755)
}
