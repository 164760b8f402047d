"""Document-level reading on short texts written for this test: a sentence that names no
party continues the previous sentence's deal (extraction/coref.py), and a weapon noun
("the jets") takes the system whose deal agrees with the sentence (resolve_document)."""

from __future__ import annotations

import pytest

import armstrace


def _rows(text: str, lang: str) -> list[dict]:
    doc = armstrace.extract(text, lang=lang)
    for t in doc.transfers:
        assert doc.text[t["start"]:t["end"]] == t["evidence"]  # verbatim, located
    return doc.transfers


def _items(text: str, lang: str) -> set[tuple]:
    return {(t["supplier"], t["recipient"], t["system"] or t["category"], t["status"]) for t in _rows(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Turkey agreed to sell Bayraktar TB2 drones to Poland. The first six were delivered in May."),
    ("es", "Turquía acordó vender drones Bayraktar TB2 a Polonia. Los primeros seis fueron entregados en mayo."),
    ("fr", "La Turquie a accepté de vendre des drones Bayraktar TB2 à la Pologne. Les six premiers ont été livrés en mai."),
    ("de", "Die Türkei verkaufte Bayraktar TB2 Drohnen an Polen. Die Lieferungen begannen im Mai."),
    ("ru", "Турция согласилась продать Польше беспилотники Bayraktar TB2. Первые шесть были поставлены в мае."),
])
def test_next_sentence_advances_the_deal(lang: str, text: str) -> None:
    rows = _rows(text, lang)
    assert {(t["supplier"], t["recipient"], t["system"], t["status"]) for t in rows} == {
        ("TUR", "POL", "Baykar Bayraktar TB2", "delivered")}
    # the evidence spans the pair (first sentence) and the stage word (second)
    second = text.index(". ") + 2
    assert rows[0]["start"] < second < rows[0]["end"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Poland signed a contract with South Korea for K2 tanks. Deliveries began in December."),
    ("es", "Polonia firmó un contrato con Corea del Sur para tanques K2. Las entregas comenzaron en diciembre."),
    ("fr", "La Pologne a signé un contrat avec la Corée du Sud pour des chars K2. Les livraisons ont commencé en décembre."),
    ("ru", "Польша подписала контракт с Южной Кореей на танки K2. Поставки начались в декабре."),
])
def test_bare_stage_word_is_the_previous_items_news(lang: str, text: str) -> None:
    rows = _rows(text, lang)
    assert [(t["supplier"], t["recipient"], t["status"]) for t in rows] == [("KOR", "POL", "delivered")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Seoul and Warsaw signed a deal last year. The K9 howitzers arrived on Monday."),
    ("es", "Seúl y Varsovia firmaron un acuerdo el año pasado. Los obuses K9 llegaron el lunes."),
    ("fr", "Séoul et Varsovie ont signé un accord l'an dernier. Les obusiers K9 sont arrivés lundi."),
    ("ru", "Сеул и Варшава подписали соглашение в прошлом году. Гаубицы K9 прибыли в понедельник."),
])
def test_system_takes_the_pair_its_maker_orders(lang: str, text: str) -> None:
    assert _items(text, lang) == {("KOR", "POL", "Hanwha K9 Thunder", "delivered")}


@pytest.mark.parametrize("text,expected", [
    # negated: no news
    ("Turkey agreed to sell Bayraktar TB2 drones to Poland. The first six were not delivered in May.",
     {("TUR", "POL", "Baykar Bayraktar TB2", "ordered")}),
    # the next sentence has parties of its own
    ("Turkey agreed to sell Bayraktar TB2 drones to Poland. Russia delivered S-400 missiles to India.",
     {("TUR", "POL", "Baykar Bayraktar TB2", "ordered"), ("RUS", "IND", "Almaz-Antey S-400 Triumf", "delivered")}),
    # another kind of weapon
    ("Turkey sold Bayraktar TB2 drones to Poland. The tanks arrived in May.",
     {("TUR", "POL", "Baykar Bayraktar TB2", "ordered")}),
    # a system its maker cannot have sold in that deal
    ("Poland bought K2 tanks from South Korea. The F-16 jets arrived on Monday.",
     {("KOR", "POL", "Hyundai Rotem K2 Black Panther", "ordered")}),
])
def test_no_carry_over(text: str, expected: set) -> None:
    assert _items(text, "en") == expected


def test_two_pairs_before_carry_nothing() -> None:
    rows = _rows("Turkey agreed to sell Bayraktar TB2 drones to Poland and Akinci drones to Ukraine. "
                 "The first six were delivered in May.", "en")
    assert rows and all(t["status"] == "ordered" for t in rows)


def test_unnamed_goods_are_not_the_previous_item() -> None:
    # "Panzermunition" is no catalogued weapon noun, but it names goods: not Arrow 3's delivery
    rows = _rows("Israel verkauft Deutschland das Raketenabwehrsystem Arrow 3. "
                 "Die Lieferungen von Panzermunition begannen im Mai.", "de")
    assert [(t["system"], t["status"]) for t in rows] == [("IAI Arrow 3", "ordered")]


def test_another_deal_of_the_same_system_only_supports() -> None:
    # the contract is Colombia's; the sentence before it is about Brazil's earlier choice
    text = ("Colombia signed a contract with Sweden for 17 Gripen E/F fighters. Brazil is considering buying "
            "Gripen E/F jets from Sweden. The contract includes 15 Gripen E jets.")
    assert _items(text, "en") == {("SWE", "COL", "Saab JAS 39 Gripen E/F", "ordered"),
                                  ("SWE", "BRA", "Saab JAS 39 Gripen E/F", "offered")}


@pytest.mark.parametrize("lang,text", [
    ("en", "France sold Rafale jets to Greece. The US sold F-16 jets to Turkey. The jets arrived in Athens in May."),
    ("en", "The US sold F-16 jets to Turkey. France sold Rafale jets to Greece. The jets arrived in Athens in May."),
    ("es", "Francia vendió cazas Rafale a Grecia. Estados Unidos vendió cazas F-16 a Turquía. "
           "Los aviones llegaron en mayo a la base cerca de Atenas."),
    ("ru", "Франция продала Греции истребители Rafale. США продали Турции истребители F-16. "
           "Истребители прибыли в Афины в мае."),
])
def test_weapon_noun_takes_the_family_whose_deal_agrees(lang: str, text: str) -> None:
    assert _items(text, lang) == {("FRA", "GRC", "Dassault Rafale", "delivered"),
                                  ("USA", "TUR", "Lockheed Martin F-16", "ordered")}
