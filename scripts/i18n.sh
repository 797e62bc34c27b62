#!/usr/bin/env bash
# Refreshes an app's Qt translations: extracts tr() strings from its Python sources into
# APP/i18n/APP_LANG.ts (keeping existing translations) and compiles them to .qm files,
# which are committed so that installs need no Qt tools.
#   bash scripts/i18n.sh kiosk de tr ar ru uk
set -euo pipefail
cd "$(dirname "$0")/.."
app=$1; shift
bin=.venv/bin
mkdir -p "$app/i18n"
mapfile -t sources < <(find "$app" -name '*.py' -not -path '*/i18n/*' | sort)
for lang in "$@"; do
  ts="$app/i18n/${app}_${lang}.ts"
  "$bin/pyside6-lupdate" -silent -source-language en -target-language "$lang" "${sources[@]}" -ts "$ts"
  "$bin/pyside6-lrelease" -silent "$ts" -qm "$app/i18n/${app}_${lang}.qm"
done
