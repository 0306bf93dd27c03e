"""Shared fixtures: the repository, the filingdown binary under test, the golden inputs."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "Golden"


def _binary() -> str:
    """FILINGDOWN_BIN, else the repository's own build (debug first, as .ci/run builds it)."""
    env = os.environ.get("FILINGDOWN_BIN")
    if env:
        return env
    for candidate in (ROOT / ".build" / "debug" / "filingdown", ROOT / ".build" / "release" / "filingdown"):
        if candidate.is_file():
            return str(candidate)
    raise pytest.UsageError(
        "no filingdown binary to test: build one (swift build) or set FILINGDOWN_BIN to its path"
    )


@pytest.fixture(scope="session")
def binary() -> str:
    path = _binary()
    assert os.access(path, os.X_OK), f"{path} is not executable"
    return path


@pytest.fixture(autouse=True)
def _binary_in_env(binary: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test finds the binary under test through FILINGDOWN_BIN unless it says otherwise."""
    monkeypatch.setenv("FILINGDOWN_BIN", binary)


def golden_inputs() -> list[Path]:
    """The golden cases converted with default options (no options.txt), smallest first."""
    inputs = [
        next(case.glob("input.*"))
        for case in sorted(GOLDEN.iterdir())
        if case.is_dir() and not (case / "options.txt").exists() and any(case.glob("input.*"))
    ]
    return sorted(inputs, key=lambda p: p.stat().st_size)


def cli(binary: str, *args: str) -> bytes:
    """What the command line prints (standard output), for comparison."""
    run = subprocess.run([binary, *args], capture_output=True, check=True)
    return run.stdout


def cli_json(binary: str, path: Path) -> dict:
    return json.loads(cli(binary, "-f", "json", str(path)))
