"""Engine gaps found by probes: agent nouns, a weapon noun beside named systems, weapons "in
the army of X", the passive agent of bg/mk participles, and Malay told from Indonesian.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import armstrace
from armstrace.text.langid import detect_language


def _rows(text: str, lang: str) -> set[tuple]:
    return {(t["supplier"], t["recipient"], t["status"]) for t in armstrace.extract(text, lang=lang).transfers}


def _pairs(text: str, lang: str) -> set[tuple[str, str]]:
    return {(t["supplier"], t["recipient"]) for t in armstrace.extract(text, lang=lang).transfers}


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia is the main arms supplier of Azerbaijan and Armenia.", "en",
     {("RUS", "AZE", "delivered"), ("RUS", "ARM", "delivered")}),
    ("Nga là nhà cung cấp vũ khí chính của Azerbaijan và Armenia.", "vi",
     {("RUS", "AZE", "delivered"), ("RUS", "ARM", "delivered")}),
    ("Россия — основной поставщик оружия Азербайджану.", "ru", {("RUS", "AZE", "delivered")}),
    ("Россия является основным поставщиком оружия Азербайджана.", "ru", {("RUS", "AZE", "delivered")}),
    ("Rusya, Azerbaycan'ın en büyük silah tedarikçisi.", "tr", {("RUS", "AZE", "delivered")}),
    ("روسيا هي المورد الرئيسي لأذربيجان في مجال الأسلحة.", "ar", {("RUS", "AZE", "delivered")}),
    ("روسیه تامین‌کننده اصلی تسلیحات آذربایجان است.", "fa", {("RUS", "AZE", "delivered")}),
    ("La Russie est le principal fournisseur d'armes de l'Azerbaïdjan.", "fr", {("RUS", "AZE", "delivered")}),
    ("Rusia es el principal proveedor de armas de Azerbaiyán.", "es", {("RUS", "AZE", "delivered")}),
    ("俄罗斯是阿塞拜疆的主要武器供应国。", "zh", {("RUS", "AZE", "delivered")}),
    ("Росія є головним постачальником зброї Азербайджану.", "uk", {("RUS", "AZE", "delivered")}),
    ("The main supplier of arms to Azerbaijan is Israel.", "en", {("ISR", "AZE", "delivered")}),
    ("Azerbaijan's main arms supplier is Israel.", "en", {("ISR", "AZE", "delivered")}),
])
def test_supplier_noun(text: str, lang: str, expected: set) -> None:
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("India is the largest customer of Russian arms.", "en", {("RUS", "IND")}),
    ("India is the largest buyer of Russian arms.", "en", {("RUS", "IND")}),
    ("India is Russia's largest arms customer.", "en", {("RUS", "IND")}),
    ("Индия — крупнейший покупатель российского оружия.", "ru", {("RUS", "IND")}),
    ("Hindistan, Rusya'nın en büyük silah alıcısı.", "tr", {("RUS", "IND")}),
    ("L'Inde est le plus gros client des armes russes.", "fr", {("RUS", "IND")}),
    ("Azerbaijan trở thành khách hàng mua vũ khí lớn nhất của Thổ Nhĩ Kỳ.", "vi", {("TUR", "AZE")}),
])
def test_customer_noun(text: str, lang: str, expected: set) -> None:
    assert _pairs(text, lang) == expected


def test_agent_noun_pairs_only_its_own_states() -> None:
    # Russia supplies Armenia; Turkey and Israel do not (they sell to Azerbaijan)
    text = ("Từ lâu Nga là nhà cung cấp vũ khí chính của Azerbaijan và Armenia, nhưng hiện nay, "
            "Azerbaijan đang có xu hướng mua vũ khí từ Thổ Nhĩ Kỳ và Israel hơn.")
    assert _pairs(text, "vi") == {("RUS", "AZE"), ("RUS", "ARM"), ("TUR", "AZE"), ("ISR", "AZE")}


@pytest.mark.parametrize("text, lang", [
    ("France regards Egypt as a key client of its defence industry and sold it jets.", "en"),
    ("Armenia accused Azerbaijan's arms suppliers of fuelling the war.", "en"),
    ("Russia is the main supplier of gas to Europe.", "en"),  # no weapon
])
def test_agent_noun_without_a_relation(text: str, lang: str) -> None:
    assert all(t["status"] != "delivered" for t in armstrace.extract(text, lang=lang).transfers)


@pytest.mark.parametrize("text, lang, expected", [
    ("Israel and Turkey supplied Azerbaijan with Israeli drones and Turkish TB2s.", "en",
     {("ISR", "AZE", None), ("TUR", "AZE", "Baykar Bayraktar TB2")}),
    ("Израиль и Турция поставили Азербайджану израильские беспилотники и турецкие TB2.", "ru",
     {("ISR", "AZE", None), ("TUR", "AZE", "Baykar Bayraktar TB2")}),
    ("Ukraine received US-made HIMARS and German tanks.", "en", {("USA", "UKR", "HIMARS"), ("DEU", "UKR", None)}),
    ("Vojska Srbije koristi ruske helikoptere Mi-35 i kineske dronove.", "sr",
     {("RUS", "SRB", "Mil Mi-35M"), ("CHN", "SRB", None)}),
    ("Azerbaijan bought Turkish TB2 drones.", "en", {("TUR", "AZE", "Baykar Bayraktar TB2")}),  # the noun names the system
])
def test_category_beside_named_systems(text: str, lang: str, expected: set) -> None:
    got = {(t["supplier"], t["recipient"], t["system"]) for t in armstrace.extract(text, lang=lang).transfers}
    assert got == expected


@pytest.mark.parametrize("text, lang", [
    ("Những vũ khí của Israel trong Quân đội Azerbaijan bao gồm UAV Harop.", "vi"),
    ("Israeli Harop drones in the Azerbaijani army.", "en"),
    ("Израильские дроны Harop в армии Азербайджана.", "ru"),
    ("Израильские дроны Harop на вооружении армии Азербайджана.", "ru"),
    ("Des drones israéliens Harop dans l'armée de l'Azerbaïdjan.", "fr"),
    ("Drones israelíes Harop en el ejército de Azerbaiyán.", "es"),
])
def test_in_the_army_of_is_in_service(text: str, lang: str) -> None:
    assert _rows(text, lang) == {("ISR", "AZE", "in-use")}


def test_a_place_is_not_an_army() -> None:
    assert _rows("Israeli Harop drones were seen in Azerbaijan.", "en") == set()


@pytest.mark.parametrize("text, lang, expected", [
    ("Самолетите F-16, поръчани от България от САЩ, ще пристигнат през 2025 г.", "bg", {("USA", "BGR")}),
    ("Хеликоптерите Black Hawk, нарачани од Македонија од САД, пристигнаа.", "mk", {("USA", "MKD")}),
    ("България купи F-16 от САЩ.", "bg", {("USA", "BGR")}),  # a plain "от" is still the source
])
def test_passive_agent_is_the_buyer(text: str, lang: str, expected: set) -> None:
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Kerajaan Malaysia berkata Tentera Udara akan menerima pesawat pejuang dari Amerika Syarikat "
     "kerana kontrak bernilai RM4 bilion ditandatangani semalam.", "ms"),
    ("Pemerintah Indonesia mengatakan tentara akan menerima pesawat tempur dari Amerika Serikat "
     "karena kontrak senilai 4 miliar dolar ditandatangani kemarin.", "id"),
])
def test_malay_and_indonesian(text: str, lang: str) -> None:
    assert detect_language(text) == lang
