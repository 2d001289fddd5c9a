#!/usr/bin/env bash
# Refreshes translations/peyvand_fa.ts from the sources (drops vanished strings).
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)}
dirs=(core cli translations)
[ -d ui ] && dirs+=(ui)
[ -d app ] && dirs+=(app)
"$LUPDATE" -locations none -no-obsolete "${dirs[@]}" -ts translations/peyvand_fa.ts "$@"
