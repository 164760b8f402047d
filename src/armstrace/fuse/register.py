"""The register: one row per (supplier, recipient, system — or category when none is named)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from armstrace.store import Store

STAGE_RANK = {"offered": 0, "ordered": 1, "in-use": 2, "delivered": 3, "suspended": 4}
COLUMNS = ("supplier", "recipient", "system", "category", "status", "stages", "claims", "sources",
           "languages", "first_seen", "last_seen", "evidence")


def build_register(store: Store, supplier: str | None = None, recipient: str | None = None,
                   system: str | None = None, year: int | None = None,
                   status: str | None = None) -> list[dict[str, Any]]:
    """Merge stored transfer claims into register rows, with filters."""
    rows = store.query(
        'SELECT t.*, d.id AS doc_id, d.lang, d.published, d.story, d.url FROM transfers t '
        'JOIN documents d ON d.hash = t.doc_hash WHERE t.supplier IS NOT NULL AND t.recipient IS NOT NULL')
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        key = (r["supplier"], r["recipient"], r["system_id"] or r["system"] or f"category:{r['category']}")
        groups[key].append(r)
    out = []
    for (sup, rec, _), claims in groups.items():
        best = max(claims, key=lambda c: STAGE_RANK.get(c["status"] or "", -1))
        stages: dict[str, set] = defaultdict(set)
        for c in claims:
            stages[c["status"]].add(c["year"] or "")
        row = {
            "supplier": sup, "recipient": rec, "system": best["system"], "category": best["category"],
            "status": best["status"],
            "stages": "; ".join(f"{st} {','.join(str(y) for y in sorted(ys, key=str) if y)}".strip()
                                for st, ys in sorted(stages.items(), key=lambda kv: STAGE_RANK.get(kv[0], -1))),
            "claims": len(claims),
            "sources": len({c["story"] or c["doc_hash"] for c in claims}),
            "languages": sorted({c["lang"] for c in claims if c["lang"]}),
            "first_seen": min((c["published"] for c in claims if c["published"]), default=None),
            "last_seen": max((c["published"] for c in claims if c["published"]), default=None),
            "evidence": best["evidence"],
        }
        if supplier and row["supplier"] != supplier.upper():
            continue
        if recipient and row["recipient"] != recipient.upper():
            continue
        if system and system.casefold() not in (row["system"] or "").casefold():
            continue
        if status and row["status"] != status:
            continue
        if year and not any(c["year"] == year or (c["published"] or "").startswith(str(year)) for c in claims):
            continue
        out.append(row)
    out.sort(key=lambda r: (r["supplier"], r["recipient"], r["system"] or ""))
    return out
