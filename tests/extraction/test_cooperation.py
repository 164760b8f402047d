"""Cooperation events: who visited whom when one sentence names several visitors."""

from __future__ import annotations

import pytest

import armstrace


def _events(text: str, lang: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(c["type"], tuple(c["actors"])) for c in armstrace.extract(text, lang=lang).cooperation}


@pytest.mark.parametrize("text, lang", [
    ("The defence ministers of Turkey and Israel visited Baku last week.", "en"),
    ("Israeli and Turkish defence ministers travelled to Azerbaijan in October.", "en"),
    ("Bộ trưởng Quốc phòng Thổ Nhĩ Kỳ và Israel đã thăm Azerbaijan.", "vi"),
])
def test_each_visitor_visits_the_host(text: str, lang: str) -> None:
    assert _events(text, lang) == {("visit", ("AZE", "ISR")), ("visit", ("AZE", "TUR"))}


def test_bilateral_visit_stays_one_event() -> None:
    assert _events("The Indian defence minister visited Moscow on Monday.", "en") == {("visit", ("IND", "RUS"))}


def test_recall_over_a_sale_is_against_the_seller_not_the_buyer() -> None:
    events = _events("To protest Israel's arms sales to Azerbaijan, Armenia recalled its ambassador from Israel.",
                     "en")
    assert ("ambassador-recall", ("ARM", "ISR")) in events
    assert not any("AZE" in actors for _, actors in events)


@pytest.mark.parametrize("text, lang, actors", [
    ("Argentina's defence minister signed an agreement in Denmark to buy 24 F-16 jets.", "en", ("ARG", "DNK")),
    ("El ministro de Defensa de Argentina firmó en Dinamarca la compra de 24 cazas F-16.", "es", ("ARG", "DNK")),
])
def test_official_acting_abroad_is_a_visit(text: str, lang: str, actors: tuple[str, str]) -> None:
    assert ("visit", actors) in _events(text, lang)


def test_officials_of_two_states_meeting_in_a_third_is_no_visit() -> None:
    text = "The Armenian prime minister and the president of Azerbaijan will sign an agreement in Brussels."
    assert not any(kind == "visit" for kind, _ in _events(text, "en"))


@pytest.mark.parametrize("text, lang", [
    ("Polonya Savunma Bakanı Seul'de bir anlaşma imzaladı.", "tr"),
    ("波兰国防部长在首尔签署了合同。", "zh"),
])
def test_official_abroad_in_more_languages(text: str, lang: str) -> None:
    assert ("visit", ("KOR", "POL")) in _events(text, lang)
