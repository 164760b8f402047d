"""Transfer frames on sentences we wrote: direction, lists, passives, origin, stages, evidence."""

from __future__ import annotations

import pytest

import armstrace


def _transfers(text: str, lang: str = "en", **kw) -> set[tuple]:
    doc = armstrace.extract(text, lang=lang, **kw)
    for t in doc.transfers:
        assert doc.text[t["start"]:t["end"]] == t["evidence"]
    return {(t["supplier"], t["recipient"], t["status"]) for t in doc.transfers}


@pytest.mark.parametrize("text,expected", [
    ("Azerbaijan bought Harop drones from Israel.", {("ISR", "AZE", "ordered")}),
    ("Israel sold Harop drones to Azerbaijan.", {("ISR", "AZE", "ordered")}),
    ("Turkey delivered Bayraktar TB2 drones to Ukraine last year.", {("TUR", "UKR", "delivered")}),
    ("Ukraine received Bayraktar TB2 drones from Turkey.", {("TUR", "UKR", "delivered")}),
    ("Israel and Turkey supplied drones to Azerbaijan.", {("ISR", "AZE", "delivered"), ("TUR", "AZE", "delivered")}),
    ("Germany suspended arms exports to Saudi Arabia.", {("DEU", "SAU", "suspended")}),
])
def test_direction(text: str, expected: set) -> None:
    assert _transfers(text) == expected


def test_no_supplier_without_textual_support() -> None:
    # the text never says where the Harop came from: no transfer by default
    assert _transfers("Azerbaijan used Harop drones in the offensive.") == set()


def test_infer_origin_is_marked() -> None:
    doc = armstrace.extract("Azerbaijan operates Harop drones.", lang="en", infer_origin=True)
    assert doc.transfers and all(t.get("inferred") for t in doc.transfers)


def test_hedged_and_denied() -> None:
    doc = armstrace.extract("Iran reportedly received Su-35 fighters from Russia.", lang="en")
    assert doc.transfers and doc.transfers[0]["certainty"] == "hedged"
    doc = armstrace.extract("China denied that it sold J-10C fighters to Egypt.", lang="en")
    assert doc.transfers and doc.transfers[0]["certainty"] == "denied"


def test_nothing_in_unrelated_text() -> None:
    assert _transfers("Colombia exported coffee to the United States and Germany.") == set()


def test_maker_state_does_not_import_its_own_system() -> None:
    doc = armstrace.extract("Italy also supplies aircraft, like France with the purchase of Rafale jets.", lang="en")
    assert ("ITA", "FRA") not in {(t["supplier"], t["recipient"]) for t in doc.transfers}
