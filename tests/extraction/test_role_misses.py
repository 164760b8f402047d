"""Role misses found by the article probes, each a general mechanism:

- a bare space joins no list: in a V2 perfect ("Im März hat Schweden Kolumbien … angeboten")
  the subject and the bare dative object stand side by side;
- a state an attribution cue cites ("according to South Korean intelligence") or one inside a
  purpose clause with no stage of its own ("um der Ukraine Vorrang zu geben") takes no role,
  and the commas around a cited source do not cut its sentence's subject off its verb;
- a maker named as the buyer ("back to the German maker Rheinmetall") is the recipient, even
  of goods its own state made;
- an origin cue at a system ("L-39 de fabrication tchèque") tells who built it, and the named
  supplier still supplies it;
- a generic force word ("Luftwaffe", "flygvapnet") is the force of the state beside it, or
  the one last named so in the text.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import armstrace


def _pairs(text: str, lang: str) -> set[tuple[str, str]]:
    return {(t["supplier"], t["recipient"]) for t in armstrace.extract(text, lang=lang).transfers}


def _systems(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(t["supplier"], t["recipient"], t["system"]) for t in armstrace.extract(text, lang=lang).transfers}


@pytest.mark.parametrize("text, lang", [
    ("Im März hat Schweden Kolumbien 24 Gripen angeboten.", "de"),
    ("Schweden hat Kolumbien 24 Gripen angeboten.", "de"),
    ("In maart heeft Zweden Colombia 24 Gripen aangeboden.", "nl"),
    ("I mars har Sverige erbjudit Colombia 24 Gripen.", "sv"),
    ("I marts har Sverige tilbudt Colombia 24 Gripen.", "da"),
    ("I mars har Sverige tilbudt Colombia 24 Gripen.", "no"),
])
def test_perfect_with_bare_dative(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("SWE", "COL")}


@pytest.mark.parametrize("text, lang, expected", [
    ("Натомість Росія, за даними південнокорейської розвідки, могла передати КНДР зенітні ракетні комплекси.",
     "uk", {("RUS", "PRK")}),
    ("Россия, по данным южнокорейской разведки, передала КНДР зенитные ракетные комплексы.", "ru", {("RUS", "PRK")}),
    ("According to South Korean intelligence, Russia may have delivered air defence systems to North Korea.",
     "en", {("RUS", "PRK")}),
    ("Laut französischen Geheimdiensten lieferte Russland Mali zwei Hubschrauber.", "de", {("RUS", "MLI")}),
    ("Selon les services français, la Russie a livré deux hélicoptères au Mali.", "fr", {("RUS", "MLI")}),
    ("Według mediów koreańskich Rosja przekazała Korei Północnej systemy przeciwlotnicze.", "pl", {("RUS", "PRK")}),
    ("US officials said Iran bought drones from Russia.", "en", {("RUS", "IRN")}),  # a speech verb cites no one
])
def test_cited_source_takes_no_role(text: str, lang: str, expected: set) -> None:
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Die USA verschieben die Auslieferung der Patriot-Systeme an die Schweiz, "
     "um der Ukraine Vorrang zu geben.", "de"),
    ("The United States delayed the Patriot deliveries to Switzerland in order to prioritise Ukraine.", "en"),
    ("Les États-Unis ont reporté la livraison des Patriot à la Suisse afin de donner la priorité à l'Ukraine.", "fr"),
])
def test_state_in_purpose_clause_takes_no_role(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("USA", "CHE")}


def test_purpose_clause_with_its_own_stage_keeps_roles() -> None:
    pairs = _pairs("Germany bought tanks from Spain in order to deliver them to Ukraine.", "en")
    assert ("ESP", "UKR") in pairs or ("DEU", "UKR") in pairs


@pytest.mark.parametrize("text, lang, expected", [
    ("Deutschland liefert damit der Ukraine weitere Leopard-2-Panzer.", "de", {("DEU", "UKR")}),  # adverb "damit"
    ("De VS stellen de levering van Patriot-systemen aan Zwitserland uit, om Oekraïne voorrang te geven.",
     "nl", {("USA", "CHE")}),
])
def test_purpose_opener_after_its_comma(text: str, lang: str, expected: set) -> None:
    assert _pairs(text, lang) == expected


def test_stage_verb_is_no_attribution_cue() -> None:
    # "передає {X}" is an attribution cue ("reports X") and also "hands over to X"
    assert _pairs("Німеччина передала Україні ще два комплекси IRIS-T.", "uk") == {("DEU", "UKR")}


@pytest.mark.parametrize("text, lang", [
    ("Später verkaufte die Schweiz 25 Leopard-2-Kampfpanzer an den deutschen Hersteller Rheinmetall zurück.", "de"),
    ("Switzerland later sold 25 Leopard 2 tanks back to the German maker Rheinmetall.", "en"),
    ("Zwitserland verkocht 25 Leopard 2-tanks terug aan de Duitse fabrikant Rheinmetall.", "nl"),
    ("Suiza vendió 25 tanques Leopard 2 a la alemana Rheinmetall.", "es"),
])
def test_maker_buys_back(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("CHE", "DEU")}


def test_maker_state_still_imports_nothing_of_its_own() -> None:
    # a maker's state named as a recipient by a plain marker does not import its own system
    assert ("ITA", "FRA") not in _pairs("Italy bought twelve Rafale jets for France's partners.", "en")


@pytest.mark.parametrize("text, lang", [
    ("La Russie a livré au Mali des hélicoptères Mi-24P ainsi que des avions L-39 de fabrication tchèque.", "fr"),
    ("Russia delivered Mi-24P helicopters and Czech-made L-39 trainers to Mali.", "en"),
    ("Russland lieferte Mali Mi-24P-Hubschrauber und L-39-Trainer aus tschechischer Produktion.", "de"),
    ("Rusia entregó a Malí helicópteros Mi-24P y aviones L-39 de fabricación checa.", "es"),
])
def test_origin_cue_keeps_the_named_supplier(text: str, lang: str) -> None:
    assert _systems(text, lang) == {("RUS", "MLI", "Mil Mi-24"), ("RUS", "MLI", "Aero L-39 Albatros")}


@pytest.mark.parametrize("text, lang", [
    ("Die thailändische Luftwaffe kauft vier Gripen E. Die Luftwaffe fliegt bereits elf Gripen C/D, "
     "die Schweden 2011 geliefert hatte.", "de"),
    ("Det thailändska flygvapnet köper fyra Gripen E. Flygvapnet flyger redan elva Gripen C/D "
     "som Sverige levererade 2011.", "sv"),
    ("L'Aeronautica Militare thailandese acquista quattro Gripen E. L'Aeronautica Militare impiega già "
     "undici Gripen C/D consegnati dalla Svezia nel 2011.", "it"),
])
def test_bare_force_word_is_the_force_last_named(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("SWE", "THA")}


def test_bare_force_word_alone_keeps_its_home_state() -> None:
    assert _pairs("Die Luftwaffe erhielt im Mai die ersten F-35 aus den USA.", "de") == {("USA", "DEU")}
