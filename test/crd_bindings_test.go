package test

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	certmanager "github.com/optio-cdk8s/optio-cdk8s/imports/optio_certmanagerio"
	gatewayv1 "github.com/optio-cdk8s/optio-cdk8s/imports/optio_gatewaynetworkingk8sio"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/test/kubeapi"
)

// crdBindingsChart builds a Gateway, an HTTPRoute and a cert-manager Issuer
// and Certificate with the typed bindings of imports/ and returns the
// synthesized YAML.
func crdBindingsChart(t *testing.T) string {
	t.Helper()
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("bindings"), &cdk8s.ChartProps{Namespace: jsii.String("bindings")})
	gatewayv1.NewGateway(chart, jsii.String("gateway"), &gatewayv1.GatewayProps{
		Metadata: &cdk8s.ApiObjectMetadata{Name: jsii.String("optio")},
		Spec: &gatewayv1.GatewaySpec{
			GatewayClassName: jsii.String("example"),
			Listeners: &[]*gatewayv1.GatewaySpecListeners{{
				Name:     jsii.String("https"),
				Port:     jsii.Number(443),
				Protocol: jsii.String("HTTPS"),
				Hostname: jsii.String("optio.example.com"),
				Tls: &gatewayv1.GatewaySpecListenersTls{
					CertificateRefs: &[]*gatewayv1.GatewaySpecListenersTlsCertificateRefs{{Name: jsii.String("optio-tls")}},
				},
			}},
		},
	})
	gatewayv1.NewHttpRoute(chart, jsii.String("route"), &gatewayv1.HttpRouteProps{
		Metadata: &cdk8s.ApiObjectMetadata{Name: jsii.String("optio")},
		Spec: &gatewayv1.HttpRouteSpec{
			ParentRefs: &[]*gatewayv1.HttpRouteSpecParentRefs{{Name: jsii.String("optio")}},
			Hostnames:  jsii.Strings("optio.example.com"),
			Rules: &[]*gatewayv1.HttpRouteSpecRules{{
				Matches: &[]*gatewayv1.HttpRouteSpecRulesMatches{{
					Path: &gatewayv1.HttpRouteSpecRulesMatchesPath{
						Type:  gatewayv1.HttpRouteSpecRulesMatchesPathType_PATH_PREFIX,
						Value: jsii.String("/api"),
					},
				}},
				BackendRefs: &[]*gatewayv1.HttpRouteSpecRulesBackendRefs{{Name: jsii.String("optio-api"), Port: jsii.Number(4000)}},
			}},
		},
	})
	certmanager.NewIssuer(chart, jsii.String("issuer"), &certmanager.IssuerProps{
		Metadata: &cdk8s.ApiObjectMetadata{Name: jsii.String("optio-selfsigned")},
		Spec:     &certmanager.IssuerSpec{SelfSigned: &certmanager.IssuerSpecSelfSigned{}},
	})
	certmanager.NewCertificate(chart, jsii.String("certificate"), &certmanager.CertificateProps{
		Metadata: &cdk8s.ApiObjectMetadata{Name: jsii.String("optio-tls")},
		Spec: &certmanager.CertificateSpec{
			SecretName: jsii.String("optio-tls"),
			DnsNames:   jsii.Strings("optio.example.com"),
			IssuerRef:  &certmanager.CertificateSpecIssuerRef{Name: jsii.String("optio-selfsigned"), Kind: jsii.String("Issuer")},
			PrivateKey: &certmanager.CertificateSpecPrivateKey{
				Algorithm: certmanager.CertificateSpecPrivateKeyAlgorithm_ECDSA,
				Size:      jsii.Number(256),
			},
		},
	})
	return *app.SynthYaml()
}

