"""States a sentence names that are not parties: settings, other clauses, goods' owners,
sources, and states an act is about. Each case is a mechanism, tested in two languages."""

from __future__ import annotations

import pytest

import armstrace


def _pairs(text: str, lang: str) -> set[tuple[str, str]]:
    return {(t["supplier"], t["recipient"]) for t in armstrace.extract(text, lang=lang).transfers}


def _events(text: str, lang: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(c["type"], tuple(c["actors"])) for c in armstrace.extract(text, lang=lang).cooperation}


@pytest.mark.parametrize("text, lang", [
    ("During the war between Armenia and Azerbaijan, Azerbaijan bought Israeli drones.", "en"),
    ("Trong cuộc xung đột giữa Armenia và Azerbaijan, Azerbaijan đã mua UAV do Israel sản xuất.", "vi"),
])
def test_a_setting_covers_the_whole_list(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("ISR", "AZE")}


@pytest.mark.parametrize("text, lang", [
    ("Turkey supplied to Azerbaijan drones and Syria mercenaries.", "en"),
    ("Thổ Nhĩ Kỳ cung cấp cho Azerbaijan đạn dược và lính Syria.", "vi"),
    ("Turquía suministró a Azerbaiyán munición y mercenarios de Siria.", "es"),
])
def test_a_named_recipient_leaves_no_second_bare_object(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("TUR", "AZE")}


@pytest.mark.parametrize("text, lang", [
    ("When Armenia threatened Azerbaijan, Turkey supplied Baku with drones.", "en"),
    ("Khi Armenia đe dọa Azerbaijan, Thổ Nhĩ Kỳ cung cấp UAV cho Baku.", "vi"),
    ("Khi mối đe dọa của Armenia gia tăng, Thổ Nhĩ Kỳ cung cấp vũ khí cho Azerbaijan.", "vi"),
])
def test_an_actor_in_an_earlier_clause_is_not_the_subject(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("TUR", "AZE")}


def test_a_possessive_names_the_supplier_only_beside_a_weapon() -> None:
    assert _pairs("UAV TB2 của Thổ Nhĩ Kỳ đã được bán cho Azerbaijan.", "vi") == {("TUR", "AZE")}


def test_a_relative_clause_has_its_own_subject() -> None:
    text = "Hợp đồng cho phép Trung Quốc đóng các tàu ngầm S26T mà Hải quân Thái Lan đặt hàng."
    assert _pairs(text, "vi") == {("CHN", "THA")}


@pytest.mark.parametrize("text, lang", [
    ("Israel sold drones to Azerbaijan, Armenia has recalled its ambassador.", "en"),
    ("Israel đã bán UAV cho Azerbaijan, Armenia đã triệu hồi đại sứ.", "vi"),
])
def test_a_comma_and_an_auxiliary_verb_open_a_clause(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("ISR", "AZE")}


@pytest.mark.parametrize("text, lang", [
    ("ارتش آذربایجان به تجهیزات نظامی که محصول صنایع نظامی اسرائیل است مجهز شده است.", "fa"),
    ("نفذت إسرائيل إمدادات عسكرية إلى باكو.", "ar"),
])
def test_origin_and_supply_nouns(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("ISR", "AZE")}


@pytest.mark.parametrize("text, lang", [
    ("The visits of the defence ministers of Israel and Turkey to Azerbaijan alarmed Armenia.", "en"),
    ("سفر وزیر دفاع اسرائیل به باکو و وزیر دفاع ترکیه به آذربایجان ارمنستان را نگران کرد.", "fa"),
])
def test_visitors_are_named_before_the_destination(text: str, lang: str) -> None:
    assert _events(text, lang) == {("visit", ("AZE", "ISR")), ("visit", ("AZE", "TUR"))}


@pytest.mark.parametrize("text, lang", [
    ("Azerbaijan and Turkey began joint drills on Monday. According to Britain's Reuters, it is the first "
     "exercise since Baku took control of the region, forcing many to leave for Armenia.", "en"),
    ("Azerbaijan và Thổ Nhĩ Kỳ bắt đầu tập trận chung. Theo hãng tin Reuters của Anh, đây là cuộc tập trận "
     "đầu tiên kể từ khi Baku kiểm soát khu vực, khiến nhiều người phải rời đến Armenia.", "vi"),
])
def test_states_outside_the_acts_clause_take_no_part(text: str, lang: str) -> None:
    assert _events(text, lang) == {("exercise", ("AZE", "TUR"))}


@pytest.mark.parametrize("text, lang", [
    ("Israel and Azerbaijan are close. We have a strategic partnership to contain Iran.", "en"),
    ("Israel và Azerbaijan rất thân thiết. Chúng tôi có thỏa thuận hợp tác để kiềm chế Iran.", "vi"),
])
def test_a_lone_state_after_an_agreement_is_what_it_is_about(text: str, lang: str) -> None:
    assert not any(t == "agreement" and "IRN" in a for t, a in _events(text, lang))


def test_a_lone_partner_with_a_marker_still_counts() -> None:
    assert ("agreement", ("AZE", "IRN")) in _events("Azerbaijan signed a cooperation agreement with Iran.", "en")


@pytest.mark.parametrize("text, lang", [
    ("To protest Israel's arms sales to Azerbaijan, Armenia recalled its ambassador from Israel.", "en"),
    ("Để phản đối việc Israel bán vũ khí cho Azerbaijan, Armenia đã triệu hồi đại sứ tại Israel.", "vi"),
])
def test_a_recall_is_the_protest_it_expresses(text: str, lang: str) -> None:
    assert _events(text, lang) == {("ambassador-recall", ("ARM", "ISR"))}


def test_praising_cooperation_is_not_an_agreement() -> None:
    text = "Israel's defence minister visited Baku, where he praised the countries' military cooperation."
    assert {t for t, _ in _events(text, "en")} == {"visit"}


@pytest.mark.parametrize("text, lang", [
    ("Beijing protested at once, and urged Washington to stop the arms sales.", "en"),
    ("Bắc Kinh lập tức phản đối, và yêu cầu Washington dừng các thương vụ.", "vi"),
])
def test_a_clause_joined_by_and_is_the_same_act(text: str, lang: str) -> None:
    assert _events(text, lang) == {("protest", ("CHN", "USA"))}
