package synth

import (
	"fmt"
	"strings"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
)

// Summary is the note printed after a successful synth, like Helm's NOTES:
// what was written where, how to apply it, and how to reach the API and web
// UI.
func Summary(p optio.OptioChartProps, outdir string, files []string) string {
	var b strings.Builder
	r := p.Release()
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
	fmt.Fprintf(&b, "\nApply it (first install):\n  kubectl apply -f %s/\n", outdir)
	fmt.Fprintf(&b, "Update it, deleting what the values no longer produce (never the data PVC nor the Namespace):\n  %s\n",
		strings.ReplaceAll(r.PruneCommand(outdir+"/"), "\n", "\n  "))
	b.WriteString("\nReach Optio:\n")
	if pub := p.EffectivePublicURL(); pub != "" && p.Ingress.Enabled {
		fmt.Fprintf(&b, "  web UI and API: %s (Ingress %s)\n", pub, r.ObjectName(optio.ComponentIngress))
	}
	reach := func(what, component string, port int32, svc optio.ServiceValues) {
		name := r.ObjectName(component)
		if svc.Type == "NodePort" {
			if n, ok := optio.NodePortNumber(svc.NodePort); ok {
				fmt.Fprintf(&b, "  %s: http://<node-ip>:%d (NodePort of Service %s)\n", what, n, name)
			} else {
				fmt.Fprintf(&b, "  %s: http://<node-ip>:<node-port> (kubectl -n %s get svc %s shows the port)\n", what, r.Namespace, name)
			}
			return
		}
		fmt.Fprintf(&b, "  %s: kubectl -n %s port-forward svc/%s %d:%d  then http://localhost:%d\n", what, r.Namespace, name, port, port, port)
	}
	reach("web UI", optio.ComponentWeb, p.Web.Port, p.Web.Service)
	reach("API", optio.ComponentAPI, p.API.Port, p.API.Service)
	return b.String()
}
