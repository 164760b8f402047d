"""Which stage word is the item's: the clause's verb over a participle on the item, a system
named again for another supplier, an item's own hedge or offer in a deal's list, a halt
conceded as background."""

from __future__ import annotations

import pytest

import armstrace


def _stages(text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = armstrace.extract(text, lang=lang)
    return {(t["supplier"], t["recipient"], t["status"]) for t in doc.transfers}


@pytest.mark.parametrize("text, lang, expected", [
    # a purchase participle or relative clause on the item is its history, the clause's verb its stage
    ("The F-16 jets bought from Norway arrived in Romania last week.", "en", ("NOR", "ROU", "delivered")),
    ("Croatia received the Rafale jets bought from France.", "en", ("FRA", "HRV", "delivered")),
    ("Serbia received the H145M helicopters, which it bought from France.", "en", ("FRA", "SRB", "delivered")),
    ("Les six Rafale achetés par la Croatie à la France ont atterri jeudi à Zagreb.", "fr",
     ("FRA", "HRV", "delivered")),
    ("L'Italia ha fornito all'Egitto 32 elicotteri AW149 ordinati nel 2019.", "it", ("ITA", "EGY", "delivered")),
    ("Armenia recibió los radares Ground Master 200 encargados a Francia en 2023.", "es",
     ("FRA", "ARM", "delivered")),
    ("Сербия получила вертолёты H145M, закупленные у Франции в 2023 году.", "ru", ("FRA", "SRB", "delivered")),
    ("Forțele Aeriene Române folosesc avioane F-16 cumpărate din Portugalia.", "ro", ("PRT", "ROU", "in-use")),
    # a participle beside a verb of the same stage changes nothing
    ("Romania signed for more F-16 jets bought from Norway.", "en", ("NOR", "ROU", "ordered")),
])
def test_participle_on_the_item_yields_to_the_clause_verb(text: str, lang: str,
                                                         expected: tuple[str, str, str]) -> None:
    assert expected in _stages(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Chile bought Gripen jets from Sweden, and Brazil received its first Gripen jets.", "en"),
    ("Le Chili a acheté des Gripen à la Suède et le Brésil a reçu ses premiers Gripen.", "fr"),
])
def test_purchase_stays_when_the_later_verb_is_another_clauses(text: str, lang: str) -> None:
    assert ("SWE", "CHL", "ordered") in _stages(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Romania uses F-16 jets bought from Portugal, and since 2024 it receives 32 more F-16 jets from Norway.",
     "en"),
    ("La Roumanie utilise des F-16 achetés auprès du Portugal, et depuis 2024 elle reçoit 32 autres F-16 "
     "en provenance de Norvège.", "fr"),
    ("Forțele Aeriene Române folosesc avioane F-16 cumpărate din Portugalia, iar din 2024 primesc alte "
     "32 de F-16 de la Norvegia.", "ro"),
])
def test_system_named_again_for_another_supplier_is_its_own_deal(text: str, lang: str) -> None:
    got = _stages(text, lang)
    assert ("PRT", "ROU", "in-use") in got
    assert ("NOR", "ROU", "delivered") in got


def test_system_named_again_for_the_same_supplier_is_one_claim() -> None:
    doc = armstrace.extract("Norway delivered F-16 jets to Romania, and the F-16 jets arrived in May.", lang="en")
    assert [(t["supplier"], t["recipient"], t["status"]) for t in doc.transfers] == [("NOR", "ROU", "delivered")]


@pytest.mark.parametrize("text, lang", [
    ("The United States approved the sale of F-16 jets to Taiwan. It is also considering HIMARS launchers.", "en"),
    ("Les États-Unis ont approuvé la vente de F-16 à Taïwan. Des lance-roquettes HIMARS sont en discussion.",
     "fr"),
    ("Die USA haben den Verkauf von F-16 an Taiwan genehmigt. Über HIMARS-Raketenwerfer gibt es noch Gespräche.",
     "de"),
])
def test_an_item_under_consideration_keeps_its_own_stage(text: str, lang: str) -> None:
    doc = armstrace.extract(text, lang=lang)
    stages = {t["system"]: t["status"] for t in doc.transfers if t["system"]}
    assert stages.get("HIMARS") == "offered"
    assert stages.get("Lockheed Martin F-16") == "ordered"


