package cli

// Tests of the built program as a process: what it leaves behind, signals,
// file modes, the Node.js check. They run the binary that TestMain builds,
// each with a private TMPDIR, and look at /proc for processes left over.

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/aws/jsii-runtime-go"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testhook"
)

var built struct {
	once sync.Once
	dir  string // every user may read it (the Argo CD test runs as another user)
	path string
	err  error
}

// TestMain removes the built binary and stops the jsii runtime of the
// in-process tests, which removes its folder from TMPDIR.
func TestMain(m *testing.M) {
	code := m.Run()
	jsii.Close()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// binary builds the program once per test binary (go build -o) and returns
// its path, ".../optio-cdk8s". OPTIO_CDK8S_TEST_BINARY names a build to test
// instead (e.g. an older one, to see these tests fail).
func binary(t testing.TB) string {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("the process tests read /proc")
	}
	built.once.Do(func() {
		if p := os.Getenv("OPTIO_CDK8S_TEST_BINARY"); p != "" {
			built.path, built.err = filepath.Abs(p)
			return
		}
		built.dir, built.err = os.MkdirTemp("", "optio-test-bin-")
		if built.err != nil {
			return
		}
		if built.err = os.Chmod(built.dir, 0o755); built.err != nil {
			return
		}
		built.path = filepath.Join(built.dir, "optio-cdk8s")
		out, err := exec.Command("go", "build", "-o", built.path, "github.com/optio-cdk8s/optio-cdk8s").CombinedOutput()
		if err != nil {
			built.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.path
}

// baseEnv is the test's environment without what would change a run:
// TMPDIR, the program's own variables, jsii's, NODE_OPTIONS.
func baseEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if name == "TMPDIR" || strings.HasPrefix(name, "OPTIO_") || strings.HasPrefix(name, "JSII_") || name == "CDK8S_OUTDIR" || name == "NODE_OPTIONS" {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20")
}

type result struct {
	code           int
	stdout, stderr string
}

// command prepares the binary with args, TMPDIR=tmpdir and extra
// environment variables, in dir.
func command(t testing.TB, dir, tmpdir string, env []string, args ...string) *exec.Cmd {
	cmd := exec.Command(binary(t), args...)
	cmd.Dir = dir
	cmd.Env = append(append(baseEnv(), "TMPDIR="+tmpdir), env...)
	return cmd
}

func runCmd(t *testing.T, cmd *exec.Cmd) result {
	t.Helper()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatal(err)
	}
	return result{cmd.ProcessState.ExitCode(), out.String(), errb.String()}
}

// processesMentioning returns the command lines of the running processes
// that contain s.
func processesMentioning(s string) []string {
	var found []string
	paths, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err == nil && bytes.Contains(b, []byte(s)) {
			found = append(found, strings.ReplaceAll(string(bytes.TrimRight(b, "\x00")), "\x00", " "))
		}
	}
	return found
}

// assertClean fails unless tmpdir is empty and no process mentions it.
func assertClean(t *testing.T, tmpdir string) {
	t.Helper()
	if entries, _ := os.ReadDir(tmpdir); len(entries) > 0 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("left in TMPDIR: %v", names)
	}
	if procs := processesMentioning(tmpdir); len(procs) > 0 {
		t.Errorf("processes left: %q", procs)
	}
}

// assertNoPanic fails when stderr shows a Go panic.
func assertNoPanic(t *testing.T, stderr string) {
	t.Helper()
	if strings.Contains(stderr, "panic:") || strings.Contains(stderr, "goroutine ") {
		t.Errorf("a Go panic reached the user:\n%s", stderr)
	}
}

// entries lists the names in dir.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// BenchmarkStdoutRun measures one whole run of the program as a process
// (go init, Node.js check, jsii runtime start, synth to stdout, stopping
// the runtime, removing the temporary folder): what an Argo CD plugin pays
// for each manifest generation. OPTIO_CDK8S_TEST_BINARY compares builds.
func BenchmarkStdoutRun(b *testing.B) {
	dir := b.TempDir()
	vals := filepath.Join(dir, "v.yaml")
	if err := os.WriteFile(vals, []byte(validValues), 0o644); err != nil {
		b.Fatal(err)
	}
	tmpdir := b.TempDir()
	command(b, dir, tmpdir, nil, "--help").Run() // the build, outside the timing
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cmd := command(b, dir, tmpdir, nil, "-f", vals, "--stdout")
		if out, err := cmd.Output(); err != nil || len(out) == 0 {
			b.Fatalf("%v", err)
		}
	}
}

