// Package cli is the optio-cdk8s command line: flags, values loading, synth
// and the summary, and the commands beside it (version, completion, show,
// argocd). main.go calls Main, which runs Run in a process of its own
// (temporary files, signals); tests call Run in-process.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/synth"
	"github.com/optio-cdk8s/optio-cdk8s/values"
	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

// defaultValuesFile is read when no -f is given and it exists.
const defaultValuesFile = "values.yaml"

// ValuesSchema is values.schema.json, the JSON Schema of the values, as
// committed at the repository's root. Package main sets it from the file
// embedded at build time; `show schema` prints it and `show values` and the
// completion of --set keys are derived from it. nil (a test calling Run
// without it) makes those commands fail.
var ValuesSchema []byte

const usageHeader = `Synthesize the Optio stack (API, web UI, PostgreSQL, Redis, RBAC, Ingress)
as plain Kubernetes YAML, from Helm-style values of the Optio chart 0.1.0.

Usage:
  optio-cdk8s [flags]     (in this repository: go run . [flags])
  optio-cdk8s COMMAND

Examples:
  go run .                                   # ./values.yaml (if present) -> dist/
  go run . -f prod.yaml --set api.replicas=3 # like helm template -f prod.yaml --set ...
  go run . -f prod.yaml --release-name team-a -n team-a -o out/
  go run . -f prod.yaml --stdout | kubectl apply -f -
  go run . -f prod.yaml --stdout | kubectl diff --server-side -f -   # preview an upgrade
  go run . -f base.yaml --releases teams/    # teams/<name>.yaml: one release each
  go run . -f prod.yaml --strict             # CI: warnings fail the run

Commands:
  version       the program's version, its VCS revision and the cdk8s versions (also --version)
  show values   the default values as YAML, each with its description
  show schema   values.schema.json, the JSON Schema of the values
  completion    shell completion: bash, zsh, fish or powershell
  argocd        the Argo CD config management plugin's generate command (see docs/cli.md)

With no -f, ./values.yaml is read when it exists. Secret values may also come
from the environment (lower precedence than --set, higher than -f files):
`

// exitError ends Run with an exit status, after the command printed why.
type exitError int

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// usageError is a usage mistake: printed as "error: ..." with a pointer to
// --help, exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// Run runs the command with args (without the program name) and returns
// its exit status: 0 on success, 1 when values or synthesis fail, Node.js
// is missing or older than MinNodeMajor, or --strict meets a warning, 2 on a
// usage error. The synthesized YAML (--stdout) and the summary go to
// stdout (the summary to stderr under `cdk8s synth`, which discards the
// program's stdout); warnings and errors go to stderr. Run may be called
// many times in one process: it leaves the jsii runtime (the Node.js child
// process) running for the next call, and Main stops it.
func Run(args []string, stdout, stderr io.Writer) int {
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	var code exitError
	var usage *usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &code):
		return int(code)
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "error: %s\nrun with --help for the flags\n", usage.msg)
		return 2
	default:
		// cobra's own errors: an unknown command or flag of a subcommand.
		fmt.Fprintf(stderr, "error: %s\nrun with --help for the commands and flags\n", strings.TrimSpace(err.Error()))
		return 2
	}
}

// synthFlags are the root command's flags: how a synth is run.
type synthFlags struct {
	opts        loader.Options
	outdir      string
	toStdout    bool
	quiet       bool
	strict      bool
	releasesDir string
	version     bool
	// previous is --previous: the output to check the upgrade against.
	previous string
	// allowChanges are the --allow-change value paths.
	allowChanges []string
}

