package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/synth"
	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

// releaseFiles lists the releases of a --releases folder: every <name>.yaml
// or <name>.yml in it (not in sub-folders; a link to a file counts), sorted.
// Other entries are ignored; a name given twice (a.yaml and a.yml) is an
// error.
func releaseFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("--releases: %w", err)
	}
	var files []string
	names := map[string]string{}
	for _, e := range entries {
		ext := filepath.Ext(e.Name())
		name := strings.TrimSuffix(e.Name(), ext)
		if (ext != ".yaml" && ext != ".yml") || name == "" {
			continue
		}
		path := filepath.Join(dir, e.Name())
		if info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
			continue
		}
		if other, dup := names[name]; dup {
			return nil, fmt.Errorf("--releases %s: %s and %s both name the release %s", dir, filepath.Base(other), e.Name(), name)
		}
		names[name] = path
		files = append(files, path)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("--releases %s holds no <name>.yaml file: each one is a release", dir)
	}
	slices.Sort(files)
	return files, nil
}

// loadFleet loads each release of dir: its file merged over the base -f files
// of opts, with the --set entries and secret environment variables applied
// to all, and the file's name as the release name. Standard input ("-") is
// read once and given to every release. It prints every release's errors
// (each headed by the file) and returns false when there are any.
func loadFleet(dir string, opts loader.Options, stderr io.Writer) ([]synth.FleetRelease, []string, bool) {
	files, err := releaseFiles(dir)
	if err != nil {
		fmt.Fprintf(stderr, "error: %s\n", err)
		return nil, nil, false
	}
	var stdin []byte // read once, given to every release
	if usesStdin(opts) {
		in := opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		if stdin, err = io.ReadAll(io.LimitReader(in, loader.MaxFileSize+1)); err != nil {
			fmt.Fprintf(stderr, "error: reading standard input: %s\n", err)
			return nil, nil, false
		}
	}
	var releases []synth.FleetRelease
	var warnings []string
	ok := true
	for _, f := range files {
		o := opts
		o.ValueFiles = append(slices.Clone(opts.ValueFiles), f)
		o.ReleaseName = strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		if stdin != nil {
			o.Stdin = bytes.NewReader(stdin)
		}
		vals, w, err := loader.LoadWithWarnings(o)
		if err != nil {
			ok = false
			reportLoadError(stderr, fmt.Sprintf("%s (release %s): ", f, o.ReleaseName), err)
			continue
		}
		for _, line := range w {
			warnings = append(warnings, o.ReleaseName+": "+line)
		}
		releases = append(releases, synth.FleetRelease{Props: optio.OptioChartProps{ReleaseName: loader.ReleaseNameOrDefault(o.ReleaseName), Values: vals}, Source: f})
	}
	return releases, warnings, ok
}

// usesStdin tells whether a -f or --set-file of opts reads standard input.
func usesStdin(opts loader.Options) bool {
	if slices.Contains(opts.ValueFiles, "-") {
		return true
	}
	return slices.ContainsFunc(opts.FileValues, func(e string) bool { return strings.HasSuffix(e, "=-") })
}

// runFleet is Run for --releases: every release loaded, checked and
// synthesized in one App, written atomically as a whole.
func runFleet(dir string, opts loader.Options, out output) int {
	loaded, warnings, ok := loadFleet(dir, opts, out.stderr)
	if !ok {
		fmt.Fprintln(out.stderr, out.untouched)
		return 1
	}
	releases, notes := synth.PlanFleet(loaded)
	return out.finish(append(warnings, notes...),
		func() (string, error) { return out.checkStream(synth.FleetYAML(releases)) },
		func() (string, error) {
			if _, err := synth.FleetToDirChecked(releases, out.dir, out.checkDir); err != nil {
				return "", err
			}
			return synth.FleetSummary(releases, out.dir), nil
		})
}
