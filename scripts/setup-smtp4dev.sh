#!/usr/bin/env bash
# Installs the local SMTP test server (smtp4dev, pinned) into ./.tools/smtp4dev. Idempotent: does nothing when
# the pinned version is already there. The email tests call this themselves when the tool is missing, so a bare
# `dotnet test` works; scripts/test.sh may call it up front.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=3.15.0
dir="$root/.tools/smtp4dev"

if [ -x "$dir/smtp4dev" ] && dotnet tool list --tool-path "$dir" 2>/dev/null | grep -qi "rnwood.smtp4dev *$version"; then
  exit 0
fi

mkdir -p "$dir"
# A different version (or a half-finished install) is replaced, not upgraded in place.
dotnet tool uninstall --tool-path "$dir" Rnwood.Smtp4dev >/dev/null 2>&1 || true
dotnet tool install --tool-path "$dir" Rnwood.Smtp4dev --version "$version"
