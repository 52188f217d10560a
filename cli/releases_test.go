package cli

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/manifest"
)

// fleet writes a --releases folder with one file per release.
func fleet(t *testing.T, releases map[string]string) (base, dir string) {
	t.Helper()
	root := t.TempDir()
	dir = filepath.Join(root, "teams")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range releases {
		writeFile(t, dir, name, content)
	}
	writeFile(t, dir, "README.md", "not a release")
	return writeFile(t, root, "base.yaml", validValues), dir
}

// TestReleases: every <name>.yaml is a release over the common base, all in
// one run: one file per release, the shared namespace's Namespace object
// once, cluster-scoped names per namespace, --set applied to all, and the
// summary lists each release.
func TestReleases(t *testing.T) {
	base, dir := fleet(t, map[string]string{
		"alpha.yaml": "namespace: team-a\nserviceAccount: {name: alpha}\n",
		"beta.yaml":  "namespace: team-a\nserviceAccount: {name: beta}\napi: {replicas: 3}\n",
		"gamma.yaml": "namespace: team-c\n",
	})
	out := filepath.Join(t.TempDir(), "out")
	code, stdout, stderr := runCLI(t, "-f", base, "--releases", dir, "--set", "web.replicas=2", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	files := snapshot(t, out)
	// Each release's file, and the data files of the data volumes and the
	// Namespaces (team-a's in alpha's, the first of the namespace).
	if got := len(files); got != 6 || files["/alpha.k8s.yaml"] == "" || files["/beta.k8s.yaml"] == "" || files["/gamma.k8s.yaml"] == "" ||
		!strings.Contains(files["/alpha.data.k8s.yaml"], "kind: Namespace") || strings.Contains(files["/beta.data.k8s.yaml"], "kind: Namespace") {
		t.Fatalf("files: %d %v", got, reflect.ValueOf(files).MapKeys())
	}
	namespaces := map[string]int{}
	for name, content := range files {
		objs, err := manifest.Parse([]byte(content))
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range objs {
			if o.Kind() == "Namespace" {
				namespaces[o.Name()]++
			}
			if o.Kind() == "Deployment" && strings.HasSuffix(o.Name(), "-web") && o.Get("spec", "replicas") != float64(2) {
				t.Errorf("%s %s: --set web.replicas=2 not applied: %v", name, o.ID(), o.Get("spec", "replicas"))
			}
			if o.ID() == "Deployment/beta-api" && o.Get("spec", "replicas") != float64(3) {
				t.Errorf("beta's own value lost: replicas %v", o.Get("spec", "replicas"))
			}
		}
	}
	if !reflect.DeepEqual(namespaces, map[string]int{"team-a": 1, "team-c": 1}) {
		t.Errorf("Namespace objects = %v, want each namespace once", namespaces)
	}
	if !strings.Contains(files["/alpha.data.k8s.yaml"], "kind: Namespace") || strings.Contains(files["/beta.data.k8s.yaml"]+files["/alpha.k8s.yaml"], "kind: Namespace") {
		t.Error("team-a's Namespace is not in the first release's data file only")
	}
	for _, want := range []string{"name: alpha-team-a-node-reader", "name: beta-team-a-node-reader"} {
		if !strings.Contains(files["/alpha.k8s.yaml"]+files["/beta.k8s.yaml"], want) {
			t.Errorf("no %s", want)
		}
	}
	for _, want := range []string{"Synthesized 3 releases into", "alpha  namespace team-a", "beta   namespace team-a", "gamma  namespace team-c",
		"kubectl apply -f " + out + "/", "-f " + filepath.Join(out, "alpha.data.k8s.yaml") + " -f " + filepath.Join(out, "alpha.k8s.yaml")} {
		if !strings.Contains(stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, `warning: namespace "team-a" is shared by releases alpha, beta`) {
		t.Errorf("no warning about the shared namespace:\n%s", stderr)
	}

	code, yaml, stderr := runCLI(t, "-f", base, "--releases", dir, "--set", "web.replicas=2", "--stdout")
	if code != 0 {
		t.Fatalf("--stdout: exit %d: %s", code, stderr)
	}
	var want []string
	for _, r := range []string{"alpha", "beta", "gamma"} {
		want = append(want, files["/"+r+".data.k8s.yaml"], files["/"+r+".k8s.yaml"])
	}
	if yaml != strings.Join(want, "---\n") {
		t.Error("--stdout is not the files one after the other")
	}
}

// TestReleasesErrors: per-release errors name the release's file and come
// all at once; two releases emitting one object are refused; nothing is
// written on error.
func TestReleasesErrors(t *testing.T) {
	base, dir := fleet(t, map[string]string{
		"alpha.yaml": "namespace: team-a\n",
		"beta.yaml":  "api: {replicaz: 2}\n",
		"Gamma.yaml": "web: {port: 0}\n",
	})
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCLI(t, "-f", base, "--releases", dir, "-o", out)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	for _, want := range []string{
		filepath.Join(dir, "beta.yaml") + " (release beta): 1 invalid value:\n  api.replicaz: Forbidden: unknown key",
		filepath.Join(dir, "Gamma.yaml") + " (release Gamma):",
		"web.port: Required value",
		"nothing was written",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("output written despite errors")
	}

	base, dir = fleet(t, map[string]string{
		"alpha.yaml": "namespace: team-a\n",
		"beta.yaml":  "namespace: team-a\n", // both keep serviceAccount.name optio
	})
	code, _, stderr = runCLI(t, "-f", base, "--releases", dir, "-o", out)
	if code != 1 || !strings.Contains(stderr, "ServiceAccount team-a/optio: "+filepath.Join(dir, "alpha.yaml")+" and "+filepath.Join(dir, "beta.yaml")) {
		t.Errorf("collision: exit %d:\n%s", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("output written despite the collision")
	}

	if code, _, stderr := runCLI(t, "--releases", dir, "--release-name", "x"); code != 2 || !strings.Contains(stderr, "exclude each other") {
		t.Errorf("--release-name with --releases: exit %d: %s", code, stderr)
	}
	empty := t.TempDir()
	if code, _, stderr := runCLI(t, "--releases", empty); code != 1 || !strings.Contains(stderr, "holds no <name>.yaml file") {
		t.Errorf("empty folder: exit %d: %s", code, stderr)
	}
}

// TestReleasesFiles: .yml and links to files count as releases, a name
// given twice is an error, and releases of one namespace sharing an
// existingSecret are warned about.
func TestReleasesFiles(t *testing.T) {
	base, dir := fleet(t, map[string]string{
		"alpha.yml": "namespace: shared\nserviceAccount: {name: alpha}\nexistingSecret: optio-secrets\n",
	})
	target := writeFile(t, t.TempDir(), "beta-values.yaml", "namespace: shared\nserviceAccount: {name: beta}\nexistingSecret: optio-secrets\n")
	if err := os.Symlink(target, filepath.Join(dir, "beta.yaml")); err != nil {
		t.Fatal(err)
	}
	code, yaml, stderr := runCLI(t, "-f", base, "--releases", dir, "--stdout")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"name: alpha-api", "name: beta-api"} {
		if !strings.Contains(yaml, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if !strings.Contains(stderr, `warning: releases alpha, beta all read the Secret "optio-secrets" in namespace "shared"`) {
		t.Errorf("no warning about the shared existingSecret:\n%s", stderr)
	}
	writeFile(t, dir, "alpha.yaml", "namespace: other\n")
	if code, _, stderr := runCLI(t, "-f", base, "--releases", dir, "--stdout"); code != 1 || !strings.Contains(stderr, "alpha.yaml and alpha.yml both name the release alpha") {
		t.Errorf("a name given twice: exit %d: %s", code, stderr)
	}
}

// TestReleasesClusterWideClaims: two releases (in namespaces of their own, so
// no object name collides) claiming the same Ingress host and path of one
// class, the same hostname on one shared Gateway, or the same node port, are
// refused with both files and value paths, for -o and --stdout alike;
// another class, host or port is accepted.
func TestReleasesClusterWideClaims(t *testing.T) {
	ingress := func(host, class string) string {
		return "ingress:\n  enabled: true\n  className: " + class + "\n  hosts:\n    - host: " + host +
			"\n      paths:\n        - {path: /, pathType: Prefix, service: web}\n        - {path: /api, pathType: Prefix, service: api}\n"
	}
	nodePort := func(n string) string { return "api:\n  service: {type: NodePort, nodePort: " + n + "}\n" }
	gateway := func(host, ns string) string {
		return "gatewayAPI:\n  enabled: true\n  hostname: " + host + "\n  parentRefs: [{name: platform, namespace: " + ns + "}]\n"
	}
	for _, c := range []struct {
		name        string
		alpha, beta string
		want        []string // "" = accepted
	}{
		{"same host and paths", ingress("optio.example.com", "nginx"), ingress("optio.example.com", "nginx"), []string{
			"2 cluster-wide claims are made by more than one release",
			"Ingress host optio.example.com path / (class nginx): {dir}/alpha.yaml (ingress.hosts[0].paths[0]) and {dir}/beta.yaml (ingress.hosts[0].paths[0])",
			"Ingress host optio.example.com path /api (class nginx): {dir}/alpha.yaml (ingress.hosts[0].paths[1]) and {dir}/beta.yaml (ingress.hosts[0].paths[1])",
		}},
		{"same node port", nodePort("30080"), "web:\n  service: {type: NodePort, nodePort: 30080}\n", []string{
			"1 cluster-wide claim is made by more than one release",
			"node port 30080: {dir}/alpha.yaml (api.service.nodePort) and {dir}/beta.yaml (web.service.nodePort)",
		}},
		{"other host", ingress("a.example.com", "nginx"), ingress("b.example.com", "nginx"), nil},
		{"other class", ingress("optio.example.com", "nginx"), ingress("optio.example.com", "traefik"), nil},
		{"other node port", nodePort("30080"), nodePort("30081"), nil},
		{"routes on one shared Gateway and host", gateway("optio.example.com", "gateways"), gateway("optio.example.com", "gateways"), []string{
			"1 cluster-wide claim is made by more than one release",
			"HTTPRoute paths of host optio.example.com on Gateway gateways/platform: {dir}/alpha.yaml (gatewayAPI.parentRefs[0]) and {dir}/beta.yaml (gatewayAPI.parentRefs[0])",
		}},
		{"routes on one shared Gateway, other hosts", gateway("a.example.com", "gateways"), gateway("b.example.com", "gateways"), nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			base, dir := fleet(t, map[string]string{
				"alpha.yaml": "namespace: team-a\n" + c.alpha,
				"beta.yaml":  "namespace: team-b\n" + c.beta,
			})
			out := filepath.Join(t.TempDir(), "out")
			for _, args := range [][]string{{"-o", out}, {"--stdout"}} {
				code, stdout, stderr := runCLI(t, append([]string{"-q", "-f", base, "--releases", dir}, args...)...)
				if c.want == nil {
					if code != 0 {
						t.Errorf("%v: exit %d: %s", args, code, stderr)
					}
					continue
				}
				if code != 1 || stdout != "" {
					t.Errorf("%v: exit %d, stdout %.60q", args, code, stdout)
				}
				for _, w := range c.want {
					if w = strings.ReplaceAll(w, "{dir}", dir); !strings.Contains(stderr, w) {
						t.Errorf("%v: stderr lacks %q:\n%s", args, w, stderr)
					}
				}
				if _, err := os.Stat(out); err == nil {
					t.Errorf("%v: output written despite the claims", args)
				}
			}
		})
	}
}
