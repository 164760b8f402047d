"""A name spelt alike in several languages gets the inflection stem of one of them
(ru Украина -> Украин|у). In a Kazakh text the stem would swallow the Kazakh ending
(Украин|аға), so the pack's ending templates ({X}ға) could not fire: the full name wins when
what follows it is an ending the document's own pack lists. Sentences written for this test."""

from __future__ import annotations

import pytest

from armstrace.catalog.matcher import find_mentions, pack_endings
from armstrace.document import Document


def spans(cat, text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in find_mentions(Document(text, lang=lang), catalog=cat)]


@pytest.fixture
def cat(rows, writer, tmp_path):
    from armstrace.catalog.loader import build_catalog

    rows["states"] += [
        {"id": "UKR", "kind": "state", "name": "Ukraine", "names": {"ru": ["Украина"], "kk": ["Украина"]}},
        {"id": "ESP", "kind": "state", "name": "Spain", "names": {"ru": ["Испания"], "kk": ["Испания"]}},
    ]
    return build_catalog(writer(tmp_path / "cat", **rows))


@pytest.mark.parametrize("text,expected", [
    ("Франция Украинаға гаубица жеткізді.", ("Украина", "UKR")),
    ("Қазақстан Испаниямен келісім жасады.", ("Испания", "ESP")),
    ("Қару Украинадан келді.", ("Украина", "UKR")),
])
def test_kazakh_ending_stays_outside_the_span(cat, text, expected):
    assert expected in spans(cat, text, "kk")


@pytest.mark.parametrize("text,expected", [
    ("Франция передала гаубицы Украине.", ("Украине", "UKR")),
    ("Франция передала гаубицы Украину.", ("Украину", "UKR")),
    ("Россия подписала контракт с Испанией.", ("Испанией", "ESP")),
])
def test_russian_stems_keep_their_endings(cat, text, expected):
    assert expected in spans(cat, text, "ru")


def test_pack_endings_come_from_the_document_pack():
    kk = pack_endings("kk", "CYRILLIC")
    assert {"ға", "дан", "мен"} <= kk
    assert pack_endings("kk", "LATIN") == frozenset()  # another script: nothing
    assert pack_endings(None, "CYRILLIC") == frozenset()


@pytest.mark.parametrize("text,pair", [
    ("Франция Украинаға Caesar гаубицаларын жеткізді.", ("FRA", "UKR")),
    ("Германия Түркияға қару-жарақ экспортын тоқтатты.", ("DEU", "TUR")),
    ("Қазақстан Франциядан әскери-көліктік ұшақтар сатып алды.", ("FRA", "KAZ")),
])
def test_kazakh_direction_templates_fire(text, pair):
    import armstrace

    doc = armstrace.extract(text, lang="kk")
    assert pair in {(t["supplier"], t["recipient"]) for t in doc.transfers}
