package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// fakeNode writes an executable "node" script into a new folder and returns
// its path.
func fakeNode(t *testing.T, script string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "node")
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"+script), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestNodeMissingOrTooOld(t *testing.T) {
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	old := fakeNode(t, `[ "$1" = --version ] && echo v18.20.4 && exit 0; echo "would run on Node.js 18" >&2; exit 3`)
	for _, c := range []struct {
		name string
		env  []string
		want string
	}{
		{"no node on PATH", []string{"PATH=" + t.TempDir()},
			`error: Node.js 20 or newer is needed to run cdk8s, and "node" is not on PATH; see "Prerequisites" in README.md`},
		{"JSII_NODE missing", []string{"JSII_NODE=/nonexistent/node"},
			`error: Node.js 20 or newer is needed to run cdk8s, and JSII_NODE=/nonexistent/node is not an executable file; see "Prerequisites" in README.md`},
		{"Node.js 18", []string{"PATH=" + filepath.Dir(old) + ":/usr/bin:/bin"},
			`error: Node.js 20 or newer is needed to run cdk8s, and ` + old + ` is v18.20.4; see "Prerequisites" in README.md`},
		{"not Node.js", []string{"JSII_NODE=" + fakeNode(t, "echo 1.0; exit 0")},
			`--version printed "1.0", not a Node.js version`},
	} {
		t.Run(c.name, func(t *testing.T) {
			tmpdir := t.TempDir()
			for _, args := range [][]string{{"-f", vals, "--stdout"}, {"-f", vals, "-o", filepath.Join(dir, "dist")}} {
				r := runCmd(t, command(t, dir, tmpdir, c.env, args...))
				if r.code != 1 || r.stdout != "" {
					t.Errorf("%q: exit %d, stdout %q", args, r.code, r.stdout)
				}
				var errs []string
				for _, line := range strings.Split(strings.TrimSpace(r.stderr), "\n") {
					if !strings.HasPrefix(line, "warning: ") {
						errs = append(errs, line)
					}
				}
				if len(errs) != 2 || !strings.Contains(errs[0], c.want) || errs[1] != "nothing was written" {
					t.Errorf("%q: stderr, beside warnings: %q; want %q and \"nothing was written\"", args, errs, c.want)
				}
				assertNoPanic(t, r.stderr)
				assertClean(t, tmpdir)
			}
		})
	}
}

func TestRuntimeFailureIsAnError(t *testing.T) {
	// A node that passes the version check but dies at once: the first jsii
	// call (creating the cdk8s App) fails.
	broken := fakeNode(t, `[ "$1" = --version ] && echo v22.0.0 && exit 0; echo "node: cannot start" >&2; exit 9`)
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	tmpdir := t.TempDir()
	for _, args := range [][]string{{"-f", vals, "--stdout"}, {"-f", vals, "-o", filepath.Join(dir, "dist")}} {
		r := runCmd(t, command(t, dir, tmpdir, []string{"JSII_NODE=" + broken}, args...))
		if r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, "error: cdk8s synth failed: ") || !strings.Contains(r.stderr, "node: cannot start") {
			t.Errorf("%q: exit %d, stdout %q, stderr:\n%s", args, r.code, r.stdout, r.stderr)
		}
		assertNoPanic(t, r.stderr)
		assertClean(t, tmpdir)
	}
	if got := entries(t, dir); len(got) != 1 {
		t.Errorf("beside the output: %v", got)
	}
}

func TestUnusablePackageCacheFallsBack(t *testing.T) {
	// jsii refuses a cache under a folder that other users may write (it
	// could be tampered with), and cannot create one in a read-only HOME.
	// The run then goes without a cache, and writes nothing into HOME.
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	open := filepath.Join(t.TempDir(), "open")
	os.Mkdir(open, 0o777)
	os.Chmod(open, 0o777)
	homes := map[string]string{"HOME writable by others": open}
	if os.Geteuid() != 0 { // root writes anywhere
		ro := filepath.Join(t.TempDir(), "ro")
		os.Mkdir(ro, 0o555)
		homes["read-only HOME"] = ro
	}
	for name, home := range homes {
		t.Run(name, func(t *testing.T) {
			tmpdir := t.TempDir()
			r := runCmd(t, command(t, dir, tmpdir, []string{"HOME=" + home}, "-f", vals, "--stdout"))
			if r.code != 0 || !strings.Contains(r.stdout, "kind: Deployment") {
				t.Errorf("exit %d:\n%s", r.code, r.stderr)
			}
			assertNoPanic(t, r.stderr)
			assertClean(t, tmpdir)
			if got := entries(t, home); len(got) > 0 {
				t.Errorf("written into HOME: %v", got)
			}
		})
	}
}

func TestPackageCacheUsable(t *testing.T) {
	base := t.TempDir()
	mk := func(p string, mode os.FileMode) string {
		p = filepath.Join(base, p)
		if err := os.MkdirAll(p, 0o700); err != nil {
			t.Fatal(err)
		}
		os.Chmod(p, mode)
		return p
	}
	mk("home", 0o755)
	mk("existing/cache", 0o700)
	mk("shared", 0o775)
	mk("sticky", os.ModeSticky|0o777)
	mk("grouped/cache", 0o770)
	cases := map[string]bool{
		filepath.Join(base, "home/.cache/aws/jsii/package-cache"):   true, // created by jsii, 0700
		filepath.Join(base, "existing/cache"):                       true,
		filepath.Join(base, "shared/.cache/aws/jsii/package-cache"): false, // group may replace .cache
		filepath.Join(base, "sticky/.cache/aws/jsii/package-cache"): true,  // as /tmp
		filepath.Join(base, "grouped/cache"):                        false, // the cache itself
		filepath.Join(base, "missing/x"):                            true,  // base is writable
	}
	if os.Geteuid() == 0 {
		mk("theirs/cache", 0o700)
		os.Chown(filepath.Join(base, "theirs/cache"), 65534, 65534)
		cases[filepath.Join(base, "theirs/cache")] = false
	} else {
		mk("ro", 0o555)
		cases[filepath.Join(base, "ro/.cache/aws/jsii/package-cache")] = false
	}
	for root, want := range cases {
		if got := packageCacheUsable(root); got != want {
			t.Errorf("packageCacheUsable(%s) = %v, want %v", root, got, want)
		}
	}
}

