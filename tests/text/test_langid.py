"""Language id on short, mixed and code-switched texts (sentences written for the project).

The model reads only the first 80 characters, so a headline, a quote or a dateline in
another language decides its guess; the rules in text/langid.yaml read the whole sample.
"""

from __future__ import annotations

from importlib import resources

import pytest

from armstrace.text import langid
from armstrace.text.langid import detect_language


def test_rules_are_package_data() -> None:
    assert (resources.files("armstrace.text") / "langid.yaml").is_file()
    assert langid.ALIASES["bs"] == "hr" and langid.ALIASES["nn"] == "no"


def test_word_lists_use_the_pack_term_syntax() -> None:
    words = langid._words(["obran*", "*sjon*", "amerika syarikat", "kedua-dua"])
    text = "Obrana, informasjonen, Amerika  Syarikat, kedua-dua; obr, sjon, amerika"
    assert words.findall(text) == ["Obrana", "informasjonen", "Amerika  Syarikat", "kedua-dua"]


TAGLISH = [
    "Ayon kay Defense Secretary Teodoro, the Navy will receive two more corvettes from South "
    "Korea this year. Sinabi niya na ang mga barko ay gagamitin sa West Philippine Sea. The "
    "contract was signed in 2021 and is worth 28 billion pesos.",
    "Kinumpirma ng DND na dumating na ang BrahMos. The missiles were bought from India under "
    "a deal signed in 2022. The batteries will be deployed in Zambales, ayon sa Marine Corps.",
    # non-ASCII (dash, curly quotes): the other path through detect_language
    "Balikatan 2024, sinimulan; BrahMos mula India, dumating na\nMANILA — Pormal nang "
    "sinimulan ngayong Lunes ang taunang pagsasanay ng Pilipinas at Estados Unidos. "
    "“Malaking tulong ito,” ani Teodoro.",
]

ENGLISH_ON_THE_PHILIPPINES = [
    "The Philippine Navy received two new corvettes from South Korea, the Armed Forces of the "
    "Philippines said on Monday. Filipino troops chanted “Mabuhay ang Pilipinas” at the pier.",
    "Philippine Air Force spokesperson Col. Castillo said the new Black Hawks arrived at Clark "
    "Air Base on Tuesday. \"Malaking tulong ito sa ating mga operasyon,\" she said. The "
    "helicopters were built in Poland; the air force ordered 32 units in 2022.",
    "Ramon Ang's San Miguel said it would invest in Manila's airport, with Ang saying the deal "
    "was sealed. Ang told reporters in Manila that the group would bid for a Subic shipyard.",
    "Singapore's Defence Minister Ng Eng Hen said the air force would buy eight more F-35B "
    "jets. Dr Ng told Parliament that the jets would arrive by 2030.",
]


@pytest.mark.parametrize("text", TAGLISH)
def test_taglish_is_tagalog(text: str) -> None:
    assert detect_language(text) == "tl"


@pytest.mark.parametrize("text", ENGLISH_ON_THE_PHILIPPINES)
def test_english_about_the_philippines_stays_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text, lang", [
    ("Turkey delivers Bayraktar drones to Kuwait", "en"),
    ("La France livre des Rafale à l'Inde", "fr"),
    ("Deutschland liefert Panzer an die Ukraine", "de"),
    ("Россия поставила Индии зенитные комплексы", "ru"),
    ("Україна отримала ракети від Франції", "uk"),
    ("السعودية تشتري طائرات مقاتلة من فرنسا", "ar"),
    ("Polska kupuje czołgi od Korei Południowej", "pl"),
    ("Malaysia tempah tiga kapal peronda dari Turki", "ms"),
    ("Egypt buys 30 Rafale jets from France.", "en"),  # 40 characters
    ("Индия купила у России С-400 в 2018 году.", "ru"),
    # a Latin dateline first: the model, reading 80 characters, is unsure; Han letters decide
    ("2025-11-07 中国第三艘航母正式入列", "zh"),
])
def test_headlines_and_short_texts(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", [
    "博物馆门票将从明年三月起上涨。周二的暴雨导致北部道路封闭。",  # the model: ja
    "国防部表示，首批战机已于周二运抵基地。",
    "泰国海军计划采购中国制造的潜艇。",  # the model: wuu
])
def test_han_without_kana_is_chinese(text: str) -> None:
    assert detect_language(text) == "zh"
    assert detect_language("防衛省は新型護衛艦を発注した。") == "ja"


