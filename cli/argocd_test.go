package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"sigs.k8s.io/yaml"

	"github.com/optio-cdk8s/optio-cdk8s/manifest"
)

// argoPlugin is the part of argocd/plugin.yaml that Argo CD runs.
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
	} `json:"spec"`
}

// TestArgoCDPlugin runs the generate command of argocd/plugin.yaml the way
// an Argo CD sidecar does: as a user other than the files' owner (uid 65534
// when the test runs as root), in the Application's folder, with a HOME it
// cannot write and only TMPDIR writable.
func TestArgoCDPlugin(t *testing.T) {
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
	argv := append(plugin.Spec.Generate.Command, plugin.Spec.Generate.Args...)
	if len(argv) < 2 {
		t.Fatalf("generate command: %q", argv)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal(err)
	}

	// Everything the sidecar user reads is readable by all; its HOME is not
	// writable; its TMPDIR is its own.
	root, err := os.MkdirTemp("", "optio-argocd-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	asOther := os.Geteuid() == 0
	mkdir := func(name string, mode os.FileMode) string {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
		return p
	}
	os.Chmod(root, 0o755)
	home := mkdir("home", 0o555)
	tmpdir := mkdir("tmp", 0o700)
	if asOther {
		if err := os.Chown(tmpdir, 65534, 65534); err != nil {
			t.Fatal(err)
		}
	}
	validApp := mkdir("apps/valid", 0o755)
	writeFile(t, validApp, "values.yaml", "existingSecret: optio-secrets\nauth: {github: {clientId: id}}\npublicUrl: https://optio.example.com\n")
	badApp := mkdir("apps/bad", 0o755)
	writeFile(t, badApp, "values.yaml", "existingSecret: optio-secrets\nauth: {github: {clientId: id}}\npublicUrl: https://optio.example.com\napi: {replicas: many}\n")
	emptyApp := mkdir("apps/empty", 0o755)

	if asOther && reachableByOthers(node) != nil {
		// Node.js in a private folder (scripts/node.sh puts it under
		// ~/.cache): give the other user a link to it, or a copy.
		shared := filepath.Join(mkdir("node", 0o755), "node")
		if err := os.Link(node, shared); err != nil {
			if err := copyFile(node, shared); err != nil {
				t.Fatal(err)
			}
		}
		node = shared
	}
	if asOther {
		for _, p := range []string{bin, node, validApp} {
			if err := reachableByOthers(p); err != nil {
				t.Fatalf("uid 65534 cannot reach %s (%v); run the tests with TMPDIR and Node.js where every user can", p, err)
			}
		}
	}
	generate := func(t *testing.T, app string, env ...string) result {
		t.Helper()
		cmd := exec.Command(argv[0], argv[1:]...)
		cmd.Dir = app
		cmd.Env = append([]string{
			"PATH=" + filepath.Dir(bin) + ":" + filepath.Dir(node) + ":/usr/bin:/bin",
			"HOME=" + home,
			"TMPDIR=" + tmpdir,
			"ARGOCD_APP_NAMESPACE=optio",
			"JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20",
		}, env...)
		if asOther {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		}
		r := runCmd(t, cmd)
		assertNoPanic(t, r.stderr)
		assertClean(t, tmpdir)
		if got := entries(t, home); len(got) > 0 {
			t.Errorf("written into HOME: %v", got)
		}
		return r
	}

	t.Run("valid", func(t *testing.T) {
		r := generate(t, validApp, "ARGOCD_APP_NAME=team-a")
		if r.code != 0 {
			t.Fatalf("exit %d:\n%s", r.code, r.stderr)
		}
		// stdout is the YAML stream and nothing else: byte for byte what a
		// plain run prints.
		plain := runCmd(t, command(t, validApp, t.TempDir(), nil, "--stdout", "--release-name", "team-a"))
		if plain.code != 0 || r.stdout != plain.stdout {
			t.Errorf("plugin stdout differs from a plain --stdout run (exit %d)", plain.code)
		}
		objs, err := manifest.Parse([]byte(r.stdout))
		if err != nil || len(objs) < 5 {
			t.Fatalf("stdout is not a YAML stream of objects (%d, %v):\n%s", len(objs), err, r.stdout)
		}
		for _, o := range objs {
			if o.Kind() == "" || o.Get("apiVersion") == nil || (o.Kind() != "Namespace" && o.Get("metadata", "labels", "app.kubernetes.io/instance") != "team-a") {
				t.Errorf("object %s (apiVersion %v) is not of release team-a", o.ID(), o.Get("apiVersion"))
			}
		}
		if !strings.Contains(r.stdout, "\n  name: team-a-api\n") {
			t.Error("no Deployment team-a-api")
		}
	})
	t.Run("RELEASE_NAME", func(t *testing.T) {
		// An Application outside Argo CD's namespace may be named
		// "namespace_name", which is not a valid release name.
		r := generate(t, validApp, "ARGOCD_APP_NAME=apps_team-a")
		if r.code == 0 || r.stdout != "" || !strings.Contains(r.stderr, "release") {
			t.Errorf("exit %d, stdout %d bytes, stderr:\n%s", r.code, len(r.stdout), r.stderr)
		}
		r = generate(t, validApp, "ARGOCD_APP_NAME=apps_team-a", "ARGOCD_ENV_RELEASE_NAME=team-b")
		if r.code != 0 || !strings.Contains(r.stdout, "name: team-b-api\n") {
			t.Errorf("exit %d:\n%s", r.code, r.stderr)
		}
	})
	t.Run("bad value", func(t *testing.T) {
		r := generate(t, badApp, "ARGOCD_APP_NAME=team-a")
		if r.code == 0 || r.stdout != "" || !strings.Contains(r.stderr, "api.replicas") {
			t.Errorf("exit %d, stdout %q, stderr:\n%s", r.code, r.stdout, r.stderr)
		}
	})
	t.Run("no values file", func(t *testing.T) {
		r := generate(t, emptyApp, "ARGOCD_APP_NAME=team-a")
		if r.code == 0 || r.stdout != "" || !strings.Contains(r.stderr, `-f "values.yaml": no such file`) {
			t.Errorf("exit %d, stdout %q, stderr:\n%s", r.code, r.stdout, r.stderr)
		}
	})
	t.Run("no Node.js", func(t *testing.T) {
		cmdPath := "PATH=" + filepath.Dir(bin) + ":/nonexistent"
		r := generate(t, validApp, "ARGOCD_APP_NAME=team-a", cmdPath)
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