func TestProcessLeavesNothingBehind(t *testing.T) {
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	bad := writeFile(t, dir, "bad.yaml", "api: {replicas: many}\n")
	tmpdir := t.TempDir()
	out := filepath.Join(dir, "dist")
	for _, c := range []struct {
		name string
		code int
		env  []string
		args []string
	}{
		{"to a folder", 0, nil, []string{"-f", vals, "-o", out}},
		{"again, replacing it", 0, nil, []string{"-f", vals, "-o", out}},
		{"--stdout", 0, nil, []string{"-f", vals, "--stdout"}},
		{"invalid values", 1, nil, []string{"-f", bad, "-o", out}},
		{"invalid values, --stdout", 1, nil, []string{"-f", bad, "--stdout"}},
		{"--help", 0, nil, []string{"--help"}},
		{"no Node.js", 1, []string{"PATH=" + t.TempDir()}, []string{"-f", vals, "--stdout"}},
	} {
		r := runCmd(t, command(t, dir, tmpdir, c.env, c.args...))
		if r.code != c.code {
			t.Errorf("%s: exit %d, want %d\n%s", c.name, r.code, c.code, r.stderr)
		}
		assertNoPanic(t, r.stderr)
		assertClean(t, tmpdir)
		if got := entries(t, dir); !slices.Equal(got, []string{"bad.yaml", "dist", "v.yaml"}) {
			t.Errorf("%s: beside the output: %v", c.name, got)
		}
	}

	// The run does put its files under TMPDIR (so the checks above mean
	// something): in one private folder, which holds the jsii runtime.
	cmd := command(t, dir, tmpdir, []string{testhook.Env + "=synth"}, "-f", vals, "--stdout")
	var seen []string
	p := startPaused(t, cmd, "synth")
	for _, e := range entries(t, tmpdir) {
		seen = append(seen, e)
		for _, sub := range entries(t, filepath.Join(tmpdir, e)) {
			seen = append(seen, e+"/"+sub)
		}
	}
	if procs := processesMentioning(tmpdir); len(procs) == 0 {
		t.Error("no node process runs under TMPDIR during the synth")
	}
	if r := p.wait(t); r.code != 0 {
		t.Errorf("exit %d: %s", r.code, r.stderr)
	}
	// The jsii runtime, the node processes' own temporary files, and the
	// folder the stream's files are synthesized into (synth.YAML).
	private := fmt.Sprintf("optio-cdk8s-%d-", cmd.Process.Pid)
	if len(seen) != 4 || !strings.HasPrefix(seen[0], private) ||
		!strings.HasPrefix(seen[1], seen[0]+"/jsii-kernel-") || !strings.HasPrefix(seen[2], seen[0]+"/jsii-runtime.") ||
		!strings.HasPrefix(seen[3], seen[0]+"/optio-cdk8s-stream-") {
		t.Errorf("TMPDIR during the run: %v, want %s*/{jsii-kernel-*,jsii-runtime.*,optio-cdk8s-stream-*}", seen, private)
	}
	assertClean(t, tmpdir)
}

// paused is a run of the binary stopped at a test pause point.
type paused struct {
	cmd    *exec.Cmd
	stdout bytes.Buffer
	stderr *lockedBuffer
	done   chan struct{}
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startPaused starts cmd (which has OPTIO_CDK8S_TEST_PAUSE set) and returns
// once it reports being paused at point.
func startPaused(t *testing.T, cmd *exec.Cmd, point string) *paused {
	t.Helper()
	p := &paused{cmd: cmd, stderr: &lockedBuffer{}, done: make(chan struct{})}
	cmd.Stdout = &p.stdout
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	reached := make(chan bool, 1)
	go func() {
		defer close(p.done)
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			fmt.Fprintln(p.stderr, sc.Text())
			if sc.Text() == "optio-cdk8s: paused at "+point {
				reached <- true
			}
		}
		io.Copy(p.stderr, pipe)
		reached <- false
	}()
	select {
	case ok := <-reached:
		if !ok {
			cmd.Wait()
			t.Fatalf("the run ended before pausing at %s:\n%s", point, p.stderr)
		}
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("no pause at %s:\n%s", point, p.stderr)
	}
	return p
}

