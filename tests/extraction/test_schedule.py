"""Schedules read as orders: intent after the delivery word, year ranges without a
publication date, and a variant kept apart from an older deal for its family."""

from __future__ import annotations

import pytest

import armstrace


def _stages(text: str, lang: str, published: str | None = None) -> set[tuple[str, str, str]]:
    doc = armstrace.extract(text, lang=lang, published=published)
    return {(t["supplier"], t["recipient"], t["status"]) for t in doc.transfers}


@pytest.mark.parametrize("text, lang", [
    ("Deliveries of the Gripen fighters from Sweden to Chile are planned to be completed in 2027.", "en"),
    ("The delivery of 12 Swedish Gripen fighters to Chile is scheduled for 2027.", "en"),
    ("Поставки Чили шведских истребителей Gripen планируется завершить в 2027 году.", "ru"),
    ("Las entregas de los cazas Gripen suecos a Chile están previstas para 2026.", "es"),
    ("Die Lieferungen der schwedischen Gripen an Chile sind für 2027 geplant.", "de"),
    ("Les livraisons des Rafale français à l'Inde sont prévues pour 2027.", "fr"),
])
def test_intent_after_the_delivery_word_is_a_schedule(text: str, lang: str) -> None:
    assert {s for _, _, s in _stages(text, lang)} == {"ordered"}


@pytest.mark.parametrize("text, lang", [
    # the cue belongs to a relative clause about the jets, not to the delivery
    ("Sweden delivered Gripen fighters to Chile that are expected to patrol the coast.", "en"),
    ("Sweden delivered 12 Gripen fighters to Chile.", "en"),
    ("Швеция поставила Чили 12 истребителей Gripen.", "ru"),
])
def test_a_delivery_with_its_own_subject_stays_done(text: str, lang: str) -> None:
    assert {s for _, _, s in _stages(text, lang)} == {"delivered"}


@pytest.mark.parametrize("text, lang", [
    ("Chile signed a contract for 12 Swedish Gripen fighters, with deliveries from 2026 to 2032.", "en"),
    ("Kolumbien unterzeichnete einen Vertrag über 17 schwedische Gripen, mit Lieferungen von 2026 bis 2032.",
     "de"),
    ("Колумбия подписала контракт на 17 шведских Gripen с поставками в 2026-2032 годах.", "ru"),
    ("Colombia firmó un contrato por 17 cazas Gripen suecos, con entregas entre 2026 y 2032.", "es"),
])
def test_contract_delivery_range_without_publication_date_is_a_schedule(text: str, lang: str) -> None:
    assert {s for _, _, s in _stages(text, lang)} == {"ordered"}


@pytest.mark.parametrize("text", [
    # the text goes on past the range: history
    "Chile signed a contract for Swedish Gripen fighters, with deliveries from 2007 to 2010. "
    "Chile upgraded the Gripen fighters in 2019.",
    # a range alone, without a contract or plan in its sentence
    "In 2015 Chile signed a contract for Swedish Gripen fighters. Deliveries of the Gripen to Chile ran from "
    "2016 to 2018.",
    # the delivery verb has its own subject
    "Sweden delivered the Gripen fighters to Chile under the 2005 contract from 2007 to 2010.",
])
def test_past_delivery_range_stays_delivered(text: str) -> None:
    assert ("SWE", "CHL", "delivered") in _stages(text, "en")


@pytest.mark.parametrize("text, lang", [
    ("Vietnam ordered 12 L-39NG trainers from the Czech Republic in 2021. "
     "The Czech Republic delivered 31 L-39 jets to Vietnam in 1985.", "en"),
    ("Việt Nam đặt mua 12 máy bay L-39NG của Cộng hòa Séc năm 2021. "
     "Cộng hòa Séc đã bàn giao 31 chiếc L-39 cho Việt Nam năm 1985.", "vi"),
    ("Вьетнам заказал у Чехии 12 самолетов L-39NG в 2021 году. В 1985 году Чехия поставила Вьетнаму 31 самолет L-39.",
     "ru"),
    ("Vietnam bestellte 2021 in Tschechien 12 L-39NG. Tschechien lieferte 1985 insgesamt 31 L-39 an Vietnam.", "de"),
])
def test_older_family_deal_stays_apart_from_a_new_variant(text: str, lang: str) -> None:
    doc = armstrace.extract(text, lang=lang, published="2021-03")
    got = {(t["system"], t["status"]) for t in doc.transfers}
    assert got == {("Aero L-39NG", "ordered"), ("Aero L-39 Albatros", "delivered")}


