// Package values turns Helm-style values (-f files, --set flags, environment
// variables) into validated optio.OptioChartProps, with Helm's own parsers and
// merge semantics.
package values

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
	"helm.sh/helm/v3/pkg/chartutil"
	helmvalues "helm.sh/helm/v3/pkg/cli/values"
	"helm.sh/helm/v3/pkg/getter"
	"helm.sh/helm/v3/pkg/strvals"
	"k8s.io/apimachinery/pkg/util/validation/field"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
)

// Options are the sources of values, in Helm's spelling. Precedence, lowest
// first: the Helm chart's defaults, ValueFiles left to right (maps merged deep,
// lists replaced), the secret environment variables (SecretEnv), then
// JSONValues, Values, StringValues, FileValues and LiteralValues, each in
// order (Helm's order).
type Options struct {
	// ValueFiles are -f/--values files; "-" reads standard input.
	ValueFiles []string
	// JSONValues are --set-json entries (key=jsonValue).
	JSONValues []string
	// Values are --set entries (key=value, Helm's typed parsing).
	Values []string
	// StringValues are --set-string entries (values kept as strings).
	StringValues []string
	// FileValues are --set-file entries (key=path: the file's content).
	FileValues []string
	// LiteralValues are --set-literal entries (the value taken verbatim).
	LiteralValues []string
	// ReleaseName is the release name; "" means optio.DefaultReleaseName.
	ReleaseName string
	// Getenv reads the environment; nil means os.Getenv.
	Getenv func(string) string
}

// SecretEnv maps environment variables to the secret values they set, so
// that CI can inject secrets without files. A variable that is unset or empty
// is ignored.
var SecretEnv = []struct{ Name, Path string }{
	{"OPTIO_ENCRYPTION_KEY", "encryption.key"},
	{"OPTIO_POSTGRES_PASSWORD", "postgresql.auth.password"},
	{"OPTIO_GITHUB_CLIENT_SECRET", "auth.github.clientSecret"},
	{"OPTIO_GOOGLE_CLIENT_SECRET", "auth.google.clientSecret"},
	{"OPTIO_GITLAB_CLIENT_SECRET", "auth.gitlab.clientSecret"},
	{"OPTIO_GITHUB_WEBHOOK_SECRET", "webhook.githubSecret"},
	{"OPTIO_EXTERNAL_DATABASE_URL", "externalDatabase.url"},
	{"OPTIO_EXTERNAL_REDIS_URL", "externalRedis.url"},
}

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

// DefaultsTree returns optio.DefaultProps as a values tree (the form Helm's
// parsers produce), the base that user values merge over.
func DefaultsTree() map[string]interface{} {
	b, err := json.Marshal(optio.DefaultProps())
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
// defaults. Errors name the file or flag that failed.
func Tree(opts Options) (map[string]interface{}, error) {
	valueFiles := append([]string(nil), opts.ValueFiles...)
	for i, name := range valueFiles {
		var b []byte
		var err error
		if name == "-" {
			// Read standard input once, check it, and hand Helm a copy.
			if b, err = io.ReadAll(os.Stdin); err != nil {
				return nil, fmt.Errorf("reading standard input: %w", err)
			}
			if valueFiles[i], err = tempCopy(b); err != nil {
				return nil, err
			}
			defer os.Remove(valueFiles[i])
			name = "standard input"
		} else if b, err = os.ReadFile(name); err != nil {
			return nil, err
		}
		if err := CheckValuesFile(name, b); err != nil {
			return nil, err
		}
	}
	files := helmvalues.Options{ValueFiles: valueFiles}
	tree, err := files.MergeValues(getter.Providers{})
	if err != nil {
		return nil, err
	}
	getenv := opts.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	for _, e := range SecretEnv {
		if v := getenv(e.Name); v != "" {
			setPath(tree, e.Path, v)
		}
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
				b, err := os.ReadFile(string(rs))
				return string(b), err
			})
		}},
		{"--set-literal", opts.LiteralValues, strvals.ParseLiteralInto},
	}
	for _, step := range steps {
		for _, entry := range step.entries {
			if err := step.parse(entry, tree); err != nil {
				// Neither the entry nor the parser's message is shown: both
				// may quote a secret value.
				key, _, _ := strings.Cut(entry, "=")
				return nil, fmt.Errorf("%s entry for %q: cannot be parsed (Helm syntax: key=value, a.b[0].c=x, escape , and . with \\)", step.flag, key)
			}
		}
	}
	return tree, nil
}

func tempCopy(b []byte) (string, error) {
	f, err := os.CreateTemp("", "optio-values-*.yaml")
	if err != nil {
		return "", err
	}
	defer f.Close()
	if _, err := f.Write(b); err != nil {
		return "", err
	}
	return f.Name(), nil
}

// CheckValuesFile refuses what Helm's reader would silently lose in a
// values file: a second YAML document (Helm reads the first only), a key
// given twice in one map (Helm keeps the last), and a document that is not a
// map. An empty file is fine.
func CheckValuesFile(name string, data []byte) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil
		}
		return fmt.Errorf("%s: not valid YAML: %w", name, err)
	}
	var more yaml.Node
	if err := dec.Decode(&more); !errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: holds more than one YAML document (---); a values file is one map of values", name)
	}
	if len(doc.Content) == 1 {
		root := doc.Content[0]
		if root.Kind != yaml.MappingNode && root.ShortTag() != "!!null" {
			return fmt.Errorf("%s: line %d: a values file is a map of values (key: value), not a %s", name, root.Line, kindName(root))
		}
	}
	var tree map[string]interface{}
	if err := doc.Decode(&tree); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "list"
	case yaml.AliasNode:
		return "alias"
	}
	return "single value"
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
func FromTree(user map[string]interface{}, releaseName string) (optio.OptioChartProps, error) {
	if user == nil {
		user = map[string]interface{}{}
	}
	merged := coalesce(deepCopy(user), DefaultsTree())
	// Every default is in merged unless null removed it; Decode unsets
	// what merged lacks, and a value that fails keeps its default.
	props := optio.DefaultProps()
	errs := Decode(merged, &props)
	props.ReleaseName = releaseName
	if props.ReleaseName == "" {
		props.ReleaseName = optio.DefaultReleaseName
	}
	for _, v := range props.Validate() {
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
func Load(opts Options) (optio.OptioChartProps, error) {
	tree, err := Tree(opts)
	if err != nil {
		return optio.OptioChartProps{}, err
	}
	return FromTree(tree, opts.ReleaseName)
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