func (p *paused) wait(t *testing.T) result {
	t.Helper()
	<-p.done
	err := p.cmd.Wait()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatal(err)
	}
	return result{p.cmd.ProcessState.ExitCode(), p.stdout.String(), p.stderr.String()}
}

func TestSignals(t *testing.T) {
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	// The output of an uninterrupted run, and the previous output that a
	// run interrupted before its swap must leave as it was.
	want := filepath.Join(dir, "want")
	if r := runCmd(t, command(t, dir, t.TempDir(), nil, "-f", vals, "-o", want, "-q")); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	newOutput := snapshot(t, want)
	previous := map[string]string{"/optio.k8s.yaml": "previous: run\n", "/other.k8s.yaml": "kept until replaced\n"}

	names := map[syscall.Signal]string{syscall.SIGINT: "SIGINT", syscall.SIGTERM: "SIGTERM", syscall.SIGHUP: "SIGHUP"}
	intTerm := []syscall.Signal{syscall.SIGINT, syscall.SIGTERM}
	for _, c := range []struct {
		point    string
		replaced bool // the signal comes during or after the swap
		group    bool // sent to the process group, as a terminal's Ctrl-C or Argo CD's timeout does
		signals  []syscall.Signal
	}{
		{point: "start", signals: intTerm},
		{point: "synth", signals: intTerm},
		{point: "written", signals: intTerm},
		{point: "swap", replaced: true, signals: intTerm},
		{point: "swapped", replaced: true, signals: intTerm},
		{point: "synth", group: true, signals: intTerm},
		{point: "written", group: true, signals: []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP}},
	} {
		for _, sig := range c.signals {
			name := fmt.Sprintf("%s/%v", c.point, sig)
			if c.group {
				name += "/group"
			}
			t.Run(name, func(t *testing.T) {
				dir := t.TempDir()
				out := filepath.Join(dir, "dist")
				os.Mkdir(out, 0o755)
				for f, content := range previous {
					writeFile(t, out, f[1:], content)
				}
				tmpdir := t.TempDir()
				cmd := command(t, dir, tmpdir, []string{testhook.Env + "=" + c.point}, "-f", vals, "-o", out, "-q")
				cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: c.group}
				p := startPaused(t, cmd, c.point)
				target := cmd.Process.Pid
				if c.group {
					target = -target
				}
				if err := syscall.Kill(target, sig); err != nil {
					t.Fatal(err)
				}
				r := p.wait(t)
				if r.code != 128+int(sig) {
					t.Errorf("exit %d, want %d", r.code, 128+int(sig))
				}
				// After the pause line, one line: what the jsii runtime
				// prints as it stops is not shown.
				_, after, _ := strings.Cut(r.stderr, "paused at "+c.point+"\n")
				if wantLine := fmt.Sprintf("error: interrupted by %s\n", names[sig]); after != wantLine {
					t.Errorf("stderr after the pause = %q, want %q", after, wantLine)
				}
				got := snapshot(t, out)
				switch {
				case c.replaced && !equalMaps(got, newOutput):
					t.Errorf("output not the new one: %v", slices.Sorted(func(yield func(string) bool) {
						for k := range got {
							yield(k)
						}
					}))
				case !c.replaced && !equalMaps(got, previous):
					t.Errorf("output changed: %v", got)
				}
				if got := entries(t, dir); !slices.Equal(got, []string{"dist"}) {
					t.Errorf("beside the output: %v", got)
				}
				assertClean(t, tmpdir)
			})
		}
	}

	t.Run("--stdout", func(t *testing.T) {
		tmpdir := t.TempDir()
		cmd := command(t, dir, tmpdir, []string{testhook.Env + "=synth"}, "-f", vals, "--stdout")
		p := startPaused(t, cmd, "synth")
		syscall.Kill(cmd.Process.Pid, syscall.SIGTERM)
		r := p.wait(t)
		if r.code != 143 || r.stdout != "" {
			t.Errorf("exit %d, stdout %q", r.code, r.stdout)
		}
		assertClean(t, tmpdir)
	})
}

