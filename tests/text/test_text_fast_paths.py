"""Shortcuts in the text layer (literal gates on date patterns, the identity offset map,
folding a text once for its boilerplate lines) must not change any result."""

from __future__ import annotations

import bisect

import pytest

from armstrace.text import dates
from armstrace.text.clean import boilerplate_lines
from armstrace.text.normalize import NormalizedView, fold, normalize

SAMPLES = [
    ("en", "The deal was signed on 2023-10-05 and again on 5/10/2023, in July 1999 and in 2021."),
    ("vi", "hợp đồng ký ngày 5/10, giao vào tháng 7 năm 2020 và năm nay"),
    ("zh", "2023年10月5日签署，10月6日交付，民國112年"),
    ("ko", "2023년 10월 5일 계약"),
    ("fa", "در ۱۴۰۲/۰۷/۱۳ و مهر ۱۴۰۲ امضا شد"),
    ("ar", "وقع في 5 تموز 2023 وفي العام الماضي"),
    ("ru", "контракт подписан 5 октября 2023 года, поставка в 2025 г."),
    ("de", "am 5. Oktober 2023 und im Jahr 1995"),
]


@pytest.mark.parametrize(("lang", "text"), SAMPLES)
def test_date_literal_gates_change_nothing(lang: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    view = fold(text)
    fast = dates.find_dates(view, lang, "2023-11-01")
    monkeypatch.setattr(dates, "_NEEDS", {})
    assert fast == dates.find_dates(view, lang, "2023-11-01")
    assert fast  # every sample holds a date


@pytest.mark.parametrize("text", ["plain ascii text", "Thổ Nhĩ Kỳ", "", "soft\u00adhyphen and \u200czwnj"])
def test_from_original_matches_bisect(text: str) -> None:
    view = normalize(text)
    offsets = list(view.offsets)
    for pos in range(-2, len(text) + 3):
        assert view.from_original(pos) == bisect.bisect_left(offsets, pos)
    shifted = NormalizedView(view.text, range(1, len(text) + 1), len(text) + 1)
    assert shifted.from_original(1) == 0  # a range that is not the identity still bisects


def test_boilerplate_lines_same_with_dropped_characters() -> None:
    lines = ["Share this article", "A long enough body line about the weather today.", "Share this article"]
    plain = "\n".join(lines)
    dropped = "\n".join(line.replace("weather", "wea\u00adther") for line in lines)
    assert boilerplate_lines(plain) == boilerplate_lines(dropped)