// TestNodeVersionIsRemembered: the version of a Node.js binary is read once
// and then taken from the cache while the binary is unchanged, so a run
// does not start a second Node.js only to read it.
func TestNodeVersionIsRemembered(t *testing.T) {
	cache := filepath.Join(t.TempDir(), "cache")
	t.Setenv("XDG_CACHE_HOME", cache)
	dir := t.TempDir()
	runs := filepath.Join(dir, "runs")
	node := filepath.Join(dir, "node")
	script := func(version string) {
		content := "#!/bin/sh\necho x >> " + runs + "\necho " + version + "\n"
		if err := os.WriteFile(node, []byte(content), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	count := func() int {
		b, _ := os.ReadFile(runs)
		return strings.Count(string(b), "x")
	}
	script("v22.1.0")
	for range 3 {
		if v, err := nodeVersion(node); err != nil || v != "v22.1.0" {
			t.Fatalf("nodeVersion = %q, %v", v, err)
		}
	}
	if n := count(); n != 1 {
		t.Errorf("node ran %d times for 3 checks, want 1", n)
	}
	script("v24.22.3-longer") // another size: another binary
	if v, err := nodeVersion(node); err != nil || v != "v24.22.3-longer" {
		t.Errorf("after the binary changed: %q, %v", v, err)
	}
	if n := count(); n != 2 {
		t.Errorf("node ran %d times, want 2", n)
	}
}

// Something printed on the jsii runtime's standard output (which carries the
// jsii protocol) is named as the cause: a NODE_OPTIONS preload, a JSII_NODE
// wrapper. A preload that prints to standard error breaks nothing. What
// JavaScript prints never reaches the program's standard output (the
// manifests with --stdout): the jsii runtime forwards it to standard error.
func TestStdoutOfTheRuntimeNamed(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH")
	}
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	loud := writeFile(t, dir, "loud.js", `console.log("preload loaded");`+"\n")
	quiet := writeFile(t, dir, "quiet.js", `console.error("preload loaded");`+"\n")
	wrapper := fakeNode(t, `[ "$1" = --version ] && exec `+node+` --version; echo "starting node"; exec `+node+` "$@"`)
	for _, c := range []struct {
		name string
		env  []string
		want []string
	}{
		{"NODE_OPTIONS --require", []string{"NODE_OPTIONS=--require " + loud},
			[]string{`NODE_OPTIONS is set ("--require ` + loud + `")`, "printed something other than jsii messages on its standard output", "env -u NODE_OPTIONS", "(invalid character 'p' looking for beginning of value)"}},
		{"NODE_OPTIONS --import", []string{"NODE_OPTIONS=--max-old-space-size=2048 --import " + loud},
			[]string{`NODE_OPTIONS is set ("--max-old-space-size=2048 --import ` + loud + `")`}},
		{"JSII_NODE wrapper", []string{"JSII_NODE=" + wrapper},
			[]string{`JSII_NODE is set ("` + wrapper + `"), and that program printed there`, "(invalid character 's' looking for beginning of value)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			tmpdir := t.TempDir()
			out := filepath.Join(dir, "dist")
			for _, args := range [][]string{{"-f", vals, "--stdout"}, {"-f", vals, "-o", out}} {
				r := runCmd(t, command(t, dir, tmpdir, c.env, args...))
				if r.code != 1 || r.stdout != "" {
					t.Errorf("%q: exit %d, stdout %q", args, r.code, r.stdout)
				}
				if c.name != "JSII_NODE wrapper" && !strings.Contains(r.stderr, "preload loaded\n") {
					t.Errorf("%q: what the preload printed is not on standard error:\n%s", args, r.stderr)
				}
				var line string
				for l := range strings.SplitSeq(r.stderr, "\n") {
					if _, after, ok := strings.Cut(l, "error: "); ok {
						line = "error: " + after
					}
				}
				for _, w := range c.want {
					if !strings.Contains(line, w) {
						t.Errorf("%q: the error line lacks %q:\n%s", args, w, r.stderr)
					}
				}
				if args[2] == "-o" && !strings.HasSuffix(strings.TrimSpace(r.stderr), "nothing was written") {
					t.Errorf("%q: stderr does not end with \"nothing was written\":\n%s", args, r.stderr)
				}
				assertNoPanic(t, r.stderr)
				assertClean(t, tmpdir)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("output written: %v", err)
			}
		})
	}
	t.Run("preload printing to standard error", func(t *testing.T) {
		tmpdir := t.TempDir()
		r := runCmd(t, command(t, dir, tmpdir, []string{"NODE_OPTIONS=--require " + quiet}, "-f", vals, "--stdout"))
		if r.code != 0 || !strings.HasPrefix(r.stdout, "apiVersion: v1\nkind: Namespace\n") || !strings.Contains(r.stderr, "preload loaded") {
			t.Errorf("exit %d, stdout starting %.40q:\n%s", r.code, r.stdout, r.stderr)
		}
		assertClean(t, tmpdir)
	})
}
