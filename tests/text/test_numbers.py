"""Numbers, money and percentages in many languages (sentences written for these tests)."""

from __future__ import annotations

import math
import time

import pytest

from armstrace.text.normalize import fold
from armstrace.text.numbers import find_amounts, parse_number


def amounts(text: str, lang: str | None):
    view = fold(text)
    return [(view[a.start:a.end], a.value, a.currency, a.kind, a.approx)
            for a in find_amounts(view, lang)]


def first(text: str, lang: str | None):
    found = [a for a in amounts(text, lang) if a[3] != "number" or True]
    assert found, f"nothing found in {text!r}"
    return found[0]


MONEY = [
    ("vi", "Hợp đồng trị giá 20,7 triệu USD đã được ký.", 20.7e6, "USD"),
    ("vi", "Gói viện trợ hai mươi triệu đô la Mỹ.", 20e6, "USD"),
    ("vi", "Ngân sách một tỷ rưỡi đồng.", 1.5e9, "VND"),
    ("ar", "بلغت قيمة الصفقة خمسة ملايين يورو.", 5e6, "EUR"),
    ("ar", "وقعت صفقة بقيمة 16 مليار يورو.", 16e9, "EUR"),
    ("ar", "صفقة بقيمة مليار دولار.", 1e9, "USD"),
    ("ar", "صفقة بقيمة ملياري دولار.", 2e9, "USD"),
    ("ar", "بلغت 500 مليون درهم إماراتي.", 5e8, "AED"),
    ("fa", "قرارداد ۱۲۳ میلیون دلار امضا شد.", 123e6, "USD"),
    ("fa", "ارزش آن یک و نیم میلیارد یورو است.", 1.5e9, "EUR"),
    ("en", "Washington approved a $1.6 billion sale.", 1.6e9, "USD"),
    ("en", "The package is worth US$650 million.", 650e6, "USD"),
    ("en", "It costs one and a half billion dollars.", 1.5e9, "USD"),
    ("en", "A €3bn order was placed.", 3e9, "EUR"),
    ("en", "India agreed a deal worth 5,000 crore rupees.", 5e10, "INR"),
    ("ru", "Контракт на 1,5 млрд долларов подписан.", 1.5e9, "USD"),
    ("ru", "Сумма составила двадцать пять миллионов евро.", 25e6, "EUR"),
    ("tr", "Anlaşma 1,5 milyar dolarlık.", 1.5e9, "USD"),
    ("tr", "Bedel 20 milyon TL oldu.", 20e6, "TRY"),
    ("fr", "Un contrat de 1,6 milliard de dollars.", 1.6e9, "USD"),
    ("fr", "La commande atteint 3,95 milliards d'euros.", 3.95e9, "EUR"),
    ("de", "Der Auftrag umfasst 2,5 Milliarden Euro.", 2.5e9, "EUR"),
    ("de", "Es geht um 300 Mio. Euro.", 300e6, "EUR"),
    ("es", "Un acuerdo de 3 mil millones de dólares.", 3e9, "USD"),
    ("pt", "O contrato vale 1,2 bilhões de dólares.", 1.2e9, "USD"),
    ("it", "Un accordo da 2 miliardi di euro.", 2e9, "EUR"),
    ("pl", "Umowa o wartości 4,5 miliarda złotych.", 4.5e9, "PLN"),
    ("zh", "合同金额为5亿美元。", 5e8, "USD"),
    ("zh", "采购预算为新台幣20億元。", 2e9, "TWD"),
    ("ja", "契約額は1兆2000億円だった。", 1.2e12, "JPY"),
    ("ko", "계약 규모는 1조 2천억 원이다.", 1.2e12, "KRW"),
    ("ko", "미국은 5억 달러를 지원한다.", 5e8, "USD"),
    ("th", "มูลค่า 100 ล้านบาท", 1e8, "THB"),
]


@pytest.mark.parametrize("lang,text,value,currency", MONEY)
def test_money(lang, text, value, currency):
    found = [a for a in amounts(text, lang) if a[3] == "money"]
    assert found, text
    assert found[0][1] == pytest.approx(value)
    assert found[0][2] == currency