// newRoot builds the command tree: the root command synthesizes, as the
// program always did; version, show, completion and argocd sit beside it.
func newRoot(stdout, stderr io.Writer) *cobra.Command {
	var f synthFlags
	root := &cobra.Command{
		Use:           "optio-cdk8s",
		Short:         "Synthesize the Optio stack's Kubernetes manifests from Helm-style values",
		SilenceErrors: true,
		SilenceUsage:  true,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("unexpected argument %q (values go in -f files or --set; the commands are version, show, completion and argocd)", args[0])
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			if f.version {
				fmt.Fprint(cmd.OutOrStdout(), versionText())
				return nil
			}
			return runSynth(cmd.Flags(), f, stdout, stderr)
		},
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err.Error()} })

	fs := root.Flags()
	fs.SortFlags = false
	fs.StringArrayVarP(&f.opts.ValueFiles, "values", "f", nil, "values file (YAML, a regular file of at most 4 MiB); may be repeated, merged left to right; \"-\" reads standard input")
	fs.StringArrayVar(&f.opts.Values, "set", nil, "set a value, e.g. --set api.replicas=3 (Helm syntax: a.b[0].c=x, escape , and . with \\)")
	fs.StringArrayVar(&f.opts.StringValues, "set-string", nil, "set a value kept as a string, e.g. --set-string postgresql.image.tag=16")
	fs.StringArrayVar(&f.opts.JSONValues, "set-json", nil, "set a JSON value, e.g. --set-json 'imagePullSecrets=[{\"name\":\"reg\"}]'")
	fs.StringArrayVar(&f.opts.FileValues, "set-file", nil, "set a value from a file's content (at most 1 MiB), e.g. --set-file encryption.key=key.txt; a secret loses its file's final newline")
	fs.StringArrayVar(&f.opts.LiteralValues, "set-literal", nil, "set a value verbatim, e.g. --set-literal postgresql.auth.password='a,b'")
	fs.StringVar(&f.opts.ReleaseName, "release-name", values.DefaultReleaseName, "release name: the prefix of every object name, e.g. --release-name team-a")
	fs.StringVarP(&f.opts.Namespace, "namespace", "n", "", "the release's namespace, as kubectl's -n: replaces the default \"optio\"; a different namespace in the values is an error")
	fs.StringVarP(&f.outdir, "output", "o", "", "output folder, replaced atomically on success, e.g. -o out/ (default $CDK8S_OUTDIR, else dist); a folder, not a format: see --stdout")
	fs.BoolVar(&f.toStdout, "stdout", false, "write the YAML stream to standard output and nothing to disk, e.g. --stdout | kubectl apply -f -")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "print no summary after a successful synth (warnings and errors still go to standard error)")
	fs.BoolVar(&f.strict, "strict", false, "treat warnings as errors, as helm lint --strict does: any warning fails the run (exit 1) and nothing is written; for CI")
	fs.StringVar(&f.releasesDir, "releases", "", "a fleet: every `DIR`/<name>.yaml is the release <name>, merged over the -f files (the common base), with --set applied to all; one run writes <output>/<name>.k8s.yaml for each, e.g. --releases teams/")
	fs.StringVar(&f.previous, "previous", "", "the output the release was last applied from (a file or folder), to check the upgrade against (default: the output folder as it is; none with --stdout), e.g. --stdout --previous last.yaml")
	fs.StringArrayVar(&f.allowChanges, "allow-change", nil, "write the output although it holds this change that the running release cannot absorb from a plain apply, named by the value path the refusal names, once its steps are done, e.g. --allow-change=postgresql.image.tag")
	fs.BoolVar(&f.version, "version", false, "print the version and exit (as the version command)")
	_ = root.MarkFlagFilename("values", "yaml", "yml")
	_ = root.MarkFlagDirname("output")
	_ = root.MarkFlagDirname("releases")
	for _, name := range []string{"set", "set-string", "set-json", "set-file", "set-literal"} {
		_ = root.RegisterFlagCompletionFunc(name, completeValuePaths)
	}
	_ = root.RegisterFlagCompletionFunc("namespace", cobra.NoFileCompletions)
	_ = root.RegisterFlagCompletionFunc("release-name", cobra.NoFileCompletions)

	defaultHelp := root.HelpFunc()
	root.SetHelpFunc(func(cmd *cobra.Command, args []string) {
		if cmd != root {
			defaultHelp(cmd, args)
			return
		}
		out := cmd.OutOrStdout()
		fmt.Fprint(out, usageHeader)
		for _, e := range loader.SecretEnv {
			fmt.Fprintf(out, "  %-28s %s\n", e.Name, e.Path)
		}
		fmt.Fprintf(out, "\nFlags:\n%s", fs.FlagUsages())
		fmt.Fprint(out, loader.LimitsHelp())
	})
	root.AddCommand(newVersionCommand(), newShowCommand(), newArgoCDCommand(stdout, stderr))
	return root
}

