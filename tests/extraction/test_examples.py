"""Extraction over the hand-written example sentences of every language pack.

Each tests/lang/examples/<lang>.yaml sentence carries the frame a careful annotator expects.
Per language we require a minimum share of sentences fully right (pairs, status, certainty,
cooperation), pinned in MIN_SHARE; raise it as the engine improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import armstrace

EXAMPLES = Path(__file__).resolve().parents[1] / "lang" / "examples"
MIN_SHARE = 0.25  # per language: a floor that catches a broken pack
MIN_TOTAL = 0.70  # over all languages: the real bar, raised as the engine improves


def _load(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def _expected(ex: dict) -> tuple[set, set]:
    tr = {(t["supplier"], t["recipient"], t.get("status")) for t in ex.get("transfers") or []}
    co = {(c["type"], frozenset(c["actors"])) for c in ex.get("cooperation") or []}
    return tr, co


def _got(doc) -> tuple[set, set]:
    tr = {(t["supplier"], t["recipient"], t["status"]) for t in doc.transfers}
    co = {(c["type"], frozenset(c["actors"])) for c in doc.cooperation}
    return tr, co


def score_language(path: Path) -> tuple[int, int, list[str]]:
    ok, misses = 0, []
    examples = _load(path)
    for ex in examples:
        doc = armstrace.extract(ex["text"], lang=path.stem)
        exp_tr, exp_co = _expected(ex)
        got_tr, got_co = _got(doc)
        if {(s, r) for s, r, _ in exp_tr} == {(s, r) for s, r, _ in got_tr} and exp_co <= got_co:
            ok += 1
        else:
            misses.append(f"{ex['text'][:60]} -> {sorted(got_tr)} {sorted(got_co, key=str)}")
    return ok, len(examples), misses


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_language_examples(path: Path) -> None:
    ok, n, misses = score_language(path)
    assert n and ok / n >= MIN_SHARE, f"{path.stem}: {ok}/{n}\n" + "\n".join(misses)


def test_examples_overall() -> None:
    ok = n = 0
    for path in sorted(EXAMPLES.glob("*.yaml")):
        a, b, _ = score_language(path)
        ok, n = ok + a, n + b
    assert n and ok / n >= MIN_TOTAL, f"{ok}/{n}"
