"""SQLite store in WAL mode: one writer, readers keep working.

Upserts are keyed on the document's content hash, so ingesting the same input twice adds
no row; a re-run with a newer extractor replaces that document's derived rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from armstrace.document import Document
from armstrace.errors import ArmstraceError, Problem
from armstrace.store.migrations import MIGRATIONS

DEFAULT_DB = "armstrace.db"

_T_COLS = ("supplier", "recipient", "system", "system_id", "category", "status", "certainty", "year",
           "quantity", "value", "currency", "attributed_to", "evidence", "start", "end", "inferred")
_C_COLS = ("type", "actors", "date", "evidence", "start", "end")
_S_COLS = ("exporter", "importer", "value", "currency", "period", "evidence", "start", "end")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _q(cols: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in cols)


class Store:
    """The embedded database. Use as a context manager or call `close()`."""

    def __init__(self, path: str | Path = DEFAULT_DB, readonly: bool = False):
        self.path = str(path)
        if readonly and self.path != ":memory:" and not Path(self.path).exists():
            raise ArmstraceError("E008", f"database {self.path} does not exist (run `armstrace ingest` first)")
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except sqlite3.Error as exc:
            raise ArmstraceError("E008", f"cannot open database {self.path}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA busy_timeout = 30000")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        if not readonly:
            self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # --- schema -------------------------------------------------------------------
    def migrate(self) -> list[int]:
        """Apply pending migrations; returns the versions applied now."""
        self.conn.execute("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, "
                          "name TEXT, applied_at TEXT)")
        done = {r[0] for r in self.conn.execute("SELECT version FROM migrations")}
        applied = []
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in sql.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute("INSERT INTO migrations VALUES (?, ?, ?)", (version, name, _now()))
                self.conn.execute("COMMIT")
            except Exception:
                self.conn.execute("ROLLBACK")
                raise
            applied.append(version)
        return applied

    # --- writes -------------------------------------------------------------------
    def upsert(self, docs: Iterable[Document]) -> int:
        """Insert or replace documents and their derived rows, in one transaction."""
        n = 0
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for doc in docs:
                self._upsert_one(doc)
                n += 1
            self.conn.execute("COMMIT")
        except Exception:
            self.conn.execute("ROLLBACK")
            raise
        return n

    def _upsert_one(self, doc: Document) -> None:
        now = _now()
        rec = json.dumps(doc.to_record(), ensure_ascii=False)
        self.conn.execute(
            "INSERT INTO documents (hash, id, url, title, lang, published, story, source, text, record,"
            " ingested_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(hash) DO UPDATE SET id=excluded.id, url=excluded.url, title=excluded.title,"
            " lang=excluded.lang, published=excluded.published,"
            " story=COALESCE(excluded.story, documents.story), source=excluded.source,"
            " record=excluded.record, updated_at=excluded.updated_at",
            (doc.hash, doc.id, doc.url, doc.title, doc.lang, doc.published, doc.story, doc.source,
             doc.text, rec, now, now))
        for table in ("mentions", "transfers", "cooperation", "trade_statistics"):
            self.conn.execute(f"DELETE FROM {table} WHERE doc_hash = ?", (doc.hash,))
        self.conn.executemany(
            'INSERT INTO mentions (doc_hash, start, "end", kind, entity_id, state, role, text)'
            " VALUES (?,?,?,?,?,?,?,?)",
            [(doc.hash, m.start, m.end, m.kind, m.entity_id, m.state, m.role, m.text) for m in doc.mentions])
        self.conn.executemany(
            f"INSERT INTO transfers (doc_hash, n, {_q(_T_COLS)}) VALUES ({', '.join('?' * (len(_T_COLS) + 2))})",
            [(doc.hash, i, *[_cell(t.get(c)) for c in _T_COLS]) for i, t in enumerate(doc.transfers)])
        self.conn.executemany(
            f"INSERT INTO cooperation (doc_hash, n, {_q(_C_COLS)}) VALUES ({', '.join('?' * (len(_C_COLS) + 2))})",
            [(doc.hash, i, *[_cell(c.get(k)) for k in _C_COLS]) for i, c in enumerate(doc.cooperation)])
        self.conn.executemany(
            f"INSERT INTO trade_statistics (doc_hash, n, {_q(_S_COLS)}) VALUES ({', '.join('?' * (len(_S_COLS) + 2))})",
            [(doc.hash, i, *[_cell(s.get(k)) for k in _S_COLS]) for i, s in enumerate(doc.trade_statistics)])

    def record_problem(self, problem: Problem) -> None:
        now = _now()
        self.conn.execute(
            "INSERT INTO errors (source, doc_id, code, name, message, first_seen, last_seen)"
            " VALUES (?,?,?,?,?,?,?) ON CONFLICT(source, code) DO UPDATE SET"
            " message=excluded.message, last_seen=excluded.last_seen",
            (problem.source, problem.doc_id, problem.code, problem.name, problem.message, now, now))

    def set_stories(self, assignments: dict[str, str]) -> None:
        """Record story ids: {doc hash: story id}."""
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.executemany("UPDATE documents SET story = ? WHERE hash = ?",
                              [(s, h) for h, s in assignments.items()])
        self.conn.execute("COMMIT")

    # --- reads --------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in ("documents", "mentions", "transfers", "cooperation", "trade_statistics", "errors"):
            raise ValueError(table)
        return self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    def records(self) -> Iterator[dict[str, Any]]:
        """Every stored document record in the output contract, story included."""
        for row in self.conn.execute("SELECT record, story FROM documents ORDER BY id"):
            rec = json.loads(row["record"])
            rec["story"] = row["story"]
            yield rec

    def query(self, sql: str, params: tuple = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, params)]


def _cell(v: Any) -> Any:
    if isinstance(v, list | dict):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bool):
        return int(v)
    return v
