"""End to end over the five seed articles in ../shared (skipped when absent)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from armstrace.cli import main


def test_seed_records(seeds_dir) -> None:
    res = CliRunner().invoke(main, ["extract", str(seeds_dir / "docs"), "--format", "jsonl"])
    assert res.exit_code == 0, res.stderr
    recs = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert [r["lang"] for r in recs] == ["vi", "ar", "en", "vi", "fa"]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (seeds_dir / "docs").iterdir()}
    pairs = set()
    for r in recs:
        for t in r["transfers"]:
            assert texts[r["id"]][t["start"]:t["end"]] == t["evidence"]
            pairs.add((t["supplier"], t["recipient"]))
    assert ("ISR", "AZE") in pairs and ("TUR", "AZE") in pairs
