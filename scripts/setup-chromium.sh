#!/usr/bin/env bash
# Installs Debian's Chromium for the HTML edition's browser tests (PuppeteerSharp drives /usr/bin/chromium; browser
# downloads are not available). Idempotent: returns at once when it is there. Needs apt (root or sudo).
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
command -v apt-get >/dev/null || { echo "setup-chromium: /usr/bin/chromium missing and no apt-get to install it" >&2; exit 1; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup-chromium: installing chromium with apt" >&2
$sudo apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2
[ -x /usr/bin/chromium ] || { echo "setup-chromium: chromium did not install" >&2; exit 1; }
