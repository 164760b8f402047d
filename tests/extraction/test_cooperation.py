"""Cooperation events: who visited whom when one sentence names several visitors."""

from __future__ import annotations

import pytest

import armstrace


def _events(text: str, lang: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(c["type"], tuple(c["actors"])) for c in armstrace.extract(text, lang=lang).cooperation}


@pytest.mark.parametrize("text, lang", [
    ("The defence ministers of Turkey and Israel visited Baku last week.", "en"),
    ("Israeli and Turkish defence ministers travelled to Azerbaijan in October.", "en"),
    ("Bộ trưởng Quốc phòng Thổ Nhĩ Kỳ và Israel đã thăm Azerbaijan.", "vi"),
])
def test_each_visitor_visits_the_host(text: str, lang: str) -> None:
    assert _events(text, lang) == {("visit", ("AZE", "ISR")), ("visit", ("AZE", "TUR"))}


def test_bilateral_visit_stays_one_event() -> None:
    assert _events("The Indian defence minister visited Moscow on Monday.", "en") == {("visit", ("IND", "RUS"))}


def test_recall_over_a_sale_is_against_the_seller_not_the_buyer() -> None:
    events = _events("To protest Israel's arms sales to Azerbaijan, Armenia recalled its ambassador from Israel.",
                     "en")
    assert ("ambassador-recall", ("ARM", "ISR")) in events
    assert not any("AZE" in actors for _, actors in events)


@pytest.mark.parametrize("text, lang, actors", [
    ("Argentina's defence minister signed an agreement in Denmark to buy 24 F-16 jets.", "en", ("ARG", "DNK")),
    ("El ministro de Defensa de Argentina firmó en Dinamarca la compra de 24 cazas F-16.", "es", ("ARG", "DNK")),
])
def test_official_acting_abroad_is_a_visit(text: str, lang: str, actors: tuple[str, str]) -> None:
    assert ("visit", actors) in _events(text, lang)


def test_officials_of_two_states_meeting_in_a_third_is_no_visit() -> None:
    text = "The Armenian prime minister and the president of Azerbaijan will sign an agreement in Brussels."
    assert not any(kind == "visit" for kind, _ in _events(text, "en"))


@pytest.mark.parametrize("text, lang", [
    ("Polonya Savunma Bakanı Seul'de bir anlaşma imzaladı.", "tr"),
    ("波兰国防部长在首尔签署了合同。", "zh"),
])
def test_official_abroad_in_more_languages(text: str, lang: str) -> None:
    assert ("visit", ("KOR", "POL")) in _events(text, lang)


# --- officials who meet each other (pack `cooperation.meeting`)

@pytest.mark.parametrize("text, lang", [
    ("Azerbaijani Defence Minister Zakir Hasanov met his Turkish counterpart in Baku on Tuesday.", "en"),
    ("Der aserbaidschanische Verteidigungsminister traf seinen türkischen Amtskollegen in Baku.", "de"),
    ("Le ministre azerbaïdjanais de la Défense a rencontré son homologue turc à Bakou.", "fr"),
    ("Министр обороны Азербайджана встретился со своим турецким коллегой в Баку.", "ru"),
])
def test_minister_meets_a_foreign_counterpart(text: str, lang: str) -> None:
    assert _events(text, lang) == {("visit", ("AZE", "TUR"))}


@pytest.mark.parametrize("text, lang", [
    ("The Azerbaijani and Israeli defence ministers met in Jerusalem on Monday.", "en"),
    ("Die Verteidigungsminister Aserbaidschans und Israels trafen sich am Montag in Jerusalem.", "de"),
    ("Los ministros de Defensa de Azerbaiyán e Israel se reunieron en Jerusalén.", "es"),
])
def test_two_ministers_meeting_at_home_of_one(text: str, lang: str) -> None:
    assert _events(text, lang) == {("visit", ("AZE", "ISR"))}


@pytest.mark.parametrize("text, lang", [
    ("The Indian defence minister met his Russian counterpart in Brussels.", "en"),
    ("Der indische Verteidigungsminister traf seinen russischen Amtskollegen in Brüssel.", "de"),
    ("Le ministre indien de la Défense a rencontré son homologue russe à Bruxelles.", "fr"),
])
def test_meeting_in_a_third_state_is_no_visit(text: str, lang: str) -> None:
    assert not any(kind == "visit" for kind, _ in _events(text, lang))


def test_officials_of_two_states_at_home_of_one_is_a_visit() -> None:
    text = "The Polish president signed the F-35 contract in Washington in the presence of the US president."
    assert ("visit", ("POL", "USA")) in _events(text, "en")


# --- the home minister nobody names

