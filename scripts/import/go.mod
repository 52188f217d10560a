// Module import pins the third-party sources of generated code and test
// fixtures, so each is fetched from the Go module proxy and verified by this
// go.sum:
//   - the Kubernetes OpenAPI that `npm run import` turns into imports/optio_k8s
//     (k8s.io/kubernetes: api/openapi-spec/swagger.json),
//   - the CRDs it turns into the imports/optio_* CRD bindings, which the tests
//     also install into the real kube-apiserver (test/kubeapi.InstallCRDs),
//   - Argo CD's CRDs, installed by the tests only.
// It holds no code, so do not run `go mod tidy` here (it would drop the pins).
// To move a pin: edit its version below, run
// `go mod download -json MODULE@VERSION` in this folder (it records the go.sum
// lines), then `npm run import` and the tests.
module github.com/optio-cdk8s/optio-cdk8s/scripts/import

go 1.26.0

require (
	// The Kubernetes version of imports/optio_k8s (cdk8s.yaml: k8s@1.28.0).
	k8s.io/kubernetes v1.28.0
	// Gateway API CRDs: config/crd/standard/ (standard channel).
	sigs.k8s.io/gateway-api v1.6.3
	// cert-manager CRDs: deploy/crds/.
	github.com/cert-manager/cert-manager v1.21.1
	// Argo CD CRDs: manifests/crds/.
	github.com/argoproj/argo-cd/v3 v3.5.1
)
