package difftest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/optio-cdk8s/optio-cdk8s/cli"
	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testhook"
	"github.com/optio-cdk8s/optio-cdk8s/synth"
	"github.com/optio-cdk8s/optio-cdk8s/values"
	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// Verdicts of a case.
const (
	Accept = "accept"
	Refuse = "refuse"
	// NoManifest is the server's column when the values cannot even be
	// rendered without validation (they do not decode into the values
	// types, or the synth itself fails): there is nothing to send.
	NoManifest = "n/a"
)

// Outcome is what happened to one case.
type Outcome struct {
	// Case is the generated case.
	Case *Case
	// File is the values file written.
	File string
	// Ours is Accept or Refuse: the CLI's exit status.
	Ours string
	// OurErrors are the lines of the CLI's error report (each starts with
	// a value path), empty when it accepted.
	OurErrors []string
	// Server is Accept, Refuse or NoManifest.
	Server string
	// ServerRefusals are the objects the server refused.
	ServerRefusals []Refusal
	// RenderError says why there was no manifest (Server == NoManifest).
	RenderError string
	// Undocumented are the lines of OurErrors that no Deliberate entry
	// explains, when the server accepted.
	Undocumented []string
	// Explained maps each explained line to the Deliberate ID that covers it.
	Explained map[string]string
	// Warned are the server's refusals that our warnings foretold (an
	// object too large for a client-side apply, which --server-side
	// applies): not in ServerRefusals.
	Warned []Refusal
}

// warnedRefusals splits the server's refusals into those our warnings on
// stderr do not foretell and those they do: a client-side apply refused as
// "metadata.annotations: Too long" for an object that a warning names as
// too large for a client-side apply.
func warnedRefusals(refusals []Refusal, stderr string) (rest, warned []Refusal) {
	for _, r := range refusals {
		if r.Mode == ModeClientSideApply && strings.Contains(r.Message, "metadata.annotations: Too long") &&
			strings.Contains(stderr, "warning: "+r.Object+": too large for a client-side `kubectl apply`") {
			warned = append(warned, r)
			continue
		}
		rest = append(rest, r)
	}
	return rest, warned
}

// Bug tells whether the outcome fails the test: accepted by us and refused
// by the server, or refused by us for a reason the server does not share
// and that is not a documented deliberate refusal.
func (o *Outcome) Bug() bool {
	return (o.Ours == Accept && o.Server == Refuse) || len(o.Undocumented) > 0
}

// Report describes a failing outcome: the changes made to the base, our
// errors, the server's refusals, and how to reproduce it.
func (o *Outcome) Report(seed uint64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "case %d (variant %s, --release-name %s): ours %s, server %s\n", o.Case.Index, o.Case.Variant.Name, Show(o.Case.Release), o.Ours, o.Server)
	for _, m := range o.Case.Mutations {
		fmt.Fprintf(&b, "  changed: %s\n", m)
	}
	for _, r := range o.ServerRefusals {
		fmt.Fprintf(&b, "  server: %s\n", short(r.String(), 600))
	}
	for _, l := range o.Undocumented {
		fmt.Fprintf(&b, "  ours, undocumented: %s\n", short(l, 600))
	}
	fmt.Fprintf(&b, "  rerun: go test ./test/ -run TestDifferential -difftest.seed=%d -difftest.case=%d\n", seed, o.Case.Index)
	fmt.Fprintf(&b, "  or:    go run . -f %s --release-name %s --stdout", o.File, o.Case.Release)
	return b.String()
}

// Line is the outcome on one line: case, verdicts, changes, and the first
// error of each side.
func (o *Outcome) Line() string {
	var ms []string
	for _, m := range o.Case.Mutations {
		ms = append(ms, short(m.String(), 160))
	}
	s := fmt.Sprintf("case %d ours=%s server=%s [%s]", o.Case.Index, o.Ours, o.Server, strings.Join(ms, "; "))
	if len(o.OurErrors) > 0 {
		s += " | ours: " + short(strings.Join(o.OurErrors, " / "), 400)
	}
	if len(o.ServerRefusals) > 0 {
		s += " | server: " + short(o.ServerRefusals[0].String(), 400)
	}
	if o.RenderError != "" {
		s += " | no manifest: " + short(o.RenderError, 200)
	}
	return s
}

// Runner runs cases against one server.
type Runner struct {
	// Server is the API server asked.
	Server *Server
	// Dir receives the values files.
	Dir string
}

