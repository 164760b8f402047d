"""Adapters from the numbers/dates parsers (which work on the view) to sentence frames."""

from __future__ import annotations

from typing import Any

from armstrace.text import dates as dates_mod
from armstrace.text import numbers


def _memo(view, key: tuple, compute):
    """Per-document memo on the view: frames, statistics and cooperation ask the same ranges."""
    cache = view.cache
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def amounts(view, vs: int, ve: int, lang: str | None) -> list[Any]:
    """Amounts in the view range, with view offsets shifted to absolute positions."""
    return _memo(view, ("amounts", vs, ve, lang), lambda: _amounts(view, vs, ve, lang))


def dates(view, vs: int, ve: int, lang: str | None, published: str | None) -> list[Any]:
    return _memo(view, ("dates", vs, ve, lang, published), lambda: _dates(view, vs, ve, lang, published))


def _amounts(view, vs: int, ve: int, lang: str | None) -> list[Any]:
    out = []
    for a in numbers.find_amounts(view.text[vs:ve], lang):
        out.append((vs + a.start, vs + a.end, a))
    return out


def _dates(view, vs: int, ve: int, lang: str | None, published: str | None) -> list[Any]:
    return [(vs + d.start, vs + d.end, d) for d in dates_mod.find_dates(view.text[vs:ve], lang, published)]
