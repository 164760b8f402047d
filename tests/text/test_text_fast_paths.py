"""Shortcuts in the text layer (literal gates on date patterns, the identity offset map,
folding a text once for its boilerplate lines) must not change any result."""

from __future__ import annotations

import bisect
import re

import pytest

from armstrace.lang import available
from armstrace.text import dates, numbers
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
    ("en", "Deliveries began earlier this month, after talks last year and in March next year."),
    ("fr", "Livrés l'an dernier, ce mois-ci et le 3.4.2021"),
    ("ru", "в прошлом году и 05.10.2023"),
]


@pytest.mark.parametrize(("lang", "text"), SAMPLES)
def test_date_literal_gates_change_nothing(lang: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    view = fold(text)
    fast = dates.find_dates(view, lang, "2023-11-01")
    monkeypatch.setattr(dates, "_NEEDS", {})
    monkeypatch.setattr(dates, "_HINT_PATS", frozenset())
    monkeypatch.setattr(dates, "_REL_PATS", frozenset())
    assert fast == dates.find_dates(view, lang, "2023-11-01")
    assert fast  # every sample holds a date


@pytest.mark.parametrize("lang", available())
def test_every_relative_phrase_holds_one_of_its_literals(lang: str) -> None:
    lex = dates._dlex(lang)
    assert not lex.rel.stems  # else the samples below would need stem instances
    for term in lex.rel.exact:
        found = list(lex.rel.pattern.finditer(f"x {term} y"))
        assert found, (lang, term)
        for m in found:
            assert any(lit in m.group() for lit in lex.rel_literals), (lang, term)


@pytest.mark.parametrize("lang", [*available(), None])
def test_tail_gates_never_skip_a_match(lang: str | None) -> None:
    """`tail_may_match` is a necessary condition for the `...\\s*$` searches it guards."""
    lex = numbers._lex(lang)
    d = numbers.lang_data(lang)
    for pat, tails, terms in ((lex.approx_pre, lex.approx_pre_tails, d["approx"]),
                              (lex.pct_pre, lex.pct_pre_tails, d["percent_prefix"]),
                              (lex.cur_pre, lex.cur_pre_tails, [t for ts in d["currencies"].values() for t in ts])):
        if pat is None:
            continue
        for term in terms:
            t = term.replace("*", "ab")
            for window in (t, f"x {t} ", f"{t}\n", f"{t}  \t", f"a{t}", f"{t}z", t[:-1], f"{t} 5 "):
                if pat.search(window):
                    assert numbers.tail_may_match(window, tails), (lang, term, window)


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


@pytest.mark.parametrize(("pattern", "text"), [
    (r"\bcookies?\b|consent", "We use COOKIES? no: we use cookies here"),
    (r"^(share|chia sẻ)\b", "chia sẻ bài viết"),
    (r"ab(cd|ef)gh+", "xxabefghhh"),
    (r"(?:x|y)z", "yz"),
])
def test_required_literals_are_in_every_match(pattern: str, text: str) -> None:
    from armstrace.text.clean import required_literals

    lits = required_literals(pattern)
    assert lits is not None
    for m in re.finditer(pattern, text):
        assert any(lit in m.group() for lit in lits)
    assert required_literals(r"\d+") is None and required_literals("(?i)abc") is None


def test_cookie_gate_keeps_banners_and_skips_clean_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from armstrace.text import clean

    banner = "Tracking cookies\nWe use cookies to improve the site.\nAccept all\nThe army bought tanks."
    plain = "The army bought tanks.\nThe navy bought ships."
    gated = [boilerplate_lines(banner), boilerplate_lines(plain)]
    monkeypatch.setattr(clean, "_cookie_literals", lambda: None)
    assert gated == [boilerplate_lines(banner), boilerplate_lines(plain)]
    assert gated[0] == {0, 1, 2}
