"""Stage reading: announced and intended deals, contracts governing deliveries, pledges."""

from __future__ import annotations

import pytest

import armstrace


def _stages(text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = armstrace.extract(text, lang=lang)
    return {(t["supplier"], t["recipient"], t["status"]) for t in doc.transfers}


@pytest.mark.parametrize("text, lang, expected", [
    # a purchase announced or intended is an offer
    ("Chile plans to buy 12 Gripen fighters from Sweden.", "en", ("SWE", "CHL", "offered")),
    ("Chile is about to buy Swedish Gripen fighters.", "en", ("SWE", "CHL", "offered")),
    ("Romania intends to purchase the Israeli Barak MX system.", "en", ("ISR", "ROU", "offered")),
    ("Italien wird 12 Eurofighter an Katar liefern.", "de", ("ITA", "QAT", "ordered")),
    ("Suecia entregará 12 cazas Gripen a Chile.", "es", ("SWE", "CHL", "ordered")),
    ("Gli Stati Uniti consegneranno 12 F-16 alla Romania.", "it", ("USA", "ROU", "ordered")),
    ("भारत फ्रांस से 26 राफेल विमान खरीदेगा।", "hi", ("FRA", "IND", "offered")),
    ("El Perú comprará 12 cazas Gripen a Suecia.", "es", ("SWE", "PER", "offered")),
    ("O Chile comprará 12 caças Gripen da Suécia.", "pt", ("SWE", "CHL", "offered")),
    ("Mısır, Fransa'dan 12 Rafale satın alacak.", "tr", ("FRA", "EGY", "offered")),
    ("ポーランドは米国からF-35を導入する予定だ。", "ja", ("USA", "POL", "offered")),
    ("폴란드는 미국으로부터 F-35를 도입할 예정이다.", "ko", ("USA", "POL", "offered")),
    ("Chile đang cân nhắc mua tiêm kích Gripen của Thụy Điển.", "vi", ("SWE", "CHL", "offered")),
    # a delivery announced is still the order's stage
    ("Sweden will deliver 12 Gripen fighters to Chile next year.", "en", ("SWE", "CHL", "ordered")),
    ("Suecia entregará 12 cazas Gripen a Chile.", "es", ("SWE", "CHL", "ordered")),
    ("Швеция заключила контракт на поставку Чили 12 истребителей Gripen.", "ru", ("SWE", "CHL", "ordered")),
    ("Чили подписала контракт со шведским правительством на поставку 12 истребителей Gripen.", "ru",
     ("SWE", "CHL", "ordered")),
    # verb-final languages: the clause's last verb, not a participle on the way
    ("تانک‌های آبرامز خریداری شده از آمریکا به تایوان تحویل داده شد.", "fa", ("USA", "TWN", "delivered")),
    ("Fransa'dan satın alınan Rafale uçakları Mısır'a teslim edildi.", "tr", ("FRA", "EGY", "delivered")),
    # a supplier's announced gift or sale is its pledge: ordered, not offered
    ("Noruega donará 6 cazas F-16 a Ucrania.", "es", ("NOR", "UKR", "ordered")),
    # the signer of a contract for a delivery is not thereby its supplier
    ("Польша подписала с США контракт на 4,75 млрд долларов на поставку систем Patriot.", "ru",
     ("USA", "POL", "ordered")),
    ("Poland signed a contract for the delivery of 48 Patriot launchers from the United States.", "en",
     ("USA", "POL", "ordered")),
    # a halt names its subject as the supplier when only the recipient is marked
    ("Alemania suspendió las exportaciones de armas a Arabia Saudita.", "es", ("DEU", "SAU", "suspended")),
    ("Niemcy wstrzymały dostawy amunicji dla Ukrainy.", "pl", ("DEU", "UKR", "suspended")),
    # what is reported as done stays done
    ("Sweden delivered 12 Gripen fighters to Chile.", "en", ("SWE", "CHL", "delivered")),
    ("Chile bought 12 Gripen fighters from Sweden.", "en", ("SWE", "CHL", "ordered")),
])
def test_stage_in_context(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stages(text, lang)


def test_partyless_sentence_does_not_turn_an_order_into_use() -> None:
    text = ("Chile signed a contract to buy 12 Gripen fighters from Sweden. "
            "The Gripen fighters are equipped with modern radars.")
    assert _stages(text, "en") == {("SWE", "CHL", "ordered")}


def test_partyless_sentence_still_reports_a_delivery() -> None:
    text = ("Chile signed a contract to buy 12 Gripen fighters from Sweden. "
            "The first six Gripen fighters were delivered on Friday.")
    assert _stages(text, "en") == {("SWE", "CHL", "delivered")}


def test_talks_suspended_is_suspended() -> None:
    assert _stages("Chile is suspending talks on a deal to purchase Swedish Gripen fighters.", "en") == {
        ("SWE", "CHL", "suspended")}


def test_later_dated_claim_tells_the_current_stage() -> None:
    text = ("In 2011 Chile rejected a Swedish offer of Gripen fighters. "
            "In 2021 Chile signed a contract to buy 12 Gripen fighters from Sweden.")
    doc = armstrace.extract(text, lang="en", published="2021-06-01")
    assert {(t["supplier"], t["recipient"], t["status"]) for t in doc.transfers} == {("SWE", "CHL", "ordered")}


def test_delivery_dated_after_publication_is_scheduled() -> None:
    doc = armstrace.extract("Sweden delivers the first Gripen fighters to Chile in 2027.", lang="en",
                            published="2024-03-01")
    assert {(t["supplier"], t["recipient"], t["status"]) for t in doc.transfers} == {("SWE", "CHL", "ordered")}


def test_partyless_item_list_joins_the_documents_one_deal() -> None:
    text = ("The United States approved the sale of weapons worth $11 billion to Taiwan. "
            "The package includes HIMARS launchers, M109A7 howitzers and Javelin missiles.")
    doc = armstrace.extract(text, lang="en")
    got = {(t["supplier"], t["recipient"], t["system"], t["status"]) for t in doc.transfers if t["system"]}
    assert {(sup, rec, status) for sup, rec, _, status in got} == {("USA", "TWN", "ordered")}
    assert {s for _, _, s, _ in got} == {"HIMARS", "BAE M109", "Lockheed Martin/Raytheon FGM-148 Javelin"}


def test_partyless_item_list_stays_out_when_deals_are_several() -> None:
    text = ("The United States sold F-16 jets to Taiwan. France sold Rafale jets to India. "
            "The package includes HIMARS launchers.")
    doc = armstrace.extract(text, lang="en")
    assert not any(t["system"] and "HIMARS" in t["system"] for t in doc.transfers)


@pytest.mark.parametrize("text, lang", [
    ("North Korea shipped artillery shells to Russia.", "en"),
    ("КНДР передала России артиллерийские снаряды.", "ru"),
    ("Corea del Norte envió proyectiles de artillería a Rusia.", "es"),
])
def test_ammunition_of_a_kind_is_ammunition(text: str, lang: str) -> None:
    doc = armstrace.extract(text, lang=lang)
    assert {(t["supplier"], t["recipient"], t["category"]) for t in doc.transfers} == {("PRK", "RUS", "ammunition")}


def test_origin_adjective_of_a_part_is_not_the_supplier() -> None:
    doc = armstrace.extract("India received Su-30MKI fighters with French avionics.", lang="en")
    assert ("FRA", "IND") not in {(t["supplier"], t["recipient"]) for t in doc.transfers}
    doc = armstrace.extract("India received French-made Rafale fighters.", lang="en")
    assert ("FRA", "IND") in {(t["supplier"], t["recipient"]) for t in doc.transfers}


def test_adjective_on_a_second_hand_system_is_its_owner() -> None:
    doc = armstrace.extract("Ukraine received Dutch F-16 fighters.", lang="en")
    assert ("NLD", "UKR") in {(t["supplier"], t["recipient"]) for t in doc.transfers}


def test_a_halt_in_another_clause_does_not_stop_the_item() -> None:
    import armstrace

    def stages(text: str, lang: str) -> list[str]:
        return [t["status"] for t in armstrace.extract(text, lang=lang).transfers]

    assert stages("Turkey bought S-400 systems from Russia, after which it was suspended "
                  "from the F-35 programme.", "en") == ["ordered"]
    assert stages("Germany suspended deliveries of Leopard tanks to Saudi Arabia.", "en") == ["suspended"]
    assert stages("Германия приостановила поставки танков Leopard в Саудовскую Аравию.", "ru") == ["suspended"]
