#!/bin/sh
# Runs the filingdown CLI over every catalogue input in DIR, once per format, and prints
# input, format, size, exit status (SIG for a signal), wall seconds and peak RSS in KB,
# as docs/robustness.md records them.
#
#   FILINGDOWN_CATALOGUE_DIR=/tmp/hostile swift test --filter writeCatalogue
#   swift build -c release && Fuzz/measure-catalogue.sh /tmp/hostile .build/release/filingdown
set -u
DIR=${1:?usage: measure-catalogue.sh DIR [filingdown binary]}
BIN=${2:-.build/release/filingdown}
TIMES=$(mktemp)
trap 'rm -f "$TIMES"' EXIT
printf '%-28s %-8s %10s %4s %8s %9s\n' input format bytes exit seconds peak_KB
for f in "$DIR"/*; do
    for fmt in markdown text json; do
        /usr/bin/time -f '%x %e %M' -o "$TIMES" "$BIN" --format "$fmt" "$f" > /dev/null 2>&1
        # time(1) adds a "Command exited with non-zero status" or "terminated by signal" line first.
        set -- $(tail -n 1 "$TIMES")
        code=$1
        grep -q 'terminated by signal' "$TIMES" && code=SIG
        printf '%-28s %-8s %10s %4s %8s %9s\n' "$(basename "$f")" "$fmt" "$(wc -c < "$f")" "$code" "$2" "$3"
    done
done
