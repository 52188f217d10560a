package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

// Argo CD's parameters of the plugin (spec.source.plugin.parameters of an
// Application), as argocd/plugin.yaml announces them.
const (
	paramValuesFiles = "values-files" // array: -f files, relative to the source path
	paramSet         = "set"          // map: --set entries
	paramSetString   = "set-string"   // map: --set-string entries
)

// argoParameter is one entry of ARGOCD_APP_PARAMETERS: Argo CD's
// ApplicationSourcePluginParameter as JSON (exactly one of string, array and
// map is set).
type argoParameter struct {
	Name   string             `json:"name"`
	String *string            `json:"string,omitempty"`
	Array  *[]string          `json:"array,omitempty"`
	Map    *map[string]string `json:"map,omitempty"`
}

func newArgoCDCommand(stdout, stderr io.Writer) *cobra.Command {
	argocd := &cobra.Command{
		Use:   "argocd",
		Short: "The Argo CD config management plugin (argocd/plugin.yaml)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return usagef("argocd needs a command: argocd generate")
		},
	}
	argocd.AddCommand(&cobra.Command{
		Use:   "generate",
		Short: "Write an Argo CD Application's manifests to standard output, from Argo CD's environment",
		Long: `The generate command of the Argo CD config management plugin (argocd/plugin.yaml).
It runs in the Application's source path and reads Argo CD's environment:

  ARGOCD_APP_NAME        the release name (without the "<namespace>_" prefix of an
                         Application outside Argo CD's namespace);
                         ARGOCD_ENV_RELEASE_NAME (plugin env RELEASE_NAME) replaces it
  ARGOCD_APP_NAMESPACE   the namespace, unless the values set one (the destination
                         namespace)
  ARGOCD_APP_PARAMETERS  the plugin parameters (JSON):
                           values-files  array: values files, relative to the source
                                         path, merged left to right (default:
                                         [values.yaml]); never outside the repository
                           set           map: --set entries (a value's commas are
                                         escaped unless it is a {a,b} list, as Argo CD
                                         does for Helm parameters)
                           set-string    map: --set-string entries

The YAML stream goes to standard output; warnings and errors go to standard
error, which Argo CD shows; any error exits non-zero and fails the sync.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts, err := argoOptions(os.Getenv)
			if err != nil {
				fmt.Fprintf(stderr, "error: %s\nnothing was written\n", err)
				return exitError(1)
			}
			return execute(synthFlags{toStdout: true}, opts, stdout, stderr)
		},
	})
	return argocd
}

// argoOptions turns Argo CD's environment for a plugin (getenv) into the
// values options of a run: see the generate command's help.
func argoOptions(getenv func(string) string) (loader.Options, error) {
	var opts loader.Options
	app := getenv("ARGOCD_APP_NAME")
	if _, name, ok := strings.Cut(app, "_"); ok {
		// Argo CD names an Application outside its own namespace
		// "<namespace>_<name>"; a release name cannot hold "_".
		app = name
	}
	opts.ReleaseName = app
	if r := getenv("ARGOCD_ENV_RELEASE_NAME"); r != "" {
		opts.ReleaseName = r
	}
	if opts.ReleaseName == "" {
		return opts, fmt.Errorf("ARGOCD_APP_NAME is not set: argocd generate runs as Argo CD's plugin (outside Argo CD, use optio-cdk8s --stdout)")
	}
	opts.DefaultNamespace = getenv("ARGOCD_APP_NAMESPACE")

	files := []string{defaultValuesFile}
	if raw := getenv("ARGOCD_APP_PARAMETERS"); raw != "" {
		var params []argoParameter
		if err := json.Unmarshal([]byte(raw), &params); err != nil {
			return opts, fmt.Errorf("ARGOCD_APP_PARAMETERS is not Argo CD's parameter list: %v", err)
		}
		seen := map[string]bool{}
		for _, p := range params {
			if seen[p.Name] {
				return opts, fmt.Errorf("plugin parameter %s is given twice", p.Name)
			}
			seen[p.Name] = true
			switch p.Name {
			case paramValuesFiles:
				if p.Array == nil {
					return opts, fmt.Errorf("plugin parameter %s must be an array (array: [values.yaml, ...])", p.Name)
				}
				files = *p.Array
			case paramSet, paramSetString:
				if p.Map == nil {
					return opts, fmt.Errorf("plugin parameter %s must be a map (map: {api.replicas: \"3\"})", p.Name)
				}
				entries := setEntries(*p.Map)
				if p.Name == paramSet {
					opts.Values = entries
				} else {
					opts.StringValues = entries
				}
			default:
				return opts, fmt.Errorf("unknown plugin parameter %q: the parameters are %s, %s and %s", p.Name, paramValuesFiles, paramSet, paramSetString)
			}
		}
	}
	root, err := repositoryRoot(getenv("ARGOCD_APP_SOURCE_PATH"))
	if err != nil {
		return opts, err
	}
	for _, f := range files {
		if err := insideRepository(root, f); err != nil {
			return opts, fmt.Errorf("plugin parameter %s: %w", paramValuesFiles, err)
		}
	}
	opts.ValueFiles = files
	return opts, nil
}

// setEntries turns a parameter map into --set entries, sorted by key (Argo
// CD's JSON has no order). A value's commas are escaped, unless it is a Helm
// list {a,b}: Argo CD's rule for its own Helm parameters.
func setEntries(m map[string]string) []string {
	var out []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		v := m[k]
		if !(strings.HasPrefix(v, "{") && strings.HasSuffix(v, "}")) {
			var b strings.Builder
			prev := rune(0)
			for _, r := range v {
				if r == ',' && prev != '\\' {
					b.WriteString(`\,`)
				} else {
					b.WriteRune(r)
				}
				prev = r
			}
			v = b.String()
		}
		out = append(out, k+"="+v)
	}
	return out
}

// repositoryRoot is the root of the repository copy that the plugin runs
// in: the working directory (the Application's source path) without
// sourcePath (ARGOCD_APP_SOURCE_PATH), with links resolved.
func repositoryRoot(sourcePath string) (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	root := wd
	if sp := filepath.Clean(filepath.FromSlash(sourcePath)); sourcePath != "" && sp != "." && !filepath.IsAbs(sp) && !strings.HasPrefix(sp, "..") {
		if r, ok := strings.CutSuffix(wd, string(filepath.Separator)+sp); ok {
			root = r
		}
	}
	return filepath.EvalSymlinks(root)
}

// insideRepository refuses a values file that is absolute or, with links
// resolved, outside root: an Application must not read the sidecar's files
// (Argo CD refuses such Helm value files too). A missing file is left to
// the loader, whose error names it.
func insideRepository(root, file string) error {
	if filepath.IsAbs(file) {
		return fmt.Errorf("%q is an absolute path: values files are relative to the Application's path", file)
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return err
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		if os.IsNotExist(err) {
			real = filepath.Clean(abs)
			if r, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
				real = filepath.Join(r, filepath.Base(abs))
			}
		} else {
			return err
		}
	}
	rel, err := filepath.Rel(root, real)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fmt.Errorf("%q is outside the repository", file)
	}
	return nil
}
