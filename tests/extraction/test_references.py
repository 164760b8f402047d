"""References across sentences: "the two countries", "the howitzers", "the country".

Sentences written for the project. Each mechanism is checked in at least three languages.
"""

from __future__ import annotations

import pytest

import armstrace


def _doc(text: str, lang: str):
    return armstrace.extract(text, lang=lang)


def _events(text: str, lang: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(c["type"], tuple(c["actors"])) for c in _doc(text, lang).cooperation}


def _transfers(text: str, lang: str) -> set[tuple]:
    return {(t["supplier"], t["recipient"], t["system"], t["status"]) for t in _doc(text, lang).transfers}


@pytest.mark.parametrize("text, lang", [
    ("Hungary ordered 24 PzH 2000 howitzers from Germany. The two countries also signed a defence "
     "cooperation agreement.", "en"),
    ("Maďarsko objednalo od Německa 24 houfnic PzH 2000. Obě země také podepsaly dohodu o obranné spolupráci.", "cs"),
    ("Magyarország 24 PzH 2000 löveget rendelt Németországtól. A két ország védelmi együttműködési "
     "megállapodást is aláírt.", "hu"),
    ("Macaristan Almanya'dan 24 PzH 2000 obüsü sipariş etti. İki ülke ayrıca bir savunma işbirliği "
     "anlaşması imzaladı.", "tr"),
    ("匈牙利从德国订购了24门PzH 2000榴弹炮。两国还签署了防务合作协议。", "zh"),
])
def test_pair_reference_takes_the_pair_named_before(text: str, lang: str) -> None:
    assert ("agreement", ("DEU", "HUN")) in _events(text, lang)


def test_pair_named_after_the_act_is_what_it_is_about() -> None:
    text = "Thailand bought VT-4 tanks from China. Military cooperation between the two countries has grown steadily."
    assert not any(kind == "agreement" for kind, _ in _events(text, "en"))


@pytest.mark.parametrize("text, lang", [
    ("Poland ordered 48 K9 howitzers from South Korea. The howitzers arrived in March.", "en"),
    ("Lengyelország 48 K9 löveget rendelt Dél-Koreától. A löveg első példányait már tavaly átvette a hadsereg.", "hu"),
    ("Puola tilasi Etelä-Koreasta 48 K9-haupitsia. Haupitsit saapuivat maaliskuussa.", "fi"),
])
def test_weapon_noun_without_a_party_advances_the_named_system(text: str, lang: str) -> None:
    assert _transfers(text, lang) == {("KOR", "POL", "Hanwha K9 Thunder", "delivered")}


@pytest.mark.parametrize("text, lang, old", [
    ("Thailand has ordered four Gripen E from Sweden. The country already operates eleven Gripen C/D.", "en",
     ("SWE", "THA", "Saab JAS 39 Gripen C/D", "in-use")),
    ("Thailand har beställt fyra Gripen E från Sverige. Landet använder redan elva Gripen C/D.", "sv",
     ("SWE", "THA", "Saab JAS 39 Gripen C/D", "in-use")),
    ("Индия заказала у России 12 истребителей Су-30МКИ. Страна уже эксплуатирует истребители МиГ-29.", "ru",
     ("RUS", "IND", "Mikoyan MiG-29", "in-use")),
])
def test_the_country_is_the_one_recipient(text: str, lang: str, old: tuple) -> None:
    assert old in _transfers(text, lang)


def test_the_country_stays_unresolved_with_two_recipients() -> None:
    text = ("Thailand has ordered four Gripen E from Sweden. Hungary has bought Leopard tanks from Germany. "
            "The country already operates eleven Gripen C/D.")
    assert not any(t[2] == "Saab JAS 39 Gripen C/D" for t in _transfers(text, "en"))


@pytest.mark.parametrize("text, lang", [
    ("Az Egyesült Államok rakétákat ad el Tajvannak. Nancy Pelosi házelnök Tajpejbe látogatott.", "hu"),
    ("Yhdysvallat myy ohjuksia Taiwanille. Nancy Pelosi vieraili Taipeissa.", "fi"),
    ("USA säljer robotar till Taiwan. Nancy Pelosi besökte Taipei.", "sv"),
])
def test_implied_visit_partner_is_a_state_the_text_names(text: str, lang: str) -> None:
    assert _events(text, lang) == {("visit", ("TWN", "USA"))}


def test_home_state_still_implied_when_the_text_names_no_other() -> None:
    assert _events("루마니아 국방장관이 방한했다.", "ko") == {("visit", ("KOR", "ROU"))}


@pytest.mark.parametrize("text, lang", [
    ("Кинески ракетни систем ФК-3 стигао је у Србију.", "sr"),
    ("The Chinese FK-3 missile system arrived in Serbia on Saturday.", "en"),
    ("Китайский зенитный комплекс FK-3 прибыл в Сербию.", "ru"),
])
def test_weapon_arriving_is_no_visit(text: str, lang: str) -> None:
    assert not any(kind == "visit" for kind, _ in _events(text, lang))


def test_official_arriving_is_still_a_visit() -> None:
    assert _events("The Indian defence minister arrived in Moscow on Monday.", "en") == {("visit", ("IND", "RUS"))}
