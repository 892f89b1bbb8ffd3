#!/usr/bin/env bash
# Times the CLI end to end on the bundled samples (process start to PDF on disk), Release build, N runs.
# Usage: bench/cli-end-to-end.sh [runs=5] [build=aot|r2r|plain]
#   aot   = Native AOT (`-p:PublishAot=true`): the fast build of `report` over a data folder (README);
#   r2r   = `dotnet publish` as shipped (ReadyToRun, every command); plain = the JIT-only publish.
# Prints each run's wall and CPU (user+sys) time, both medians in milliseconds, and the load average before and after.
# Under load compare builds by CPU time: it depends far less on what else the machine runs than the wall time does.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
build=${2:-aot}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
case "$build" in
  aot)   dotnet publish "$root/src/Reports.Cli" -c Release -p:PublishAot=true -o "$out/cli" --nologo -v quiet >/dev/null; cli=("$out/cli/Reports.Cli") ;;
  r2r)   dotnet publish "$root/src/Reports.Cli" -c Release -o "$out/cli" --nologo -v quiet >/dev/null; cli=(dotnet "$out/cli/Reports.Cli.dll") ;;
  plain) dotnet publish "$root/src/Reports.Cli" -c Release -p:PublishReadyToRun=false -o "$out/cli" --nologo -v quiet >/dev/null; cli=(dotnet "$out/cli/Reports.Cli.dll") ;;
  *)     echo "build must be aot, r2r or plain" >&2; exit 2 ;;
esac
echo "load before: $(cat /proc/loadavg)"
walls=(); cpus=()
for i in $(seq "$runs"); do
  # %e wall, %U user, %S system seconds of the CLI process and its children
  /usr/bin/time -o "$out/time" -f '%e %U %S' "${cli[@]}" report --out "$out/r.pdf" >/dev/null
  read -r wall user sys < "$out/time"
  ms=$(awk -v w="$wall" 'BEGIN {printf "%d", w * 1000}')
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')
  walls+=("$ms"); cpus+=("$cpu")
  echo "run $i: ${ms} ms wall, ${cpu} ms CPU"
done
echo "load after: $(cat /proc/loadavg)"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median ($build): $(printf '%s\n' "${walls[@]}" | median) ms wall, $(printf '%s\n' "${cpus[@]}" | median) ms CPU over $runs runs"
