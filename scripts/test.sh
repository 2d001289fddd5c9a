#!/usr/bin/env bash
# Installs what is missing, builds and runs the whole test suite:
#  1. core + CLI + core tests with the GUI switched off (proves core needs no Widgets);
#  2. a short run of every libFuzzer target (clang, ASan+UBSan), so the
#     parsers meet a few hundred thousand hostile inputs on every change
#     (PEYVAND_FUZZ_SECONDS per target, default 15; 0 skips it);
#  3. everything, with GUI tests offscreen, the translation check and the
#     end-to-end CLI tests.
# Idempotent; exits non-zero on the first failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
export QT_QPA_PLATFORM=offscreen

echo "== core without the GUI"
"$root/scripts/build.sh" "$root/build/core-only" -DCMAKE_BUILD_TYPE=Debug -DPEYVAND_BUILD_UI=OFF -DPEYVAND_BUILD_BENCH=OFF
ctest --test-dir "$root/build/core-only" --output-on-failure -j "$(nproc)"

fuzz_seconds="${PEYVAND_FUZZ_SECONDS:-15}"
if [ "$fuzz_seconds" != 0 ]; then
    echo "== fuzz smoke run (every parser, ${fuzz_seconds} s each)"
    "$root/scripts/fuzz.sh" "$fuzz_seconds"
fi

echo "== everything"
"$root/scripts/build.sh" "$root/build/test" -DCMAKE_BUILD_TYPE=Debug
ctest --test-dir "$root/build/test" --output-on-failure -j "$(nproc)"
