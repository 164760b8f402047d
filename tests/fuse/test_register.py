"""Register rows: independent sources are stories, conflicts and filters work."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from armstrace.fuse.register import build_register
from armstrace.fuse.stories import cluster_store, story_rows
from armstrace.store import Store
from tests.fuse.conftest import make_doc, transfer


def _store(path: Path) -> Store:
    s = Store(path)
    s.upsert([
        make_doc("a", "France will sell 30 Rafale jets to Egypt, Reuters said.", "en", "2021-05-04",
                 [transfer("FRA", "EGY", "Rafale", "ordered", quantity=30, year=2021,
                           attributed_to="Reuters")], ("FRA", "EGY")),
        make_doc("b", "La France vend 30 Rafale a l'Egypte.", "fr", "2021-05-05",
                 [transfer("FRA", "EGY", "Rafale", "ordered", quantity=30, year=2021)], ("FRA", "EGY")),
        make_doc("c", "Egypt received 24 Rafale jets, a blog claims.", "en", "2023-01-10",
                 [transfer("FRA", "EGY", "Rafale", "ordered", quantity=24, year=2023)], ("FRA", "EGY")),
        make_doc("d", "Officials deny that France sold Rafale jets to Egypt.", "en", "2023-06-01",
                 [transfer("FRA", "EGY", "Rafale", "ordered", certainty="denied")], ("FRA", "EGY")),
        make_doc("e", "Russia sold frigates to India.", "en", None,
                 [transfer("RUS", "IND", None, "delivered", category="ship")], ("RUS", "IND")),
    ])
    cluster_store(s)
    return s


def test_register_row_merges_claims(tmp_path: Path) -> None:
    with _store(tmp_path / "r.db") as s:
        rows = build_register(s, supplier="fra")
        assert len(rows) == 1
        r = rows[0]
        assert r["claims"] == 4 and r["sources"] == 3  # a and b are one story
        assert r["quantities"] == [24, 30] and r["languages"] == ["en", "fr"]
        assert r["cited"] == ["Reuters"] and r["first_seen"] == "2021-05-04"
        assert "asserted and denied" in r["conflicts"]
        assert any(c.startswith("quantities differ") for c in r["conflicts"])
        assert 0 < r["confidence"] < 1
        ship = build_register(s, recipient="IND")[0]
        assert ship["system"] is None and ship["category"] == "ship" and ship["first_seen"] is None


def test_register_filters(tmp_path: Path) -> None:
    with _store(tmp_path / "r.db") as s:
        assert len(build_register(s)) == 2
        assert build_register(s, system="rafa")[0]["recipient"] == "EGY"
        assert [r["recipient"] for r in build_register(s, status="delivered")] == ["IND"]
        assert len(build_register(s, year=2023)) == 1 and not build_register(s, year=1999)
        assert not build_register(s, min_sources=4)


_WRITER = """
import sys, time
from armstrace.store import Store
s = Store(sys.argv[1])
s.conn.execute("BEGIN IMMEDIATE")
s.conn.execute("UPDATE documents SET lang = 'xx'")
print("locked", flush=True)
time.sleep(3)
s.conn.execute("ROLLBACK")
"""


def test_readers_work_while_another_process_writes(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    _store(db).close()
    env_path = str(Path(__file__).resolve().parents[2] / "src")
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(db)], stdout=subprocess.PIPE, text=True,
                            env={"PYTHONPATH": env_path, "PATH": ""})
    try:
        assert proc.stdout.readline().strip() == "locked"
        t0 = time.perf_counter()
        with Store(db, readonly=True) as reader:
            assert len(build_register(reader)) == 2
            assert story_rows(reader, min_documents=2)[0]["documents"] == 2
        assert time.perf_counter() - t0 < 1.5  # did not wait for the writer
    finally:
        proc.kill()
        proc.wait()
