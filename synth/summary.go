package synth

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// Summary is the note printed after a successful synth, like Helm's NOTES:
// what was written where, how to apply it, and how to reach the API and web
// UI.
func Summary(p optio.OptioChartProps, outdir string, files []string) string {
	var b strings.Builder
	r := p.Release()
	outdir = filepath.Clean(outdir)
	dir := shellQuote(outdir + "/")
	fmt.Fprintf(&b, "Synthesized release %q (namespace %q) into %s/:\n", r.Name, r.Namespace, outdir)
	for _, f := range files {
		fmt.Fprintf(&b, "  %s\n", f)
	}
	if p.ExistingSecret != "" {
		required, optional := p.SecretKeys()
		fmt.Fprintf(&b, "\nThe Secret %q must exist in %q before the API starts. Keys: %s (optional: %s). For example:\n",
			p.ExistingSecret, r.Namespace, strings.Join(required, ", "), strings.Join(optional, ", "))
		fmt.Fprintf(&b, "  kubectl create namespace %s --dry-run=client -o yaml | kubectl apply -f -\n", r.Namespace)
		fmt.Fprintf(&b, "  kubectl -n %s create secret generic %s", r.Namespace, p.ExistingSecret)
		for _, k := range required {
			fmt.Fprintf(&b, " \\\n    --from-literal=%s=...", k)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "\nApply it (first install):\n  kubectl apply -f %s\n", dir)
	fmt.Fprintf(&b, "Update it, deleting what the values no longer produce (never the data PVC nor the Namespace; kubectl 1.26 or newer):\n  %s\n",
		strings.ReplaceAll(r.PruneCommand(dir, p.CustomResourceKinds()...), "\n", "\n  "))
	b.WriteString(dayTwo(r, outdir, files, p.CustomResourceKinds()))
	b.WriteString("\nReach Optio:\n")
	if pub := p.EffectivePublicURL(); pub != "" && p.Ingress.Enabled {
		fmt.Fprintf(&b, "  web UI and API: %s (Ingress %s)\n", pub, r.ObjectName(values.ComponentIngress))
	}
	reach := func(what, component string, port int32, svc values.ServiceValues) {
		name := r.ObjectName(component)
		if svc.Type == "NodePort" {
			if n, ok := values.NodePortNumber(svc.NodePort); ok {
				fmt.Fprintf(&b, "  %s: http://<node-ip>:%d (NodePort of Service %s)\n", what, n, name)
			} else {
				fmt.Fprintf(&b, "  %s: http://<node-ip>:<node-port> (kubectl -n %s get svc %s shows the port)\n", what, r.Namespace, name)
			}
			return
		}
		fmt.Fprintf(&b, "  %s: kubectl -n %s port-forward svc/%s %d:%d  then http://localhost:%d\n", what, r.Namespace, name, port, port, port)
	}
	reach("web UI", values.ComponentWeb, p.Web.Port, p.Web.Service)
	reach("API", values.ComponentAPI, p.API.Port, p.API.Service)
	return b.String()
}

// FleetSummary is the note printed after a successful synth of several
// releases (--releases): each release with its namespace and file, the
// Secrets that existingSecret releases need, how to apply them, and the
// prune command of one release as the pattern for each.
func FleetSummary(releases []FleetRelease, outdir string) string {
	var b strings.Builder
	outdir = filepath.Clean(outdir)
	fmt.Fprintf(&b, "Synthesized %d releases into %s/:\n", len(releases), outdir)
	width := 0
	for _, r := range releases {
		width = max(width, len(r.Props.ReleaseName))
	}
	for _, r := range releases {
		p := r.Props
		fmt.Fprintf(&b, "  %-*s  namespace %-20s %s (values %s)\n", width, p.ReleaseName, p.Namespace,
			filepath.Join(outdir, ReleaseFile(p.ReleaseName)), r.Source)
	}
	blank := false
	for _, r := range releases {
		p := r.Props
		if p.ExistingSecret == "" {
			continue
		}
		if !blank {
			b.WriteString("\n")
			blank = true
		}
		required, _ := p.SecretKeys()
		fmt.Fprintf(&b, "%s needs the Secret %q in namespace %q, with the keys %s.\n", p.ReleaseName, p.ExistingSecret, p.Namespace, strings.Join(required, ", "))
	}
	fmt.Fprintf(&b, "\nApply them (first install):\n  kubectl apply -f %s\n", shellQuote(outdir+"/"))
	if len(releases) > 0 {
		// The pattern is a release with a DataFile when one has it, so that
		// its step (apply the data file first) is shown.
		first := releases[0].Props
		for _, r := range releases {
			if fileExists(filepath.Join(outdir, DataFile(r.Props.ReleaseName))) {
				first = r.Props
				break
			}
		}
		fmt.Fprintf(&b, "Update one release, deleting what its values no longer produce (never the data PVC nor the Namespace; kubectl 1.26 or newer); for %s:\n  %s\n",
			first.ReleaseName, strings.ReplaceAll(first.Release().PruneCommand(releaseFiles(first.ReleaseName, outdir), first.CustomResourceKinds()...), "\n", "\n  "))
		b.WriteString("and the same for each release, with its name, namespace and file.\n")
		files, _ := filepath.Glob(filepath.Join(outdir, "*.k8s.yaml"))
		b.WriteString(dayTwo(first.Release(), outdir, files, first.CustomResourceKinds()))
	}
	return b.String()
}

// dayTwo is the summary's part on ApplySet and uninstalling, for release r
// (crdKinds: its custom resource kinds, Values.CustomResourceKinds)
// written into outdir (files: what was written).
func dayTwo(r values.Release, outdir string, files []string, crdKinds []string) string {
	var b strings.Builder
	data := ""
	for _, f := range files {
		if filepath.Base(f) == DataFile(r.Name) {
			data = shellQuote(filepath.Join(outdir, DataFile(r.Name)))
		}
	}
	never := ""
	if data != "" {
		never = " (" + DataFile(r.Name) + " is never pruned)"
	}
	fmt.Fprintf(&b, "Or with kubectl's ApplySet%s:\n  %s\n", never,
		strings.ReplaceAll(ApplySetCommands(r, data, shellQuote(filepath.Join(outdir, ReleaseFile(r.Name)))), "\n", "\n  "))
	fmt.Fprintf(&b, "Uninstall, keeping the data volume and the Namespace (see docs/operations.md):\n  %s\n",
		strings.ReplaceAll(UninstallCommands(r, crdKinds...), "\n", "\n  "))
	return b.String()
}

// releaseFiles is the argument of -f that names a release's files in a
// fleet's outdir: its DataFile (when written) and its ReleaseFile, so that
// a prune command also applies the data volume.
func releaseFiles(release, outdir string) string {
	f := shellQuote(filepath.Join(outdir, ReleaseFile(release)))
	if data := filepath.Join(outdir, DataFile(release)); fileExists(data) {
		f = shellQuote(data) + " -f " + f
	}
	return f
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// shellQuote quotes a path for a POSIX shell when it holds anything but
// letters, digits and "/._-+=:,@%", so that a printed command can be pasted.
func shellQuote(s string) string {
	safe := s != ""
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("/._-+=:,@%", r)) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
