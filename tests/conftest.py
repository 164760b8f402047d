"""Shared fixtures: paths to ../shared corpora (tests skip cleanly when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    d = CORPUS / "seeds"
    if not (d / "docs").is_dir():
        pytest.skip("../shared/corpus/seeds is not available")
    return d


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    d = CORPUS / "dev"
    if not (d / "docs").is_dir():
        pytest.skip("../shared/corpus/dev is not available")
    return d
