// Package loader turns Helm-style values (-f files, --set flags, environment
// variables) into validated values.Values, with Helm's own parsers and
// merge semantics.
package loader

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"sync"

	"helm.sh/helm/v3/pkg/chartutil"
	"helm.sh/helm/v3/pkg/strvals"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// Options are the sources of values, in Helm's spelling. Precedence, lowest
// first: the Helm chart's defaults, ValueFiles left to right (maps merged deep,
// lists replaced), the secret environment variables (SecretEnv), then
// JSONValues, Values, StringValues, FileValues and LiteralValues, each in
// order (Helm's order).
type Options struct {
	// ValueFiles are -f/--values files; "-" reads standard input. Only
	// regular files are read, each at most MaxFileSize.
	ValueFiles []string
	// JSONValues are --set-json entries (key=jsonValue).
	JSONValues []string
	// Values are --set entries (key=value, Helm's typed parsing).
	Values []string
	// StringValues are --set-string entries (values kept as strings).
	StringValues []string
	// FileValues are --set-file entries (key=path: the file's content, at
	// most MaxValueSize; "-" reads standard input). A single-line secret
	// value (see SingleLineSecrets) loses the one newline that ends its
	// file.
	FileValues []string
	// LiteralValues are --set-literal entries (the value taken verbatim).
	LiteralValues []string
	// ReleaseName is the release name; "" means values.DefaultReleaseName.
	ReleaseName string
	// Namespace is kubectl's -n/--namespace: the release's namespace, in
	// place of the default "optio". As kubectl refuses an object whose
	// namespace differs from -n, a namespace value set by the values (a
	// file or a flag) that differs from it is an error at the path
	// namespace; the same namespace in both is fine. "" leaves the
	// namespace to the values.
	Namespace string
	// DefaultNamespace is the namespace when the values set none (Argo CD's
	// destination namespace): lower precedence than every source of
	// values, higher than the default "optio". Namespace, when set, wins.
	DefaultNamespace string
	// Getenv reads the environment; nil means os.Getenv.
	Getenv func(string) string
	// Stdin is what "-" reads (as a -f file or a --set-file path), at most
	// once; nil means os.Stdin.
	Stdin io.Reader
}

// ReleaseNameOrDefault returns name, or values.DefaultReleaseName when name
// is empty: the release name the values of Options.ReleaseName are
// validated and warned about for.
func ReleaseNameOrDefault(name string) string {
	if name == "" {
		return values.DefaultReleaseName
	}
	return name
}

// SecretEnv maps environment variables to the secret values they set, so
// that CI can inject secrets without files. A variable that is unset or empty
// is ignored. It lists every secret value that has a variable
// (values.SecretFields: the variable is the field's values:"env=..." tag),
// in the order of the values tree.
var SecretEnv = func() []struct{ Name, Path string } {
	var out []struct{ Name, Path string }
	for _, f := range values.SecretFields() {
		if f.Env == "" {
			continue // a secret without a variable of its own
		}
		out = append(out, struct{ Name, Path string }{f.Env, f.Path})
	}
	return out
}()

// Error is a failed Load: each error names the value's path (or the file or
// flag that could not be read).
type Error struct {
	// Errors are every finding, in order.
	Errors field.ErrorList
}

// Error is one finding per line, each starting with its path.
func (e *Error) Error() string {
	lines := make([]string, 0, len(e.Errors))
	for _, err := range e.Errors {
		lines = append(lines, err.Error())
	}
	return strings.Join(lines, "\n")
}

// DefaultsTree returns values.Default() as a values tree (the form Helm's
// parsers produce), the base that user values merge over.
func DefaultsTree() map[string]interface{} {
	b, err := json.Marshal(values.Default())
	if err != nil {
		panic(fmt.Sprintf("defaults do not marshal: %v", err)) // a programming error
	}
	var tree map[string]interface{}
	if err := json.Unmarshal(b, &tree); err != nil {
		panic(fmt.Sprintf("defaults do not unmarshal: %v", err))
	}
	return tree
}

