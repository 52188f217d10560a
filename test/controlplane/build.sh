#!/usr/bin/env bash
# build.sh builds a real Kubernetes control plane for the end-to-end tests:
# kube-apiserver and kubectl v1.37.2 (module in this folder) and etcd v3.6.16
# (module in ./etcd), all from the Go module proxy with this machine's Go.
#
# The binaries go to a cache folder outside the repository:
#   ${OPTIO_CONTROLPLANE_DIR:-$HOME/.cache/optio-cdk8s/controlplane-v1.37.2-etcd-v3.6.16}/bin
# If all three are already there and answer --version, nothing is rebuilt.
# A cold build takes about 11 minutes on 2 cores. Each binary is written under
# a temporary name and renamed, so an interrupted build never leaves half a
# binary behind. The last line of stdout is the bin folder.
set -euo pipefail

K8S_VERSION=v1.37.2
ETCD_VERSION=v3.6.16

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="${OPTIO_CONTROLPLANE_DIR:-$HOME/.cache/optio-cdk8s/controlplane-${K8S_VERSION}-etcd-${ETCD_VERSION}}"
bin="$dir/bin"
mkdir -p "$bin"

log() { echo "build.sh: $*" >&2; }

# ready reports whether all three binaries exist and print the pinned version.
# (Output is captured first: `cmd | grep -q` under pipefail fails with SIGPIPE.)
ready() {
	[[ -x "$bin/kube-apiserver" && -x "$bin/kubectl" && -x "$bin/etcd" ]] || return 1
	local out
	out="$("$bin/kube-apiserver" --version 2>/dev/null)" || return 1
	[[ "$out" == *"Kubernetes ${K8S_VERSION}"* ]] || return 1
	out="$("$bin/kubectl" version --client 2>/dev/null)" || return 1
	[[ "$out" == *"Client Version: ${K8S_VERSION}"* ]] || return 1
	out="$("$bin/etcd" --version 2>/dev/null)" || return 1
	[[ "$out" == *"etcd Version: ${ETCD_VERSION#v}"* ]] || return 1
}

if ready; then
	echo "$bin"
	exit 0
fi

# Serialize concurrent builds (parallel test packages may all ask at once).
if command -v flock >/dev/null 2>&1; then
	exec 9>"$dir/.build.lock"
	flock 9
	if ready; then
		echo "$bin"
		exit 0
	fi
fi

command -v go >/dev/null 2>&1 || { log "no 'go' command on PATH"; exit 1; }

tmp="$(mktemp -d "$dir/.build.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

export CGO_ENABLED="${CGO_ENABLED:-0}"
export GOFLAGS="${GOFLAGS:-} -mod=readonly -buildvcs=false"

ldflags="-s -w"
for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
	ldflags+=" -X ${pkg}.gitVersion=${K8S_VERSION}"
	ldflags+=" -X ${pkg}.gitMajor=1"
	ldflags+=" -X ${pkg}.gitMinor=37"
	ldflags+=" -X ${pkg}.gitTreeState=clean"
done

start=$SECONDS
log "building kube-apiserver and kubectl ${K8S_VERSION} with $(go version) (cold: ~11 min on 2 cores)"
(cd "$here" && go build -trimpath -ldflags "$ldflags" -o "$tmp/" \
	k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kubectl)

log "building etcd ${ETCD_VERSION}"
(cd "$here/etcd" && go build -trimpath -ldflags "-s -w" -o "$tmp/etcd" go.etcd.io/etcd/server/v3)

for b in kube-apiserver kubectl etcd; do
	mv -f "$tmp/$b" "$bin/$b"
done

if ! ready; then
	log "built binaries in $bin do not report the expected versions"
	exit 1
fi
log "done in $((SECONDS - start))s"
echo "$bin"
