#!/usr/bin/env bash
# Fails when translations/peyvand_fa.ts misses a source string, has an
# unfinished entry, or keeps an obsolete/vanished one. Works on a copy: the
# checked-in file is never modified.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
LUPDATE=${LUPDATE:-$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root/translations/peyvand_fa.ts" "$tmp/fa.ts"
dirs=()
for d in core cli translations ui app; do [ -d "$root/$d" ] && dirs+=("$root/$d"); done
"$LUPDATE" -locations none "${dirs[@]}" -ts "$tmp/fa.ts" >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$tmp/fa.ts" || true)
obsolete=$(grep -cE 'type="(obsolete|vanished)"' "$tmp/fa.ts" || true)
if [ "$unfinished" != 0 ] || [ "$obsolete" != 0 ]; then
  echo "translations/peyvand_fa.ts: $unfinished unfinished, $obsolete obsolete entries"
  grep -B3 -E 'type="(unfinished|obsolete|vanished)"' "$tmp/fa.ts" | grep '<source>' | head -40
  echo "Run scripts/update-translations.sh and translate the new strings."
  exit 1
fi
echo "translations complete"