// formatWords are kubectl's and Helm's -o formats: -o here is a folder, and
// a folder of one of these names is almost always that habit.
var formatWords = map[string]bool{
	"yaml": true, "yml": true, "json": true, "name": true, "wide": true, "table": true,
	"go-template": true, "go-template-file": true, "jsonpath": true, "jsonpath-file": true,
	"jsonpath-as-json": true, "custom-columns": true, "custom-columns-file": true, "template": true, "templatefile": true,
}

// checkOutputFlag refuses an -o that is kubectl's or Helm's output format
// (yaml, json, name, wide, jsonpath=..., ...) or a file name (.yaml, .yml,
// .json): -o names the output folder. A folder really named yaml is
// written ./yaml.
func checkOutputFlag(o string) error {
	if word, _, _ := strings.Cut(o, "="); formatWords[word] {
		return usagef("-o %s: did you mean --stdout? -o names the output folder here, not kubectl's or Helm's output format; --stdout writes the YAML stream to standard output (a folder really named %s is -o ./%s)", o, o, o)
	}
	switch strings.ToLower(filepath.Ext(o)) {
	case ".yaml", ".yml", ".json":
		return usagef("-o %s: did you mean --stdout > %s? -o names the output folder (it gets one <release>.k8s.yaml per release), not a file", o, o)
	}
	return nil
}

// runSynth is the root command: load the values, synthesize, write.
func runSynth(fs *pflag.FlagSet, f synthFlags, stdout, stderr io.Writer) error {
	opts := f.opts
	if fs.Changed("output") {
		if err := checkOutputFlag(f.outdir); err != nil {
			return err
		}
	}
	if f.toStdout && fs.Changed("output") {
		return usagef("--stdout and -o exclude each other: --stdout writes nothing to disk")
	}
	if fs.Changed("release-name") && opts.ReleaseName == "" {
		return usagef("--release-name must not be empty")
	}
	if fs.Changed("namespace") && opts.Namespace == "" {
		return usagef("-n/--namespace must not be empty")
	}
	if f.releasesDir != "" && fs.Changed("release-name") {
		return usagef("--release-name and --releases exclude each other: with --releases each file's name is its release's name")
	}
	if len(opts.ValueFiles) == 0 {
		if _, err := os.Stat(defaultValuesFile); err == nil {
			opts.ValueFiles = []string{defaultValuesFile}
		}
	}
	return execute(f, opts, stdout, stderr)
}

