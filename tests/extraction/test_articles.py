"""Whole-article probes in languages the dev corpus lacks.

Each tests/extraction/articles/<lang>.yaml entry is a news story written for the project
(headline, dateline, background paragraphs, pronouns, hedges, several pairs) with the record
a careful analyst expects. Sentence examples miss what real articles add: actors named in
one sentence and the weapon in the next, reported speech, old deals in the background.
Articles run through the public API without a language hint (as real input does) and are
scored with the dev-corpus scorer (armstrace.eval.score), so the numbers compare with
`armstrace eval`. Floors sit just below what the engine reaches: a regression fails.

Files named <lang>_coop.yaml hold cooperation-heavy stories (visits, drills, treaties,
protests), two or more per file; they may report few transfers or none, so the per-file
pair floor only applies to files with enough gold pairs to measure.

Run directly for a per-language table and the misses:
  PYTHONPATH=src python3 tests/extraction/test_articles.py [lang ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import armstrace
from armstrace.eval.score import Scores, SystemMatcher, score

sys.path.insert(0, str(Path(__file__).parent))
from test_examples import _load  # noqa: E402

ARTICLES = Path(__file__).resolve().parent / "articles"
# Overall floors (all languages pooled); raise them as packs and engine improve.
FLOORS = {"pairs": 0.92, "systems": 0.91, "status": 0.84, "cooperation": 0.91}
MIN_PAIRS_F1 = 0.6  # per language: catches a broken pack
MIN_PAIRS_GOLD = 3  # a file with fewer gold pairs (cooperation stories) is not held to MIN_PAIRS_F1
MIN_STORIES = {"coop": 2}  # stories per file by suffix (<lang>_coop.yaml); others need 3


def _gold(entry: dict, doc_id: str) -> dict:
    """Translate an article's expectations into the dev gold schema (hedged/denied -> claimed)."""
    transfers = []
    for t in entry.get("transfers") or []:
        g = dict(t)
        if t.get("certainty") in ("hedged", "denied"):
            g["status"] = "claimed"
        transfers.append(g)
    return {"id": doc_id, "negative": not transfers and not entry.get("cooperation"),
            "transfers": transfers, "cooperation": entry.get("cooperation") or [],
            "trade_statistics": [], "story": None}


def score_file(path: Path, systems: SystemMatcher | None = None) -> tuple[Scores, list[dict]]:
    """Extract every article of one file; return the scores and the records."""
    gold, records = {}, []
    for i, entry in enumerate(_load(path)):
        doc_id = f"{path.stem}-{i + 1}"
        gold[doc_id] = _gold(entry, doc_id)
        doc = armstrace.extract(entry["text"], published=entry.get("published"), doc_id=doc_id)
        records.append(doc.to_record())
    return score(records, gold, systems=systems), records


def _metrics(s: Scores) -> dict[str, float]:
    return {"pairs": s.pairs.f1, "systems": s.systems.f1, "status": s.status_accuracy,
            "cooperation": s.cooperation.f1}


@pytest.fixture(scope="module")
def all_scores() -> dict[str, Scores]:
    systems = SystemMatcher()
    return {p.stem: score_file(p, systems)[0] for p in sorted(ARTICLES.glob("*.yaml"))}


def test_articles_present() -> None:
    for path in sorted(ARTICLES.glob("*.yaml")):
        entries = _load(path)
        assert len(entries) >= MIN_STORIES.get(path.stem.rpartition("_")[2], 3), path.stem
        for e in entries:
            assert e.get("published") and e.get("text"), path.stem


def test_per_language_floor(all_scores: dict[str, Scores]) -> None:
    low = {k: round(s.pairs.f1, 3) for k, s in all_scores.items()
           if s.pairs.tp + s.pairs.fn >= MIN_PAIRS_GOLD and s.pairs.f1 < MIN_PAIRS_F1}
    assert not low, f"pair F1 below {MIN_PAIRS_F1}: {low}"


def test_overall_floors(all_scores: dict[str, Scores]) -> None:
    total = Scores()
    for s in all_scores.values():
        total.pairs.add(s.pairs)
        total.systems.add(s.systems)
        total.cooperation.add(s.cooperation)
        total.status_correct += s.status_correct
        total.status_total += s.status_total
    got = _metrics(total)
    below = {k: round(v, 3) for k, v in got.items() if v < FLOORS[k]}
    assert not below, f"below floors {FLOORS}: {below}"


def _report(langs: list[str]) -> None:
    systems = SystemMatcher()
    total = Scores()
    print(f"{'lang':5} {'pairs':>6} {'systems':>8} {'status':>7} {'coop':>6}")
    for path in sorted(ARTICLES.glob("*.yaml")):
        s, records = score_file(path, systems)
        m = _metrics(s)
        print(f"{path.stem:5} {m['pairs']:6.3f} {m['systems']:8.3f} {m['status']:7.3f} {m['cooperation']:6.3f}"
              f"  (pairs tp/fp/fn {s.pairs.tp}/{s.pairs.fp}/{s.pairs.fn}, status {s.status_correct}/{s.status_total})")
        total.pairs.add(s.pairs)
        total.systems.add(s.systems)
        total.cooperation.add(s.cooperation)
        total.status_correct += s.status_correct
        total.status_total += s.status_total
        if path.stem in langs:
            for r in records:
                print("  ", r["id"], r.get("lang"),
                      [(t["supplier"], t["recipient"], t.get("system"), t.get("category"), t["status"], t["certainty"])
                       for t in r["transfers"]],
                      [(c["type"], sorted(c.get("actors") or [])) for c in r["cooperation"]])
    m = _metrics(total)
    print(f"{'all':5} {m['pairs']:6.3f} {m['systems']:8.3f} {m['status']:7.3f} {m['cooperation']:6.3f}")


if __name__ == "__main__":
    _report(sys.argv[1:])
