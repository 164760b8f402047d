"""Adapters from the numbers/dates parsers (which work on the view) to sentence frames."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _parsers():
    try:
        from armstrace.text import dates, numbers

        return numbers, dates
    except ImportError:
        return None, None


def amounts(view, vs: int, ve: int, lang: str | None) -> list[Any]:
    """Amounts in the view range, with view offsets shifted to absolute positions."""
    numbers, _ = _parsers()
    if numbers is None:
        return []
    out = []
    for a in numbers.find_amounts(view.text[vs:ve], lang):
        out.append((vs + a.start, vs + a.end, a))
    return out


def dates(view, vs: int, ve: int, lang: str | None, published: str | None) -> list[Any]:
    _, dates_mod = _parsers()
    if dates_mod is None:
        return []
    return [(vs + d.start, vs + d.end, d) for d in dates_mod.find_dates(view.text[vs:ve], lang, published)]
