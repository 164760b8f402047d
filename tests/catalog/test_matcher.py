"""Matcher and disambiguation on short sentences written for these tests (no corpus text).

The catalog is the tiny fixture in conftest.py, so results do not move when the shipped
data is rebuilt; language packs are the shipped ones (or the generic fallback)."""

from __future__ import annotations

import pytest

from armstrace.catalog.matcher import find_mentions
from armstrace.document import Document


def found(cat, text: str, lang: str, fuzzy: bool = False) -> list[tuple[str, str, str | None, str]]:
    doc = Document(text, lang=lang)
    ms = find_mentions(doc, catalog=cat, fuzzy=fuzzy)
    for m in ms:
        assert doc.text[m.start:m.end] == m.text  # offsets always index the original
    return [(m.text, m.entity_id, m.state, m.role) for m in ms]


def ids(cat, text: str, lang: str) -> list[str]:
    return [x[1] for x in found(cat, text, lang)]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Israel sold missiles to Azerbaijan.", ["ISR", "AZE"]),
    ("vi", "Tên lửa LORA do Israel sản xuất hiện trong biên chế Azerbaijan.", ["iai-lora", "ISR", "AZE"]),
    ("ar", "وإسرائيل باعت صواريخ إلى أذربيجان", ["ISR", "AZE"]),
    ("ar", "صفقة بإسرائيل والصين", ["ISR", "CHN"]),
    ("fa", "اسرائیل پهپاد هاروپ را به آذربایجان فروخت", ["ISR", "iai-harop", "AZE"]),
    ("ru", "Израиль поставил ракеты Азербайджану.", ["ISR", "AZE"]),
    ("uk", "Ізраїль продав Азербайджану дрони.", ["ISR", "AZE"]),
    ("tr", "İsrail'den Azerbaycan'a füze satışı.", ["ISR", "AZE"]),
    ("az", "Azərbaycan İsrail ilə razılaşdı.", ["AZE", "ISR"]),
    ("he", "ישראל מכרה טילים לאזרבייג'ן", ["ISR", "AZE"]),
    ("fr", "Israël a vendu des drones à l'Azerbaïdjan.", ["ISR", "AZE"]),
    ("de", "Israel liefert Drohnen an Aserbaidschan.", ["ISR", "AZE"]),
    ("es", "Israel vendió misiles a Azerbaiyán.", ["ISR", "AZE"]),
    ("zh", "以色列向阿塞拜疆出售导弹。", ["ISR", "AZE"]),
    ("ja", "イスラエルはアゼルバイジャンにミサイルを売った。", ["ISR", "AZE"]),
    ("ko", "이스라엘은 아제르바이잔에 미사일을 팔았다.", ["ISR", "AZE"]),
])
def test_names_in_many_languages(mini_catalog, lang, text, expected):
    assert ids(mini_catalog, text, lang) == expected


def test_arabic_clitics_and_demonym(mini_catalog):
    res = found(mini_catalog, "والصواريخ الإسرائيلية وصلت للصين", "ar")
    assert [(r[1], r[3]) for r in res] == [("ISR", "demonym"), ("CHN", "name")]
    assert res[0][0] == "إسرائيلي"  # the span is the name: no ال before, no ة after


def test_persian_suffixes(mini_catalog):
    res = found(mini_catalog, "پهپادهای اسرائیلی‌ها و هاروپ‌ها", "fa")
    assert [r[1] for r in res] == ["ISR", "iai-harop"]


def test_russian_inflected_stem_spans_the_word(mini_catalog):
    res = found(mini_catalog, "Контракт с Израилем подписан.", "ru")
    assert res == [("Израилем", "ISR", "ISR", "name")]


def test_no_match_inside_words(mini_catalog):
    assert ids(mini_catalog, "Israelite history and Chinatown.", "en") == []
    assert ids(mini_catalog, "Bakunin wrote books.", "en") == []


def test_case_sensitive_lora_vs_lora(mini_catalog):
    assert ids(mini_catalog, "Israel supplied LORA missiles.", "en") == ["ISR", "iai-lora"]
    assert ids(mini_catalog, "The LoRa radio network and lora modules.", "en") == []


def test_short_caps_acronyms_need_case(mini_catalog):
    assert ids(mini_catalog, "The US and NATO agreed. Nato too.", "en") == ["USA", "NATO", "NATO"]
    assert ids(mini_catalog, "Let us talk about it.", "en") == []


def test_rafale_gust_vs_jet(mini_catalog):
    assert ids(mini_catalog, "Une rafale de vent a frappé la côte.", "fr") == []
    assert ids(mini_catalog, "Une Rafale de vent a frappé la côte.", "fr") == []
    assert ids(mini_catalog, "L'Égypte achète des avions Rafale.", "fr") == ["dassault-rafale"]
    assert ids(mini_catalog, "Egypt ordered 30 Rafale fighter jets.", "en") == ["dassault-rafale"]


def test_ordinary_word_systems(mini_catalog):
    assert ids(mini_catalog, "Spike Lee made a film.", "en") == []
    assert ids(mini_catalog, "The Patriot Act was renewed by Congress.", "en") == []
    assert ids(mini_catalog, "Germany sent Patriot batteries to Ukraine.", "en") == ["mim-104-patriot"]
    assert ids(mini_catalog, "India bought Spike anti-tank missiles.", "en") == ["spike"]


