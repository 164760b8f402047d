"""The SQLite store: migrations recorded, idempotent upserts, errors table, WAL readers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from armstrace.document import Document
from armstrace.errors import Problem
from armstrace.store import Store


def _doc(text: str, doc_id: str = "a") -> Document:
    d = Document(text=text, id=doc_id, lang="en")
    d.transfers = [{"supplier": "ISR", "recipient": "AZE", "system": "IAI Harop", "system_id": "iai-harop",
                    "category": "loitering-munition", "status": "delivered", "certainty": "asserted",
                    "year": 2016, "evidence": text[:10], "start": 0, "end": 10}]
    return d


def test_upsert_twice_adds_no_rows(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    with Store(db) as s:
        s.upsert([_doc("Israel delivered Harop drones to Azerbaijan.")])
        s.upsert([_doc("Israel delivered Harop drones to Azerbaijan.")])
        assert s.count("documents") == 1 and s.count("transfers") == 1
        s.upsert([_doc("Another text entirely.", "b")])
        assert s.count("documents") == 2
        from armstrace.store.migrations import MIGRATIONS

        versions = [r["version"] for r in s.query("SELECT version FROM migrations")]
        assert versions == [m[0] for m in MIGRATIONS]


def test_problems_recorded_once(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as s:
        for _ in range(3):
            s.record_problem(Problem("E001", "empty input", "x.txt", "x"))
        assert s.count("errors") == 1


def test_reader_works_during_write(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    with Store(db) as writer:
        writer.upsert([_doc("First document text here.")])
        writer.conn.execute("BEGIN IMMEDIATE")
        writer.conn.execute("UPDATE documents SET lang = 'fr'")
        reader = sqlite3.connect(db)
        assert reader.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1
        reader.close()
        writer.conn.execute("COMMIT")
