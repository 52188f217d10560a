package cli

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/optio-cdk8s/optio-cdk8s/schema"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// modulePath is the program's module: its version is the program's.
const modulePath = "github.com/optio-cdk8s/optio-cdk8s"

func newVersionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, the VCS revision it was built from and the cdk8s versions",
		Long: `Print the program's module version (a tag such as v0.2.0 for go install ...@v0.2.0,
a pseudo-version or (devel) for a build of a checkout), the VCS revision and
time it was built from (when the build recorded them: go build stamps them by
default in a git checkout), the Go version, the cdk8s libraries it runs and
the Optio chart it mirrors. --version prints the same.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprint(cmd.OutOrStdout(), versionText())
			return nil
		},
	}
}

// versionText is what version and --version print, from the build
// information Go records in the binary (runtime/debug.ReadBuildInfo):
//
//	optio-cdk8s v0.2.0
//	revision: 0123abcd... (2026-12-06T10:00:00Z)
//	go:       go1.26.0 linux/amd64
//	cdk8s:    cdk8s v2.69.10
//	values:   Optio Helm chart 0.1.0 (app version 0.1.0)
func versionText() string {
	return formatVersion(debug.ReadBuildInfo())
}

// formatVersion is versionText for the build information info (ok false:
// none was recorded).
func formatVersion(info *debug.BuildInfo, ok bool) string {
	version, revision, when, modified := "(unknown)", "", "", false
	deps := map[string]string{}
	if ok {
		version = info.Main.Version
		if info.Main.Path != modulePath {
			// Built as a dependency of another main module.
			for _, d := range info.Deps {
				if d.Path == modulePath {
					version = d.Version
				}
			}
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		for _, d := range info.Deps {
			deps[d.Path] = d.Version
			if d.Replace != nil {
				deps[d.Path] = d.Replace.Version
			}
		}
	}
	if version == "" {
		version = "(devel)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "optio-cdk8s %s\n", version)
	switch {
	case revision == "":
		b.WriteString("revision: unknown (built without VCS information: -buildvcs=false, or not from a checkout)\n")
	default:
		extra := []string{}
		if when != "" {
			extra = append(extra, when)
		}
		if modified {
			extra = append(extra, "modified")
		}
		fmt.Fprintf(&b, "revision: %s", revision)
		if len(extra) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(extra, ", "))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "go:       %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(&b, "cdk8s:    cdk8s %s\n", orUnknown(deps["github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"]))
	fmt.Fprintf(&b, "values:   Optio Helm chart 0.1.0 (app version %s)\n", values.AppVersion)
	return b.String()
}

func orUnknown(s string) string {
	if s == "" {
		return "(unknown)"
	}
	return s
}

func newShowCommand() *cobra.Command {
	show := &cobra.Command{
		Use:   "show",
		Short: "Show the default values or the values schema (as helm show values / helm show chart)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return usagef("show needs what to show: show values or show schema")
		},
	}
	show.AddCommand(&cobra.Command{
		Use:   "values",
		Short: "Print the default values as YAML, each value with its description",
		Long: `Print every value with its default, as a values file, each under its description
(the doc comment of its Go field, as in values.schema.json). A copy is a
starting point for your own values file: keep what you change, delete the rest
(a values file needs only the values that differ from the defaults).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if ValuesSchema == nil {
				return errors.New("no values schema in this build")
			}
			text, err := schema.ValuesYAML(ValuesSchema)
			if err != nil {
				return err
			}
			_, err = cmd.OutOrStdout().Write(text)
			return err
		},
	})
	show.AddCommand(&cobra.Command{
		Use:   "schema",
		Short: "Print values.schema.json, the JSON Schema (draft-07) of the values",
		Long: `Print values.schema.json, the JSON Schema (draft-07) of the values, as Helm reads a
chart's values.schema.json: editors validate and complete a values file with it
(# yaml-language-server: $schema=values.schema.json).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if ValuesSchema == nil {
				return errors.New("no values schema in this build")
			}
			_, err := cmd.OutOrStdout().Write(ValuesSchema)
			return err
		},
	})
	return show
}

// completeValuePaths completes the key of a --set entry (before "=") with
// the value paths of the schema: "api.re" gives api.replicas=,
// api.resources. and api.readinessProbe. (maps and lists are completed
// to their own path).
func completeValuePaths(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	if ValuesSchema == nil || strings.Contains(toComplete, "=") {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	paths, err := schema.ValuePaths(ValuesSchema)
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	seen := map[string]bool{}
	var out []string
	for _, p := range paths {
		if !strings.HasPrefix(p.Path, toComplete) {
			continue
		}
		// Offer the next segment only: "api." completes to api.replicas=,
		// api.image., ...
		rest := p.Path[len(toComplete):]
		if i := strings.Index(rest, "."); i >= 0 {
			c := toComplete + rest[:i+1]
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
			continue
		}
		if c := p.Path + "="; !seen[c] {
			seen[c] = true
			out = append(out, c+"\t"+p.Description)
		}
	}
	return out, cobra.ShellCompDirectiveNoSpace | cobra.ShellCompDirectiveNoFileComp
}