@pytest.mark.parametrize("lang,text,value", [
    ("vi", "Chi tiêu tăng 5 phần trăm.", 5),
    ("ar", "ارتفع الإنفاق 12 بالمئة.", 12),
    ("fa", "بودجه ۱۵ درصد افزایش یافت.", 15),
    ("ru", "Рост составил 15 процентов.", 15),
    ("tr", "Harcama yüzde 5 arttı.", 5),
    ("tr", "Harcama %7 arttı.", 7),
    ("en", "Exports rose 12% in a year.", 12),
    ("fr", "Une hausse d'environ 12 %.", 12),
])
def test_percent(lang, text, value):
    found = [a for a in amounts(text, lang) if a[3] == "percent"]
    assert found and found[0][1] == value


@pytest.mark.parametrize("lang,text", [
    ("vi", "Hợp đồng khoảng 20 triệu USD."),
    ("ar", "صفقة بقيمة نحو 5 ملايين دولار."),
    ("ar", "وقعت عقدا بقيمة حوالي 3 مليارات دولار."),
    ("ru", "Контракт на сумму около 300 млн рублей."),
    ("en", "They paid about $5 billion."),
    ("de", "Der Wert liegt bei rund 2 Milliarden Euro."),
    ("fr", "Un contrat de plus de 2 milliards d'euros."),
    ("tr", "Yaklaşık 3 milyar dolar ödendi."),
    ("zh", "合同金额约5亿美元。"),
])
def test_approx(lang, text):
    found = amounts(text, lang)
    assert found and found[0][4] is True


def test_separators_follow_language():
    assert parse_number("20,7", "vi") == pytest.approx(20.7)
    assert parse_number("280.000", "vi") == 280000
    assert parse_number("4,400", "en") == 4400
    assert parse_number("4,400", "vi") == pytest.approx(4.4)
    assert parse_number("1 200", "ru") == 1200
    assert parse_number("1.5", "de") == pytest.approx(1.5)  # not three digits: decimal
    assert parse_number("۱۲۳", "fa") == 123
    assert parse_number("20,7 triệu", "vi") == pytest.approx(20.7e6)
    assert parse_number("hai mươi", "vi") == 20
    assert parse_number("abc", "en") is None


def test_quantities_and_non_numbers():
    found = amounts("They ordered two dozen jets, F-16 and 155mm shells in 2020.", "en")
    assert [(a[1], a[3]) for a in found] == [(24, "number")]
    assert amounts("Việt Nam mua 280.000 viên đạn.", "vi")[0][1] == 280000
    # ambiguous single words are not numbers
    assert amounts("Năm nay Ba Lan mua xe tăng.", "vi") == []
    assert amounts("Il a signé un contrat.", "fr") == []
    # a bare 'm' needs a currency
    assert [a[1] for a in amounts("A $5m grant and a 5 m wall.", "en")] == [5e6, 5]


def test_dirham_by_context():
    assert first("صفقة بقيمة 10 ملايين درهم مع المغرب.", "ar")[2] == "MAD"
    assert first("اشترت الإمارات معدات بقيمة 10 ملايين درهم.", "ar")[2] == "AED"


def test_unknown_language_degrades():
    found = amounts("Sözleşme $2.5 bn ve €300 mln.", "xx")
    assert found and found[0][2] == "USD"
    assert amounts("", "en") == []


@pytest.mark.parametrize("text", [
    "1e309", "10^400", "9" * 2_000_000, "1.2.3.4.5.6.7.8.9" * 20000, "1," * 50000,
    " ".join(str(i * 7919) for i in range(50)) + " triệu USD",
], ids=["1e309", "pow", "digits-2M", "dots", "commas", "fifty"])
def test_robust_bounded(text):
    t = time.perf_counter()
    found = find_amounts(text, "vi") + find_amounts(text, "en")
    assert time.perf_counter() - t < 5
    assert all(math.isfinite(a.value) for a in found)


def test_fifty_numbers_in_one_sentence():
    text = ", ".join(f"{i} triệu USD" for i in range(1, 51))
    found = find_amounts(text, "vi")
    assert len(found) == 50 and found[-1].value == 50e6


def test_hebrew_prefix_glued_by_hyphen_is_no_model_code() -> None:
    from armstrace.text.numbers import find_amounts

    found = [(a.value, a.currency) for a in find_amounts("העסקה בשווי של יותר מ-3 מיליארד דולר", "he")]
    assert (3e9, "USD") in found
    assert not [a for a in find_amounts("ישראל מכרה מטוסי מיג-29 ישנים", "he") if a.value == 29]
    assert not [a for a in find_amounts("F-16 jets", "en") if a.value == 16]