def test_arabic_article_with_an_english_quote() -> None:
    text = ("\"We will not sell them anything,\" the minister told reporters. وقال وزير الدفاع إن "
            "المملكة وقعت عقدا لشراء طائرات مقاتلة من فرنسا، مشيرا إلى أن التسليم سيبدأ العام المقبل.")
    assert detect_language(text) == "ar"


def test_russian_article_with_a_ukrainian_quote() -> None:
    """The model reads the quote (its first 80 characters) and says Ukrainian; the clauses
    only one of the two languages could have written say which covers more of the text."""
    text = ("«Ми отримали перші системи ППО від Німеччини», — заявив президент України. "
            "Как сообщает агентство, Германия передала Украине зенитные комплексы IRIS-T, "
            "а поставки продолжатся в следующем году.")
    assert detect_language(text) == "ru"
    text = ("«Мы получили первые системы», — заявил российский посол. Як повідомляє міністерство "
            "оборони, Україна отримала від Німеччини нові зенітні комплекси, а постачання "
            "триватимуть і наступного року.")
    assert detect_language(text) == "uk"


def test_belarusian_keeps_its_own_letter() -> None:
    assert detect_language("Беларусь набыла ў Расіі зенітныя комплексы і радары.") == "be"


@pytest.mark.parametrize("text, lang", [
    ("Srbija je kupila kineske dronove i planira nabavku novih aviona od Francuske, "
     "saopštilo je ministarstvo odbrane.", "sr"),
    ("Ministarstvo odbrane Srbije saopštilo je da su prvi avioni stigli u Beograd.", "sr"),
    ("Србија је од Кине купила противваздушни систем FK-3.", "sr"),
    # Bosnian is read with the Croatian pack (ALIASES): saopć-, historij- only it writes
    ("Bosna i Hercegovina je od Sjedinjenih Država dobila helikoptere, saopćilo je "
     "Ministarstvo odbrane BiH.", "hr"),
    ("Oružane snage Bosne i Hercegovine dobile su nove helikoptere iz Sjedinjenih Američkih "
     "Država, historijski prvi put.", "hr"),
])
def test_serbian_latin_and_bosnian(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_azerbaijani_in_cyrillic_is_not_kazakh() -> None:
    assert detect_language("Азәрбајҹан Исраилдән пилотсуз учуш апаратлары алыб.") == "az"
    assert detect_language("Азәрбајҹан Мүдафиә Назирлији Түркијәдән јени дронлар алыб.") == "az"
    assert detect_language("Қазақстан Түркиядан дрондар сатып алды.") == "kk"


def test_letter_tests_on_bytes_find_every_letter() -> None:
    """The UTF-8 byte keys that gate the letter scans miss no letter their pattern matches."""
    bmp = "".join(chr(c) for c in range(0x80, 0x10000) if not 0xD800 <= c < 0xE000)
    gates = [(langid._RULE_LETTERS, langid._RULE_KEYS), (langid._CYR, langid._CYR_KEYS),
             (langid._UK_LETTERS, langid._UK_KEYS), (langid._RU_LETTERS, langid._RU_KEYS)]
    gates += [(letters, keys) for letters, keys, *_ in langid._MAJORITY]
    for pattern, keys in gates:
        for ch in pattern.findall(bmp):
            assert langid._maybe(ch.encode("utf-8"), keys), (pattern.pattern, ch)
