package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"text/template"

	"sigs.k8s.io/yaml"

	"github.com/optio-cdk8s/optio-cdk8s/test/kubeapi"
)

// appSetCluster is a cluster as Argo CD's cluster generator sees it.
type appSetCluster struct {
	name, server string
	labels       map[string]string
}

// appSetParams runs the generators of an ApplicationSet (the kinds
// argocd/applicationset*.yaml use: git directories, clusters, a matrix of
// them) over the repository folder repo and the clusters, and returns one
// parameter set per Application, as Argo CD v3.5.1 names the parameters
// with goTemplate (docs/operator-manual/applicationset/Generators-Git.md,
// Generators-Cluster.md, Generators-Matrix.md). Any other generator fails
// the test: the test must learn it first.
func appSetParams(t *testing.T, generators []map[string]any, repo string, clusters []appSetCluster) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, g := range generators {
		if len(g) != 1 {
			t.Fatalf("a generator with %d kinds: %v", len(g), g)
		}
		for kind, spec := range g {
			spec, _ := spec.(map[string]any)
			switch kind {
			case "git":
				dirs, _ := spec["directories"].([]any)
				if len(dirs) == 0 || spec["files"] != nil {
					t.Fatalf("git generator without directories: %v", spec)
				}
				for _, d := range dirs {
					d := d.(map[string]any)
					if len(d) != 1 {
						t.Fatalf("git directory entry %v: only path is known here", d)
					}
					matches, err := filepath.Glob(filepath.Join(repo, filepath.FromSlash(d["path"].(string))))
					if err != nil {
						t.Fatal(err)
					}
					sort.Strings(matches)
					for _, m := range matches {
						if info, err := os.Stat(m); err != nil || !info.IsDir() {
							continue
						}
						rel, _ := filepath.Rel(repo, m)
						rel = filepath.ToSlash(rel)
						base := filepath.Base(m)
						var segments []any
						for _, s := range strings.Split(rel, "/") {
							segments = append(segments, s)
						}
						out = append(out, map[string]any{"path": map[string]any{
							"path": rel, "basename": base, "basenameNormalized": normalizeName(base), "segments": segments,
						}})
					}
				}
			case "clusters":
				sel, _ := spec["selector"].(map[string]any)
				match, _ := sel["matchLabels"].(map[string]any)
				if len(sel) > 1 || len(spec) > 1 {
					t.Fatalf("cluster generator %v: only selector.matchLabels is known here", spec)
				}
				for _, c := range clusters {
					ok := true
					for k, v := range match {
						ok = ok && c.labels[k] == v
					}
					if !ok {
						continue
					}
					labels := map[string]any{}
					for k, v := range c.labels {
						labels[k] = v
					}
					out = append(out, map[string]any{
						"name": c.name, "nameNormalized": normalizeName(c.name), "server": c.server,
						"metadata": map[string]any{"labels": labels, "annotations": map[string]any{}},
					})
				}
			case "matrix":
				children, _ := spec["generators"].([]any)
				if len(children) != 2 {
					t.Fatalf("matrix of %d generators", len(children))
				}
				a := appSetParams(t, []map[string]any{children[0].(map[string]any)}, repo, clusters)
				b := appSetParams(t, []map[string]any{children[1].(map[string]any)}, repo, clusters)
				for _, pa := range a {
					for _, pb := range b {
						m := map[string]any{}
						for k, v := range pa {
							m[k] = v
						}
						for k, v := range pb {
							m[k] = v
						}
						out = append(out, m)
					}
				}
			default:
				t.Fatalf("generator %s: not known to this test", kind)
			}
		}
	}
	return out
}

// normalizeName is Argo CD's basenameNormalized and nameNormalized: the
// characters a Kubernetes name cannot hold become "-".
func normalizeName(s string) string {
	return regexp.MustCompile(`[^a-zA-Z0-9-.]`).ReplaceAllString(s, "-")
}

