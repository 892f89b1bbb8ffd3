#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine with only the .NET 10 SDK and Node.js:
# installs the local test services it needs (pinned), runs `dotnet test Reports.sln`,
# and prints a last line "N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

results="$root/TestResults"
rm -rf "$results"

# Pinned local services the tests start on 127.0.0.1: Azurite and html-validate (npm), smtp4dev (.NET tool),
# and Debian's chromium for the HTML edition's browser tests.
for setup in setup-test-services.sh setup-smtp4dev.sh setup-chromium.sh; do
  "$root/scripts/$setup" || { echo "scripts/$setup failed"; echo "0 passed, 1 failed"; exit 1; }
done

# A test that hangs (a wait whose signal never comes) fails the run with its name instead of stalling CI.
dotnet test Reports.sln --logger "trx" --results-directory "$results" --blame-hang-timeout 5m --blame-hang-dump-type none "$@"
status=$?

passed=0; failed=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  line=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$line"); passed=$((passed + ${p:-0}))
  x=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$line"); failed=$((failed + ${x:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit "$status"
