package optio_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
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

func TestIngress(t *testing.T) {
	p := testutil.ValidProps()
	p.Ingress.Enabled = true
	p.Ingress.Annotations = map[string]string{"nginx.ingress.kubernetes.io/proxy-read-timeout": "3600", values.CertManagerIssuerAnnotation: "from-annotations"}
	p.Ingress.CertManager.Enabled = true
	p.Ingress.Hosts = append(p.Ingress.Hosts, values.IngressHost{Host: "*.optio.example.org", Paths: []values.IngressPath{{Path: "/", PathType: "Prefix", Service: "web"}}})
	p.API.Port = 4001
	ing := testutil.Must(t, testutil.Objects(t, p), "Ingress/optio-ingress")
	if got := ing.Get("spec", "ingressClassName"); got != "nginx" {
		t.Errorf("ingressClassName = %v", got)
	}
	wantAnn := map[string]interface{}{"nginx.ingress.kubernetes.io/proxy-read-timeout": "3600", values.CertManagerIssuerAnnotation: "letsencrypt-prod"}
	if got := ing.Get("metadata", "annotations"); !reflect.DeepEqual(got, wantAnn) {
		t.Errorf("annotations = %v, want %v", got, wantAnn)
	}
	routes := map[string]string{}
	for i := 0; i < 4; i++ {
		path := manifest.Object(ing.Get("spec", "rules", 0, "http", "paths", i).(map[string]interface{}))
		routes[path.Get("path").(string)] = path.Get("backend", "service", "name").(string) + ":" +
			strings.TrimSuffix(strings.TrimSuffix(jsonString(path.Get("backend", "service", "port", "number")), ".0"), "")
	}
	want := map[string]string{"/": "optio-web:3000", "/api": "optio-api:4001", "/ws": "optio-api:4001", "/api/internal": "optio-internal-closed:80"}
	if !reflect.DeepEqual(routes, want) {
		t.Errorf("routes = %v, want %v", routes, want)
	}
	tls := ing.Get("spec", "tls")
	wantTLS := []interface{}{
		map[string]interface{}{"hosts": []interface{}{"optio.example.com"}, "secretName": "optio-example-com-tls"},
		map[string]interface{}{"hosts": []interface{}{"*.optio.example.org"}, "secretName": "wildcard-optio-example-org-tls"},
	}
	if !reflect.DeepEqual(tls, wantTLS) {
		t.Errorf("tls = %v, want %v", tls, wantTLS)
	}

	p.Ingress.CertManager.Enabled = false
	p.Ingress.ClassName = ""
	p.Ingress.TLS = []values.IngressTLS{{SecretName: "manual", Hosts: []string{"optio.example.com"}}}
	ing = testutil.Must(t, testutil.Objects(t, p), "Ingress/optio-ingress")
	if ing.Get("spec", "ingressClassName") != nil {
		t.Error("ingressClassName emitted for an empty className")
	}
	if got := ing.Get("spec", "tls", 0, "secretName"); got != "manual" {
		t.Errorf("manual tls = %v", ing.Get("spec", "tls"))
	}
	if got := ing.Get("metadata", "annotations", values.CertManagerIssuerAnnotation); got != "from-annotations" {
		t.Errorf("user annotation lost without certManager: %v", got)
	}
}

// TestOptioIngressGolden: the Ingress of OptioIngress with its defaults
// (testdata/optio-ingress.yaml).
func TestOptioIngressGolden(t *testing.T) { checkGolden(t, "OptioIngress", "optio-ingress.yaml") }
