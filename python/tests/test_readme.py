"""The README's Python example runs from the top of a clone and prints what the README says."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT


def _section() -> str:
    readme = (ROOT / "README.md").read_text()
    start = readme.index("## Use from Python and Spark")
    return readme[start : readme.index("\n## ", start + 1)]


def test_the_python_example_prints_what_the_readme_says():
    section = _section()
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    assert len(code.strip().splitlines()) == 3
    expected = re.search(r"prints `([^`]*)`", section).group(1)
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout == expected + "\n"


def test_the_install_lines_name_what_exists():
    section = _section()
    assert "pip install ./python" in section and "make wheel" in section
    assert (ROOT / "python" / "pyproject.toml").is_file()
    assert "\nwheel:" in (ROOT / "Makefile").read_text()
