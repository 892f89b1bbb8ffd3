#!/usr/bin/env bash
# Times the CLI end to end on the bundled samples (process start to PDF on disk), Release build, N runs.
# Usage: bench/cli-end-to-end.sh [runs=5] [build=r2r|plain|aot]
#   r2r   = `dotnet publish` as shipped (ReadyToRun); plain = the JIT-only publish; aot = Native AOT (an experiment:
#           see bench/README.md; the JSON renderer does not run under AOT, so only a PDF is written here).
# Prints each run, the median in milliseconds and the load average before and after.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
build=${2:-r2r}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
case "$build" in
  r2r)   dotnet publish "$root/src/Reports.Cli" -c Release -o "$out/cli" --nologo -v quiet >/dev/null; cli=(dotnet "$out/cli/Reports.Cli.dll") ;;
  plain) dotnet publish "$root/src/Reports.Cli" -c Release -p:PublishReadyToRun=false -o "$out/cli" --nologo -v quiet >/dev/null; cli=(dotnet "$out/cli/Reports.Cli.dll") ;;
  aot)   dotnet publish "$root/src/Reports.Cli" -c Release -p:PublishAot=true -p:TreatWarningsAsErrors=false -o "$out/cli" --nologo -v quiet >/dev/null; cli=("$out/cli/Reports.Cli") ;;
  *)     echo "build must be r2r, plain or aot" >&2; exit 2 ;;
esac
echo "load before: $(cat /proc/loadavg)"
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  "${cli[@]}" report --out "$out/r.pdf" >/dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done
echo "load after: $(cat /proc/loadavg)"
printf '%s\n' "${times[@]}" | sort -n | awk -v b="$build" '{a[NR]=$1} END {print "median (" b "): " a[int((NR+1)/2)] " ms over " NR " runs"}'
