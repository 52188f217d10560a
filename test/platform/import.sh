#!/usr/bin/env bash
# import.sh regenerates imports/k8s of this platform app: the plain
# `cdk8s import k8s@1.37.2 -l go` a platform team runs (cdk8s.yaml), with the
# repository's pinned cdk8s CLI. The Kubernetes 1.37.2 OpenAPI comes from the
# Go module proxy (k8s.io/kubernetes, verified by test/controlplane/go.sum,
# the control plane the tests run), through the same preload as the
# repository's `npm run import`. Needs `npm ci` at the repository root.
set -euo pipefail
cd "$(dirname "$0")"
root=../..
PATH="$("$root/scripts/node.sh"):$PATH"
OPTIO_K8S_PINS="$root/test/controlplane" exec node -r "$root/scripts/import/pinned-sources.js" \
	"$root/node_modules/cdk8s-cli/bin/cdk8s" import --language go --no-save --no-check-upgrade