// TestCRDBindings checks that the generated Gateway API and cert-manager
// bindings emit the apiVersion, kind and field spellings of the CRDs (enums
// included), and, against the real API server with the pinned CRDs
// installed, that the objects pass strict schema validation.
func TestCRDBindings(t *testing.T) {
	out := crdBindingsChart(t)
	docs, err := manifest.Parse([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		apiVersion, kind, name string
		path                   []any
		value                  any
	}{
		{"gateway.networking.k8s.io/v1", "Gateway", "optio", []any{"spec", "listeners", 0, "tls", "certificateRefs", 0, "name"}, "optio-tls"},
		{"gateway.networking.k8s.io/v1", "HTTPRoute", "optio", []any{"spec", "rules", 0, "matches", 0, "path", "type"}, "PathPrefix"},
		{"cert-manager.io/v1", "Issuer", "optio-selfsigned", []any{"spec", "selfSigned"}, map[string]any{}},
		{"cert-manager.io/v1", "Certificate", "optio-tls", []any{"spec", "privateKey", "algorithm"}, "ECDSA"},
	}
	if len(docs) != len(want) {
		t.Fatalf("synthesized %d objects, want %d:\n%s", len(docs), len(want), out)
	}
	for i, w := range want {
		d := docs[i]
		if d.Get("apiVersion") != w.apiVersion || d.Kind() != w.kind || d.Name() != w.name || d.Namespace() != "bindings" {
			t.Errorf("object %d: %v %s %s/%s, want %s %s bindings/%s", i, d.Get("apiVersion"), d.Kind(), d.Namespace(), d.Name(), w.apiVersion, w.kind, w.name)
		}
		if got := d.Get(w.path...); !reflect.DeepEqual(got, w.value) {
			t.Errorf("%s %v = %#v, want %#v", w.kind, w.path, got, w.value)
		}
	}
	if got := docs[1].Get("spec", "rules", 0, "backendRefs", 0, "port"); got != float64(4000) {
		t.Errorf("HTTPRoute backendRef port = %#v, want 4000", got)
	}

	s := kubeapi.Start(t)
	gw, err := kubeapi.GatewayAPICRDs.Files("gateway.networking.k8s.io_gateways.yaml", "gateway.networking.k8s.io_httproutes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cm, err := kubeapi.CertManagerCRDs.Files("cert-manager.io_certificates.yaml", "cert-manager.io_issuers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.InstallCRDs(slices.Concat(gw, cm)...); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	ns := "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: bindings\n---\n"
	if err := os.WriteFile(filepath.Join(dir, "bindings.yaml"), []byte(ns+out), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := s.Apply(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rejections) != 0 || res.Applied != 5 {
		t.Fatalf("applied %d of 5 objects; rejections: %+v", res.Applied, res.Rejections)
	}

	// The listener and parentRefs rules values.GatewayAPIValues.Validate
	// copies from the CRDs: the server refuses each of these objects too.
	bad := ""
	for name, listeners := range map[string]string{
		"same-port-and-protocol": "[{name: a, port: 80, protocol: HTTP}, {name: b, port: 80, protocol: HTTP}]",
		"https-passthrough":      "[{name: a, port: 443, protocol: HTTPS, tls: {mode: Passthrough, certificateRefs: [{name: optio-tls}]}}]",
	} {
		bad += "---\napiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: " + name + ", namespace: bindings}\nspec: {gatewayClassName: example, listeners: " + listeners + "}\n"
	}
	bad += "---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: two-refs, namespace: bindings}\nspec: {parentRefs: [{name: gw, sectionName: http}, {name: gw}]}\n"
	badDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(badDir, "bad.yaml"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err = s.Apply(badDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rejections) != 3 || res.Applied != 0 {
		t.Errorf("the API server applied %d of the 3 objects our values refuse; rejections: %+v", res.Applied, res.Rejections)
	}
	reasons := ""
	for _, r := range res.Rejections {
		reasons += r.Message
	}
	for _, want := range []string{"Combination of port, protocol and hostname must be unique", "tls mode must be Terminate for protocol HTTPS", "sectionName must be specified when parentRefs includes 2 or more references to the same parent"} {
		if !strings.Contains(reasons, want) {
			t.Errorf("the server's reasons lack %q: %s", want, reasons)
		}
	}
}
