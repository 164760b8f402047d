"""The CLI end to end on small inputs: records, idempotent ingest, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from armstrace.cli import main


def _write(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Israel delivered Harop drones to Azerbaijan in 2016, Reuters reported.\n",
                             encoding="utf-8")
    (d / "b.json").write_text(json.dumps({"id": "b", "lang": "vi",
                                          "text": "Thổ Nhĩ Kỳ đã bán máy bay không người lái Bayraktar TB2 cho Azerbaijan."}),
                              encoding="utf-8")
    (d / "empty.txt").write_text("")
    return d


def test_extract_prints_contract_records(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["extract", str(_write(tmp_path)), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert [r["id"] for r in lines] == ["a", "b"]
    for r in lines:
        assert {"id", "url", "lang", "published", "transfers", "cooperation", "trade_statistics", "story"} <= set(r)
        for t in r["transfers"]:
            assert r and t["evidence"]
    assert "E001" in res.stderr


def test_ingest_twice_adds_no_rows(tmp_path: Path) -> None:
    src, db = _write(tmp_path), str(tmp_path / "x.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(src), "--db", db]).exit_code == 0
    from armstrace.store import Store

    with Store(db) as s:
        before = (s.count("documents"), s.count("transfers"), s.count("errors"))
    assert runner.invoke(main, ["ingest", str(src), "--db", db]).exit_code == 0
    with Store(db) as s:
        assert (s.count("documents"), s.count("transfers"), s.count("errors")) == before
    res = runner.invoke(main, ["register", "--db", db, "--format", "csv"])
    assert res.exit_code == 0 and res.stdout.startswith("supplier,recipient")


def test_all_failed_exit_code_and_one_line_errors(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_text("")
    res = CliRunner().invoke(main, ["extract", str(tmp_path / "e.txt")])
    assert res.exit_code == 1
    res = CliRunner().invoke(main, ["register", "--db", str(tmp_path / "nope.db")])
    assert res.exit_code == 2 and "Traceback" not in res.output and "E008" in res.stderr


def test_stdin(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["extract", "-"], input="Russia delivered Su-35 jets to Iran.\n")
    assert res.exit_code == 0
    assert json.loads(res.stdout.splitlines()[0])["id"] == "stdin"
