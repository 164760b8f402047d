"""The register: one row per (supplier, recipient, system — or category when none is named).

Every claim behind a row is kept countable: claims are article-level, `sources` counts
independent stories (wire copies of one origin and articles of one story count once),
conflicts flag asserted-vs-denied and differing quantities, and `confidence` combines
independent sources, certainty and conflicts. Built with one SQL scan and a Python
group-by, fast enough to rebuild on demand (see benchmarks/clustering.py).
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from armstrace.store import Store
from armstrace.vocabulary import STAGE_RANK

COLUMNS = ("supplier", "recipient", "system", "category", "status", "timeline", "quantities",
           "values", "claims", "sources", "languages", "first_seen", "last_seen", "cited",
           "conflicts", "confidence", "evidence")
_CERTAINTY_W = {"asserted": 1.0, "hedged": 0.5, "denied": 0.0}


def row_key(claim: dict[str, Any]) -> tuple[str, str, str]:
    item = claim.get("system_id") or claim.get("system") or f"category:{claim.get('category') or 'unknown'}"
    return claim["supplier"], claim["recipient"], item


def _claims(store: Store, supplier: str | None, recipient: str | None) -> list[dict[str, Any]]:
    sql = ("SELECT t.supplier, t.recipient, t.system, t.system_id, t.category, t.status, t.certainty,"
           " t.year, t.quantity, t.value, t.currency, t.attributed_to, t.evidence, t.doc_hash,"
           " d.id AS doc_id, d.lang, d.published, d.story, d.url, d.duplicate_of"
           " FROM transfers t JOIN documents d ON d.hash = t.doc_hash"
           " WHERE t.supplier IS NOT NULL AND t.recipient IS NOT NULL")
    params: list[Any] = []
    if supplier:
        sql += " AND t.supplier = ?"
        params.append(supplier.upper())
    if recipient:
        sql += " AND t.recipient = ?"
        params.append(recipient.upper())
    return store.query(sql, tuple(params))


def merge_claims(claims: list[dict[str, Any]]) -> dict[str, Any]:
    """One register row from the claims about one (supplier, recipient, item)."""
    asserted = [c for c in claims if c.get("certainty") != "denied"] or claims
    best = max(asserted, key=lambda c: (STAGE_RANK.get(c.get("status") or "", -1),
                                        c.get("certainty") == "asserted"))
    timeline: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        when = str(c["year"]) if c.get("year") else (c.get("published") or "")[:7]
        timeline[c.get("status") or "unknown"].add(when)
    stories = {c.get("story") or c.get("duplicate_of") or c["doc_hash"] for c in claims}
    denied = {c.get("story") or c["doc_hash"] for c in claims if c.get("certainty") == "denied"}
    quantities = sorted({int(c["quantity"]) if float(c["quantity"]).is_integer() else c["quantity"]
                         for c in claims if c.get("quantity") is not None})
    values = sorted({f"{c['value']:g} {c.get('currency') or ''}".strip() for c in claims
                     if c.get("value") is not None})
    conflicts = []
    if denied and len(denied) < len(stories):
        conflicts.append("asserted and denied")
    by_stage: dict[str, set] = defaultdict(set)
    for c in claims:
        if c.get("quantity") is not None:
            by_stage[c.get("status") or "?"].add(c["quantity"])
    conflicts += [f"quantities differ ({st}: {', '.join(f'{q:g}' for q in sorted(qs))})"
                  for st, qs in sorted(by_stage.items()) if len(qs) > 1]
    cert = max(_CERTAINTY_W.get(c.get("certainty") or "asserted", 0.5) for c in claims)
    confidence = (1 - math.exp(-0.7 * len(stories))) * cert * (0.7 if conflicts else 1.0)
    published = [c["published"] for c in claims if c.get("published")]
    return {
        "supplier": best["supplier"], "recipient": best["recipient"], "system": best.get("system"),
        "system_id": best.get("system_id"), "category": best.get("category"),
        "status": best.get("status"),
        "timeline": "; ".join(f"{st} {','.join(sorted(w for w in ws if w))}".strip() for st, ws in
                              sorted(timeline.items(), key=lambda kv: STAGE_RANK.get(kv[0], 9))),
        "quantities": quantities, "values": values, "claims": len(claims), "sources": len(stories),
        "languages": sorted({c["lang"] for c in claims if c.get("lang")}),
        "first_seen": min(published, default=None), "last_seen": max(published, default=None),
        "cited": sorted({c["attributed_to"] for c in claims if c.get("attributed_to")}),
        "conflicts": conflicts, "confidence": round(confidence, 2),
        "evidence": best.get("evidence"),
        "documents": sorted({c["doc_id"] for c in claims}),
        "urls": sorted({c["url"] for c in claims if c.get("url")}),
        "years": sorted({c["year"] for c in claims if c.get("year")}),
    }


def build_register(store: Store, supplier: str | None = None, recipient: str | None = None,
                   system: str | None = None, year: int | None = None,
                   status: str | None = None, min_sources: int = 1) -> list[dict[str, Any]]:
    """Merge stored transfer claims into register rows, with filters."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for c in _claims(store, supplier, recipient):
        groups[row_key(c)].append(c)
    out = []
    for claims in groups.values():
        if year and not any(c["year"] == year or (c["published"] or "").startswith(str(year))
                            for c in claims):
            continue
        row = merge_claims(claims)
        if system and system.casefold() not in f"{row['system'] or ''} {row['system_id'] or ''}".casefold():
            continue
        if status and row["status"] != status:
            continue
        if row["sources"] < min_sources:
            continue
        out.append(row)
    out.sort(key=lambda r: (r["supplier"], r["recipient"], r["system"] or "", r["category"] or ""))
    return out