// Tree merges the user's values from every source of opts, without the
// defaults. Errors name the file or flag that failed. Each input is bounded
// (MaxFileSize, MaxExpandedSize, MaxValueSize) and only regular files are
// read.
func Tree(opts Options) (map[string]interface{}, error) {
	tree, _, err := readTree(opts)
	if err != nil {
		return nil, err
	}
	if nsErr := applyNamespace(tree, opts); nsErr != nil {
		return nil, &Error{Errors: field.ErrorList{nsErr}}
	}
	return tree, nil
}

// envSet is a secret environment variable that Tree applied.
type envSet struct{ name, path, value string }

// readTree is Tree, also returning the secret environment variables it
// applied (for warnings that name them).
func readTree(opts Options) (map[string]interface{}, []envSet, error) {
	src := &source{stdin: opts.Stdin}
	tree := map[string]interface{}{}
	for _, name := range opts.ValueFiles {
		b, err := src.readFile("-f", name, MaxFileSize)
		if err != nil {
			return nil, nil, err
		}
		shown := printable(name)
		if name == "-" {
			shown = "standard input"
		}
		if err := CheckValuesFile(shown, b); err != nil {
			return nil, nil, err
		}
		// Helm's own reader and merge (helm's cli/values.Options.MergeValues
		// does the same for a file name; here the bytes are read once).
		file, err := chartutil.ReadValues(b)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", shown, err)
		}
		tree = mergeFile(tree, file)
	}
	getenv := opts.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	var env []envSet
	for _, e := range SecretEnv {
		v := getenv(e.Name)
		if v == "" {
			continue
		}
		if len(v) > MaxValueSize {
			return nil, nil, fmt.Errorf("environment variable %s is %w: more than %s", e.Name, errTooLarge, sizeText(MaxValueSize))
		}
		setPath(tree, e.Path, v)
		env = append(env, envSet{e.Name, e.Path, v})
	}
	steps := []struct {
		flag    string
		entries []string
		parse   func(string, map[string]interface{}) error
	}{
		{"--set-json", opts.JSONValues, strvals.ParseJSON},
		{"--set", opts.Values, strvals.ParseInto},
		{"--set-string", opts.StringValues, strvals.ParseIntoString},
		{"--set-file", opts.FileValues, func(s string, dst map[string]interface{}) error {
			return strvals.ParseIntoFile(s, dst, func(rs []rune) (interface{}, error) {
				b, err := src.readFile("--set-file", string(rs), MaxValueSize)
				if err != nil {
					return nil, &readError{err}
				}
				return fileContent(b), nil
			})
		}},
		{"--set-literal", opts.LiteralValues, strvals.ParseLiteralInto},
	}
	for _, step := range steps {
		for _, entry := range step.entries {
			if err := checkEntrySize(step.flag, entry); err != nil {
				return nil, nil, err
			}
			if err := step.parse(entry, tree); err != nil {
				var re *readError
				if errors.As(err, &re) {
					return nil, nil, re.err
				}
				// Neither the entry nor the parser's message is shown: both
				// may quote a secret value.
				key, _, _ := strings.Cut(entry, "=")
				return nil, nil, fmt.Errorf("%s entry for %q: cannot be parsed (Helm syntax: key=value, a.b[0].c=x, escape , and . with \\)", step.flag, key)
			}
		}
		if step.flag == "--set-file" && len(step.entries) > 0 {
			settleFileContents(nil, tree)
		}
	}
	return tree, env, nil
}

// applyNamespace sets the namespace value of tree from opts.Namespace or
// opts.DefaultNamespace (see Options). It returns the error of a namespace
// value that differs from opts.Namespace, after setting opts.Namespace, so
// that the other values are still checked.
func applyNamespace(tree map[string]interface{}, opts Options) *field.Error {
	v, set := tree["namespace"]
	if s, ok := v.(string); v == nil || ok && s == "" {
		set = false // null or "": no namespace of the values' own
	}
	switch {
	case opts.Namespace != "":
		tree["namespace"] = opts.Namespace
		if set && v != opts.Namespace {
			return field.Invalid(field.NewPath("namespace"), v,
				fmt.Sprintf("differs from -n/--namespace %q (as in kubectl, the values and -n must agree): drop one of them", opts.Namespace))
		}
	case opts.DefaultNamespace != "" && !set:
		tree["namespace"] = opts.DefaultNamespace
	}
	return nil
}

