"""CI accuracy gate: dev-corpus scores must not drop below the pinned minimums.

Reads ../shared/corpus/dev (third-party texts are never copied into this repo); skipped
cleanly when it is absent. Baseline: tests/accuracy_baseline.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

BASELINE = json.loads((Path(__file__).parent / "accuracy_baseline.json").read_text())


@pytest.fixture(scope="module")
def dev_scores(dev_dir):
    from armstrace.eval.coverage import entity_coverage
    from armstrace.eval.runner import run_corpus

    scores, _ = run_corpus(dev_dir)
    cov = entity_coverage(dev_dir)
    return scores.as_dict(), cov


@pytest.mark.parametrize("metric,path", [
    ("transfer_pairs_f1", ("transfer_pairs", "f1")),
    ("transfer_systems_f1", ("transfer_systems", "f1")),
    ("cooperation_f1", ("cooperation", "f1")),
    ("trade_statistics_f1", ("trade_statistics", "f1")),
    ("stories_f1", ("stories", "f1")),
])
def test_f1_not_below_baseline(dev_scores, metric: str, path: tuple[str, str]) -> None:
    scores, _ = dev_scores
    assert scores[path[0]][path[1]] >= BASELINE[metric], f"{metric}: {scores[path[0]]}"


def test_status_accuracy(dev_scores) -> None:
    assert dev_scores[0]["status_accuracy"] >= BASELINE["status_accuracy"]


def test_no_transfers_invented_on_negatives(dev_scores) -> None:
    assert dev_scores[0]["negative_false_transfers"] <= BASELINE["max_negative_false_transfers"]


def test_entity_coverage(dev_scores) -> None:
    _, cov = dev_scores
    assert cov["states"]["share"] >= BASELINE["coverage_states"]
    assert cov["systems"]["share"] >= BASELINE["coverage_systems"]
