#!/usr/bin/env bash
# linear.sh runs BenchmarkLargeValues (one release whose values hold 1,000,
# 4,000 and 16,000 entries in one map or list, each op a new process) and
# prints, per kind of value, the CPU time of each size and the cost of each
# added entry between sizes. Linear growth gives the same cost per entry for
# both steps (ratio about 1); the quadratic converters fixed in issue 16 gave
# a ratio of 4 and more (16,000 api.nodeSelector labels: 82 s of CPU).
# Medians of COUNT runs (default 3); Node.js as in ratios.sh.
# Usage: bench/linear.sh        COUNT=5 bench/linear.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${OPTIO_BENCH_NODE:-}" != system ]]; then
	PATH="$(scripts/node.sh):$PATH"
fi
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="$(node --version | sed 's/^v//; s/\..*//')"
echo "node $(node --version), $(go version | cut -d' ' -f3), $(nproc) cores" >&2
out="$(go test -run '^$' -bench '^BenchmarkLargeValues$' -count "${COUNT:-3}" ./bench/ | tee /dev/stderr)"
echo "$out" | awk '
/^BenchmarkLargeValues\// {
	name = $1; sub(/-[0-9]+$/, "", name); sub(/^BenchmarkLargeValues\//, "", name)
	split(name, parts, "/entries="); kind = parts[1]; n = parts[2]
	for (i = 1; i <= NF; i++) if ($(i + 1) == "cpu-ms/op") cpu = $i
	v[kind, n] = v[kind, n] " " cpu; kinds[kind] = 1
}
function median(list,   a, k, i, j, t) {
	k = split(list, a, " ")
	for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
	return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
}
END {
	printf "\n%-26s %9s %9s %9s %14s %14s %7s\n", "CPU ms (median)", "1k", "4k", "16k", "us/entry 1-4k", "us/entry 4-16k", "ratio"
	for (kind in kinds) {
		a = median(v[kind, 1000]); b = median(v[kind, 4000]); c = median(v[kind, 16000])
		s1 = (b - a) * 1000 / 3000; s2 = (c - b) * 1000 / 12000
		printf "%-26s %9.0f %9.0f %9.0f %14.1f %14.1f %7.2f\n", kind, a, b, c, s1, s2, (s1 > 0 ? s2 / s1 : 0)
	}
	print "ratio: cost per entry of the second step over the first (linear: about 1; quadratic: 4 or more)"
}'
