#!/usr/bin/env bash
# Times the CLI end to end on the bundled samples (process start to PDF on disk), Release build, N runs.
# Usage: bench/cli-end-to-end.sh [runs]   — prints each run and the median in seconds.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish "$root/src/Reports.Cli" -c Release -o "$out/cli" --nologo -v quiet >/dev/null
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  dotnet "$out/cli/Reports.Cli.dll" report --out "$out/r.pdf" >/dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms over " NR " runs"}'
