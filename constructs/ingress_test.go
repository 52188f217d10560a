package optio_test

import (
	"reflect"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// TestCertManagerTLSOneEntryPerHost: a host listed twice gets one TLS entry,
// in the order of first appearance, in CertManagerTLS and in the Ingress.
func TestCertManagerTLSOneEntryPerHost(t *testing.T) {
	hosts := []values.IngressHost{host("b.example.com", "/"), host("a.example.com", "/"), host("b.example.com", "/api"), host("*.a.example.com", "/")}
	want := []values.IngressTLS{
		{SecretName: "b-example-com-tls", Hosts: []string{"b.example.com"}},
		{SecretName: "a-example-com-tls", Hosts: []string{"a.example.com"}},
		{SecretName: "wildcard-a-example-com-tls", Hosts: []string{"*.a.example.com"}},
	}
	if got := values.CertManagerTLS(hosts); !reflect.DeepEqual(got, want) {
		t.Errorf("CertManagerTLS = %v\nwant %v", got, want)
	}
	p := testutil.ValidProps()
	p.Ingress.Enabled = true
	p.Ingress.CertManager.Enabled = true
	p.Ingress.Hosts = hosts
	ing := testutil.Must(t, testutil.Objects(t, p), "Ingress/optio-ingress")
	tls, _ := ing.Get("spec", "tls").([]interface{})
	if len(tls) != 3 {
		t.Fatalf("spec.tls = %v, want 3 entries", tls)
	}
	for i, w := range want {
		if got := ing.Get("spec", "tls", i, "secretName"); got != w.SecretName {
			t.Errorf("spec.tls[%d].secretName = %v, want %s", i, got, w.SecretName)
		}
	}
}

// host is a host rule with paths of pathType Prefix to the web UI.
func host(name string, paths ...string) values.IngressHost {
	h := values.IngressHost{Host: name}
	for _, p := range paths {
		h.Paths = append(h.Paths, values.IngressPath{Path: p, PathType: "Prefix", Service: "web"})
	}
	return h
}
