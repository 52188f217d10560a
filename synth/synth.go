// Package synth runs cdk8s over OptioChartProps: to a YAML string, or to a
// folder replaced atomically so that a failed run never leaves a
// half-written or emptied output folder.
package synth

import (
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

// YAML returns the multi-document YAML stream of the stack: what ToDir
// writes, DataFile's objects then ReleaseFile's. It leaves nothing on disk.
// A failure of the jsii runtime is a *RuntimeError.
func YAML(props optio.OptioChartProps) (string, error) {
	return stream([]optio.OptioChartProps{props}, nil)
}

// stream synthesizes the releases into a temporary folder, runs check on it
// as cdk8s wrote it, and returns the files ToDir would write, one after the
// other in the order of the releases, as one YAML stream.
func stream(releases []optio.OptioChartProps, check func(dir string) error) (string, error) {
	tmp, err := os.MkdirTemp("", "optio-cdk8s-stream-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	if err := synthesize(releases, tmp); err != nil {
		return "", err
	}
	if check != nil {
		if err := check(tmp); err != nil {
			return "", err
		}
	}
	names := releaseNames(releases)
	if err := splitRetained(tmp, names); err != nil {
		return "", err
	}
	var files []string
	for _, n := range names {
		for _, f := range []string{DataFile(n), ReleaseFile(n)} {
			b, err := os.ReadFile(filepath.Join(tmp, f))
			if errors.Is(err, fs.ErrNotExist) && f == DataFile(n) {
				continue
			}
			if err != nil {
				return "", err
			}
			files = append(files, string(b))
		}
	}
	return joinDocuments(files), nil
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
// removed). outdir must pass CheckOutdir. It writes the release's objects
// into ReleaseFile and its retained objects (the Namespace, the data
// volume) into DataFile. It returns the paths of the files written, sorted.
// On error outdir is untouched.
//
// The temporary folder is named .<outdir>.new-<pid>-<random>; ToDir first
// removes the ones of processes that no longer run (a run killed with
// SIGKILL). File modes follow the umask, except that a file holding a
// Kubernetes Secret is made 0600 and then outdir 0700, so that no other user
// can read or list it (see protectSecrets).
func ToDir(props optio.OptioChartProps, outdir string) ([]string, error) {
	return toDir([]optio.OptioChartProps{props}, outdir, nil, nil)
}

// ToDirChecked is ToDir with check run on the complete new output (the
// folder that will replace outdir, while outdir still holds the previous
// output) before the swap: an error from check leaves outdir untouched and
// is returned as it is. The command line checks upgrades this way (see the
// upgrade package).
func ToDirChecked(props optio.OptioChartProps, outdir string, check func(newDir string) error) ([]string, error) {
	return toDir([]optio.OptioChartProps{props}, outdir, nil, check)
}

// releaseNames are the names of the releases' files: ReleaseName, or
// DefaultReleaseName when it is empty (as newApp names the charts).
func releaseNames(releases []optio.OptioChartProps) []string {
	names := make([]string, len(releases))
	for i, p := range releases {
		names[i] = p.ReleaseName
		if names[i] == "" {
			names[i] = values.DefaultReleaseName
		}
	}
	return names
}

// toDir is ToDir for one or more releases; check, when set, runs on the
// temporary folder as cdk8s wrote it (one file per release), and after on
// the final files (retained objects in their DataFile), before the swap;
// either can refuse it.
func toDir(releases []optio.OptioChartProps, outdir string, check, after func(dir string) error) ([]string, error) {
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
	if err := splitRetained(tmp, releaseNames(releases)); err != nil {
		return nil, err
	}
	if after != nil {
		if err := after(tmp); err != nil {
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
}

func (e *RuntimeError) Error() string { return "cdk8s synth failed: " + e.Err.Error() }

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
		*err = &RuntimeError{Err: e}
	}
}
