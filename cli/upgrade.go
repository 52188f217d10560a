package cli

import (
	"fmt"
	"os"
	"strings"

	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/upgrade"
	apivalidation "k8s.io/apimachinery/pkg/api/validation"
)

// UpgradeError refuses a new output that the running release cannot absorb
// from a plain apply (see package upgrade).
type UpgradeError struct {
	// From names the previous output: the output folder, or --previous.
	From string
	// Findings are the refusals that --allow-change did not allow.
	Findings []upgrade.Finding
}

func (e *UpgradeError) Error() string {
	var b strings.Builder
	n := "1 change"
	if len(e.Findings) > 1 {
		n = fmt.Sprintf("%d changes", len(e.Findings))
	}
	fmt.Fprintf(&b, "%s that the running release cannot absorb from a plain apply (compared with the previous output, %s):", n, e.From)
	seen := map[string]bool{}
	var paths []string
	for _, f := range e.Findings {
		b.WriteString("\n  " + strings.ReplaceAll(f.String(), "\n", "\n  "))
		if !seen[f.Path] {
			seen[f.Path] = true
			paths = append(paths, "--allow-change="+f.Path)
		}
	}
	fmt.Fprintf(&b, "\nto write this output anyway, after those steps (or when the release is not installed): %s", strings.Join(paths, " "))
	return b.String()
}

// previousObjects reads the previous output: --previous (a file or a
// folder), else the output folder as it is before the swap. It returns nil
// when there is none (a first run, or --stdout without --previous) or when
// the output folder does not parse (warned), and names where it came from.
// An unreadable --previous is an error.
func (o output) previousObjects() ([]manifest.Object, string, error) {
	from := o.previous
	if from == "" {
		if o.toStdout {
			return nil, "", nil
		}
		from = o.dir
		if _, err := os.Stat(from); err != nil {
			return nil, "", nil
		}
	}
	info, err := os.Stat(from)
	if err != nil {
		return nil, "", fmt.Errorf("--previous: %w", err)
	}
	var objs []manifest.Object
	if info.IsDir() {
		objs, err = manifest.ReadDir(from)
	} else {
		var b []byte
		if b, err = os.ReadFile(from); err == nil {
			objs, err = manifest.Parse(b)
		}
	}
	if err != nil {
		if o.previous == "" {
			// The folder about to be replaced is not readable YAML: there
			// is nothing to compare with, and no reason to keep it.
			fmt.Fprintf(o.stderr, "warning: the previous output %s is not readable (%s): the upgrade is not checked\n", from, err)
			return nil, "", nil
		}
		return nil, "", fmt.Errorf("reading the previous output %s: %w", from, err)
	}
	return objs, from, nil
}

// checkUpgrade compares the previous output with the new one (parseNext
// decodes it, only when there is a previous output): it prints the
// warnings on stderr and returns their number, and an *UpgradeError for the
// refusals that --allow-change does not allow.
func (o output) checkUpgrade(parseNext func() ([]manifest.Object, error)) (warnings int, err error) {
	prev, from, err := o.previousObjects()
	if err != nil || prev == nil {
		return 0, err
	}
	next, err := parseNext()
	if err != nil {
		return 0, err
	}
	findings := upgrade.Check(prev, next)
	blocking, unused := upgrade.Blocking(findings, o.allowChanges)
	for _, f := range findings {
		if !f.Refuse {
			fmt.Fprintf(o.stderr, "warning: %s\n", f)
			warnings++
		}
	}
	for _, a := range unused {
		fmt.Fprintf(o.stderr, "warning: --allow-change=%s: no change from the previous output (%s) needs it\n", a, from)
		warnings++
	}
	if len(blocking) > 0 {
		return warnings, &UpgradeError{From: from, Findings: blocking}
	}
	return warnings, nil
}

// checkOutput checks the new output (the YAML stream, or the files of the
// new folder, in name order) before it is written: it warns about objects
// too large for a client-side `kubectl apply`, then runs checkUpgrade, which
// decodes the output only when there is a previous one. With --strict,
// those warnings and the upgrade's fail the run (an *OutputWarningsError),
// and nothing is written.
func (o output) checkOutput(streams [][]byte) error {
	var warnings []string
	for _, stream := range streams {
		large, err := manifest.TooLargeForClientSideApplyInStream(stream)
		if err != nil {
			return err
		}
		for _, s := range large {
			warnings = append(warnings, clientSideApplyWarning(s))
		}
	}
	for _, w := range warnings {
		fmt.Fprintf(o.stderr, "warning: %s\n", w)
	}
	n, err := o.checkUpgrade(func() ([]manifest.Object, error) {
		var next []manifest.Object
		for i, stream := range streams {
			objs, err := manifest.Parse(stream)
			if err != nil {
				return nil, fmt.Errorf("the new output, part %d: %w", i, err)
			}
			next = append(next, objs...)
		}
		return next, nil
	})
	if err != nil {
		return err
	}
	if o.strict && n+len(warnings) > 0 {
		return &OutputWarningsError{Count: n + len(warnings)}
	}
	return nil
}

// OutputWarningsError fails a --strict run whose output drew warnings
// (printed before it): the upgrade's, or objects too large for a
// client-side apply.
type OutputWarningsError struct {
	// Count is the number of warnings.
	Count int
}

func (e *OutputWarningsError) Error() string {
	n := "1 warning"
	if e.Count > 1 {
		n = fmt.Sprintf("%d warnings", e.Count)
	}
	return fmt.Sprintf("--strict: %s about the output, which --strict counts as errors", n)
}

// clientSideApplyWarning says that an object cannot be applied client-side
// and what to do. It starts with the object as "Kind namespace/name:".
func clientSideApplyWarning(s manifest.Sized) string {
	id := s.Object.Kind() + " " + s.Object.Name()
	if ns := s.Object.Namespace(); ns != "" {
		id = s.Object.Kind() + " " + ns + "/" + s.Object.Name()
	}
	return fmt.Sprintf("%s: too large for a client-side `kubectl apply`: with the annotation %s, which holds the whole object, its annotations come to %d bytes, over Kubernetes' limit of %d; apply with `kubectl apply --server-side` (Argo CD: the sync option ServerSideApply=true; Flux applies server-side), or make the values smaller",
		id, manifest.LastAppliedAnnotation, s.Size, apivalidation.TotalAnnotationSizeLimitB)
}

// checkDir is checkOutput on the new output folder (before the swap): its
// .yaml and .yml files, in name order.
func (o output) checkDir(newDir string) error {
	_, streams, err := manifest.ReadStreams(newDir)
	if err != nil {
		return err
	}
	return o.checkOutput(streams)
}

// checkStream is checkOutput on the YAML stream of --stdout; it passes text
// on when the check passes.
func (o output) checkStream(text string, err error) (string, error) {
	if err != nil {
		return "", err
	}
	if err := o.checkOutput([][]byte{[]byte(text)}); err != nil {
		return "", err
	}
	return text, nil
}
