"""Dates in running text and datelines (sentences written for these tests)."""

from __future__ import annotations

import time

import pytest

from armstrace.text.dates import find_dateline, find_dates, normalize_date
from armstrace.text.normalize import fold

PUB = "2023-10-15"


def dates(text: str, lang: str | None, published: str | None = PUB):
    view = fold(text)
    return [(view[d.start:d.end], d.value, d.granularity, d.relative)
            for d in find_dates(view, lang, published)]


def values(text: str, lang: str | None, published: str | None = PUB):
    return [(v, g) for _, v, g, _ in dates(text, lang, published)]


@pytest.mark.parametrize("lang,text,expected", [
    ("vi", "Hợp đồng được ký tháng 7 năm 2020.", [("2020-07", "month")]),
    ("vi", "Lô hàng đến tháng 7 năm nay.", [("2023-07", "month")]),
    ("vi", "Năm ngoái quân đội nhận 12 chiếc.", [("2022", "year")]),
    ("vi", "Ngày 5 tháng 10 năm 2023, bộ công bố.", [("2023-10-05", "day")]),
    ("vi", "Buổi lễ diễn ra ngày 14/10.", [("2023-10-14", "day")]),
    ("ar", "وقعت الصفقة في يوليو/تموز 2020.", [("2020-07", "month")]),
    ("ar", "وصلت الشحنة في تموز.", [("2023-07", "month")]),
    ("ar", "تسلم الجيش الطائرات العام الماضي.", [("2022", "year")]),
    ("ar", "في 3 أكتوبر 2023 أعلنت الوزارة.", [("2023-10-03", "day")]),
    ("ar", "في 3 ربيع الأول 1445 هـ", [("2023-09-18", "day")]),
    ("fa", "در ماه ژوئیه قرارداد امضا شد.", [("2023-07", "month")]),
    ("fa", "در ۱۵ مهر ۱۴۰۲ تحویل شد.", [("2023-10-07", "day")]),
    ("fa", "سال گذشته خریداری شد.", [("2022", "year")]),
    ("en", "The deal was signed in July.", [("2023-07", "month")]),
    ("en", "It was signed on 5 October 2023.", [("2023-10-05", "day")]),
    ("en", "It was signed on October 5, 2023.", [("2023-10-05", "day")]),
    ("en", "Deliveries began in July 2020 and ended last year.", [("2020-07", "month"), ("2022", "year")]),
    ("ru", "Контракт подписан в июле 2020 года.", [("2020-07", "month")]),
    ("ru", "Поставки начались в прошлом году.", [("2022", "year")]),
    ("ru", "5 октября 2023 г. прошла церемония.", [("2023-10-05", "day")]),
    ("tr", "Temmuz'da teslim edildi.", [("2023-07", "month")]),
    ("tr", "Anlaşma geçen yıl imzalandı.", [("2022", "year")]),
    ("fr", "Le 5 octobre 2023, Paris a signé.", [("2023-10-05", "day")]),
    ("de", "Am 5. Oktober 2023 wurde unterschrieben.", [("2023-10-05", "day")]),
    ("es", "El 5 de octubre de 2023 se firmó.", [("2023-10-05", "day")]),
    ("pt", "Em julho o contrato foi assinado.", [("2023-07", "month")]),
    ("zh", "2020年10月5日签署。", [("2020-10-05", "day")]),
    ("zh", "民國113年採購。", [("2024", "year")]),
    ("th", "กองทัพเรือจะจัดซื้อในปี พ.ศ. 2568", [("2025", "year")]),
    ("th", "ส่งมอบในปี 2567", [("2024", "year")]),
    ("th", "ลงนามเมื่อ 15 มกราคม 2567", [("2024-01-15", "day")]),
    ("th", "ลงนามเมื่อ 15/01/2567", [("2024-01-15", "day")]),
    ("th", "ปี ค.ศ. 2024 มูลค่า 2500 ล้านบาท", [("2024", "year")]),
    ("en", "The contract of B.E. 2567 was signed.", [("2024", "year")]),
    ("zh", "7月交付。", [("2023-07", "month")]),
    ("ja", "2023年10月5日に契約した。", [("2023-10-05", "day")]),
    ("ko", "2023년 10월 5일 계약했다.", [("2023-10-05", "day")]),
    ("ko", "7월에 인도됐다.", [("2023-07", "month")]),
])
def test_dates_in_sentences(lang, text, expected):
    assert values(text, lang) == expected


def test_month_after_published_goes_to_previous_year():
    assert values("The jets arrived in November.", "en", "2023-10-15") == [("2022-11", "month")]


def test_relative_needs_published():
    assert values("Deliveries ended last year in July.", "en", None) == []
    assert dates("Năm ngoái", "vi")[0][3] is True


def test_false_years_and_numbers():
    assert values("The 2 jets fired 155 mm shells.", "en") == []
    assert values("It costs 2020 million dollars and weighs 2000 tonnes.", "en") == []
    assert values("Hợp đồng 2025 tỷ đồng.", "vi") == []
    assert values("Bought in 2019 for $5m.", "en") == [("2019", "year")]


def test_normalize_date():
    assert normalize_date("5-10-2023") == "2023-10-05"
    assert normalize_date("2023-10-05T10:22:00+07:00") == "2023-10-05"
    assert normalize_date("October 5, 2023") == "2023-10-05"
    assert normalize_date("5 tháng 10, 2023") == "2023-10-05"
    assert normalize_date("۱۴۰۲/۰۷/۱۳") == "2023-10-05"
    assert normalize_date("July 2020") == "2020-07"
    assert normalize_date("2020") == "2020"
    assert normalize_date("") is None


@pytest.mark.parametrize("text,expected", [
    (" date 2023-10-05 Hà Nội - Bộ Quốc phòng ...", "2023-10-05"),
    ("5-10-2023 | Tin tức quốc phòng", "2023-10-05"),
    ("Thứ Năm, 05/10/2023 10:22 (GMT+7)", "2023-10-05"),
    ("۱۴۰۲/۰۷/۱۳ - ۱۰:۲۲\nخبرگزاری", "2023-10-05"),
    ("2020年10月5日 新华社电", "2020-10-05"),
    ("October 5, 2023\nWASHINGTON - The State Department ...", "2023-10-05"),
    ("No date here, only the year 2020 in passing.", None),
    ("x" * 500 + " 5 October 2023", None),
])
def test_find_dateline(text, expected):
    assert find_dateline(text) == expected


def test_robust_bounded():
    for text in ["9" * 2_000_000, "2020/" * 50000, "1e309 10^400", "-".join(["2023"] * 20000)]:
        t = time.perf_counter()
        find_dates(text, "en", PUB)
        assert time.perf_counter() - t < 5


def test_hebrew_year_after_a_glued_preposition() -> None:
    from armstrace.text.dates import find_dates

    assert [d.value for d in find_dates("ההסכם נחתם ב-2021 והמשלוח הגיע וב-2022", "he", "2023-05-01")] == ["2021", "2022"]
