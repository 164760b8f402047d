"""Rebuild src/armstrace/catalog/data/*.jsonl from data/catalog/*.yaml, Babel CLDR and ../shared sources.

Usage: python scripts/build_catalog.py [--shared ../shared]
Each part module exposes build(repo: Path, shared: Path | None) -> dict[str, list[dict]]
mapping an output file name (e.g. "states.jsonl") to its entries. States then get the
stem variants that language packs ask for (`morphology.stem_alternations`).
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
STEM_FIELDS = ("names", "capitals")


def stem_variants(entries: list[dict], rules: dict[str, dict[str, str]]) -> int:
    """Add the stem a name takes before a glued case ending, per language (in place).

    Why: the matcher strips a pack's suffixes after a name, but some languages also change
    the name's last letters: hu Ukrajna -> Ukrajná|nak, fi Turkki -> Turki|lle. `rules`
    maps lang -> {final letters: replacement} (longest final wins). A variant that folds
    like another entity's alias is skipped; returns the number added.
    """
    from armstrace.text.normalize import fold

    owners: dict[str, set[str]] = {}
    for e in entries:
        for field in ("names", "demonyms", "capitals", "forces"):
            for vals in (e.get(field) or {}).values():
                for v in vals:
                    owners.setdefault(fold(v), set()).add(e["id"])
    added = 0
    for e in entries:
        for field in STEM_FIELDS:
            amap = e.get(field) or {}
            for lang, alts in rules.items():
                vals = amap.get(lang)
                if not vals:
                    continue
                for v in list(vals):
                    end = max((k for k in alts if v.endswith(k) and len(v) > len(k) + 2), key=len, default=None)
                    if end is None:
                        continue
                    variant = v[: len(v) - len(end)] + alts[end]
                    if variant in vals or owners.get(fold(variant), {e["id"]}) != {e["id"]}:
                        continue
                    vals.append(variant)
                    added += 1
    return added


def pack_stem_rules() -> dict[str, dict[str, str]]:
    """lang -> morphology.stem_alternations of every shipped language pack that has them."""
    from armstrace.lang import available, load_pack

    out = {}
    for lang in available():
        alts = (load_pack(lang).get("morphology") or {}).get("stem_alternations") or {}
        if alts:
            out[lang] = {str(k): str(v) for k, v in alts.items()}
    return out


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
            if filename == "states.jsonl":
                print(f"states: {stem_variants(entries, pack_stem_rules())} stem variants added")
            path = out_dir / filename
            with path.open("w", encoding="utf-8") as fh:
                for entry in entries:
                    fh.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
            print(f"{path.relative_to(REPO)}: {len(entries)} entries")


if __name__ == "__main__":
    main()
