"""Who supplies whom when the subject follows its verb, and who is donor rather than maker.

Verb-second packs (`verb_second: true`) read the actor right after a fronted finite verb as
its subject; case-marking packs (`morphology.oblique`) read the subject from its case ending;
a donor named by the verb outranks an origin adjective; an origin adjective reaches its
system through the weapon noun between them.
"""

from __future__ import annotations

import pytest

import armstrace


def _pairs(text: str, lang: str) -> set[tuple[str, str]]:
    return {(t["supplier"], t["recipient"]) for t in armstrace.extract(text, lang=lang).transfers}


@pytest.mark.parametrize("text, lang, expected", [
    ("Im Oktober lieferte Dänemark der Ukraine 19 F-16.", "de", {("DNK", "UKR")}),
    ("Im Oktober lieferte Dänemark an die Ukraine 19 F-16.", "de", {("DNK", "UKR")}),
    ("Dänemark lieferte der Ukraine 19 F-16.", "de", {("DNK", "UKR")}),  # plain SVO unchanged
    ("In 2023 leverde Nederland Oekraïne F-16's.", "nl", {("NLD", "UKR")}),
    ("I oktober leverede Danmark og Norge Ukraine 19 F-16-fly.", "da", {("DNK", "UKR"), ("NOR", "UKR")}),
    ("I oktober levererade Sverige Ukraina F-16.", "sv", {("SWE", "UKR")}),
    ("I fjor leverte Norge Ukraina F-16.", "no", {("NOR", "UKR")}),
])
def test_verb_second_subject_follows_the_verb(text: str, lang: str, expected: set) -> None:
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Літаки F-16 Україні передали Данія та Нідерланди.", "uk", {("DNK", "UKR"), ("NLD", "UKR")}),
    ("Armáda převzala tanky Leopard 2A4, které Česku darovalo Německo.", "cs", {("DEU", "CZE")}),
    ("Самолёты Су-35 Ирану передала Россия.", "ru", {("RUS", "IRN")}),
    ("Helikoptere Black Hawk Hrvatskoj su donirale Sjedinjene Američke Države.", "hr", {("USA", "HRV")}),
    ("Німеччина передала Україні IRIS-T.", "uk", {("DEU", "UKR")}),  # subject first: unchanged
])
def test_case_ending_marks_the_subject(text: str, lang: str, expected: set) -> None:
    assert _pairs(text, lang) == expected


def test_inflected_name_is_not_a_subject() -> None:
    # "Americi" is listed in the catalog, but its dative ending keeps it from being the seller
    assert _pairs("Srbija kaže: prodajemo municiju Americi, Španiji i Češkoj.", "sr") == {
        ("SRB", "USA"), ("SRB", "ESP"), ("SRB", "CZE")}


@pytest.mark.parametrize("text, lang, expected", [
    ("Dánsko darovalo Ukrajině francouzské houfnice Caesar.", "cs", {("DNK", "UKR")}),
    ("Denmark donated French-made Caesar howitzers to Ukraine.", "en", {("DNK", "UKR")}),
    ("Dänemark schenkte der Ukraine französische Haubitzen.", "de", {("DNK", "UKR")}),
    ("Israel and Turkey supplied Azerbaijan with Israeli Harop drones and Turkish TB2s.", "en",
     {("ISR", "AZE"), ("TUR", "AZE")}),
    ("Azerbaijan bought Israeli Harop drones.", "en", {("ISR", "AZE")}),  # no donor named: the maker
])
def test_donor_outranks_maker(text: str, lang: str, expected: set) -> None:
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Hrvatska je kupila francuske helikoptere H145M.", "hr", {("FRA", "HRV")}),
    ("Македонија купи француски хеликоптери H145M.", "mk", {("FRA", "MKD")}),
    ("Česko koupilo francouzské vrtulníky H145M.", "cs", {("FRA", "CZE")}),
    ("Croatia bought French helicopters H145M.", "en", {("FRA", "HRV")}),
    ("India bought Su-30MKI fighters with French avionics.", "en", set()),  # a part, not the aircraft
])
def test_origin_adjective_reaches_system_through_its_noun(text: str, lang: str, expected: set) -> None:
    assert _pairs(text, lang) == expected
