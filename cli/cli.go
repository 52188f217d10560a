// Package cli is the optio-cdk8s command line: flags, values loading, synth
// and the summary. main.go calls Main, which runs Run in a process of its
// own (temporary files, signals); tests call Run in-process.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/pflag"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/synth"
	"github.com/optio-cdk8s/optio-cdk8s/values"
	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

// defaultValuesFile is read when no -f is given and it exists.
const defaultValuesFile = "values.yaml"

const usageHeader = `Synthesize the Optio stack (API, web UI, PostgreSQL, Redis, RBAC, Ingress)
as plain Kubernetes YAML, from Helm-style values of the Optio chart 0.1.0.

Usage:
  optio-cdk8s [flags]     (in this repository: go run . [flags])

Examples:
  go run .                                   # ./values.yaml (if present) -> dist/
  go run . -f prod.yaml --set api.replicas=3 # like helm template -f prod.yaml --set ...
  go run . -f prod.yaml --release-name team-a -o out/
  go run . -f prod.yaml --stdout | kubectl apply -f -
  go run . -f base.yaml --releases teams/    # teams/<name>.yaml: one release each

With no -f, ./values.yaml is read when it exists. Secret values may also come
from the environment (lower precedence than --set, higher than -f files):
`

// Run runs the command with args (without the program name) and returns
// its exit status: 0 on success, 1 when values or synthesis fail or Node.js
// is missing or older than MinNodeMajor, 2 on a usage error. The
// synthesized YAML (--stdout) and the summary go to stdout; warnings and
// errors go to stderr. Run may be called many times in one process: it
// leaves the jsii runtime (the Node.js child process) running for the next
// call, and Main stops it.
func Run(args []string, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("optio-cdk8s", pflag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are printed below; --help goes to stdout
	var opts loader.Options
	var outdir string
	var toStdout, quiet bool
	var releasesDir string
	var previous string
	var allowChanges []string
	fs.StringArrayVarP(&opts.ValueFiles, "values", "f", nil, "values file (YAML, a regular file of at most 4 MiB); may be repeated, merged left to right; \"-\" reads standard input")
	fs.StringArrayVar(&opts.Values, "set", nil, "set a value, e.g. --set api.replicas=3 (Helm syntax: a.b[0].c=x, escape , and . with \\)")
	fs.StringArrayVar(&opts.StringValues, "set-string", nil, "set a value kept as a string, e.g. --set-string postgresql.image.tag=16")
	fs.StringArrayVar(&opts.JSONValues, "set-json", nil, "set a JSON value, e.g. --set-json 'imagePullSecrets=[{\"name\":\"reg\"}]'")
	fs.StringArrayVar(&opts.FileValues, "set-file", nil, "set a value from a file's content (at most 1 MiB), e.g. --set-file encryption.key=key.txt; a secret loses its file's final newline")
	fs.StringArrayVar(&opts.LiteralValues, "set-literal", nil, "set a value verbatim, e.g. --set-literal postgresql.auth.password='a,b'")
	fs.StringVar(&opts.ReleaseName, "release-name", values.DefaultReleaseName, "release name: the prefix of every object name, e.g. --release-name team-a")
	fs.StringVarP(&outdir, "output", "o", "", "output folder, replaced atomically on success, e.g. -o out/ (default $CDK8S_OUTDIR, else dist)")
	fs.BoolVar(&toStdout, "stdout", false, "write the YAML stream to standard output and nothing to disk, e.g. --stdout | kubectl apply -f -")
	fs.BoolVarP(&quiet, "quiet", "q", false, "print no summary after a successful synth (warnings and errors still go to standard error)")
	fs.StringVar(&releasesDir, "releases", "", "a fleet: every `DIR`/<name>.yaml is the release <name>, merged over the -f files (the common base), with --set applied to all; one run writes <output>/<name>.k8s.yaml for each, e.g. --releases teams/")
	fs.StringVar(&previous, "previous", "", "the output the release was last applied from (a file or folder), to check the upgrade against (default: the output folder as it is; none with --stdout), e.g. --stdout --previous last.yaml")
	fs.StringArrayVar(&allowChanges, "allow-change", nil, "write the output although it holds this change that the running release cannot absorb from a plain apply, named by the value path the refusal names, once its steps are done, e.g. --allow-change=postgresql.image.tag")
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			fmt.Fprint(stdout, usageHeader)
			for _, e := range loader.SecretEnv {
				fmt.Fprintf(stdout, "  %-28s %s\n", e.Name, e.Path)
			}
			fmt.Fprintf(stdout, "\nFlags:\n%s", fs.FlagUsages())
			fmt.Fprint(stdout, loader.LimitsHelp())
			return 0
		}
		fmt.Fprintf(stderr, "error: %s\nrun with --help for the flags\n", err)
		return 2
	}
	if toStdout && fs.Changed("output") {
		fmt.Fprintln(stderr, "error: --stdout and -o exclude each other: --stdout writes nothing to disk")
		return 2
	}
	if fs.Changed("release-name") && opts.ReleaseName == "" {
		fmt.Fprintln(stderr, "error: --release-name must not be empty")
		return 2
	}
	if releasesDir != "" && fs.Changed("release-name") {
		fmt.Fprintln(stderr, "error: --release-name and --releases exclude each other: with --releases each file's name is its release's name")
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "error: unexpected argument %q (values go in -f files or --set)\n", fs.Arg(0))
		return 2
	}
	if len(opts.ValueFiles) == 0 {
		if _, err := os.Stat(defaultValuesFile); err == nil {
			opts.ValueFiles = []string{defaultValuesFile}
		}
	}
	if outdir == "" {
		outdir = os.Getenv("CDK8S_OUTDIR")
	}
	if outdir == "" {
		outdir = "dist"
	}

	if previous != "" {
		if _, err := os.Stat(previous); err != nil {
			fmt.Fprintf(stderr, "error: --previous: %s\n", err)
			return 2
		}
	}
	out := output{dir: outdir, toStdout: toStdout, quiet: quiet, nodeReady: startNodeCheck(), stdout: stdout, stderr: stderr,
		previous: previous, allowChanges: allowChanges}
	out.untouched = outdir + " was left as it was"
	if _, err := os.Stat(outdir); toStdout || err != nil {
		out.untouched = "nothing was written"
	}
	if releasesDir != "" {
		return runFleet(releasesDir, opts, out)
	}
	vals, warnings, err := loader.LoadWithWarnings(opts)
	if err != nil {
		reportLoadError(stderr, "", err)
		fmt.Fprintln(stderr, out.untouched)
		return 1
	}
	props := optio.OptioChartProps{ReleaseName: loader.ReleaseNameOrDefault(opts.ReleaseName), Values: vals}
	return out.finish(warnings,
		func() (string, error) { return out.checkStream(synth.YAML(props)) },
		func() (string, error) {
			files, err := synth.ToDirChecked(props, outdir, out.checkDir)
			if err != nil {
				return "", err
			}
			return synth.Summary(props, outdir, files), nil
		})
}

