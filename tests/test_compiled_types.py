"""The modules the optional compiled build (setup.py, mypyc) compiles must type-check:
mypyc turns annotations into runtime checks, so a wrong hint there is a crash in the
compiled build even when the pure-Python tests pass."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from armstrace.build import COMPILED, build_info

REPO = Path(__file__).resolve().parents[1]


def compiled_modules() -> list[str]:
    return list(COMPILED)


def test_compiled_modules_exist() -> None:
    for m in compiled_modules():
        assert (REPO / "src" / (m.replace(".", "/") + ".py")).is_file(), m


def test_setup_reads_the_same_list() -> None:
    """setup.py reads COMPILED without importing armstrace (no dependencies at build time)."""
    tree = ast.parse((REPO / "src/armstrace/build.py").read_text())
    found = [ast.literal_eval(n.value) for n in tree.body
             if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "COMPILED"]
    assert found == [COMPILED]


def test_build_info_is_consistent() -> None:
    info = build_info()
    assert info["compiled"] in (0, len(COMPILED)) and not info["stale"], info["label"]


def test_compiled_modules_type_check() -> None:
    pytest.importorskip("mypy")
    paths = [f"src/{m.replace('.', '/')}.py" for m in compiled_modules()]
    run = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", *paths],
                         cwd=REPO, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-1000:]