// execute runs a synth of the values of opts as f says (output folder or
// --stdout, quiet, strict, a fleet).
func execute(f synthFlags, opts loader.Options, stdout, stderr io.Writer) error {
	outdir := f.outdir
	if outdir == "" {
		outdir = os.Getenv("CDK8S_OUTDIR")
	}
	if outdir == "" {
		outdir = "dist"
	}

	if f.previous != "" {
		if _, err := os.Stat(f.previous); err != nil {
			return usagef("--previous: %s", err)
		}
	}
	out := output{dir: outdir, toStdout: f.toStdout, quiet: f.quiet, strict: f.strict, nodeReady: startNodeCheck(), stdout: stdout, stderr: stderr,
		previous: f.previous, allowChanges: f.allowChanges}
	if underCdk8sSynth() && !f.toStdout {
		// cdk8s synth reads the program's stdout and drops it; stderr
		// reaches the user.
		out.summaryTo = stderr
		out.quiet = out.quiet || cdk8sTemporary(outdir)
	}
	out.untouched = outdir + " was left as it was"
	if _, err := os.Stat(outdir); f.toStdout || err != nil {
		out.untouched = "nothing was written"
	}
	if f.releasesDir != "" {
		return exitCode(runFleet(f.releasesDir, opts, out))
	}
	vals, warnings, err := loader.LoadWithWarnings(opts)
	if err != nil {
		reportLoadError(stderr, "", err)
		fmt.Fprintln(stderr, out.untouched)
		return exitError(1)
	}
	props := optio.OptioChartProps{ReleaseName: loader.ReleaseNameOrDefault(opts.ReleaseName), Values: vals}
	return exitCode(out.finish(warnings,
		func() (string, error) { return out.checkStream(synth.YAML(props)) },
		func() (string, error) {
			files, err := synth.ToDirChecked(props, outdir, out.checkDir)
			if err != nil {
				return "", err
			}
			return synth.Summary(props, outdir, files), nil
		}))
}

// exitCode is nil for 0, else an exitError.
func exitCode(code int) error {
	if code == 0 {
		return nil
	}
	return exitError(code)
}

// underCdk8sSynth tells whether `cdk8s synth` runs the program: the cdk8s
// CLI sets CDK8S_RECORD_CONSTRUCT_METADATA (true or false) for its app, and
// collects the app's stdout without showing it.
func underCdk8sSynth() bool {
	_, ok := os.LookupEnv("CDK8S_RECORD_CONSTRUCT_METADATA")
	return ok
}

// cdk8sTemporary tells whether outdir is the temporary folder that
// `cdk8s synth --stdout` synthesizes into ($TMPDIR/cdk8s-XXXXXX, removed
// once it printed the files): a summary naming it would mislead.
func cdk8sTemporary(outdir string) bool {
	base := filepath.Base(outdir)
	if !strings.HasPrefix(base, "cdk8s-") {
		return false
	}
	parent := filepath.Clean(filepath.Dir(outdir))
	for _, tmp := range []string{startTMPDIR, os.TempDir(), "/tmp"} {
		if tmp != "" && filepath.Clean(tmp) == parent {
			return true
		}
	}
	return false
}

// startTMPDIR is TMPDIR as the process found it (Main points TMPDIR at a
// private folder).
var startTMPDIR = os.Getenv("TMPDIR")

// output is where a run writes and what it says, for one release or a
// fleet alike.
type output struct {
	dir             string // the output folder (not with toStdout)
	toStdout, quiet bool
	strict          bool         // warnings fail the run
	nodeReady       func() error // waits for the Node.js check
	untouched       string       // what an error leaves: "dist was left as it was"
	previous        string       // --previous: the output to check the upgrade against
	allowChanges    []string     // --allow-change: value paths of refusals to pass
	stdout, stderr  io.Writer
	summaryTo       io.Writer // where the summary goes; nil is stdout
}

// finish ends a run once the values are loaded: it prints the warnings
// (with --strict they fail the run here), waits for the Node.js check, then
// writes what yaml synthesizes to stdout (--stdout), or runs toDir and
// prints the summary it returns. It returns the exit status: 1, with the
// error on stderr, when anything fails.
func (o output) finish(warnings []string, yaml func() (string, error), toDir func() (summary string, err error)) int {
	for _, w := range warnings {
		fmt.Fprintf(o.stderr, "warning: %s\n", w)
	}
	if o.strict && len(warnings) > 0 {
		n := "1 warning"
		if len(warnings) > 1 {
			n = fmt.Sprintf("%d warnings", len(warnings))
		}
		fmt.Fprintf(o.stderr, "error: --strict: %s, which --strict counts as errors\n", n)
		fmt.Fprintln(o.stderr, o.untouched)
		return 1
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
		to := o.summaryTo
		if to == nil {
			to = o.stdout
		}
		fmt.Fprint(to, summary)
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