// output is where a run writes and what it says, for one release or a
// fleet alike.
type output struct {
	dir             string // the output folder (not with toStdout)
	toStdout, quiet bool
	nodeReady       func() error // waits for the Node.js check
	untouched       string       // what an error leaves: "dist was left as it was"
	previous        string       // --previous: the output to check the upgrade against
	allowChanges    []string     // --allow-change: value paths of refusals to pass
	stdout, stderr  io.Writer
}

// finish ends a run once the values are loaded: it prints the warnings,
// waits for the Node.js check, then writes what yaml synthesizes to stdout
// (--stdout), or runs toDir and prints the summary it returns. It returns
// the exit status: 1, with the error on stderr, when anything fails.
func (o output) finish(warnings []string, yaml func() (string, error), toDir func() (summary string, err error)) int {
	for _, w := range warnings {
		fmt.Fprintf(o.stderr, "warning: %s\n", w)
	}
	if err := o.nodeReady(); err != nil {
		fmt.Fprintf(o.stderr, "error: %s\n", err)
		fmt.Fprintln(o.stderr, o.untouched)
		return 1
	}
	if o.toStdout {
		text, err := yaml()
		if err != nil {
			fmt.Fprintf(o.stderr, "error: %s\n", err)
			return 1
		}
		if _, err := io.WriteString(o.stdout, text); err != nil {
			fmt.Fprintf(o.stderr, "error: writing standard output: %s\n", err)
			return 1
		}
		return 0
	}
	summary, err := toDir()
	if err != nil {
		fmt.Fprintf(o.stderr, "error: %s\n", err)
		fmt.Fprintln(o.stderr, o.untouched)
		return 1
	}
	if !o.quiet {
		fmt.Fprint(o.stdout, summary)
	}
	return 0
}

// reportLoadError prints a failure to load values: every finding of a
// *loader.Error on its own line, under a header starting with prefix (a
// fleet names the release's file there).
func reportLoadError(stderr io.Writer, prefix string, err error) {
	var ve *loader.Error
	if !errors.As(err, &ve) {
		fmt.Fprintf(stderr, "error: %s%s\n", prefix, err)
		return
	}
	fmt.Fprintf(stderr, "error: %s%s:\n", prefix, invalidValues(len(ve.Errors)))
	for _, e := range ve.Errors {
		fmt.Fprintf(stderr, "  %s\n", e.Error())
	}
}

// invalidValues is "1 invalid value" or "N invalid values".
func invalidValues(n int) string {
	if n == 1 {
		return "1 invalid value"
	}
	return fmt.Sprintf("%d invalid values", n)
}
