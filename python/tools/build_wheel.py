#!/usr/bin/env python3
"""Builds the platform wheel: the Python package, the filingdown binary, and the shared
libraries it loads that a bare Linux system may lack (libxml2, libarchive and what they need),
found through $ORIGIN; the platform tag states the glibc the binary and those libraries really
need.

    python3 python/tools/build_wheel.py --binary PATH --out DIR

`make wheel` runs it on the release binary (static Swift runtime). Needs Python 3.11 (tomllib),
patchelf, ldd, readelf and strip (Debian: patchelf, libc-bin, binutils).
"""

from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import io
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON_DIR = HERE.parent
PACKAGE = "filingdown"

#: Libraries every glibc system has, left to the system (as the manylinux policies do).
SYSTEM_LIBRARIES = {
    "linux-vdso.so.1",
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
    "libc.so.6",
    "libm.so.6",
    "libpthread.so.0",
    "libdl.so.2",
    "librt.so.1",
    "libutil.so.1",
    "libstdc++.so.6",
    "libgcc_s.so.1",
}


class BuildError(RuntimeError):
    pass


def run(argv: list[str], **kw) -> str:
    try:
        return subprocess.run(argv, check=True, capture_output=True, text=True, **kw).stdout
    except FileNotFoundError:
        raise BuildError(f"{argv[0]} is not installed (Debian: apt-get install {_package_of(argv[0])})") from None
    except subprocess.CalledProcessError as e:
        raise BuildError(f"{' '.join(argv)} failed: {e.stderr.strip()}") from None


def _package_of(tool: str) -> str:
    return {"patchelf": "patchelf", "readelf": "binutils", "strip": "binutils", "ldd": "libc-bin"}.get(tool, tool)


def ldd(path: Path, env: dict[str, str] | None = None) -> list[tuple[str, str | None]]:
    """(soname, resolved path or None) for every library the loader would load for `path`."""
    out = run(["ldd", str(path)], env=env)
    deps = []
    for line in out.splitlines():
        line = line.strip()
        m = re.match(r"^(\S+) => (not found|(\S+)) \(0x[0-9a-f]+\)$", line) or re.match(r"^(\S+) => (not found)$", line)
        if m:
            deps.append((m.group(1), None if m.group(2) == "not found" else m.group(3)))
            continue
        m = re.match(r"^(\S+) \(0x[0-9a-f]+\)$", line)
        if m:  # the loader itself, or the vDSO
            deps.append((os.path.basename(m.group(1)), m.group(1)))
    return deps


def _needed_versions(path: Path, prefix: str) -> set[tuple[int, ...]]:
    """The PREFIX_x.y symbol versions `path` requires: its version-needs section
    (.gnu.version_r), not the versions it defines."""
    out = run(["readelf", "--version-info", "--wide", str(path)])
    needs = out.split("Version needs section", 1)[1] if "Version needs section" in out else ""
    needs = needs.split("Version definition section", 1)[0]
    return {tuple(int(n) for n in v.split(".")) for v in re.findall(rf"Name: {prefix}_([0-9.]+)\b", needs)}


def glibc_versions(path: Path) -> set[tuple[int, ...]]:
    """The GLIBC_x.y versions `path` requires."""
    return _needed_versions(path, "GLIBC")


def glibcxx_versions(path: Path) -> set[tuple[int, ...]]:
    """The GLIBCXX_x.y.z versions (libstdc++) `path` requires."""
    return _needed_versions(path, "GLIBCXX")


def bundle(binary: Path, bin_dir: Path, strip: bool = True) -> list[Path]:
    """Copies `binary` to bin_dir/filingdown and the non-system libraries it loads to
    bin_dir/lib, each given a RUNPATH through $ORIGIN. Returns the ELF files written."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    lib_dir = bin_dir / "lib"
    lib_dir.mkdir(exist_ok=True)
    target = bin_dir / "filingdown"
    shutil.copy2(binary, target)
    target.chmod(0o755)
    written = [target]
    missing = []
    for soname, resolved in ldd(binary):
        if soname in SYSTEM_LIBRARIES:
            continue
        if resolved is None:
            missing.append(soname)
            continue
        copy = lib_dir / soname
        shutil.copyfile(os.path.realpath(resolved), copy)
        copy.chmod(0o755)
        written.append(copy)
    if missing:
        raise BuildError(f"{binary} needs libraries the loader cannot find here: {', '.join(missing)}")
    if strip:
        run(["strip", "--strip-unneeded", *map(str, written)])
    run(["patchelf", "--set-rpath", "$ORIGIN/lib", str(target)])
    for lib in written[1:]:
        run(["patchelf", "--set-rpath", "$ORIGIN", str(lib)])
    return written


def verify(bin_dir: Path) -> list[tuple[str, str | None]]:
    """ldd of the bundled binary with a bare environment: every library but the system's
    must resolve inside bin_dir. Returns ldd's list."""
    env = {"PATH": "/usr/bin:/bin"}
    deps = ldd(bin_dir / "filingdown", env=env)
    root = str(bin_dir.resolve())
    wrong = [
        f"{name} => {path}"
        for name, path in deps
        if name not in SYSTEM_LIBRARIES and (path is None or not os.path.realpath(path).startswith(root + os.sep))
    ]
    if wrong:
        raise BuildError("bundled binary loads libraries from outside the wheel: " + "; ".join(wrong))
    return deps


