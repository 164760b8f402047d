"""Which build is running: pure Python, or the hot path compiled with mypyc (setup.py).

A compiled module older than its source is a trap while developing (`build_ext --inplace`
puts the .so beside the .py and Python loads the .so): `build_info` says so, and the
benchmark prints it, instead of silently measuring or running stale code.
"""

from __future__ import annotations

import importlib
from pathlib import Path

# setup.py compiles these when ARMSTRACE_COMPILE=1 (it reads this tuple without importing)
COMPILED = (
    "armstrace.lang.terms", "armstrace.lang.scanner",
    "armstrace.text.numbers", "armstrace.text.dates", "armstrace.text.normalize",
    "armstrace.text.sentences",
    "armstrace.catalog.matcher", "armstrace.catalog.disambiguate",
    "armstrace.extraction.context", "armstrace.extraction.lexicon", "armstrace.extraction.roles",
    "armstrace.extraction.frames", "armstrace.extraction.statistics", "armstrace.extraction.evidence",
    "armstrace.extraction.numbers_glue",
)


def build_info() -> dict[str, object]:
    """{'compiled': n of len(COMPILED) modules loaded as extensions, 'stale': modules whose
    .py is newer than the loaded extension, 'label': one line for reports}."""
    compiled, stale = [], []
    # only a source checkout (build_ext --inplace) can go stale; an installed wheel writes
    # its .py and .so files in any order
    checkout = (Path(__file__).resolve().parents[2] / "pyproject.toml").exists()
    for name in COMPILED:
        path = Path(getattr(importlib.import_module(name), "__file__", "") or "")
        if path.suffix in (".so", ".pyd"):
            compiled.append(name)
            source = path.with_name(path.name.split(".")[0] + ".py")
            if checkout and source.exists() and source.stat().st_mtime > path.stat().st_mtime:
                stale.append(name)
    label = (f"compiled with mypyc ({len(compiled)}/{len(COMPILED)} hot-path modules)" if compiled
             else "pure Python")
    if stale:
        label += f"; STALE: {', '.join(stale)} changed after the build"
    return {"compiled": len(compiled), "stale": stale, "label": label}