// renderApplication executes every string of the ApplicationSet's template
// as a Go template with params (goTemplate: true), as Argo CD does, and
// returns the Application.
func renderApplication(t *testing.T, appSet map[string]any, params map[string]any) map[string]any {
	t.Helper()
	spec := appSet["spec"].(map[string]any)
	if spec["goTemplate"] != true {
		t.Fatal("the ApplicationSet does not use goTemplate")
	}
	var options []string
	for _, o := range spec["goTemplateOptions"].([]any) {
		options = append(options, o.(string))
	}
	b, err := json.Marshal(spec["template"])
	if err != nil {
		t.Fatal(err)
	}
	var tmpl any
	if err := json.Unmarshal(b, &tmpl); err != nil {
		t.Fatal(err)
	}
	var walk func(v any) any
	walk = func(v any) any {
		switch x := v.(type) {
		case string:
			tp, err := template.New("").Option(options...).Parse(x)
			if err != nil {
				t.Fatalf("template %q: %v", x, err)
			}
			var out bytes.Buffer
			if err := tp.Execute(&out, params); err != nil {
				t.Fatalf("template %q: %v", x, err)
			}
			return out.String()
		case map[string]any:
			for k, e := range x {
				x[k] = walk(e)
			}
		case []any:
			for i, e := range x {
				x[i] = walk(e)
			}
		}
		return v
	}
	app := walk(tmpl).(map[string]any)
	meta := app["metadata"].(map[string]any)
	meta["namespace"] = appSet["metadata"].(map[string]any)["namespace"]
	return map[string]any{"apiVersion": "argoproj.io/v1alpha1", "kind": "Application", "metadata": meta, "spec": app["spec"]}
}

// pluginInput is what Argo CD gives the plugin for an Application: its
// name, destination namespace, source path, plugin env and parameters.
func pluginInput(t *testing.T, app map[string]any) argoApp {
	t.Helper()
	var a struct {
		Metadata struct {
			Name string `json:"name"`
		} `json:"metadata"`
		Spec struct {
			Source struct {
				Path   string `json:"path"`
				Plugin struct {
					Name string `json:"name"`
					Env  []struct {
						Name  string `json:"name"`
						Value string `json:"value"`
					} `json:"env"`
					Parameters []argoParam `json:"parameters"`
				} `json:"plugin"`
			} `json:"source"`
			Destination struct {
				Namespace string `json:"namespace"`
			} `json:"destination"`
		} `json:"spec"`
	}
	b, _ := json.Marshal(app)
	if err := json.Unmarshal(b, &a); err != nil {
		t.Fatal(err)
	}
	if a.Spec.Source.Plugin.Name != "optio-cdk8s-v1" {
		t.Errorf("Application %s uses the plugin %q, want optio-cdk8s-v1", a.Metadata.Name, a.Spec.Source.Plugin.Name)
	}
	env := map[string]string{}
	for _, e := range a.Spec.Source.Plugin.Env {
		env[e.Name] = e.Value
	}
	return argoApp{name: a.Metadata.Name, namespace: a.Spec.Destination.Namespace, sourcePath: a.Spec.Source.Path, env: env, params: a.Spec.Source.Plugin.Parameters}
}

