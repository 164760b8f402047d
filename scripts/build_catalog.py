"""Rebuild src/armstrace/catalog/data/*.jsonl from data/catalog/*.yaml, Babel CLDR and ../shared sources.

Usage: python scripts/build_catalog.py [--shared ../shared]
Each part module exposes build(repo: Path, shared: Path | None) -> dict[str, list[dict]]
mapping an output file name (e.g. "states.jsonl") to its entries.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(REPO / "src"))

PARTS = ["catalog_build.states", "catalog_build.systems", "catalog_build.makers_sources"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--only", help="build only this part module (e.g. catalog_build.states)")
    args = ap.parse_args()
    shared = args.shared if args.shared.exists() else None
    out_dir = REPO / "src" / "armstrace" / "catalog" / "data"
    out_dir.mkdir(parents=True, exist_ok=True)
    import importlib

    for name in PARTS:
        if args.only and name != args.only:
            continue
        module = importlib.import_module(name)
        for filename, entries in module.build(REPO, shared).items():
            path = out_dir / filename
            with path.open("w", encoding="utf-8") as fh:
                for entry in entries:
                    fh.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
            print(f"{path.relative_to(REPO)}: {len(entries)} entries")


if __name__ == "__main__":
    main()
