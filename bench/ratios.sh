#!/usr/bin/env bash
# ratios.sh runs the whole-run benchmarks of bench/ (each op a new process)
# and prints the ratios of the performance targets:
#   one release / the floor with the assemblies the product loads  (target <= 1.1)
#   one release with every feature on / the same floor              (target <= 1.3)
#   100 releases in one run / one release                          (target <= 5)
# It runs COUNT rounds (default 5); each round runs every benchmark once, so
# that a machine whose speed varies (a shared VM) slows all of them alike.
# It prints the median of each benchmark's wall and CPU time, then the
# median of each round's own ratio (paired: the ratio of two medians taken
# minutes apart can be off by more than what it measures), and fails when a
# benchmark is missing from a round. Node.js is the supported LTS from
# scripts/node.sh, unless OPTIO_BENCH_NODE=system (the node on PATH).
# Usage: bench/ratios.sh        COUNT=10 bench/ratios.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${OPTIO_BENCH_NODE:-}" != system ]]; then
	PATH="$(scripts/node.sh):$PATH"
fi
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="$(node --version | sed 's/^v//; s/\..*//')"
echo "node $(node --version), $(go version | cut -d' ' -f3), $(nproc) cores, ${COUNT:-5} rounds" >&2
go test -c -o /dev/null ./bench/ # compile errors before the first round
out=""
for ((round = 1; round <= ${COUNT:-5}; round++)); do
	out+="$(go test -run '^$' -bench '^Benchmark(Floor|Synth|SynthEverything|Fleet)$' -count 1 ./bench/ | tee -a /dev/stderr | sed "s/^Benchmark/$round Benchmark/")"$'\n'
done
echo "$out" | awk -v rounds="${COUNT:-5}" '
$2 ~ /^Benchmark/ {
	r = $1; name = $2; sub(/-[0-9]+$/, "", name)
	t[name, r] = $4; wall[name] = wall[name] " " $4; cpu[name] = cpu[name] " " $6
}
function median(list,   a, k, i, j, s) {
	k = split(list, a, " ")
	for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { s = a[i]; a[i] = a[j]; a[j] = s }
	return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
}
function ratio(num, den,   r, list) {
	for (r = 1; r <= rounds; r++) list = list " " t[num, r] / t[den, r]
	return median(list)
}
function perRelease(   r, list) {
	for (r = 1; r <= rounds; r++) list = list " " (t[F100, r] - t[S, r]) / 99
	return median(list)
}
END {
	F = "BenchmarkFloor/bare"; A = "BenchmarkFloor/assemblies"; S = "BenchmarkSynth"; E = "BenchmarkSynthEverything"
	F20 = "BenchmarkFleet/releases=20"; F100 = "BenchmarkFleet/releases=100"
	split(F " " A " " S " " E " " F20 " " F100, names, " ")
	for (i in names) for (r = 1; r <= rounds; r++) if (!((names[i], r) in t) || t[names[i], r] <= 0) {
		printf "ratios.sh: %s is missing from round %d\n", names[i], r > "/dev/stderr"; bad = 1
	}
	if (bad) exit 1
	printf "\nmedians, wall (ms): floor %.0f, floor with assemblies %.0f, one release %.0f, every feature %.0f, 20 releases %.0f, 100 releases %.0f\n",
		median(wall[F])/1e6, median(wall[A])/1e6, median(wall[S])/1e6, median(wall[E])/1e6, median(wall[F20])/1e6, median(wall[F100])/1e6
	printf "medians, CPU of the processes (ms): %.0f, %.0f, %.0f, %.0f, %.0f, %.0f\n",
		median(cpu[F]), median(cpu[A]), median(cpu[S]), median(cpu[E]), median(cpu[F20]), median(cpu[F100])
	printf "medians of the rounds'"'"' ratios (wall):\n"
	printf "one release / floor with assemblies:   %.2fx (target <= 1.1)\n", ratio(S, A)
	printf "every feature / floor with assemblies: %.2fx (target <= 1.3)\n", ratio(E, A)
	printf "one release / bare floor:              %.2fx\n", ratio(S, F)
	printf "100 releases / one release:            %.2fx (target <= 5)\n", ratio(F100, S)
	printf "20 releases / one release:             %.2fx\n", ratio(F20, S)
	printf "per release after the first:           %.1f ms\n", perRelease() / 1e6
}'