@pytest.mark.parametrize("text, lang", [
    ("The United States delivered Abrams tanks to Poland. Deliveries of the HIMARS launchers are planned for "
     "next year.", "en"),
    ("Les États-Unis ont livré des chars Abrams à la Pologne. Les livraisons des lance-roquettes HIMARS sont "
     "prévues pour l'an prochain.", "fr"),
    ("Die USA haben Abrams-Panzer an Polen geliefert. Die Lieferung der HIMARS-Raketenwerfer ist für nächstes "
     "Jahr geplant.", "de"),
    ("米国はポーランドにエイブラムス戦車を引き渡した。HIMARSの納入は来年始まる予定だ。", "ja"),
])
def test_an_item_scheduled_apart_keeps_its_own_stage(text: str, lang: str) -> None:
    doc = armstrace.extract(text, lang=lang)
    stages = {t["system"]: t["status"] for t in doc.transfers}
    assert stages == {"M1 Abrams": "delivered", "HIMARS": "ordered"}


@pytest.mark.parametrize("text, lang", [
    ("India received the S-400 from Russia despite the suspension of talks with the United States.", "en"),
    ("L'Inde a reçu les S-400 de la Russie malgré la suspension des discussions avec Washington.", "fr"),
    ("Indien erhielt die S-400 aus Russland trotz der Aussetzung der Gespräche mit Washington.", "de"),
    ("Индия получила С-400 от России несмотря на приостановку переговоров с США.", "ru"),
    ("Hindistan, ABD ile görüşmelerin askıya alınmasına rağmen Rusya'dan S-400 teslim aldı.", "tr"),
])
def test_a_conceded_halt_is_background(text: str, lang: str) -> None:
    assert _stages(text, lang) == {("RUS", "IND", "delivered")}


@pytest.mark.parametrize("text, lang", [
    ("Germany suspended deliveries of Leopard tanks to Saudi Arabia despite protests.", "en"),
    ("Alemania suspendió las entregas de tanques Leopard a Arabia Saudita a pesar de las protestas.", "es"),
])
def test_a_halt_that_is_the_clause_verb_stands(text: str, lang: str) -> None:
    assert ("DEU", "SAU", "suspended") in _stages(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Germany halted Leopard deliveries but sent IRIS-T systems to Ukraine.", "en"),
    ("Alemania suspendió la entrega de tanques Leopard pero envió sistemas IRIS-T a Ucrania.", "es"),
    ("Deutschland stoppt die Lieferung von Leopard-Panzern an die Ukraine und liefert weitere IRIS-T.", "de"),
    ("ドイツはウクライナへのタウルス供与を見送り、IRIS-Tを追加供与した。", "ja"),
])
def test_a_halt_of_another_system_is_not_the_items(text: str, lang: str) -> None:
    doc = armstrace.extract(text, lang=lang)
    stages = {t["system"]: t["status"] for t in doc.transfers}
    assert stages.get("Diehl IRIS-T") == "delivered"
    assert "suspended" in stages.values()


@pytest.mark.parametrize("text, lang", [
    ("Germany suspended deliveries of Leopard tanks and Marder vehicles to Saudi Arabia.", "en"),
    ("ドイツはウクライナへのタウルスとIRIS-Tの供与を見送った。", "ja"),
])
def test_a_halt_over_a_list_covers_every_member(text: str, lang: str) -> None:
    doc = armstrace.extract(text, lang=lang)
    assert {t["status"] for t in doc.transfers} == {"suspended"}


@pytest.mark.parametrize("text, lang", [
    ("In 2024 Poland signed a second contract for K9 howitzers with South Korea. "
     "Poland received 84 K9 howitzers in 2022 under the first contract.", "en"),
    ("En 2024, la Pologne a signé un second contrat pour des obusiers K9 avec la Corée du Sud. "
     "La Pologne a reçu 84 obusiers K9 en 2022 au titre du premier contrat.", "fr"),
    ("W 2024 roku Polska podpisała drugą umowę na haubice K9 z Koreą Południową. "
     "Polska otrzymała 84 haubice K9 w 2022 roku w ramach pierwszej umowy.", "pl"),
])
def test_an_earlier_delivery_stands_beside_a_repeat_order(text: str, lang: str) -> None:
    assert _stages(text, lang) == {("KOR", "POL", "delivered")}


