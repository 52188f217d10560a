package kubeapi

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestPinnedModuleDir(t *testing.T) {
	dir, version, err := PinnedModuleDir("sigs.k8s.io/gateway-api")
	if err != nil {
		t.Fatal(err)
	}
	if version != "v1.6.3" || !strings.HasSuffix(dir, "gateway-api@v1.6.3") {
		t.Errorf("PinnedModuleDir = %s, %s; want the v1.6.3 pinned by scripts/import/go.mod", dir, version)
	}
	if _, err := os.Stat(filepath.Join(dir, "config", "crd", "standard", "gateway.networking.k8s.io_httproutes.yaml")); err != nil {
		t.Error(err)
	}
	if _, _, err := PinnedModuleDir("example.com/not-pinned"); err == nil || !strings.Contains(err.Error(), "does not require example.com/not-pinned") {
		t.Errorf("unpinned module: err = %v, want one naming the module", err)
	}
	if _, err := GatewayAPICRDs.Files("gateway.networking.k8s.io_nosuch.yaml"); err == nil || !strings.Contains(err.Error(), "sigs.k8s.io/gateway-api@v1.6.3 has no config/crd/standard/gateway.networking.k8s.io_nosuch.yaml") {
		t.Errorf("missing file: err = %v, want one naming module, version and file", err)
	}
	all, err := ArgoCDCRDs.Files()
	if err != nil {
		t.Fatal(err)
	}
	var base []string
	for _, p := range all {
		base = append(base, filepath.Base(p))
	}
	if want := []string{"application-crd.yaml", "applicationset-crd.yaml", "appproject-crd.yaml"}; !slices.Equal(base, want) {
		t.Errorf("ArgoCDCRDs.Files() = %v, want %v (kustomization.yaml left out)", base, want)
	}
}

// customResources are one object of each kind the CRDs below define; the
// server accepts them only once their CRDs are Established.
const customResources = `apiVersion: v1
kind: Namespace
metadata:
  name: crds
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
  namespace: crds
spec:
  gatewayClassName: example
  listeners:
    - name: http
      port: 80
      protocol: HTTP
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
  namespace: crds
spec:
  parentRefs:
    - name: gw
  rules:
    - matches:
        - path: {type: PathPrefix, value: /}
      backendRefs:
        - name: web
          port: 80
---
apiVersion: cert-manager.io/v1
kind: Issuer
metadata:
  name: selfsigned
  namespace: crds
spec:
  selfSigned: {}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: web
  namespace: crds
spec:
  secretName: web-tls
  dnsNames: [web.example.com]
  issuerRef: {name: selfsigned, kind: Issuer}
---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: optio
  namespace: crds
spec:
  project: default
  source: {repoURL: https://example.com/repo.git, path: dist, targetRevision: main}
  destination: {server: https://kubernetes.default.svc, namespace: optio}
---
apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: optio
  namespace: crds
spec:
  generators:
    - list: {elements: [{name: a}]}
  template:
    metadata: {name: 'optio-{{name}}'}
    spec:
      project: default
      source: {repoURL: https://example.com/repo.git, path: dist, targetRevision: main}
      destination: {server: https://kubernetes.default.svc, namespace: optio}
`

func TestInstallCRDs(t *testing.T) {
	s := Start(t)
	gw, err := GatewayAPICRDs.Files("gateway.networking.k8s.io_gateways.yaml", "gateway.networking.k8s.io_httproutes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cm, err := CertManagerCRDs.Files("cert-manager.io_certificates.yaml", "cert-manager.io_issuers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	argo, err := ArgoCDCRDs.Files("application-crd.yaml", "applicationset-crd.yaml")
	if err != nil {
		t.Fatal(err)
	}
	names, err := s.InstallCRDs(slices.Concat(gw, cm, argo)...)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"applications.argoproj.io", "applicationsets.argoproj.io",
		"certificates.cert-manager.io", "gateways.gateway.networking.k8s.io",
		"httproutes.gateway.networking.k8s.io", "issuers.cert-manager.io"}
	if !slices.Equal(names, want) {
		t.Errorf("InstallCRDs = %v, want %v", names, want)
	}
	res, err := s.Apply(write(t, "cr.yaml", customResources))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rejections) != 0 || res.Applied != 7 {
		t.Fatalf("applied %d of 7 custom resources; rejections: %+v", res.Applied, res.Rejections)
	}
	route, err := s.GetJSON("httproutes.gateway.networking.k8s.io", "crds", "web")
	if err != nil {
		t.Fatal(err)
	}
	// The CRD's structural schema is in force: the server defaulted the
	// parentRef's group and kind.
	refs, _ := dig(route, "spec", "parentRefs").([]any)
	if len(refs) != 1 {
		t.Fatalf("HTTPRoute parentRefs read back = %v", dig(route, "spec", "parentRefs"))
	}
	if ref, _ := refs[0].(map[string]any); ref["group"] != "gateway.networking.k8s.io" || ref["kind"] != "Gateway" {
		t.Errorf("HTTPRoute parentRef read back = %v, want group and kind defaulted by the CRD", ref)
	}
	cert, err := s.GetJSON("certificates.cert-manager.io", "crds", "web")
	if err != nil {
		t.Fatal(err)
	}
	if got := dig(cert, "spec", "secretName"); got != "web-tls" {
		t.Errorf("Certificate spec.secretName read back = %v, want web-tls", got)
	}

	// A second install is a no-op, as an upgrade of unchanged CRDs is.
	if _, err := s.InstallCRDs(gw...); err != nil {
		t.Errorf("re-installing: %v", err)
	}
	// A file with no CRD is refused: the caller named the wrong file.
	if _, err := s.InstallCRDs(write(t, "ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n")); err == nil || !strings.Contains(err.Error(), "no CustomResourceDefinition") {
		t.Errorf("no CRD: err = %v", err)
	}
}
