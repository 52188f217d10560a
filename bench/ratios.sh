#!/usr/bin/env bash
# ratios.sh runs the whole-run benchmarks of bench/ (each op a new process)
# and prints the ratios of the performance targets from that one run:
#   one release / the floor with the assemblies the product loads  (target <= 1.1)
#   one release with every feature on / the same floor              (target <= 1.3)
#   100 releases in one run / one release                          (target <= 5)
# Medians of COUNT runs (default 5). Node.js is the supported LTS from
# scripts/node.sh, unless OPTIO_BENCH_NODE=system (the node on PATH).
# Usage: bench/ratios.sh        COUNT=10 bench/ratios.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${OPTIO_BENCH_NODE:-}" != system ]]; then
	PATH="$(scripts/node.sh):$PATH"
fi
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="$(node --version | sed 's/^v//; s/\..*//')"
echo "node $(node --version), $(go version | cut -d' ' -f3), $(nproc) cores" >&2
out="$(go test -run '^$' -bench '^Benchmark(Floor|Synth|SynthEverything|Fleet)$' -count "${COUNT:-5}" ./bench/ | tee /dev/stderr)"
echo "$out" | awk '
/^Benchmark/ {
	name = $1; sub(/-[0-9]+$/, "", name)
	v[name] = v[name] " " $3; n[name]++
}
function median(list,   a, k, i, j, t) {
	k = split(list, a, " ")
	for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
	return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
}
END {
	floor = median(v["BenchmarkFloor/bare"]); asm = median(v["BenchmarkFloor/assemblies"])
	one = median(v["BenchmarkSynth"]); every = median(v["BenchmarkSynthEverything"]); f20 = median(v["BenchmarkFleet/releases=20"]); f100 = median(v["BenchmarkFleet/releases=100"])
	printf "\nmedians (ms): floor %.0f, floor with assemblies %.0f, one release %.0f, every feature %.0f, 20 releases %.0f, 100 releases %.0f\n", floor/1e6, asm/1e6, one/1e6, every/1e6, f20/1e6, f100/1e6
	printf "one release / floor with assemblies: %.2fx (target <= 1.1)\n", one / asm
	printf "every feature / floor with assemblies: %.2fx (target <= 1.3)\n", every / asm
	printf "one release / bare floor:            %.2fx\n", one / floor
	printf "100 releases / one release:          %.2fx (target <= 5)\n", f100 / one
	printf "20 releases / one release:           %.2fx\n", f20 / one
	printf "per release after the first:         %.1f ms\n", (f100 - one) / 99 / 1e6
}'
