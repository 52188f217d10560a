// Module crds pins the third-party CustomResourceDefinitions that the tests
// install into the real kube-apiserver (test/kubeapi.InstallCRDs) and that
// `npm run import` generates typed bindings from. It holds no code: each
// require names a module whose source carries the CRD files, and go.sum is
// what verifies the downloaded bytes (test/kubeapi.PinnedModuleDir refuses a
// module missing from it). Do not run `go mod tidy` here: with no imports it
// would drop the pins. To move a pin: edit the version below, then
// `go mod download -json MODULE@VERSION` in this folder records its go.sum lines.
module github.com/optio-cdk8s/optio-cdk8s/test/crds

go 1.26.0

require (
	// Gateway API CRDs: config/crd/standard/ (standard channel).
	sigs.k8s.io/gateway-api v1.6.3
	// cert-manager CRDs: deploy/crds/.
	github.com/cert-manager/cert-manager v1.21.1
	// Argo CD CRDs: manifests/crds/.
	github.com/argoproj/argo-cd/v3 v3.5.1
)
