package optio

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