// Run writes the case's values file, takes our verdict (the CLI's exit
// status, in-process) and the server's, and explains each refusal of ours
// that the server does not share.
func (r *Runner) Run(ctx context.Context, c *Case) (*Outcome, error) {
	b, err := c.YAML()
	if err != nil {
		return nil, err
	}
	file := filepath.Join(r.Dir, fmt.Sprintf("case-%05d.yaml", c.Index))
	if err := os.WriteFile(file, b, 0o600); err != nil {
		return nil, err
	}
	o := &Outcome{Case: c, File: file, Explained: map[string]string{}}
	var stdout, stderr bytes.Buffer
	status := runCLI([]string{"-f", file, "--stdout", "--quiet", "--release-name", c.Release}, &stdout, &stderr)
	manifest := stdout.String()
	if status == 0 {
		o.Ours = Accept
	} else {
		o.Ours = Refuse
		o.OurErrors = ErrorLines(stderr.String())
		if manifest, err = RenderUnchecked(file, c.Release); err != nil {
			o.Server, o.RenderError = NoManifest, err.Error()
			_ = os.Remove(file)
			return o, nil
		}
	}
	v, err := r.Server.Check(ctx, manifest)
	if err != nil {
		return nil, fmt.Errorf("case %d: %w", c.Index, err)
	}
	o.ServerRefusals, o.Warned = warnedRefusals(v.Refusals, stderr.String())
	o.Server = Accept
	if len(o.ServerRefusals) > 0 {
		o.Server = Refuse
	}
	if o.Ours == Refuse && o.Server == Accept {
		props, findings := Findings(file, c.Release)
		byLine := map[string]*field.Error{}
		for _, e := range findings {
			byLine[strings.TrimSpace(e.Error())] = e
		}
		for _, line := range o.OurErrors {
			if id := Explain(byLine[line], &props); id != "" {
				o.Explained[line] = id
			} else {
				o.Undocumented = append(o.Undocumented, line)
			}
		}
	}
	if !o.Bug() {
		_ = os.Remove(file) // only failing files are kept (some are megabytes)
	}
	return o, nil
}

// runCLI is cli.Run, with a panic (a JavaScript exception the jsii runtime
// raises outside the synth) turned into exit status 1 and an error line.
func runCLI(args []string, stdout, stderr *bytes.Buffer) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "error: the program panicked: %v\n", short(fmt.Sprint(r), 2000))
			status = 1
		}
	}()
	return cli.Run(args, stdout, stderr)
}

// ErrorLines returns the findings of the CLI's error report on standard
// error: the indented lines after "error: N invalid values:" (or "1 invalid
// value:"), or the single "error: ..." line of any other failure.
func ErrorLines(stderr string) []string {
	var out []string
	for _, l := range strings.Split(stderr, "\n") {
		switch {
		case strings.HasPrefix(l, "  "):
			out = append(out, strings.TrimSpace(l))
		case strings.HasPrefix(l, "error: ") && !strings.HasSuffix(l, "invalid values:") && !strings.HasSuffix(l, "invalid value:"):
			out = append(out, l)
		}
	}
	return out
}

// Props decodes a values file as the CLI does, ignoring every error, so
// that a refusal can be explained in the light of the values (for example
// a section that is turned off).
func Props(file, release string) optio.OptioChartProps {
	p, _ := Findings(file, release)
	return p
}

// Findings decodes and validates a values file as the CLI does and
// returns the props with every finding (field.Error, Origin included) of
// the report the CLI prints, one per error line; nil when the values are
// valid or the file cannot be read.
func Findings(file, release string) (optio.OptioChartProps, field.ErrorList) {
	props := optio.OptioChartProps{ReleaseName: loader.ReleaseNameOrDefault(release), Values: values.Default()}
	tree, err := loader.Tree(loader.Options{ValueFiles: []string{file}, Getenv: noEnv})
	if err != nil {
		return props, nil
	}
	props.Values, err = loader.FromTree(tree, release)
	var ve *loader.Error
	if errors.As(err, &ve) {
		return props, ve.Errors
	}
	return props, nil
}

func noEnv(string) string { return "" }

// RenderUnchecked synthesizes a values file the way the CLI does but
// without Validate, so that the server can judge values this program
// refuses. It fails when the values do not decode into the values types
// (a type error has no manifest) or the synth fails.
func RenderUnchecked(file, release string) (manifest string, err error) {
	tree, err := loader.Tree(loader.Options{ValueFiles: []string{file}, Getenv: noEnv})
	if err != nil {
		return "", err
	}
	vals, err := loader.FromTree(tree, release)
	props := optio.OptioChartProps{ReleaseName: loader.ReleaseNameOrDefault(release), Values: vals}
	var ve *loader.Error
	if errors.As(err, &ve) {
		validate := map[string]bool{}
		for _, e := range props.Validate() {
			validate[e.Error()] = true
		}
		for _, e := range ve.Errors {
			if !validate[e.Error()] {
				return "", fmt.Errorf("does not decode: %s", e.Error())
			}
		}
	} else if err != nil {
		return "", err
	}
	testhook.SkipChartValidation.Store(true)
	defer testhook.SkipChartValidation.Store(false)
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the synth panicked: %s", short(fmt.Sprint(r), 2000))
		}
	}()
	return synth.YAML(props)
}
