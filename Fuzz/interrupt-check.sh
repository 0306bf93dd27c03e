#!/bin/sh
# Interrupts a parallel batch (SIGINT after DELAY seconds) and checks what it left behind:
# no temporary files, and every output present is whole (identical to converting that one
# input alone). Usage: Fuzz/interrupt-check.sh BINARY INPUT_DIR [DELAY]
set -u
BIN=${1:?usage: interrupt-check.sh BINARY INPUT_DIR [DELAY]}
IN=${2:?usage: interrupt-check.sh BINARY INPUT_DIR [DELAY]}
DELAY=${3:-2}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
"$BIN" --jobs 2 --output-dir "$OUT/out" "$IN" > "$OUT/stdout" 2> "$OUT/stderr" &
pid=$!
sleep "$DELAY"
kill -INT "$pid"
wait "$pid"
status=$?
echo "exit status after SIGINT: $status"
echo "last lines of stderr:"; tail -n 3 "$OUT/stderr" | sed 's/^/  /'
temps=$(find "$OUT/out" -name '.*' -type f 2>/dev/null | wc -l)
total=$(find "$OUT/out" -type f 2>/dev/null | wc -l)
echo "outputs written: $total; hidden or temporary files left: $temps"
bad=0
for f in $(find "$OUT/out" -type f ! -name '.*' 2>/dev/null); do
    name=$(basename "$f" .md)
    src=$(find "$IN" -maxdepth 1 -name "$name.*" | head -n 1)
    "$BIN" "$src" > "$OUT/single" 2>/dev/null
    cmp -s "$f" "$OUT/single" || { echo "  partial or different: $f"; bad=$((bad + 1)); }
done
echo "outputs differing from a single conversion: $bad"
[ "$temps" -eq 0 ] && [ "$bad" -eq 0 ]