def platform_tag(files: list[Path]) -> tuple[str, tuple[int, ...]]:
    floor = max((v for f in files for v in glibc_versions(f)), default=(2, 17))
    floor = max(floor, (2, 17))  # the oldest manylinux tag there is
    machine = platform.machine()
    return f"manylinux_{floor[0]}_{floor[1]}_{machine}", floor


def package_version() -> str:
    text = (PYTHON_DIR / PACKAGE / "__init__.py").read_text()
    m = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not m:
        raise BuildError("no __version__ in filingdown/__init__.py")
    return m.group(1)


def metadata(version: str) -> str:
    import tomllib

    project = tomllib.loads((PYTHON_DIR / "pyproject.toml").read_text())["project"]
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {project['name']}",
        f"Version: {version}",
        f"Summary: {project['description']}",
        f"License: {project['license']['text']}",
        f"Requires-Python: {project['requires-python']}",
    ]
    lines += [f"Classifier: {c}" for c in project.get("classifiers", [])]
    for extra, reqs in project.get("optional-dependencies", {}).items():
        lines.append(f"Provides-Extra: {extra}")
        lines += [f'Requires-Dist: {r}; extra == "{extra}"' for r in reqs]
    lines += ["Description-Content-Type: text/markdown", "", (PYTHON_DIR / "README.md").read_text()]
    return "\n".join(lines)


def _record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def write_wheel(stage: Path, out_dir: Path, version: str, tag: str) -> Path:
    """Zips the staged package (stage/filingdown) into a wheel with its dist-info."""
    dist_info = f"{PACKAGE}-{version}.dist-info"
    files: list[tuple[str, bytes, int]] = []
    for path in sorted((stage / PACKAGE).rglob("*")):
        if path.is_dir() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        mode = 0o755 if os.access(path, os.X_OK) else 0o644
        files.append((path.relative_to(stage).as_posix(), path.read_bytes(), mode))
    files.append((f"{dist_info}/METADATA", metadata(version).encode(), 0o644))
    wheel_meta = f"Wheel-Version: 1.0\nGenerator: filingdown build_wheel.py\nRoot-Is-Purelib: false\nTag: py3-none-{tag}\n"
    files.append((f"{dist_info}/WHEEL", wheel_meta.encode(), 0o644))
    record = io.StringIO()
    writer = csv.writer(record, lineterminator="\n")
    for name, data, _ in files:
        writer.writerow([name, _record_hash(data), len(data)])
    writer.writerow([f"{dist_info}/RECORD", "", ""])
    files.append((f"{dist_info}/RECORD", record.getvalue().encode(), 0o644))

    out_dir.mkdir(parents=True, exist_ok=True)
    wheel = out_dir / f"{PACKAGE}-{version}-py3-none-{tag}.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data, mode in files:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.external_attr = (0o100000 | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return wheel


def build(binary: Path, out_dir: Path, check_version: bool = True) -> Path:
    version = package_version()
    if check_version:
        first = run([str(binary), "--version"]).splitlines()[0]
        if first != f"filingdown {version}":
            raise BuildError(f"{binary} says {first!r}; the Python package is {version}: make them agree")
    with tempfile.TemporaryDirectory(prefix="filingdown-wheel-") as tmp:
        stage = Path(tmp)
        shutil.copytree(
            PYTHON_DIR / PACKAGE, stage / PACKAGE, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "_bin")
        )
        bin_dir = stage / PACKAGE / "_bin"
        elfs = bundle(binary, bin_dir)
        deps = verify(bin_dir)
        tag, floor = platform_tag(elfs)
        cxx = max((v for f in elfs for v in glibcxx_versions(f)), default=None)
        wheel = write_wheel(stage, out_dir, version, tag)
    print(f"{wheel}", file=sys.stdout)
    print(f"glibc floor {'.'.join(map(str, floor))} (highest GLIBC_ version of {len(elfs)} ELF files); "
          f"libstdc++ GLIBCXX_{'.'.join(map(str, cxx)) if cxx else '-'}", file=sys.stderr)
    for name, path in deps:
        print(f"  {name} => {path}", file=sys.stderr)
    return wheel


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, type=Path, help="the filingdown executable to bundle")
    parser.add_argument("--out", default=Path("dist"), type=Path, help="where the wheel goes (default: dist)")
    args = parser.parse_args()
    try:
        build(args.binary, args.out)
    except BuildError as e:
        print(f"build_wheel: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
