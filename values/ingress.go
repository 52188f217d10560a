package values

import "strings"

// CertManagerIssuerAnnotation is the annotation cert-manager reads on an
// Ingress to issue its certificates.
const CertManagerIssuerAnnotation = "cert-manager.io/cluster-issuer"

// CertManagerTLS returns the TLS entries of the Ingress with
// ingress.certManager.enabled: one per distinct host, in the order the
// hosts first appear, each holding that host alone and its TLSSecretName.
// A host listed twice (e.g. once per group of paths) gets one entry, since
// cert-manager's ingress-shim refuses an Ingress whose TLS entries repeat a
// secretName; Validate refuses two different hosts whose secret names
// coincide. Hosts left empty get no entry.
func CertManagerTLS(hosts []IngressHost) []IngressTLS {
	var out []IngressTLS
	seen := map[string]bool{}
	for _, h := range hosts {
		if h.Host == "" || seen[h.Host] {
			continue
		}
		seen[h.Host] = true
		out = append(out, IngressTLS{SecretName: TLSSecretName(h.Host), Hosts: []string{h.Host}})
	}
	return out
}

// TLSSecretName is the certificate Secret of a host with cert-manager, as the
// Optio Helm chart 0.1.0 names it: the host with dots replaced by dashes,
// plus "-tls"; a leading "*." wildcard becomes "wildcard-" ("*" is not
// allowed in a name).
func TLSSecretName(host string) string {
	if rest, ok := strings.CutPrefix(host, "*."); ok {
		host = "wildcard." + rest
	}
	return strings.ReplaceAll(host, ".", "-") + "-tls"
}

// IngressAnnotations merges ingress.annotations with the annotation the chart
// adds (cert-manager's issuer, which wins over a value of the same key): a map,
// so no key is ever duplicated.
func IngressAnnotations(v IngressValues) map[string]string {
	out := make(map[string]string, len(v.Annotations)+1)
	for k, val := range v.Annotations {
		out[k] = val
	}
	if v.CertManager.Enabled {
		out[CertManagerIssuerAnnotation] = v.CertManager.ClusterIssuer
	}
	return out
}
