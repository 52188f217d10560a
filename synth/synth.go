// Package synth runs cdk8s over OptioChartProps: to a YAML string, or to a
// folder replaced atomically so that a failed run never leaves a
// half-written or emptied output folder.
package synth

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
	// What ToDir would write (splitRetained), split in memory.
	var files []string
	for _, n := range releaseNames(releases) {
		b, err := os.ReadFile(filepath.Join(tmp, ReleaseFile(n)))
		if err != nil {
			return "", err
		}
		data, release, err := splitRelease(n, string(b))
		if err != nil {
			return "", err
		}
		if data != "" {
			files = append(files, data)
		}
		files = append(files, release)
	}
	return joinDocuments(files), nil
}

// CheckOutdir refuses an output folder that ToDir must not replace, so that
// a mistyped -o never deletes someone's work. A missing folder is fine. An
// existing one may hold:
//   - *.k8s.yaml files, what cdk8s writes: the previous output, replaced;
//   - other files and links to files (a kustomization.yaml, a README):
//     kept, carried into the new folder before the atomic swap.
//
// It is refused when it is a file, the working directory or a folder above
// it, a mount point (a volume: no folder can be renamed into its place, so
// no atomic swap), or when it holds a folder, a *.k8s.yaml that is not a
// regular file, or anything but files and links (a swap cannot carry
// those, and they are nobody's output).
func CheckOutdir(outdir string) error {
	_, err := keptEntries(outdir)
	return err
}

// keptEntries checks outdir as CheckOutdir does and returns the names of
// its entries that a swap carries over (not *.k8s.yaml), sorted.
func keptEntries(outdir string) ([]string, error) {
	info, err := os.Stat(outdir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("output %s is a file, not a folder", outdir)
	}
	abs, err := filepath.Abs(outdir)
	if err != nil {
		return nil, err
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return nil, err
	}
	if wd, err := os.Getwd(); err == nil {
		if w, err := filepath.EvalSymlinks(wd); err == nil {
			if rel, err := filepath.Rel(real, w); err == nil && (rel == "." || !strings.HasPrefix(rel, "..")) {
				return nil, fmt.Errorf("refusing to replace %s: it is the working directory or holds it; choose a subfolder, e.g. -o %s", outdir, filepath.Join(outdir, "dist"))
			}
		}
	}
	if mountPoint(real) {
		return nil, &MountPointError{Outdir: outdir}
	}
	entries, err := os.ReadDir(outdir)
	if err != nil {
		return nil, err
	}
	var kept []string
	for _, e := range entries {
		name, t := e.Name(), e.Type()
		switch {
		case strings.HasSuffix(name, ".k8s.yaml") && t.IsRegular():
		case strings.HasSuffix(name, ".k8s.yaml"):
			return nil, fmt.Errorf("refusing to replace %s: it holds %s, which is not a file of synthesized output (*.k8s.yaml); choose a new or empty folder", outdir, name)
		case t.IsRegular() || t&fs.ModeSymlink != 0:
			kept = append(kept, name)
		case t.IsDir():
			return nil, fmt.Errorf("refusing to replace %s: it holds the folder %s, which is not synthesized output (a swap keeps files beside the output, such as a kustomization.yaml, but never folders); choose a new or empty folder", outdir, name)
		default:
			return nil, fmt.Errorf("refusing to replace %s: it holds %s, which is not a file of synthesized output (*.k8s.yaml); choose a new or empty folder", outdir, name)
		}
	}
	return kept, nil
}

// MountPointError is an output folder that is a mount point (a volume, a
// bind mount): rename(2) cannot move a folder into its place (EBUSY), so it
// cannot be replaced atomically.
type MountPointError struct {
	// Outdir is the folder as given.
	Outdir string
}

func (e *MountPointError) Error() string {
	return fmt.Sprintf("output %s is a mount point (a volume of its own), which cannot be replaced atomically: no folder can be renamed into its place; write into a subfolder of it (-o %s) or use --stdout",
		e.Outdir, filepath.Join(e.Outdir, "dist"))
}

// carry puts the kept entries of the folder from (names) into the folder
// to: a hard link to each file where the system allows it (the same file,
// mode and time), else a copy with the same mode; a link is made again with
// the same target.
func carry(from, to string, names []string) error {
	for _, name := range names {
		src, dst := filepath.Join(from, name), filepath.Join(to, name)
		info, err := os.Lstat(src)
		if errors.Is(err, fs.ErrNotExist) {
			continue // removed since the check
		}
		if err != nil {
			return err
		}
		if info.Mode()&fs.ModeSymlink != 0 {
			target, err := os.Readlink(src)
			if err != nil {
				return err
			}
			if err := os.Symlink(target, dst); err != nil {
				return fmt.Errorf("keeping %s: %w", src, err)
			}
			continue
		}
		if !info.Mode().IsRegular() {
			return fmt.Errorf("refusing to replace %s: %s is no longer a file", filepath.Dir(src), name)
		}
		if os.Link(src, dst) == nil {
			continue
		}
		if err := copyFile(src, dst, info); err != nil {
			return fmt.Errorf("keeping %s: %w", src, err)
		}
	}
	return nil
}

// copyFile copies a regular file with its mode and modification time.
func copyFile(src, dst string, info fs.FileInfo) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, info.Mode().Perm())
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(dst, info.Mode().Perm())
	}
	if err == nil {
		err = os.Chtimes(dst, info.ModTime(), info.ModTime())
	}
	return err
}

// ToDir synthesizes into a new temporary folder beside outdir and, only when
// that succeeded, swaps it into place of outdir: its previous *.k8s.yaml
// files are removed, its other files kept (see CheckOutdir, which outdir
// must pass). It writes the release's objects into ReleaseFile and its
// retained objects (the Namespace, the data volume) into DataFile. It
// returns the paths of the files written, sorted. On error outdir is
// untouched.
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
	if _, err := keptEntries(outdir); err != nil {
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
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries {
		files = append(files, filepath.Join(outdir, e.Name()))
	}
	sort.Strings(files)
	// The files beside the output, read again now: what a user added since
	// the check is kept too.
	kept, err := keptEntries(outdir)
	if err != nil {
		return nil, err
	}
	if err := carry(dst, tmp, kept); err != nil {
		return nil, err
	}
	testhook.Pause("written")
	if err := commit(tmp, dst); err != nil {
		return nil, err
	}
	testhook.Pause("swapped")
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
