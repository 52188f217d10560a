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
)

// newApp builds an App holding one OptioChart whose id (and so its output
// file, <release>.k8s.yaml) is the release name.
func newApp(props optio.OptioChartProps, outdir string) (cdk8s.App, error) {
	app := cdk8s.NewApp(&cdk8s.AppProps{
		Outdir:         jsii.String(outdir),
		YamlOutputType: cdk8s.YamlOutputType_FILE_PER_CHART,
	})
	name := props.ReleaseName
	if name == "" {
		name = optio.DefaultReleaseName
	}
	if _, err := optio.NewOptioChart(app, name, &props); err != nil {
		return nil, err
	}
	return app, nil
}

// YAML returns the multi-document YAML stream of the stack, writing nothing.
func YAML(props optio.OptioChartProps) (out string, err error) {
	app, err := newApp(props, os.TempDir())
	if err != nil {
		return "", err
	}
	defer recoverSynth(&err)
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
func ToDir(props optio.OptioChartProps, outdir string) ([]string, error) {
	if err := CheckOutdir(outdir); err != nil {
		return nil, err
	}
	parent := filepath.Dir(filepath.Clean(outdir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("creating %s: %w", parent, err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(outdir)+".new-")
	if err != nil {
		return nil, fmt.Errorf("creating a temporary folder beside %s: %w", outdir, err)
	}
	defer os.RemoveAll(tmp) // a no-op once renamed
	app, err := newApp(props, tmp)
	if err != nil {
		return nil, err
	}
	if err := synthesize(app); err != nil {
		return nil, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return nil, err
	}
	if err := swap(tmp, outdir); err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(outdir)
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

// synthesize writes the app's files.
func synthesize(app cdk8s.App) (err error) {
	defer recoverSynth(&err)
	app.Synth()
	return nil
}

// recoverSynth turns a panic of the jsii runtime (a JavaScript exception
// during synthesis) into *err.
func recoverSynth(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("cdk8s synth failed: %v", r)
	}
}

// swap replaces dst by the folder src: dst is renamed aside, src renamed in,
// then the old one removed. Each step is a rename within one parent folder.
func swap(src, dst string) error {
	old := ""
	if _, err := os.Stat(dst); err == nil {
		old = src + ".old"
		if err := os.Rename(dst, old); err != nil {
			return fmt.Errorf("moving %s aside: %w", dst, err)
		}
	}
	if err := os.Rename(src, dst); err != nil {
		if old != "" {
			_ = os.Rename(old, dst)
		}
		return fmt.Errorf("moving the new output into %s: %w", dst, err)
	}
	if old != "" {
		// The new output is in place: a leftover old copy is not a failure.
		_ = os.RemoveAll(old)
	}
	return nil
}
