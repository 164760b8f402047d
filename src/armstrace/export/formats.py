"""Graph, SIPRI-style and coded-event exports of the store.

- graphml: supplier -> recipient multigraph collapsed to one edge per pair, with the
  register rows behind it as edge attributes (systems, statuses, sources, confidence).
- sipri: one line per register row in the SIPRI trade-register layout (supplier,
  recipient, designation, description, number ordered, order year, delivery years,
  number delivered, comments with evidence links). Written as CSV.
- events: every transfer and cooperation claim with PLOVER/CAMEO codes, as JSONL or CSV
  (by the output file's extension).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from armstrace.errors import ArmstraceError
from armstrace.export.codes import cooperation_codes, transfer_codes
from armstrace.fuse.register import build_register
from armstrace.store import Store

SIPRI_COLUMNS = ("supplier", "recipient", "designation", "description", "number_ordered",
                 "order_year", "delivery_years", "number_delivered", "status", "sources",
                 "confidence", "comments")


def export(store: Store, fmt: str, out: Path) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        return write_graphml(store, out)
    if fmt == "sipri":
        return write_sipri(store, out)
    if fmt == "events":
        return write_events(store, out)
    raise ArmstraceError("E010", f"unknown export format {fmt}")


def transfer_graph(store: Store) -> Any:
    import networkx as nx

    g = nx.DiGraph()
    for r in build_register(store):
        for state in (r["supplier"], r["recipient"]):
            if state not in g:
                g.add_node(state, label=state)
        sup, rec = r["supplier"], r["recipient"]
        if not g.has_edge(sup, rec):
            g.add_edge(sup, rec, rows=0, claims=0, sources=0, systems=[], statuses=[],
                       confidence=0.0, first_seen="", last_seen="")
        e = g.edges[sup, rec]
        e["rows"] += 1
        e["claims"] += r["claims"]
        e["sources"] += r["sources"]
        e["systems"].append(r["system"] or f"({r['category'] or 'unspecified'})")
        e["statuses"].append(r["status"] or "")
        e["confidence"] = max(e["confidence"], r["confidence"])
        e["first_seen"] = min(filter(None, (e["first_seen"], r["first_seen"] or "")), default="")
        e["last_seen"] = max(e["last_seen"], r["last_seen"] or "")
    for _, _, e in g.edges(data=True):  # GraphML attributes must be scalars
        e["systems"] = "; ".join(sorted(set(e["systems"])))
        e["statuses"] = "; ".join(sorted(set(filter(None, e["statuses"]))))
    return g


def write_graphml(store: Store, out: Path) -> int:
    import networkx as nx

    g = transfer_graph(store)
    nx.write_graphml(g, out)
    return g.number_of_edges()


def sipri_rows(store: Store) -> list[dict[str, Any]]:
    rows = []
    for r in build_register(store):
        timeline = _stage_years(r["timeline"])
        ordered_q = _first_quantity(store, r, ("ordered", "offered"))
        delivered_q = _first_quantity(store, r, ("delivered", "in-use"))
        links = ", ".join(r["urls"][:5] or r["documents"][:5])
        comments = f"{r['evidence'] or ''} [{links}]".strip()
        if r["conflicts"]:
            comments += " Conflicts: " + "; ".join(r["conflicts"]) + "."
        rows.append({
            "supplier": r["supplier"], "recipient": r["recipient"],
            "designation": r["system"] or "", "description": r["category"] or "",
            "number_ordered": ordered_q, "order_year": min(timeline.get("ordered", []), default=None),
            "delivery_years": ", ".join(sorted(set(timeline.get("delivered", []) + timeline.get("in-use", [])))),
            "number_delivered": delivered_q, "status": r["status"], "sources": r["sources"],
            "confidence": r["confidence"], "comments": comments,
        })
    return rows


def _stage_years(timeline: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in filter(None, (p.strip() for p in timeline.split(";"))):
        stage, _, whens = part.partition(" ")
        out[stage] = sorted({w[:4] for w in whens.split(",") if w})
    return out


def _first_quantity(store: Store, row: dict[str, Any], stages: tuple[str, ...]) -> float | None:
    q = ",".join("?" * len(stages))
    item_col = "system_id" if row.get("system_id") else ("system" if row.get("system") else None)
    sql = (f"SELECT MAX(quantity) FROM transfers WHERE supplier = ? AND recipient = ? AND status IN ({q})"
           " AND certainty != 'denied'")
    params: list[Any] = [row["supplier"], row["recipient"], *stages]
    if item_col:
        sql += f" AND {item_col} = ?"
        params.append(row[item_col])
    else:
        sql += " AND system IS NULL AND category IS ?"
        params.append(row["category"])
    v = store.conn.execute(sql, params).fetchone()[0]
    return int(v) if isinstance(v, float) and v.is_integer() else v


def write_sipri(store: Store, out: Path) -> int:
    rows = sipri_rows(store)
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=SIPRI_COLUMNS)
        w.writeheader()
        w.writerows(rows)
    return len(rows)


def event_rows(store: Store) -> list[dict[str, Any]]:
    """Transfer and cooperation claims with PLOVER/CAMEO codes where they map."""
    rows = []
    for t in store.query("SELECT d.id AS doc_id, d.url, d.published, d.story, t.* FROM transfers t "
                         "JOIN documents d ON d.hash = t.doc_hash ORDER BY d.id, t.n"):
        rows.append({"doc_id": t["doc_id"], "kind": "transfer", "source_actor": t["supplier"],
                     "target_actor": t["recipient"], "type": t["status"], "certainty": t["certainty"],
                     "system": t["system"], "date": t["year"] or t["published"], "story": t["story"],
                     "url": t["url"], "evidence": t["evidence"],
                     **transfer_codes(t["status"], t["certainty"])})
    for c in store.query("SELECT d.id AS doc_id, d.url, d.published, d.story, c.* FROM cooperation c "
                         "JOIN documents d ON d.hash = c.doc_hash ORDER BY d.id, c.n"):
        actors = json.loads(c["actors"]) if c["actors"] else []
        rows.append({"doc_id": c["doc_id"], "kind": "cooperation",
                     "source_actor": actors[0] if actors else None,
                     "target_actor": actors[1] if len(actors) > 1 else None, "type": c["type"],
                     "certainty": None, "system": None, "date": c["date"] or c["published"],
                     "story": c["story"], "url": c["url"], "evidence": c["evidence"],
                     **cooperation_codes(c["type"])})
    return rows


def write_events(store: Store, out: Path) -> int:
    rows = event_rows(store)
    if out.suffix.lower() == ".csv":
        cols = ["doc_id", "kind", "source_actor", "target_actor", "type", "certainty", "system", "date",
                "cameo", "plover", "plover_mode", "story", "url", "evidence"]
        with out.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)
    else:
        with out.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    return len(rows)
