"""Lists of actors share a role ("to India, Algeria and Vietnam") in every pack language,
also when each name carries a glued case ending (ru Индии, Алжиру и Вьетнаму), and a
one-letter joiner that is also an article or preposition (en "a") never makes a list of a
name and a demonym. Sentences written for these tests."""

from __future__ import annotations

import pytest

import armstrace


def pairs(text: str, lang: str) -> set[tuple[str, str]]:
    return {(t["supplier"], t["recipient"]) for t in armstrace.extract(text, lang=lang).transfers}


THREE = {("RUS", "IND"), ("RUS", "DZA"), ("RUS", "VNM")}


@pytest.mark.parametrize("text,lang", [
    ("Россия поставила истребители Су-30 Индии, Алжиру и Вьетнаму.", "ru"),
    ("Росія поставила винищувачі Су-30 Індії, Алжиру та В'єтнаму.", "uk"),
    ("Расія паставіла знішчальнікі Су-30 Індыі, Алжыру і В'етнаму.", "be"),
    ("Russia delivered Su-30 fighters to India, Algeria and Vietnam.", "en"),
])
def test_three_recipients_with_case_endings(text, lang):
    assert pairs(text, lang) == THREE


@pytest.mark.parametrize("text,lang", [
    ("Francie a Německo dodaly Ukrajině tanky.", "cs"),
    ("Francúzsko aj Nemecko dodali Ukrajine tanky.", "sk"),
    ("Francúzsko a Nemecko dodali Ukrajine tanky.", "sk"),
    ("საფრანგეთმა და გერმანიამ უკრაინას ტანკები მიაწოდეს.", "ka"),
])
def test_and_words_of_more_packs(text, lang):
    assert pairs(text, lang) == {("FRA", "UKR"), ("DEU", "UKR")}


def test_kazakh_and():
    doc = armstrace.extract("Қазақстан мен Өзбекстан әскерилері бірлескен жаттығу өткізді.", lang="kk")
    assert ("exercise", frozenset({"KAZ", "UZB"})) in {(c["type"], frozenset(c["actors"])) for c in doc.cooperation}


@pytest.mark.parametrize("text,lang,expected", [
    ("The United States sold Ukraine a Turkish-made drone.", "en", ("USA", "UKR")),
    ("Russia gave Syria a Chinese radar.", "en", ("RUS", "SYR")),
])
def test_an_article_is_no_list(text, lang, expected):
    got = pairs(text, lang)
    assert expected in got
    assert not any(r == s for s, r in got)
    assert expected[1] not in {s for s, _ in got}  # the recipient never turns supplier


def test_topic_particle_and_comma_are_no_list():
    assert pairs("ロシアは、インドにS-400を引き渡したと述べた。", "ja") == {("RUS", "IND")}
