#!/bin/sh
# Builds the libFuzzer target (Fuzz/FuzzTarget.swift + Sources/Filingdown as one module)
# with AddressSanitizer into $OUT (default .build-fuzz/filingdown-fuzz). Outside SwiftPM on
# purpose: a fuzzer binary has no `main` of its own, and the package's plain `swift build`
# must not try to link one. Usage: Fuzz/build.sh, then see docs/robustness.md.
set -eu
cd "$(dirname "$0")/.."
OUT=${OUT:-.build-fuzz}
mkdir -p "$OUT"
# shellcheck disable=SC2046
swiftc -parse-as-library -module-name Filingdown -package-name filingdown -O -g \
    -sanitize=fuzzer,address \
    -I Sources/CLibXML2 $(pkg-config --cflags-only-I libxml-2.0 | sed 's/-I/-Xcc -I/g') \
    -module-cache-path "$OUT/ModuleCache" \
    $(find Sources/Filingdown -name '*.swift' | sort) Fuzz/FuzzTarget.swift \
    $(pkg-config --libs libxml-2.0) \
    -o "$OUT/filingdown-fuzz" 2>&1 | grep -v "Cannot export local symbol '__asan_" || true
test -x "$OUT/filingdown-fuzz"
echo "built $OUT/filingdown-fuzz"
