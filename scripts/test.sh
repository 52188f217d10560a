#!/usr/bin/env bash
# test.sh is the README's test command: every test, on the supported
# Node.js LTS (scripts/node.sh fetches it from the npm registry once), with
# the real kube-apiserver (test/controlplane/build.sh builds it once, about 12
# minutes on 2 cores, hence the timeout). Extra arguments go to `go test`,
# e.g. scripts/test.sh -short, or scripts/test.sh -run TestGolden.
set -euo pipefail
cd "$(dirname "$0")/.."
PATH="$(scripts/node.sh):$PATH"
export PATH
exec go test -count=1 -timeout 45m "$@" ./...