def test_family_delivery_after_a_variant_order_is_its_progress() -> None:
    text = ("Colombia ordered Gripen E fighters from Sweden in 2025. "
            "Sweden delivered the first Gripen fighters to Colombia in 2026.")
    doc = armstrace.extract(text, lang="en", published="2026-05")
    assert {(t["system"], t["status"]) for t in doc.transfers} == {("Saab JAS 39 Gripen E/F", "delivered")}


def test_a_systemless_sentence_takes_the_system_last_named_before_it() -> None:
    text = ("Vietnam ordered 12 L-39NG trainers from the Czech Republic in 2021. "
            "Vietnam will receive them from the Czech Republic in 2023. "
            "The Czech Republic delivered 31 L-39 jets to Vietnam in 1985.")
    doc = armstrace.extract(text, lang="en", published="2021-03")
    assert {(t["system"], t["status"]) for t in doc.transfers} == {
        ("Aero L-39NG", "ordered"), ("Aero L-39 Albatros", "delivered")}


@pytest.mark.parametrize("text, lang", [
    ("In 2016 India bought 36 Rafale jets from France, which were delivered in 2020.", "en"),
    ("En 2016, l'Inde a acheté 36 Rafale à la France, qui ont commencé à être livrés en 2020.", "fr"),
    ("En 2016 la India compró 36 cazas Rafale a Francia, que empezaron a ser entregados en 2020.", "es"),
    ("В 2016 году Индия купила у Франции 36 истребителей Rafale, которые были поставлены в 2020 году.", "ru"),
])
def test_a_later_dated_stage_in_the_same_sentence_is_the_deals_progress(text: str, lang: str) -> None:
    doc = armstrace.extract(text, lang=lang)
    assert {(t["supplier"], t["recipient"], t["status"], t["year"]) for t in doc.transfers} == {
        ("FRA", "IND", "delivered", 2020)}


def test_progress_dated_after_publication_is_still_a_schedule() -> None:
    doc = armstrace.extract("In 2016 India bought 36 Rafale jets from France, which were delivered in 2020.",
                            lang="en", published="2018-01")
    assert {t["status"] for t in doc.transfers} == {"ordered"}


@pytest.mark.parametrize("text, lang", [
    ("Morocco received the first Akinci drones from Turkey in 2025. "
     "A fleet of Bayraktar TB2 drones has been in service since 2021.", "en"),
    ("Le Maroc a réceptionné en 2025 les premiers drones Akinci de la Turquie. "
     "Les FAR disposent depuis 2021 d'une flotte de drones Bayraktar TB2.", "fr"),
    ("Marruecos recibió en 2025 los primeros drones Akinci de Turquía. "
     "Una flota de drones Bayraktar TB2 está en servicio desde 2021.", "es"),
])
def test_a_partyless_item_dated_apart_from_the_deal_keeps_its_own_stage(text: str, lang: str) -> None:
    doc = armstrace.extract(text, lang=lang, published="2025-02")
    got = {(t["system"], t["status"]) for t in doc.transfers}
    assert got == {("Baykar Bayraktar Akıncı", "delivered"), ("Baykar Bayraktar TB2", "in-use")}


@pytest.mark.parametrize("text, lang", [
    ("The French Rafale is not equipped with Meteor missiles, and Egypt bought them from France in three batches.",
     "en"),
    ("Rafale của Pháp cũng không được trang bị tên lửa Meteor, và Ai Cập đã mua chúng từ Pháp theo 3 đợt.", "vi"),
    ("Французские Rafale не оснащены ракетами Meteor, а Египет купил Rafale у Франции тремя партиями.", "ru"),
])
def test_a_negated_stage_word_makes_no_claim_when_another_does(text: str, lang: str) -> None:
    doc = armstrace.extract(text, lang=lang)
    assert {t["status"] for t in doc.transfers if t["system"] == "Dassault Rafale"} == {"ordered"}


@pytest.mark.parametrize("text, lang, pair", [
    ("Britain wants to sell Eurofighter jets to Saudi Arabia.", "en", ("GBR", "SAU")),
    ("Berlin hat keine Einwände gegen die von Großbritannien gewünschte Lieferung von Eurofighter an Saudi-Arabien.",
     "de", ("GBR", "SAU")),
    ("Швеция и Украина подписали письмо о намерении по продаже Украине шведских истребителей Gripen.", "ru",
     ("SWE", "UKR")),
    ("España quiere vender aviones Eurofighter a Arabia Saudita.", "es", ("ESP", "SAU")),
])
def test_a_wish_to_sell_or_deliver_is_an_offer(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert (*pair, "offered") in _stages(text, lang)


def test_a_supplier_pledge_is_still_an_order() -> None:
    assert _stages("Sweden will sell Gripen fighters to Chile.", "en") == {("SWE", "CHL", "ordered")}
