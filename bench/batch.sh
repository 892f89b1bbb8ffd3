#!/usr/bin/env bash
# Times the CLI's batch mode: one process renders a range of days to PDF+JSON (ReadyToRun publish, bundled samples).
# Usage: bench/batch.sh [days=365] [formats=pdf,json]   — prints wall time, peak memory (max RSS) and the load average.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
days=${1:-365}
formats=${2:-pdf,json}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish "$root/src/Reports.Cli" -c Release -o "$out/cli" --nologo -v quiet >/dev/null
last=2026-08-20   # the last day of samples/
from=$(date -u -d "$last - $((days - 1)) days" +%F)
echo "load before: $(cat /proc/loadavg)"
/usr/bin/time -f "wall %e s, peak memory %M KB, cpu %P" \
  dotnet "$out/cli/Reports.Cli.dll" report --from "$from" --to "$last" --formats "$formats" --out-dir "$out/reports" 2>&1 | tail -3
echo "load after: $(cat /proc/loadavg)"
echo "files: $(ls "$out/reports" | wc -l) for $days days from $from to $last"
