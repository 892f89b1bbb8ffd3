#!/usr/bin/env bash
# Installs the local test services the tests start themselves (pinned), into ./.tools (git-ignored):
# Azurite, and html-validate for the HTML edition (9.x: the last line that runs on Node 20).
# Idempotent: when the pinned version is already there it only checks and returns (well under a second).
# Needs Node.js and npm; nothing else is downloaded.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools"
azurite_version="3.37.0"
html_validate_version="9.7.1"

installed_version() {
  local manifest="$tools/node_modules/$1/package.json"
  [ -f "$manifest" ] || return 0
  node -e 'process.stdout.write(require(process.argv[1]).version)' "$manifest" 2>/dev/null || true
}

if [ "$(installed_version azurite)" = "$azurite_version" ] && [ -x "$tools/node_modules/.bin/azurite" ] &&
   [ "$(installed_version html-validate)" = "$html_validate_version" ] && [ -x "$tools/node_modules/.bin/html-validate" ]; then
  exit 0
fi

command -v npm >/dev/null || { echo "setup-test-services: npm not found; install Node.js 20+ first" >&2; exit 1; }
mkdir -p "$tools"
# A private package.json keeps npm from walking up into the repository or the user's home.
[ -f "$tools/package.json" ] || echo '{ "name": "reports-test-services", "private": true }' > "$tools/package.json"
echo "setup-test-services: installing azurite@$azurite_version html-validate@$html_validate_version into $tools" >&2
npm install --prefix "$tools" --no-audit --no-fund --loglevel=error --save-exact "azurite@$azurite_version" "html-validate@$html_validate_version" >&2
[ "$(installed_version azurite)" = "$azurite_version" ] || { echo "setup-test-services: azurite $azurite_version did not install" >&2; exit 1; }
[ "$(installed_version html-validate)" = "$html_validate_version" ] || { echo "setup-test-services: html-validate $html_validate_version did not install" >&2; exit 1; }
