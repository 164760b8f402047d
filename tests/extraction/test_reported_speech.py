"""A speaker is not the subject of what it reports, unless the report names no actor."""

from __future__ import annotations

import pytest

import armstrace


def _pairs(text: str, lang: str) -> set[tuple[str, str]]:
    return {(t["supplier"], t["recipient"]) for t in armstrace.extract(text, lang=lang).transfers}


@pytest.mark.parametrize("text, lang, expected", [
    ("US officials said that Iran bought Shahed drones from Russia.", "en", {("RUS", "IRN")}),
    ("US officials said Iran bought drones from Russia last year.", "en", {("RUS", "IRN")}),
    ("Французские СМИ сообщили, что Индия купила у России системы С-400.", "ru", {("RUS", "IND")}),
    ("Los medios franceses dijeron que la India compró sistemas S-400 a Rusia.", "es", {("RUS", "IND")}),
    ("Armenia accused Israel of supplying drones to Azerbaijan.", "en", {("ISR", "AZE")}),
    ("Ministerstvo obrany uvedlo, že Česko prodalo tanky Izraeli.", "cs", {("CZE", "ISR")}),
    ("Francuskie media poinformowały, że Indie kupiły od Rosji systemy S-400.", "pl", {("RUS", "IND")}),
    # the speaker is the subject when the reported clause names no actor of its own
    ("Russia said it delivered S-400 systems to India.", "en", {("RUS", "IND")}),
    ("Turkey, which sold TB2 drones to Ukraine, said it was proud.", "en", {("TUR", "UKR")}),
])
def test_reported_speech(text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Armenia protested against the sale of Israeli drones to Azerbaijan.", "en"),
    ("استدعت أرمينيا سفيرها لدى إسرائيل احتجاجاً على بيع أسلحة إسرائيلية إلى أذربيجان.", "ar"),
])
def test_protester_is_not_the_seller(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("ISR", "AZE")}


def test_comma_and_verb_open_a_new_clause_not_a_list() -> None:
    assert _pairs("To protest Israel's arms sales to Azerbaijan, Armenia recalled its ambassador from Israel.",
                  "en") == {("ISR", "AZE")}
    assert _pairs("Israel sold drones to Qatar, India, Greece.", "en") == {("ISR", "QAT"), ("ISR", "IND"), ("ISR", "GRC")}


@pytest.mark.parametrize("text, lang, expected", [
    # verb-final: the speech cue closes the clause it reports, the speaker comes first
    ("米国は、イランがロシアから無人機を購入したと述べた。", "ja", {("RUS", "IRN")}),
    ("米国は、ロシアがインドにS-400を引き渡したと述べた。", "ja", {("RUS", "IND")}),
    ("미국은 이란이 러시아로부터 드론을 구입했다고 밝혔다.", "ko", {("RUS", "IRN")}),
    ("미국은 러시아가 인도에 S-400을 인도했다고 밝혔다.", "ko", {("RUS", "IND")}),
    ("ABD, Hindistan'ın Fransa'dan savaş uçağı satın aldığını açıkladı.", "tr", {("FRA", "IND")}),
    ("ABD, Rusya'nın Hindistan'a S-400 teslim ettiğini açıkladı.", "tr", {("RUS", "IND")}),
    ("अमेरिका ने कहा कि ईरान ने रूस से ड्रोन खरीदे।", "hi", {("RUS", "IRN")}),
    # ... and is the subject when the clause names no other actor
    ("ロシアは、インドにS-400を引き渡したと述べた。", "ja", {("RUS", "IND")}),
    ("러시아는 인도에 S-400을 인도했다고 밝혔다.", "ko", {("RUS", "IND")}),
    ("Rusya, Hindistan'a S-400 teslim ettiğini açıkladı.", "tr", {("RUS", "IND")}),
    ("रूस ने कहा कि उसने भारत को S-400 सौंपे।", "hi", {("RUS", "IND")}),
])
def test_speech_cue_after_the_clause(text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    assert _pairs(text, lang) == expected
