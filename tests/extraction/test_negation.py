"""A negated transfer verb makes the claim denied; negations elsewhere do not."""

from __future__ import annotations

import pytest

import armstrace


def _claims(text: str, lang: str) -> set[tuple]:
    doc = armstrace.extract(text, lang=lang)
    return {(t["supplier"], t["recipient"], t["certainty"]) for t in doc.transfers}


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Germany did not deliver Taurus missiles to Ukraine.", "en", ("DEU", "UKR")),
    ("Serbia has not exported ammunition to Ukraine, the ministry said.", "en", ("SRB", "UKR")),
    ("Srbija ne izvozi municiju Ukrajini.", "sr", ("SRB", "UKR")),
    ("España no ha entregado los Leopard 2 a Ucrania.", "es", ("ESP", "UKR")),
    ("La France n'a pas livré de Rafale à l'Inde.", "fr", ("FRA", "IND")),
    ("Германия так и не поставила Украине ракеты Taurus.", "ru", ("DEU", "UKR")),
    ("德国并未向乌克兰交付金牛座导弹。", "zh", ("DEU", "UKR")),
    ("ドイツはウクライナに戦車を供与しなかった。", "ja", ("DEU", "UKR")),
    ("독일은 우크라이나에 타우러스 미사일을 공급하지 않았다.", "ko", ("DEU", "UKR")),
])
def test_negated_verb_is_denied(text: str, lang: str, pair: tuple) -> None:
    assert (*pair, "denied") in _claims(text, lang)


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("中国向巴基斯坦交付了无人机。", "zh", ("CHN", "PAK")),  # 无 of 无人机 (drone) is no negation
    ("Die Panzer wurden noch im Mai von Deutschland an die Ukraine geliefert.", "de", ("DEU", "UKR")),
    ("Israel delivered drones to Azerbaijan without any public debate.", "en", ("ISR", "AZE")),
    ("No one doubts that Russia delivered S-400 systems to India in 2021.", "en", ("RUS", "IND")),
])
def test_negation_away_from_the_verb_changes_nothing(text: str, lang: str, pair: tuple) -> None:
    assert (*pair, "asserted") in _claims(text, lang)


def test_negated_partyless_report_does_not_advance_a_stage() -> None:
    doc = armstrace.extract("India ordered 26 Rafale M jets from France in 2023. "
                            "The Rafale M jets have not arrived yet.", lang="en")
    assert [t["status"] for t in doc.transfers] == ["ordered"]
