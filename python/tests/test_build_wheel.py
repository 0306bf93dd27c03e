"""The wheel builder (tools/build_wheel.py) on a small stand-in for filingdown: a C program
that links libxml2 as filingdown does, so the bundling, the $ORIGIN lookup, the glibc floor and
the wheel's layout are checked without a release build. `make wheel` runs the same code on the
real binary."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import build_wheel  # noqa: E402

import filingdown  # noqa: E402

STAND_IN = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <libxml/xmlversion.h>
#include <libxml/parser.h>
int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--version") == 0) { printf("filingdown %s\n", VERSION); return 0; }
    Dl_info info;
    xmlInitParser();
    if (!dladdr((void *)xmlInitParser, &info)) return 2;
    printf("%s\n", info.dli_fname);  /* the libxml2 actually loaded */
    return 0;
}
"""


@pytest.fixture(scope="module")
def stand_in(tmp_path_factory):
    for tool in ("cc", "pkg-config", "patchelf", "readelf", "strip"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is needed to test the wheel builder (.ci/run installs it)")
    folder = tmp_path_factory.mktemp("stand-in")
    source = folder / "main.c"
    source.write_text(STAND_IN)
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libxml-2.0"], capture_output=True, text=True, check=True)
    binary = folder / "filingdown"
    subprocess.run(
        ["cc", "-O1", f'-DVERSION="{filingdown.__version__}"', str(source), "-o", str(binary), "-ldl", *flags.stdout.split()],
        check=True,
    )
    return binary


def test_libraries_are_bundled_and_found_through_origin(stand_in, tmp_path):
    bin_dir = tmp_path / "_bin"
    written = build_wheel.bundle(stand_in, bin_dir)
    names = {p.name for p in written}
    assert "libxml2.so.2" in names and "filingdown" in names
    assert not names & build_wheel.SYSTEM_LIBRARIES
    # Every library the system's libxml2 pulls in (zlib, lzma, ICU) came along.
    system = {n for n, _ in build_wheel.ldd(stand_in)} - build_wheel.SYSTEM_LIBRARIES
    assert system <= names
    deps = build_wheel.verify(bin_dir)
    for name, path in deps:
        if name not in build_wheel.SYSTEM_LIBRARIES:
            assert path.startswith(str(bin_dir)), (name, path)
    # Run with nothing in the environment: the program reports the libxml2 it loaded.
    loaded = subprocess.run([str(bin_dir / "filingdown")], env={"PATH": "/usr/bin:/bin"}, capture_output=True, text=True, check=True)
    assert os.path.realpath(loaded.stdout.strip()) == os.path.realpath(bin_dir / "lib" / "libxml2.so.2")
    rpath = subprocess.run(["patchelf", "--print-rpath", str(bin_dir / "filingdown")], capture_output=True, text=True).stdout
    assert rpath.strip() == "$ORIGIN/lib"


def test_glibc_floor_is_the_highest_version_any_file_needs(stand_in, tmp_path):
    written = build_wheel.bundle(stand_in, tmp_path / "_bin")
    tag, floor = build_wheel.platform_tag(written)
    # objdump's view of the same files: versions on the undefined (imported) symbols.
    seen = set()
    for path in written:
        dump = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=True).stdout
        for line in dump.splitlines():
            if "*UND*" in line:
                seen |= {tuple(map(int, v.split("."))) for v in re.findall(r"GLIBC_([0-9.]+)\)?\s", line + " ")}
    assert floor == max(max(seen), (2, 17))
    assert tag == f"manylinux_{floor[0]}_{floor[1]}_{os.uname().machine}"


def test_the_wheel_installs_and_its_binary_runs(stand_in, tmp_path):
    wheel = build_wheel.build(stand_in, tmp_path / "dist")
    assert re.fullmatch(rf"filingdown-{re.escape(filingdown.__version__)}-py3-none-manylinux_\d+_\d+_\w+\.whl", wheel.name)
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        record = zf.read(f"filingdown-{filingdown.__version__}.dist-info/RECORD").decode()
        mode = zf.getinfo("filingdown/_bin/filingdown").external_attr >> 16
        wheel_meta = zf.read(f"filingdown-{filingdown.__version__}.dist-info/WHEEL").decode()
        metadata = zf.read(f"filingdown-{filingdown.__version__}.dist-info/METADATA").decode()
    assert "filingdown/_bin/lib/libxml2.so.2" in names and "filingdown/spark.py" in names
    assert all(name in record for name in names)
    assert mode & 0o111
    assert "Root-Is-Purelib: false" in wheel_meta
    assert 'Requires-Dist: pyspark>=3.3; extra == "spark"' in metadata
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--target", str(target), str(wheel)],
        check=True,
    )
    installed = target / "filingdown" / "_bin" / "filingdown"
    assert os.access(installed, os.X_OK)
    found = subprocess.run(
        [sys.executable, "-c", "import filingdown; print(filingdown.find_binary())"],
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(target)},
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert found == str(installed)
    loaded = subprocess.run([found], env={"PATH": "/usr/bin:/bin"}, capture_output=True, text=True, check=True).stdout
    assert loaded.strip().startswith(str(target))


def test_a_binary_of_another_version_is_refused(stand_in, tmp_path):
    other = tmp_path / "filingdown"
    other.write_text("#!/bin/sh\necho 'filingdown 9.9.9'\n")
    other.chmod(0o755)
    with pytest.raises(build_wheel.BuildError, match="9.9.9.*make them agree"):
        build_wheel.build(other, tmp_path / "dist")
