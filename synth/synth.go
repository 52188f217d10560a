// Package synth runs cdk8s over OptioChartProps: to a YAML string, or to a
// folder replaced atomically so that a failed run never leaves a
// half-written or emptied output folder.
package synth

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testhook"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// newApp builds an App holding one OptioChart per release, in order, each
// with the release name as its id (and so its output file,
// <release>.k8s.yaml). Its caller recovers the panics of the jsii runtime
// (see recoverSynth).
func newApp(releases []optio.OptioChartProps, outdir string) (cdk8s.App, error) {
	app := cdk8s.NewApp(&cdk8s.AppProps{
		Outdir:         jsii.String(outdir),
		YamlOutputType: cdk8s.YamlOutputType_FILE_PER_CHART,
	})
	for _, props := range releases {
		name := props.ReleaseName
		if name == "" {
			name = values.DefaultReleaseName
		}
		if _, err := optio.NewOptioChart(app, name, &props); err != nil {
			if len(releases) > 1 {
				return nil, fmt.Errorf("release %s: %w", name, err)
			}
			return nil, err
		}
	}
	return app, nil
}

// YAML returns the multi-document YAML stream of the stack, writing nothing.
// A failure of the jsii runtime is a *RuntimeError.
func YAML(props optio.OptioChartProps) (out string, err error) {
	defer recoverSynth(&err)
	app, err := newApp([]optio.OptioChartProps{props}, os.TempDir())
	if err != nil {
		return "", err
	}
	testhook.Pause("synth")
	return *app.SynthYaml(), nil
}

// CheckOutdir refuses an output folder that ToDir must not replace: one that
// is a file, or that holds anything but *.k8s.yaml files (what cdk8s writes),
// so that a mistyped -o never deletes someone's work. A missing folder is
// fine.
func CheckOutdir(outdir string) error {
	info, err := os.Stat(outdir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return fmt.Errorf("output %s is a file, not a folder", outdir)
	}
	entries, err := os.ReadDir(outdir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasSuffix(e.Name(), ".k8s.yaml") {
			return fmt.Errorf("refusing to replace %s: it holds %s, which is not synthesized output (*.k8s.yaml); choose a new or empty folder", outdir, e.Name())
		}
	}
	return nil
}

// ToDir synthesizes into a new temporary folder beside outdir and, only when
// that succeeded, swaps it into place of outdir (whose previous content is
// removed). outdir must pass CheckOutdir. It returns the paths of the files
// written, sorted. On error outdir is untouched.
//
// The temporary folder is named .<outdir>.new-<pid>-<random>; ToDir first
// removes the ones of processes that no longer run (a run killed with
// SIGKILL). File modes follow the umask, except that a file holding a
// Kubernetes Secret is made 0600 and then outdir 0700, so that no other user
// can read or list it (see protectSecrets).
func ToDir(props optio.OptioChartProps, outdir string) ([]string, error) {
	return toDir([]optio.OptioChartProps{props}, outdir, nil)
}

// toDir is ToDir for one or more releases; check, when set, runs on the
// temporary folder before the swap and can refuse it.
func toDir(releases []optio.OptioChartProps, outdir string, check func(dir string) error) ([]string, error) {
	if err := CheckOutdir(outdir); err != nil {
		return nil, err
	}
	dst := filepath.Clean(outdir)
	// A link to a folder stays a link: the folder it points to is replaced.
	if info, err := os.Lstat(dst); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		target, err := filepath.EvalSymlinks(dst)
		if err != nil {
			return nil, fmt.Errorf("output %s: %w", outdir, err)
		}
		dst = target
	}
	parent := filepath.Dir(dst)
	if err := os.MkdirAll(parent, 0o777); err != nil {
		return nil, fmt.Errorf("creating %s: %w", parent, err)
	}
	prefix := "." + filepath.Base(dst) + ".new-"
	removeStale(parent, prefix, dst)
	tmp, mode, err := newTemp(parent, prefix)
	if err != nil {
		return nil, fmt.Errorf("creating a temporary folder beside %s: %w", outdir, err)
	}
	defer dropTemp(tmp) // after the swap it holds the previous output
	if err := synthesize(releases, tmp); err != nil {
		return nil, err
	}
	if check != nil {
		if err := check(tmp); err != nil {
			return nil, err
		}
	}
	secret, err := protectSecrets(tmp)
	if err != nil {
		return nil, err
	}
	if secret {
		mode = mode&^fs.ModePerm | 0o700
	}
	if err := os.Chmod(tmp, mode); err != nil {
		return nil, err
	}
	testhook.Pause("written")
	if err := commit(tmp, dst); err != nil {
		return nil, err
	}
	testhook.Pause("swapped")
	entries, err := os.ReadDir(dst)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries {
		files = append(files, filepath.Join(outdir, e.Name()))
	}
	sort.Strings(files)
	return files, nil
}