// mergeFile merges the values of a later -f file over those of the earlier
// ones, as Helm does (maps merged deep, anything else replaced; a null is
// kept, to remove a default later). chartutil.MergeTables gives next
// precedence; it logs a map replaced by a scalar (or the reverse), which is
// intended here, so the log is discarded as in coalesce.
func mergeFile(base, next map[string]interface{}) map[string]interface{} {
	logMu.Lock()
	defer logMu.Unlock()
	prev := log.Writer()
	log.SetOutput(io.Discard)
	defer log.SetOutput(prev)
	return chartutil.MergeTables(next, base)
}

// setPath sets a dotted path of plain keys in a tree, creating maps.
func setPath(tree map[string]interface{}, path, value string) {
	keys := strings.Split(path, ".")
	m := tree
	for _, k := range keys[:len(keys)-1] {
		next, ok := m[k].(map[string]interface{})
		if !ok {
			next = map[string]interface{}{}
			m[k] = next
		}
		m = next
	}
	m[keys[len(keys)-1]] = value
}

// FromTree merges a user tree over the defaults (Helm's coalescing: null
// removes a key, default included), decodes it strictly and validates it. A
// removed key means what an absent key means in the chart: an optional value
// is omitted (api.podSecurityContext.runAsUser: null lets the platform
// assign the UID), a required one is reported missing. It returns every
// error at once as *Error.
func FromTree(user map[string]interface{}, releaseName string) (values.Values, error) {
	if user == nil {
		user = map[string]interface{}{}
	}
	user = deepCopy(user)
	MoveAliases(user) // aliases.go: earlier names to the current ones
	merged := coalesce(user, DefaultsTree())
	// Every default is in merged unless null removed it; Decode unsets
	// what merged lacks, and a value that fails keeps its default.
	props := values.Default()
	errs := Decode(merged, &props)
	for _, v := range props.Validate(ReleaseNameOrDefault(releaseName), "") {
		if !coveredBy(v.Field, errs) {
			errs = append(errs, v)
		}
	}
	if len(errs) > 0 {
		return props, &Error{Errors: errs}
	}
	return props, nil
}

// Load reads every source of opts and returns validated props, or an error:
// *Error with every finding, or the failure to read a file or flag.
// LoadWithWarnings also returns the warnings about the values.
func Load(opts Options) (values.Values, error) {
	props, _, _, err := load(opts)
	return props, err
}

// coveredBy tells whether a validation finding concerns a value that
// already failed to decode (its path or a parent of it), so that one bad
// value gives one error.
func coveredBy(path string, decodeErrs field.ErrorList) bool {
	for _, e := range decodeErrs {
		if path == e.Field || strings.HasPrefix(path, e.Field+".") || strings.HasPrefix(path, e.Field+"[") {
			return true
		}
	}
	return false
}

var logMu sync.Mutex

// coalesce is Helm's chartutil.CoalesceTables (user over defaults, null
// removes a default). Helm logs a table-versus-scalar mismatch through the
// standard logger; Decode reports the same mismatch as an error with its path,
// so the log line is discarded here.
func coalesce(user, defaults map[string]interface{}) map[string]interface{} {
	logMu.Lock() // the standard logger is global: one swap at a time
	defer logMu.Unlock()
	prev := log.Writer()
	log.SetOutput(io.Discard)
	defer log.SetOutput(prev)
	return chartutil.CoalesceTables(user, defaults)
}

func deepCopy(m map[string]interface{}) map[string]interface{} {
	out := make(map[string]interface{}, len(m))
	for k, v := range m {
		if sub, ok := v.(map[string]interface{}); ok {
			v = deepCopy(sub)
		}
		out[k] = v
	}
	return out
}