// waitForPrivateFolder waits until the process pid has made its private
// folder in tmpdir: Main has then started and handles signals. (Before, Go
// initializes the packages, and a signal ends the process at once.)
func waitForPrivateFolder(t *testing.T, tmpdir string, pid int) {
	t.Helper()
	prefix := fmt.Sprintf("optio-cdk8s-%d-", pid)
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		for _, e := range entries(t, tmpdir) {
			if strings.HasPrefix(e, prefix) {
				return
			}
		}
	}
	t.Fatalf("no %s* in TMPDIR after 30 s", prefix)
}

// TestSignalsAtAnyMoment sends SIGTERM at moments spread over a whole run,
// while the run is busy with the jsii runtime, and checks the same outcome
// as TestSignals (or a run that ended first).
func TestSignalsAtAnyMoment(t *testing.T) {
	if testing.Short() {
		t.Skip("13 runs; TestSignals covers each point of a run")
	}
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	want := filepath.Join(dir, "want")
	if r := runCmd(t, command(t, dir, t.TempDir(), nil, "-f", vals, "-o", want, "-q")); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	newOutput := snapshot(t, want)
	previous := map[string]string{"/optio.k8s.yaml": "previous: run\n"}
	for _, delay := range []time.Duration{0, 20, 50, 100, 150, 200, 250, 300, 400, 500, 700, 1000, 1500} {
		delay *= time.Millisecond
		t.Run(delay.String(), func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "dist")
			os.Mkdir(out, 0o755)
			writeFile(t, out, "optio.k8s.yaml", previous["/optio.k8s.yaml"])
			tmpdir := t.TempDir()
			cmd := command(t, dir, tmpdir, nil, "-f", vals, "-o", out, "-q")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			waitForPrivateFolder(t, tmpdir, cmd.Process.Pid)
			time.Sleep(delay)
			cmd.Process.Signal(syscall.SIGTERM)
			cmd.Wait()
			code := cmd.ProcessState.ExitCode()
			got := snapshot(t, out)
			switch {
			case code == 0 && equalMaps(got, newOutput):
				t.Logf("the run ended before the signal")
			case code == 143 && (equalMaps(got, previous) || equalMaps(got, newOutput)):
				if !strings.HasSuffix(stderr.String(), "error: interrupted by SIGTERM\n") {
					t.Errorf("stderr does not end with the interruption:\n%s", stderr.String())
				}
			default:
				t.Errorf("exit %d, output %d files (neither the previous nor the new one):\n%s", code, len(got), stderr.String())
			}
			assertNoPanic(t, stderr.String())
			if got := entries(t, dir); !slices.Equal(got, []string{"dist"}) {
				t.Errorf("beside the output: %v", got)
			}
			assertClean(t, tmpdir)
		})
	}
}

func TestStdoutClosedByTheReader(t *testing.T) {
	// --stdout | a command that stops reading (kubectl failing early): the
	// write fails, and the run still cleans up.
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	tmpdir := t.TempDir()
	cmd := command(t, dir, tmpdir, nil, "-f", vals, "--stdout")
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = w, &stderr
	err = cmd.Run()
	w.Close()
	if _, ok := err.(*exec.ExitError); !ok || cmd.ProcessState.ExitCode() != 1 || !strings.Contains(stderr.String(), "error: writing standard output: ") {
		t.Errorf("exit %d (%v), stderr:\n%s", cmd.ProcessState.ExitCode(), err, stderr.String())
	}
	assertClean(t, tmpdir)
}

