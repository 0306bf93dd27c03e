#!/bin/sh
# Checks a platform wheel the way an executor meets it (docs/scale.md): installs it in a new
# venv, then, with a bare environment (no Swift toolchain on PATH, no LD_LIBRARY_PATH) and in a
# private mount namespace where the system's copy of every library the wheel bundles (libxml2,
# ICU, libarchive and the rest) is an empty file, prints ldd of the bundled binary and converts
# a filing through filingdown.convert.
#
#   python/tools/check_wheel.sh dist/filingdown-*.whl      (as root: unshare and mount)
set -eu
wheel=$(realpath "$1")
cd "$(dirname "$0")/../.."
venv=$(mktemp -d /tmp/filingdown-wheel-check-XXXXXX)
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check --no-index "$wheel"
tar -czf "$venv/two.tar.gz" Golden/cellectar-8k-2017/input.txt Golden/rules-lists/input.htm
bundled=$(ls "$venv"/lib/python3*/site-packages/filingdown/_bin/lib/)
hide=""
for soname in $bundled; do
    for system in $(ldconfig -p | awk -v n="$soname" '$1 == n {print $NF}'); do
        hide="$hide mount --bind /dev/null $(realpath "$system");"
    done
done
unshare -m --propagation private sh -c "$hide"' exec env -i PATH=/usr/bin:/bin ARCHIVE="$2" "$0" -c "$1"' "$venv/bin/python" '
import os, subprocess, filingdown
binary = filingdown.find_binary()
print("binary:", binary)
print(subprocess.run(["ldd", binary], capture_output=True, text=True).stdout, end="")
for name in sorted(os.listdir(os.path.join(os.path.dirname(binary), "lib"))):
    system = subprocess.run(["sh", "-c", "/sbin/ldconfig -p | awk -v n=" + name + " '\''$1 == n {print $NF}'\'' | head -1"], capture_output=True, text=True).stdout.strip()
    if system:
        print("system", name, "is now", os.path.getsize(system), "bytes")
archive = subprocess.run([binary, "-q", "-f", "text", os.environ["ARCHIVE"]], capture_output=True, text=True)
print("archive:", archive.returncode, archive.stdout.count("==> "), "filings read from a .tar.gz (libarchive)")
r = filingdown.convert("Golden/cellectar-8k-2017/input.txt")
assert r.error is None, r.error
print("converted:", r.header["form_type"], r.header["company"], [(d.type, len(d.content)) for d in r.documents])
' "$venv/two.tar.gz"
