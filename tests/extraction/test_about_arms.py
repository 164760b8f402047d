"""Documents that name no weapon and no cooperation act skip sentence-level extraction."""

from __future__ import annotations

import pytest

import armstrace


@pytest.mark.parametrize(("text", "lang"), [
    ("The city council approved a budget of $40 million for new schools. Exports of coffee "
     "from Brazil to Germany rose by 4 percent in 2023.", "en"),
    ("El ayuntamiento aprobó un presupuesto de 463 millones de euros para escuelas en España.", "es"),
    ("Центральный банк России сохранил ключевую ставку на уровне 16 процентов.", "ru"),
])
def test_plain_news_is_not_split_and_yields_nothing(text: str, lang: str) -> None:
    doc = armstrace.extract(text, lang=lang)
    assert doc.sentences == []  # never split: no weapon, no cooperation act
    assert (doc.transfers, doc.cooperation, doc.trade_statistics) == ([], [], [])


@pytest.mark.parametrize(("text", "lang", "field"), [
    ("Azerbaijan bought Harop drones from Israel.", "en", "transfers"),  # a named system
    ("Germany suspended arms exports to Saudi Arabia in 2018.", "en", "transfers"),  # an arms word
    ("Turkey recalled its ambassador to Israel for consultations.", "en", "cooperation"),
    ("Polonya Savunma Bakanı Seul'de bir anlaşma imzaladı.", "tr", "cooperation"),  # official + trigger
])
def test_arms_or_cooperation_documents_are_read(text: str, lang: str, field: str) -> None:
    doc = armstrace.extract(text, lang=lang)
    assert doc.sentences
    assert getattr(doc, field)


def test_a_money_figure_in_plain_news_is_no_trade_statistic() -> None:
    doc = armstrace.extract("Turkey's exports to Azerbaijan reached $36 million in August, "
                            "mostly textiles and food.", lang="en")
    assert doc.trade_statistics == []