def test_a_later_order_still_overrides_an_earlier_refusal() -> None:
    doc = armstrace.extract("In 2011 Chile rejected a Swedish offer of Gripen fighters. "
                            "In 2021 Chile signed a contract to buy 12 Gripen fighters from Sweden.", lang="en",
                            published="2021-06-01")
    assert {(t["supplier"], t["recipient"], t["status"]) for t in doc.transfers} == {("SWE", "CHL", "ordered")}


@pytest.mark.parametrize("text, lang", [
    ("The United States agreed to transfer another Patriot battery to Ukraine.", "en"),
    ("Сполучені Штати погодилися передати Україні ще одну батарею Patriot.", "uk"),
    ("США согласились передать Украине ещё одну батарею Patriot.", "ru"),
    ("Les États-Unis ont accepté de livrer une autre batterie Patriot à l'Ukraine.", "fr"),
])
def test_a_promised_delivery_is_the_orders_stage(text: str, lang: str) -> None:
    assert _stages(text, lang) == {("USA", "UKR", "ordered")}


def test_a_promised_purchase_stays_an_order() -> None:
    assert _stages("Poland agreed to buy 96 Apache helicopters from the United States.", "en") == {
        ("USA", "POL", "ordered")}


@pytest.mark.parametrize("text, lang", [
    ("India signed a contract with France for 26 Rafale M jets. The Indian Air Force already operates 36 Rafale "
     "jets received in 2020.", "en"),
    ("La India firmó un contrato con Francia por 26 cazas Rafale Marine. La Fuerza Aérea india ya opera 36 Rafale "
     "recibidos en 2020.", "es"),
    ("L'Inde a signé un contrat avec la France pour 26 Rafale Marine. L'armée de l'air indienne exploite déjà "
     "36 Rafale reçus en 2020.", "fr"),
])
def test_an_older_family_claim_stays_apart_from_todays_variant_order(text: str, lang: str) -> None:
    doc = armstrace.extract(text, lang=lang, published="2025-04-29")
    stages = {t["system"]: t["status"] for t in doc.transfers}
    assert stages["Dassault Rafale M"] == "ordered"
    assert stages["Dassault Rafale"] in ("delivered", "in-use")
    assert not any(k.startswith("_") for t in doc.transfers for k in t)


@pytest.mark.parametrize("text, lang, expected", [
    ("Finland ordered 58 K9 howitzers from South Korea, and it has already received all of them.", "en",
     ("KOR", "FIN", "delivered")),
    ("The Netherlands pledged 24 F-16 jets to Ukraine, of which the first have already been delivered.", "en",
     ("NLD", "UKR", "delivered")),
    ("Nederland heeft 24 F-16's aan Oekraïne toegezegd, waarvan de eerste inmiddels zijn geleverd.", "nl",
     ("NLD", "UKR", "delivered")),
    ("A Finlândia encomendou 58 obuses K9 à Coreia do Sul, e já recebeu todos.", "pt", ("KOR", "FIN", "delivered")),
    ("Финляндия заказала 58 гаубиц K9 у Южной Кореи, и уже получила их все.", "ru", ("KOR", "FIN", "delivered")),
])
def test_a_later_clause_of_the_same_actor_tells_the_progress(text: str, lang: str,
                                                            expected: tuple[str, str, str]) -> None:
    assert _stages(text, lang) == {expected}


def test_another_buyers_delivery_is_no_progress_nor_a_supplier() -> None:
    assert _stages("Finland ordered 58 K9 howitzers from South Korea, and Estonia received its K9 howitzers.",
                   "en") == {("KOR", "FIN", "ordered")}


@pytest.mark.parametrize("text, lang", [
    ("Bulgaria received Stryker vehicles from the United States, ordered in 2023.", "en"),
    ("България получи бронирани машини Stryker от САЩ, поръчани през 2023 г.", "bg"),
    ("Bułgaria otrzymała transportery Stryker z USA, zamówione w 2023 roku.", "pl"),
    ("Болгария получила бронемашины Stryker от США, заказанные в 2023 году.", "ru"),
])
def test_a_participle_after_the_items_supplier_is_still_an_attribute(text: str, lang: str) -> None:
    assert _stages(text, lang) == {("USA", "BGR", "delivered")}
