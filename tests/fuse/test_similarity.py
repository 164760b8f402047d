"""Pairwise signals: milestones of one deal stay apart, variants of one system match."""

from __future__ import annotations

from armstrace.document import Mention
from armstrace.fuse.similarity import features_of, score, stage_conflict
from tests.fuse.conftest import make_doc, transfer


def test_halted_and_ongoing_deal_are_two_milestones() -> None:
    a = features_of(make_doc("a", "Algeria buys 14 Su-34 bombers from Russia.", published="2023-05-01",
                             transfers=[transfer("RUS", "DZA", "su-34", "ordered")], states=("RUS", "DZA")))
    b = features_of(make_doc("b", "Russia halts the delivery of 14 Su-34 bombers to Algeria.",
                             published="2023-05-02",
                             transfers=[transfer("RUS", "DZA", "su-34", "suspended")], states=("RUS", "DZA")))
    assert stage_conflict(a, b)
    c = features_of(make_doc("c", "Algeria orders 14 Su-34 bombers.", published="2023-05-02",
                             transfers=[transfer("RUS", "DZA", "su-34", "ordered")], states=("RUS", "DZA")))
    assert score(a, c) > score(a, b)


def test_figures_inside_system_names_are_not_salient() -> None:
    text = "Iran expects Su-35 jets in 2023."
    d = make_doc("a", text, transfers=[transfer("RUS", "IRN", "su-35", "ordered")])
    d.mentions.append(Mention(text.index("Su-35"), text.index("Su-35") + 5, "system", "su-35", "Su-35"))
    f = features_of(d)
    assert 35 not in f.numbers and f.years == frozenset({2023})


def test_two_states_alone_do_not_make_a_story() -> None:
    a = features_of(make_doc("a", "Talks between the two capitals.", states=("ISR", "TUR")))
    b = features_of(make_doc("b", "A statement on relations.", states=("ISR", "TUR")))
    assert score(a, b) < 0.5
