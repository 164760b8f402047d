"""Entity coverage of the catalog matcher against a gold corpus.

Why: a transfer can only be extracted when its states and system are recognised at all.
This measures that ceiling directly (no frames involved), and lists what is missed so that
missing aliases can be added to the catalog.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from armstrace.catalog.loader import Catalog, load_catalog
from armstrace.catalog.matcher import find_mentions
from armstrace.document import Document


def _read_docs(docs_dir: Path) -> dict[str, tuple[str, str | None]]:
    """id -> (text, lang) for docs/*.json (fields id, text, lang) and docs/*.txt (id = stem)."""
    out: dict[str, tuple[str, str | None]] = {}
    for path in sorted(docs_dir.iterdir()):
        if path.suffix == ".json":
            d = json.loads(path.read_text(encoding="utf-8"))
            out[str(d.get("id") or path.stem)] = (d.get("text") or "", d.get("lang"))
        elif path.suffix == ".txt":
            out[path.stem] = (path.read_text(encoding="utf-8"), None)
    return out


def gold_states(g: dict[str, Any]) -> set[str]:
    """Suppliers, recipients, cooperation actors and trade exporters/importers of a gold doc."""
    states = set()
    for t in g.get("transfers") or []:
        states.update(x for x in (t.get("supplier"), t.get("recipient")) if x)
    for c in g.get("cooperation") or []:
        states.update(x for x in c.get("actors") or [] if x)
    for s in g.get("trade_statistics") or []:
        states.update(x for x in (s.get("exporter"), s.get("importer")) if x)
    return states


def gold_systems(g: dict[str, Any]) -> set[str]:
    return {t["system"] for t in g.get("transfers") or [] if t.get("system")}


def _share(found: int, total: int) -> float:
    return round(found / total, 4) if total else 1.0


def entity_coverage(corpus_dir: Path, catalog: Catalog | None = None) -> dict[str, Any]:
    """Share of gold states / systems the matcher finds in each document's text.

    A state counts when a mention stands for it (names, demonyms, capitals as actors,
    forces, makers). A system counts when a system mention's id or family equals the id or
    family of `Catalog.lookup(gold name)`. Misses carry a reason: `not-in-catalog` (lookup
    found nothing: add the entity) or `not-found` (known, but no alias matched the text).
    """
    cat = catalog or load_catalog()
    corpus_dir = Path(corpus_dir)
    docs = _read_docs(corpus_dir / "docs")
    totals = {"states": [0, 0], "systems": [0, 0]}
    misses: list[dict[str, Any]] = []
    for line in (corpus_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        if g["id"] not in docs:
            misses.append({"doc": g["id"], "kind": "doc", "value": None, "reason": "no-document"})
            continue
        text, lang = docs[g["id"]]
        lang = lang or g.get("lang")
        if not lang:
            from armstrace.text.langid import detect_language

            lang = detect_language(text)
        doc = Document(text, id=g["id"], lang=lang)
        mentions = find_mentions(doc, catalog=cat)
        seen_states = {m.state for m in mentions if m.state}
        seen_systems: set[str] = set()
        for m in mentions:
            if m.kind == "system":
                seen_systems.add(m.entity_id)
                e = cat.get(m.entity_id)
                if e is not None and e.family:
                    seen_systems.add(e.family)
        for st in sorted(gold_states(g)):
            totals["states"][1] += 1
            if st in seen_states:
                totals["states"][0] += 1
            else:
                misses.append({"doc": g["id"], "lang": lang, "kind": "state", "value": st,
                               "reason": "not-found" if cat.get(st) else "not-in-catalog"})
        for name in sorted(gold_systems(g)):
            totals["systems"][1] += 1
            targets = set()
            for e in cat.lookup(name):
                if e.kind == "system":
                    targets.add(e.id)
                    if e.family:
                        targets.add(e.family)
            if targets & seen_systems:
                totals["systems"][0] += 1
            else:
                misses.append({"doc": g["id"], "lang": lang, "kind": "system", "value": name,
                               "reason": "not-found" if targets else "not-in-catalog"})
    return {
        "corpus": str(corpus_dir),
        "states": {"found": totals["states"][0], "total": totals["states"][1],
                   "share": _share(*totals["states"])},
        "systems": {"found": totals["systems"][0], "total": totals["systems"][1],
                    "share": _share(*totals["systems"])},
        "misses": misses,
    }


def format_coverage(cov: dict[str, Any], limit: int = 40) -> str:
    """A short text report (for `armstrace eval`)."""
    lines = [f"== entity coverage: {cov['corpus']}"]
    for k in ("states", "systems"):
        c = cov[k]
        lines.append(f"{k:<8} {c['found']:>4}/{c['total']:<4} {100 * c['share']:.1f} %")
    for m in cov["misses"][:limit]:
        lines.append(f"  miss {m['doc']} [{m.get('lang') or '?'}] {m['kind']} {m['value']} ({m['reason']})")
    if len(cov["misses"]) > limit:
        lines.append(f"  … {len(cov['misses']) - limit} more")
    return "\n".join(lines)
