"""Stage and direction words added to packs after dev-corpus misses (general word forms;
sentences written for these tests)."""

from __future__ import annotations

import pytest

import armstrace


def got(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(t["supplier"], t["recipient"], t["status"]) for t in armstrace.extract(text, lang=lang).transfers}


def stages(text: str, lang: str) -> set[str]:
    """The stages the document pack's trigger words give in `text`."""
    from armstrace.extraction.lexicon import lexicon
    from armstrace.text.normalize import fold

    scanner, groups = lexicon(lang).scanners[0]
    return {g.label for g, hits in zip(groups, scanner.scan(fold(text)), strict=True)
            if hits and g.kind == "trigger"}


@pytest.mark.parametrize("text,lang,stage", [
    ("le transfert des drones", "fr", "delivered"),
    ("les transferts d'armes", "fr", "delivered"),
    ("como operadora do caça", "pt", "in-use"),
    ("os operadores do Gripen", "pt", "in-use"),
    ("به نیروی هوایی پیوسته‌اند", "fa", "delivered"),
    ("به نیروی هوایی پیوستند", "fa", "delivered"),
    ("미사일을 수입한 데 이어", "ko", "delivered"),
    ("자주포가 수입됐다", "ko", "delivered"),
    ("수입하기로 했다", "ko", "ordered"),
])
def test_pack_gap_words(text, lang, stage):
    assert stage in stages(text, lang)


@pytest.mark.parametrize("text,lang,expected", [
    # fr: "de la X au Y" is from X to Y, also after a delivery noun
    ("L'armée a assuré le transfert des drones de la Turquie au Maroc.", "fr", ("TUR", "MAR", "delivered")),
    ("Le transfert des blindés de l'Allemagne à la Pologne est terminé.", "fr", ("DEU", "POL", "delivered")),
])
def test_from_x_to_y(text, lang, expected):
    assert expected in got(text, lang)


def test_technology_transfer_is_no_delivery():
    assert got("Le transfert de technologie de la France à l'Inde.", "fr") == set()
