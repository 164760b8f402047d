"""Write documents, claims or the register as JSONL, CSV or Parquet."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from armstrace.errors import ArmstraceError
from armstrace.store import Store


def table_rows(store: Store, table: str) -> list[dict[str, Any]]:
    if table == "documents":
        return list(store.records())
    if table == "register":
        from armstrace.fuse.register import build_register

        return build_register(store)
    if table not in ("transfers", "cooperation", "trade_statistics"):
        raise ArmstraceError("E010", f"unknown table {table}")
    return store.query(f"SELECT d.id AS doc_id, d.url, d.lang, d.published, d.story, t.* FROM {table} t "
                       "JOIN documents d ON d.hash = t.doc_hash ORDER BY d.id, t.n")


def export_store(store: Store, fmt: str, out: Path, table: str | None = None) -> int:
    table = table or ("documents" if fmt == "jsonl" else "transfers")
    if fmt in ("graphml", "sipri"):
        from armstrace.export import formats

        return formats.export(store, fmt, out)
    rows = table_rows(store, table)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        with out.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        from armstrace.output import write_rows

        with out.open("w", encoding="utf-8", newline="") as fh:
            write_rows(rows, "csv", out=fh)
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        flat = [{k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v)
                 for k, v in r.items()} for r in rows]
        pq.write_table(pa.Table.from_pylist(flat), out)
    else:
        raise ArmstraceError("E010", f"unknown export format {fmt}")
    return len(rows)
