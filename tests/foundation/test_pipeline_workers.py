"""A process pool must hand back the same Documents as one process.

Workers send back only what the parent lacks (no text, mentions and sentences as tuples)
and the parent rebuilds the Document on its own copy: every field must survive that.
"""

from __future__ import annotations

import pytest

from armstrace import pipeline
from armstrace.document import Document, Span
from armstrace.errors import Problem
from armstrace.pipeline import Pipeline, _pack, _unpack

TEXTS = [
    "Turkey delivered six Bayraktar TB2 drones to Azerbaijan in May 2020, the ministry said.",
    "France has offered the Rafale to India. Talks in Paris went on for a week.",
    "Ordinary news: the weather in Oslo was mild and the market rose 2%.",
    "Israel sold Harop loitering munitions to Azerbaijan worth $127 million.",
]


def _docs() -> list[Document | Problem]:
    items: list[Document | Problem] = [Document(text=t, id=f"d{i}") for i, t in enumerate(TEXTS)]
    items.insert(2, Problem("E001", "unreadable", "x.txt"))
    return items


def _state(item: Document | Problem) -> object:
    if isinstance(item, Problem):
        return item
    return {k: v for k, v in item.__dict__.items() if k != "view"}


def test_two_workers_give_what_one_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "PARENT_DOCS", 1)  # the rest goes through the pool
    one = [_state(d) for d in Pipeline().pipe(_docs(), workers=1)]
    two = [_state(d) for d in Pipeline().pipe(_docs(), workers=2, chunk=1)]
    assert two == one
    assert any(isinstance(d, dict) and d["mentions"] for d in one)


def test_pack_round_trip_keeps_changed_text_and_span_data() -> None:
    sent = Document(text="Turkey sold drones to Azerbaijan.", id="a")
    done = Pipeline()(Document(text=sent.text, id="a"))
    assert isinstance(done, Document)
    done.sentences.append(Span(0, 6, "sentence", {"note": 1}))
    packed = _pack(done, "a different text")  # as if a stage had rewritten the text
    back = _unpack(sent, packed)
    assert isinstance(back, Document)
    assert back.text == done.text
    assert back.mentions == done.mentions
    assert back.sentences == done.sentences
    assert _unpack(sent, Problem("E009", "failed")) == Problem("E009", "failed")
