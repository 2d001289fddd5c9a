#!/usr/bin/env bash
# Installs what is missing, builds Peyvand (Release) and starts it on the
# default database. Arguments are passed to peyvand (e.g. --lang en, --db FILE).
# Idempotent: a second run only rebuilds what changed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$root/build/release" -DCMAKE_BUILD_TYPE=Release -DPEYVAND_BUILD_TESTS=OFF
exec "$root/build/release/app/peyvand" "$@"
