"""Finding the binary: FILINGDOWN_BIN, the wheel's copy, PATH; clear errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import filingdown
from filingdown import _binary


def _executable(path: Path) -> Path:
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(0o755)
    return path


def test_environment_variable_wins(tmp_path, monkeypatch):
    mine = _executable(tmp_path / "mine")
    monkeypatch.setenv("FILINGDOWN_BIN", str(mine))
    assert filingdown.find_binary() == str(mine)


def test_explicit_argument_wins_over_environment(tmp_path, monkeypatch):
    mine = _executable(tmp_path / "mine")
    monkeypatch.setenv("FILINGDOWN_BIN", str(tmp_path / "missing"))
    assert filingdown.find_binary(mine) == str(mine)


@pytest.mark.parametrize(
    "setup, words",
    [
        (lambda p: p / "missing", "does not exist"),
        (lambda p: p, "is a directory"),
        (lambda p: (p / "plain").write_text("x") and p / "plain", "not executable"),
    ],
)
def test_a_named_binary_that_cannot_run_is_an_error(tmp_path, monkeypatch, setup, words):
    target = setup(tmp_path)
    monkeypatch.setenv("FILINGDOWN_BIN", str(target))
    with pytest.raises(filingdown.BinaryNotFound, match=words) as caught:
        filingdown.find_binary()
    assert "FILINGDOWN_BIN" in str(caught.value)


def test_bundled_binary_before_path(tmp_path, monkeypatch):
    bundled = _executable(tmp_path / "bundled")
    on_path = tmp_path / "bin"
    on_path.mkdir()
    _executable(on_path / "filingdown")
    monkeypatch.delenv("FILINGDOWN_BIN")
    monkeypatch.setattr(_binary, "BUNDLED", bundled)
    monkeypatch.setenv("PATH", str(on_path))
    assert filingdown.find_binary() == str(bundled)


def test_path_when_nothing_else(tmp_path, monkeypatch):
    on_path = tmp_path / "bin"
    on_path.mkdir()
    found = _executable(on_path / "filingdown")
    monkeypatch.delenv("FILINGDOWN_BIN")
    monkeypatch.setattr(_binary, "BUNDLED", tmp_path / "no-bundle")
    monkeypatch.setenv("PATH", str(on_path))
    assert filingdown.find_binary() == str(found)


def test_nothing_found_says_how_to_fix_it(tmp_path, monkeypatch):
    monkeypatch.delenv("FILINGDOWN_BIN")
    monkeypatch.setattr(_binary, "BUNDLED", tmp_path / "no-bundle")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(filingdown.BinaryNotFound, match="FILINGDOWN_BIN.*make wheel.*PATH"):
        filingdown.convert(b"<html><body><p>x</p></body></html>")


def test_the_package_version_is_the_tools():
    swift = (Path(__file__).resolve().parents[2] / "Sources" / "filingdown" / "VersionText.swift").read_text()
    assert f'static let number = "{filingdown.__version__}"' in swift
