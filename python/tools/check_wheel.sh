#!/bin/sh
# Checks a platform wheel the way an executor meets it (docs/scale.md): installs it in a new
# venv, then, with a bare environment (no Swift toolchain on PATH, no LD_LIBRARY_PATH) and in a
# private mount namespace where the system's libxml2, ICU, liblzma and zlib are empty files,
# prints ldd of the bundled binary and converts a filing through filingdown.convert.
#
#   python/tools/check_wheel.sh dist/filingdown-*.whl      (as root: unshare and mount)
set -eu
wheel=$(realpath "$1")
cd "$(dirname "$0")/../.."
venv=$(mktemp -d /tmp/filingdown-wheel-check-XXXXXX)
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check --no-index "$wheel"
libdir=/usr/lib/$(uname -m)-linux-gnu
hide=""
for lib in "$libdir"/libxml2.so.2.* "$libdir"/libicuuc.so.*.* "$libdir"/libicudata.so.*.* "$libdir"/liblzma.so.5.* "$libdir"/libz.so.1.*; do
    [ -f "$lib" ] && hide="$hide mount --bind /dev/null $lib;"
done
unshare -m --propagation private sh -c "$hide"' exec env -i PATH=/usr/bin:/bin "$0" -c "$1"' "$venv/bin/python" '
import os, subprocess, filingdown
binary = filingdown.find_binary()
print("binary:", binary)
print(subprocess.run(["ldd", binary], capture_output=True, text=True).stdout, end="")
print("system libxml2 is now", os.path.getsize("/usr/lib/'"$(uname -m)"'-linux-gnu/libxml2.so.2"), "bytes")
r = filingdown.convert("Golden/cellectar-8k-2017/input.txt")
assert r.error is None, r.error
print("converted:", r.header["form_type"], r.header["company"], [(d.type, len(d.content)) for d in r.documents])
'