@pytest.mark.parametrize("text, lang", [
    ("Azerbaijan is expanding its drone fleet. On Monday the minister received the Pakistani delegation.", "en"),
    ("L'Azerbaïdjan modernise son armée de l'air. Lundi, le ministre a reçu la délégation pakistanaise.", "fr"),
    ("Azerbaycan hava kuvvetlerini yeniliyor. Bakan, Pakistan heyetini kabul etti.", "tr"),
])
def test_unnamed_minister_hosts_in_the_document_state(text: str, lang: str) -> None:
    assert ("visit", ("AZE", "PAK")) in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Paris, 19 June. The defence minister signed a cooperation agreement with his Armenian counterpart.", "en"),
    ("Paris, 19 juin. Le ministre des Armées a signé un contrat avec son homologue arménien pour des canons.", "fr"),
    ("París, 19 de junio. El ministro de Defensa firmó un acuerdo con su homólogo armenio.", "es"),
])
def test_dateline_names_the_host_of_an_unplaced_meeting(text: str, lang: str) -> None:
    assert ("visit", ("ARM", "FRA")) in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Savunma Bakanı Washington'da F-35 anlaşması imzaladı.", "tr"),
    ("Міністр оборони у Вашингтоні підписав угоду про закупівлю винищувачів F-16.", "uk"),
    ("Minister obrony podpisał w Waszyngtonie umowę na zakup myśliwców F-35.", "pl"),
])
def test_national_press_minister_abroad_is_a_visit(text: str, lang: str) -> None:
    home = {"tr": "TUR", "uk": "UKR", "pl": "POL"}[lang]
    assert ("visit", tuple(sorted((home, "USA")))) in _events(text, lang)


# --- pair references

@pytest.mark.parametrize("text, lang", [
    ("Saudi Arabia ordered Akinci drones from Turkey. The air forces of the two countries will join Pakistan "
     "in a joint exercise next month.", "en"),
    ("طلبت السعودية طائرات أكنجي من تركيا. وتشارك القوات الجوية للبلدين مع باكستان في تمرين مشترك.", "ar"),
    ("Саудовская Аравия заказала у Турции беспилотники. Военные обеих стран проведут совместные учения с "
     "участием Пакистана.", "ru"),
])
def test_exercise_takes_the_pair_and_the_states_it_adds(text: str, lang: str) -> None:
    assert ("exercise", ("PAK", "SAU", "TUR")) in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Minsk bought Tor-M2 systems from Russia. 'This is an answer to Poland,' Lukashenko said. "
     "In September the armies of the two countries held joint drills.", "en"),
    ("Минск закупил у России комплексы «Тор-М2». «Это ответ Польше», — сказал Лукашенко. "
     "В сентябре армии двух стран провели совместные учения.", "ru"),
    ("Minsk kaufte in Russland Tor-M2-Systeme. Das sei eine Antwort an Polen, sagte Lukaschenko. "
     "Im September hielten beide Länder ein gemeinsames Manöver ab.", "de"),
])
def test_pair_is_the_last_sentence_naming_two_states(text: str, lang: str) -> None:
    assert ("exercise", ("BLR", "RUS")) in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("India bought S-400 systems from Russia. The two countries also signed an agreement on logistics support.",
     "en"),
    ("भारत ने रूस से एस-400 प्रणाली खरीदी। दोनों देशों ने रसद सहायता समझौते पर हस्ताक्षर किए।", "hi"),
    ("Индия закупила у России комплексы С-400. Обе страны также подписали соглашение о тыловой поддержке.", "ru"),
])
def test_a_pair_signing_an_agreement_is_an_agreement(text: str, lang: str) -> None:
    assert ("agreement", ("IND", "RUS")) in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Iran signed an agreement with Russia to buy fighter jets and helicopters.", "en"),
    ("ईरान ने रूस से लड़ाकू विमान खरीदने के लिए एक समझौते पर हस्ताक्षर किए।", "hi"),
])
def test_a_purchase_agreement_is_no_cooperation_agreement(text: str, lang: str) -> None:
    assert not any(kind == "agreement" for kind, _ in _events(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Israel and Azerbaijan regularly discuss joint production of drones.", "en"),
    ("اسرائیل و آذربایجان به طور منظم در مورد تولید مشترک پهپاد گفتگو می کنند.", "fa"),
    ("Израиль и Азербайджан регулярно обсуждают совместное производство беспилотников.", "ru"),
])
def test_talks_about_joint_production_are_no_agreement(text: str, lang: str) -> None:
    assert not any(kind == "agreement" for kind, _ in _events(text, lang))


# --- protests

@pytest.mark.parametrize("text, lang", [
    ("Taiwan takes delivery of F-16 jets from the United States as Beijing protests", "en"),
    ("台湾接收美国F-16战机 北京抗议", "zh"),
    ("Taïwan reçoit des F-16 américains, Pékin proteste", "fr"),
])
def test_bare_protest_is_not_against_the_buyer(text: str, lang: str) -> None:
    assert not any(kind == "protest" and "TWN" in actors for kind, actors in _events(text, lang))


@pytest.mark.parametrize("text, lang, protest", [
    ("Israeli drones for Azerbaijan: Armenia protests\nArmenia recalled its ambassador from Israel over the sales "
     "of Harop drones to Azerbaijan.", "en", False),
    ("Colombia llamó a consultas a su embajador en Israel. Israel convocó a la embajadora colombiana para expresar "
     "su protesta.", "es", True),
])
def test_a_recall_is_the_protest_of_its_own_side(text: str, lang: str, protest: bool) -> None:
    events = _events(text, lang)
    assert ("ambassador-recall", tuple(sorted(("ISR", "ARM" if lang == "en" else "COL")))) in events
    assert any(kind == "protest" for kind, _ in events) is protest


# --- a weapon's origin is no host

@pytest.mark.parametrize("text, lang", [
    ("No final de 2022, o governo chegou a anunciar a compra de 16 caças Rafale franceses.", "pt"),
    ("At the end of 2022 the government arrived at a decision to buy 16 French Rafale jets.", "en"),
])
def test_weapon_origin_is_no_visit_host(text: str, lang: str) -> None:
    assert not any(kind == "visit" for kind, _ in _events(text, lang))