// synthesize writes the releases' files into dir.
func synthesize(releases []optio.OptioChartProps, dir string) (err error) {
	defer recoverSynth(&err)
	app, err := newApp(releases, dir)
	if err != nil {
		return err
	}
	testhook.Pause("synth")
	app.Synth()
	return nil
}

// RuntimeError is a failure of the jsii runtime (the Node.js child process
// that runs cdk8s: it could not start, or it died) or a JavaScript exception
// in it. The jsii Go bindings raise these as panics; YAML and ToDir return
// them as a *RuntimeError instead.
type RuntimeError struct {
	// Err is the panic's value, as an error.
	Err error
	// Cause, when set, names the likely cause of Err in the environment:
	// set when the runtime's standard output was not the jsii protocol (see
	// protocolCause).
	Cause string
}

func (e *RuntimeError) Error() string {
	if e.Cause != "" {
		return "cdk8s synth failed: " + e.Cause + " (" + e.Err.Error() + ")"
	}
	return "cdk8s synth failed: " + e.Err.Error()
}

// protocolCause returns, for an error of the jsii runtime, what broke the
// protocol between this process and Node.js, or "" when err is no protocol
// error. The jsii Go runtime reads the Node.js process's standard output as a
// stream of JSON messages: anything else printed there (a module that
// NODE_OPTIONS preloads with --require or --import and that logs to standard
// output, a JSII_NODE wrapper script that echoes) ends the run with a bare
// JSON decoding error ("invalid character 'p' looking for beginning of
// value"). getenv reads the environment (os.Getenv).
func protocolCause(err error, getenv func(string) string) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	if !errors.As(err, &syntax) && !errors.As(err, &typ) && !strings.HasPrefix(err.Error(), "invalid handshake payload") {
		return ""
	}
	const what = "the jsii runtime (Node.js) printed something other than jsii messages on its standard output, which this program reads as the jsii protocol"
	if v := getenv("NODE_OPTIONS"); strings.TrimSpace(v) != "" {
		return fmt.Sprintf("%s: NODE_OPTIONS is set (%q), and a module it preloads (--require, --import) or an option of it printed there; "+
			"run without it (env -u NODE_OPTIONS ...) or make the module print to standard error", what, v)
	}
	if v := getenv("JSII_RUNTIME"); v != "" {
		return fmt.Sprintf("%s: JSII_RUNTIME is set (%q), and that command printed there; it must print jsii messages only", what, v)
	}
	if v := getenv("JSII_NODE"); v != "" {
		return fmt.Sprintf("%s: JSII_NODE is set (%q), and that program printed there; it must be Node.js, or a wrapper that prints nothing to standard output", what, v)
	}
	return what + ": a module that Node.js loads before cdk8s printed there"
}

// Unwrap returns Err.
func (e *RuntimeError) Unwrap() error { return e.Err }

// recoverSynth turns a panic of the jsii runtime into a *RuntimeError in
// *err.
func recoverSynth(err *error) {
	if r := recover(); r != nil {
		e, ok := r.(error)
		if !ok {
			e = fmt.Errorf("%v", r)
		}
		*err = &RuntimeError{Err: e, Cause: protocolCause(e, os.Getenv)}
	}
}