// TestArgoCDApplicationSets: the ApplicationSets of argocd/ generate one
// Application per folder of fleet/ (and per labelled cluster), and each
// renders with the plugin, as Argo CD runs it, into the release of its
// folder and its own namespace. With the real API server, the
// ApplicationSets and the Applications are created against Argo CD's CRDs,
// and the fleet's output is applied.
func TestArgoCDApplicationSets(t *testing.T) {
	s := newArgoSidecar(t)
	repo := s.mkdir(t, "repo", 0o755)
	s.mkdir(t, "repo/fleet/alpha", 0o755)
	s.mkdir(t, "repo/fleet/beta", 0o755)
	writeFile(t, filepath.Join(repo, "fleet"), "base.yaml", "existingSecret: optio-secrets\nauth: {github: {clientId: id}}\npublicUrl: https://optio.example.com\n")
	writeFile(t, filepath.Join(repo, "fleet"), "README.md", "one folder per team\n")
	writeFile(t, filepath.Join(repo, "fleet", "alpha"), "values.yaml", "api: {replicas: 2}\n")
	writeFile(t, filepath.Join(repo, "fleet", "beta"), "values.yaml", "web: {replicas: 3}\n")
	clusters := []appSetCluster{
		{"in-cluster", "https://kubernetes.default.svc", map[string]string{"optio.example.com/fleet": "enabled"}},
		{"prod_eu", "https://prod-eu.example.com:6443", map[string]string{"optio.example.com/fleet": "enabled"}},
		{"staging", "https://staging.example.com:6443", nil},
	}

	type generated struct {
		file    string
		appSet  map[string]any
		apps    []map[string]any
		outputs map[string]string // Application name -> the plugin's stdout
	}
	var all []generated
	for _, c := range []struct {
		file  string
		names []string // the Applications, in order
	}{
		{"applicationset.yaml", []string{"alpha", "beta"}},
		{"applicationset-clusters.yaml", []string{"alpha-in-cluster", "beta-in-cluster", "alpha-prod-eu", "beta-prod-eu"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("..", "argocd", c.file))
			if err != nil {
				t.Fatal(err)
			}
			var appSet map[string]any
			if err := yaml.Unmarshal(b, &appSet); err != nil {
				t.Fatal(err)
			}
			var generators []map[string]any
			for _, g := range appSet["spec"].(map[string]any)["generators"].([]any) {
				generators = append(generators, g.(map[string]any))
			}
			g := generated{file: c.file, appSet: appSet, outputs: map[string]string{}}
			var names []string
			for _, params := range appSetParams(t, generators, repo, clusters) {
				app := renderApplication(t, appSet, params)
				g.apps = append(g.apps, app)
				in := pluginInput(t, app)
				names = append(names, in.name)
				team := params["path"].(map[string]any)["basename"].(string)
				if want := "optio-" + team; in.namespace != want {
					t.Errorf("%s: destination namespace %q, want %q", in.name, in.namespace, want)
				}
				r := s.generate(t, repo, in)
				if r.code != 0 {
					t.Errorf("%s: the plugin failed (exit %d):\n%s", in.name, r.code, r.stderr)
					continue
				}
				g.outputs[in.name] = r.stdout
				// The release of the folder, in its namespace, with the
				// folder's values over the base.
				if !strings.Contains(r.stdout, "\n  name: "+team+"-api\n  namespace: optio-"+team+"\n") {
					t.Errorf("%s: no Deployment %s-api in optio-%s:\n%s", in.name, team, team, r.stdout)
				}
				want := map[string]string{"alpha": "  replicas: 2\n", "beta": "  replicas: 3\n"}[team]
				if !strings.Contains(r.stdout, want) {
					t.Errorf("%s: the folder's values.yaml is not applied (%q)", in.name, want)
				}
			}
			if fmt.Sprint(names) != fmt.Sprint(c.names) {
				t.Errorf("Applications %v, want %v", names, c.names)
			}
			all = append(all, g)
		})
	}
	if len(all) != 2 {
		t.Fatal("an ApplicationSet failed to generate")
	}
	t.Run("API server", func(t *testing.T) {
		applyArgoCD(t, []map[string]any{all[0].appSet, all[1].appSet}, append(all[0].apps, all[1].apps...), all[0].outputs)
	})
}

// applyArgoCD creates the ApplicationSets and the Applications on a real
// API server with Argo CD's CRDs (v3.5.1, structural schemas: a field the
// CRD does not declare is refused), then applies the fleet's output of
// one cluster: both releases, each in its namespace.
func applyArgoCD(t *testing.T, appSets, apps []map[string]any, outputs map[string]string) {
	s := kubeapi.Start(t)
	crds, err := kubeapi.ArgoCDCRDs.Files("application-crd.yaml", "applicationset-crd.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.InstallCRDs(crds...); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var docs []string
	docs = append(docs, "apiVersion: v1\nkind: Namespace\nmetadata: {name: argocd}\n")
	for _, o := range append(append([]map[string]any{}, appSets...), apps...) {
		b, err := yaml.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	argoFile := writeFile(t, dir, "argocd.yaml", strings.Join(docs, "---\n"))
	res, err := s.Apply(argoFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rejections) > 0 || res.Applied != len(docs) {
		t.Fatalf("applied %d of %d; rejected: %+v", res.Applied, len(docs), res.Rejections)
	}
	got, err := s.GetJSON("applications.argoproj.io", "argocd", "alpha-prod-eu")
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := json.Marshal(got["spec"]); !strings.Contains(string(b), `"name":"RELEASE_NAME","value":"alpha"`) || !strings.Contains(string(b), `"server":"https://prod-eu.example.com:6443"`) {
		t.Errorf("the Application read back: %s", b)
	}
	// The check can fail: a field Argo CD's schema lacks is refused.
	bad := writeFile(t, dir, "bad.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata: {name: bad, namespace: argocd}\nspec:\n  generator: []\n  template: {metadata: {}, spec: {project: default, destination: {}}}\n")
	if res, err := s.Apply(bad); err != nil || len(res.Rejections) != 1 {
		t.Errorf("an ApplicationSet with an unknown field: %+v, %v", res, err)
	}

	out := filepath.Join(dir, "fleet")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, stream := range outputs {
		writeFile(t, out, name+".yaml", stream)
	}
	res, err = s.Apply(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rejections) > 0 || res.Applied < 2*10 {
		t.Errorf("the fleet's output: applied %d; rejected: %+v", res.Applied, res.Rejections)
	}
}