func TestStaleFoldersOfAKilledRunAreRemoved(t *testing.T) {
	dir := t.TempDir()
	vals := writeFile(t, dir, "v.yaml", validValues)
	work := filepath.Join(dir, "work")
	os.Mkdir(work, 0o755)
	out := filepath.Join(work, "dist")
	tmpdir := t.TempDir()
	cmd := command(t, dir, tmpdir, []string{testhook.Env + "=written"}, "-f", vals, "-o", out)
	p := startPaused(t, cmd, "written")
	pid := cmd.Process.Pid
	cmd.Process.Signal(syscall.SIGKILL)
	if r := p.wait(t); r.code != -1 {
		t.Fatalf("exit %d after SIGKILL", r.code)
	}
	// The node processes read the end of their input and exit.
	deadline := time.Now().Add(10 * time.Second)
	for len(processesMentioning(tmpdir)) > 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if procs := processesMentioning(tmpdir); len(procs) > 0 {
		t.Fatalf("node outlived the killed run by 10 s: %q", procs)
	}
	// What SIGKILL left: the complete new output (with its Secret) beside
	// the output folder, and the private TMPDIR folder.
	left := fmt.Sprintf(".dist.new-%d-", pid)
	if got := entries(t, work); len(got) != 1 || !strings.HasPrefix(got[0], left) {
		t.Fatalf("beside the output after SIGKILL: %v", got)
	}
	if got := entries(t, tmpdir); len(got) != 1 || !strings.HasPrefix(got[0], fmt.Sprintf("optio-cdk8s-%d-", pid)) {
		t.Fatalf("TMPDIR after SIGKILL: %v", got)
	}
	// Folders of a live process (this test's) or with other names are
	// not the next run's to remove.
	foreign := []string{
		filepath.Join(work, fmt.Sprintf(".dist.new-%d-live", os.Getpid())),
		filepath.Join(work, ".dist.new-old-style"),
		filepath.Join(tmpdir, fmt.Sprintf("optio-cdk8s-%d-live", os.Getpid())),
		filepath.Join(tmpdir, "someone-else"),
	}
	for _, f := range foreign {
		os.Mkdir(f, 0o700)
	}
	r := runCmd(t, command(t, dir, tmpdir, nil, "-f", vals, "-o", out, "-q"))
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var kept []string
	for _, d := range []string{work, tmpdir} {
		for _, e := range entries(t, d) {
			kept = append(kept, filepath.Join(d, e))
		}
	}
	if want := append([]string{out}, foreign...); !slices.Equal(slices.Sorted(slices.Values(kept)), slices.Sorted(slices.Values(want))) {
		t.Errorf("after the next run: %v, want %v", kept, want)
	}
}

func TestFileModes(t *testing.T) {
	dir := t.TempDir()
	secret := writeFile(t, dir, "secret.yaml", validValues)
	noSecret := writeFile(t, dir, "external.yaml", "existingSecret: optio-secrets\nauth: {github: {clientId: id}}\npublicUrl: https://optio.example.com\n")
	for _, umask := range []os.FileMode{0o022, 0o000, 0o077} {
		for _, c := range []struct {
			values            string
			dirMode, fileMode os.FileMode
		}{
			{secret, 0o700, 0o600},
			{noSecret, 0o777 &^ umask, 0o666 &^ umask},
		} {
			t.Run(fmt.Sprintf("umask %03o %s", umask, filepath.Base(c.values)), func(t *testing.T) {
				base := t.TempDir()
				os.Chmod(base, 0o755)
				out := filepath.Join(base, "new", "dist")
				cmd := command(t, dir, t.TempDir(), nil, "-f", c.values, "-o", out, "-q")
				cmd.Args = append([]string{"sh", "-c", fmt.Sprintf(`umask %03o && exec "$0" "$@"`, umask), cmd.Path}, cmd.Args[1:]...)
				cmd.Path = "/bin/sh"
				if r := runCmd(t, cmd); r.code != 0 {
					t.Fatalf("exit %d: %s", r.code, r.stderr)
				}
				for path, want := range map[string]os.FileMode{
					filepath.Dir(out):                    0o777 &^ umask,
					out:                                  c.dirMode,
					filepath.Join(out, "optio.k8s.yaml"): c.fileMode,
				} {
					info, err := os.Stat(path)
					if err != nil {
						t.Fatal(err)
					}
					if info.Mode().Perm() != want {
						t.Errorf("%s: %04o, want %04o", path, info.Mode().Perm(), want)
					}
				}
			})
		}
	}
}