def test_capital_as_location_vs_actor(mini_catalog):
    loc = {"en": "Talks were held in Baku.", "ru": "Переговоры прошли в Баку.",
           "vi": "Cuộc họp diễn ra ở Baku.", "ar": "عقد الاجتماع في باكو", "fa": "نشست در باکو برگزار شد",
           "tr": "Görüşme Bakü'de yapıldı.", "he": "הפגישה התקיימה בבאקו"}
    for lang, text in loc.items():
        res = found(mini_catalog, text, lang)
        assert [(r[1], r[2], r[3]) for r in res] == [("AZE", None, "capital-location")], lang
    res = found(mini_catalog, "Baku signed a deal with Israel.", "en")
    assert [(r[1], r[2], r[3]) for r in res] == [("AZE", "AZE", "capital"), ("ISR", "ISR", "name")]
    res = found(mini_catalog, "MOSCOW, Oct 5 (Reuters) - Moscow will supply drones.", "en")
    assert [(r[1], r[3]) for r in res] == [("RUS", "capital-location"), ("reuters", "name"), ("RUS", "capital")]


def test_person_names(mini_catalog):
    assert ids(mini_catalog, "Defence minister Israel Katz spoke.", "en") == []
    assert ids(mini_catalog, "Michael Jordan retired.", "en") == []
    assert ids(mini_catalog, "Israel and Jordan signed a deal.", "en") == ["ISR", "JOR"]


def test_overlaps_longest_first(mini_catalog):
    res = found(mini_catalog, "Israel Aerospace Industries and the IDF.", "en")
    assert [(r[1], r[3]) for r in res] == [("iai", "name"), ("ISR", "force")]
    assert ids(mini_catalog, "Turkey sold Bayraktar TB2 drones.", "en") == ["TUR", "baykar-bayraktar-tb2"]


def test_mention_fields(mini_catalog):
    doc = Document("IAI sold the Harop.", lang="en")
    ms = find_mentions(doc, catalog=mini_catalog)
    assert [(m.kind, m.state, m.category, m.name) for m in ms] == [
        ("maker", "ISR", None, "Israel Aerospace Industries"),
        ("system", None, "loitering-munition", "IAI Harop")]


def test_designation_variants_and_family(mini_catalog):
    assert ids(mini_catalog, "Taiwan flies F16 and F-16V jets; more F-16s.", "en") == ["f-16", "f-16v", "f-16"]


def test_offsets_survive_dropped_characters(mini_catalog):
    text = "قالت رويترز إن إسرائيـــل باعت بإسرائيلَ"  # tatweel and harakat are dropped in the view
    doc = Document(text, lang="ar")
    ms = find_mentions(doc, catalog=mini_catalog)
    assert [m.entity_id for m in ms] == ["reuters", "ISR", "ISR"]
    assert all(text[m.start:m.end] == m.text for m in ms)
    assert ms[1].text == "إسرائيـــل"


def test_foreign_short_alias_not_in_english(mini_catalog):
    assert ids(mini_catalog, "Anh and Mỹ met.", "en") == []
    assert ids(mini_catalog, "Anh và Mỹ đã gặp nhau.", "vi") == ["GBR", "USA"]


def test_fuzzy_is_optional(mini_catalog):
    text = "Isreal Aerospace Industries sold drones."
    assert ids(mini_catalog, text, "en") == []
    assert [(x[0], x[1]) for x in found(mini_catalog, text, "en", fuzzy=True)] == [
        ("Isreal Aerospace Industries", "iai")]


def test_unknown_language_uses_script_fallback(mini_catalog):
    assert ids(mini_catalog, "وإسرائيل", None) == ["ISR"]
    assert ids(mini_catalog, "с Израилем", "xx") == ["ISR"]


def test_endings_starting_with_a_vowel_sign(rows, writer, tmp_path):
    """Bengali case endings often start with a vowel sign (a combining mark): ভারত|ের."""
    from armstrace.catalog.loader import build_catalog

    rows["states"].append({"id": "IND", "kind": "state", "name": "India", "names": {"bn": ["ভারত"]}})
    cat = build_catalog(writer(tmp_path / "cat", **rows))
    assert ids(cat, "ভারতের সেনাবাহিনী", "bn") == ["IND"]
    assert ids(cat, "ভারতে", "bn") == ["IND"]
    assert ids(cat, "ভারতীয়করণ", "bn") == []  # not a listed ending: a different word


def test_locative_gate_never_skips_a_match() -> None:
    """`locative_at` tries its `before` regex only when the text before the name ends with a
    locative word: the gate must hold wherever the regex matches."""
    from armstrace.catalog.disambiguate import _ctx
    from armstrace.catalog.loader import context_data
    from armstrace.text.normalize import fold

    d = _ctx()
    loc = context_data().get("locative") or {}
    words = [fold(w) for w in [*(loc.get("before") or ()), *(loc.get("before_glued") or ())]]
    assert words and d["loc_before_tails"]
    seen = 0
    for w in words:
        for window in (f"{w} ", f"x {w}  ", f"{w}\n", f"a{w} ", w, f"{w} x"):
            if d["loc_before"].search(window):
                seen += 1
                assert window.rstrip().endswith(d["loc_before_tails"]), window
    assert seen >= len(words)
