"""List short catalog aliases (<= 3 letters) in Arabic, Hebrew and Cyrillic script and
where they hit inside other words of a text sample.

Why: a two- or three-letter name plus the glued prefixes and endings the matcher allows
spells ordinary words (ur کلاس = ک + لاس "Laos", he הפרו = ה + פרו "Peru"). Run it over
any text files (one document per file, or JSON with "text" and "lang") and move the
aliases that hit ordinary words to `drop_aliases` in src/armstrace/catalog/context.yaml.

    PYTHONPATH=src python3 scripts/short_aliases.py [--list] FILE...
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from armstrace.catalog import load_catalog
from armstrace.catalog.loader import alias_script
from armstrace.catalog.matcher import find_mentions
from armstrace.document import Document
from armstrace.text.normalize import fold

SCRIPTS = ("ARABIC", "HEBREW", "CYRILLIC")
MAX_LETTERS = 3


def short_aliases() -> dict[str, list[str]]:
    """Folded short alias -> 'entity/role/langs' descriptions."""
    cat = load_catalog()
    out: dict[str, list[str]] = {}
    for key, entries in cat.aliases.items():
        if alias_script(key) not in SCRIPTS or sum(ch.isalpha() for ch in key) > MAX_LETTERS:
            continue
        if any(ch.isdigit() for ch in key):
            continue  # designations (سو-35, Т-72): a number is no word
        for a in entries:
            out.setdefault(key, []).append(f"{cat.entities[a.entity].id}/{a.role}/{','.join(sorted(a.langs))}")
    return out


def _read(path: Path) -> tuple[str, str | None]:
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".json":
        d = json.loads(raw)
        return d.get("text") or "", d.get("lang")
    return raw, None


def _word(text: str, s: int, e: int) -> str:
    while s > 0 and text[s - 1].isalpha():
        s -= 1
    while e < len(text) and (text[e].isalpha() or text[e] in "\u200c\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"):
        e += 1
    return text[s:e]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--list", action="store_true", help="print the short aliases themselves")
    args = ap.parse_args(argv)
    short = short_aliases()
    if args.list or not args.files:
        for key in sorted(short):
            print(key, *short[key], sep="\t")
    hits: Counter[tuple[str, str, str]] = Counter()
    for path in args.files:
        text, lang = _read(path)
        for m in find_mentions(Document(text, lang=lang)):
            key = fold(m.text)
            if key in short:
                hits[(key, _word(text, m.start, m.end), m.entity_id)] += 1
    for (key, word, ent), n in hits.most_common():
        flag = "" if fold(word) == key else "  <- inside a longer word"
        print(f"{n}\t{key}\t{word}\t{ent}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
