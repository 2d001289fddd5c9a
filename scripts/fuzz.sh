#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build/fuzz and runs each one for
# a while (default 20 s) starting from the seed corpus in fuzz/corpus/<target>.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# New inputs found go to build/fuzz/corpus/<target> (the repository's seed
# corpus is left alone); crashes go to build/fuzz/crashes/<target>.
set -euo pipefail

seconds="${1:-20}"
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build/fuzz"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_normalizer fuzz_jalali_parse fuzz_amount_parse fuzz_validators fuzz_csv)
fi
jobs="${PEYVAND_FUZZ_BUILD_JOBS:-2}"

# libFuzzer ships in libclang-rt on Debian/Ubuntu; install it when a trivial
# fuzzer does not link.
probe="$(mktemp -d)"
trap 'rm -rf "$probe"' EXIT
echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' > "$probe/p.cpp"
if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/p.cpp" -o "$probe/p" 2>/dev/null; then
    echo "libFuzzer runtime missing: installing libclang-rt-dev" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    clang_major="$(clang++ --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -1)"
    $sudo apt-get install -y "libclang-rt-${clang_major}-dev" || $sudo apt-get install -y libclang-rt-dev
fi

cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DPEYVAND_BUILD_FUZZERS=ON \
    -DPEYVAND_BUILD_UI=OFF -DPEYVAND_BUILD_TESTS=OFF -DPEYVAND_BUILD_BENCH=OFF
ninja -C "$build" -j "$jobs" "${targets[@]}"

status=0
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    crashes="$build/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    echo "== $target: ${seconds}s"
    if ! "$build/fuzz/$target" "$corpus" "$root/fuzz/corpus/$target" \
            -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
            -artifact_prefix="$crashes/" -print_final_stats=1 2> "$build/$target.log"; then
        echo "!! $target failed; see $build/$target.log and $crashes" >&2
        tail -n 40 "$build/$target.log" >&2
        status=1
    else
        grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::new_units_added)' "$build/$target.log" || true
    fi
done
exit $status
