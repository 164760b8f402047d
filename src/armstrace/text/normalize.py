"""A script-normalised, lower-cased view of a text with a map back to original offsets.

Matching and trigger search run on the view; every span found there is mapped back so that
evidence is always a verbatim slice of the original text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

_DROP = {
    "\u0640",  # tatweel
    "\u200c", "\u200d", "\u200e", "\u200f", "\u200b", "\ufeff", "\u00ad",  # ZWNJ/ZWJ/marks/soft hyphen
}
_MAP = {
    # Arabic/Persian letter variants -> one form
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",  # alef forms
    "\u06cc": "\u064a", "\u0649": "\u064a", "\u0626": "\u064a",  # Persian yeh, alef maksura, yeh-hamza
    "\u06a9": "\u0643",  # Persian kaf -> Arabic kaf
    "\u0629": "\u0647",  # teh marbuta -> heh
    "\u0624": "\u0648",  # waw-hamza
    "\u06c0": "\u0647", "\u06d5": "\u0647",
    "\u066b": ".", "\u066c": ",",  # Arabic decimal / thousands separators
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"', "\u201e": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u3000": " ",
    "\u0130": "i", "\u0131": "i",  # Turkish dotted/dotless i fold to i
    "\u0451": "\u0435",  # ё -> е
}
# Arabic-Indic and Persian digits, fullwidth digits -> ASCII
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)
    _MAP[chr(0x06F0 + _i)] = str(_i)
    _MAP[chr(0xFF10 + _i)] = str(_i)
    _MAP[chr(0x0966 + _i)] = str(_i)  # Devanagari


def _fold_char(ch: str) -> str:
    """Map one original character to its normalised form ('' drops it)."""
    if ch in _MAP:
        return _MAP[ch]
    if ch in _DROP:
        return ""
    cat = unicodedata.category(ch)
    if cat == "Mn" and 0x0610 <= ord(ch) <= 0x06FF:  # Arabic harakat, dagger alef ...
        return ""
    if cat == "Mn" and 0x0591 <= ord(ch) <= 0x05C7:  # Hebrew niqqud
        return ""
    low = ch.lower()
    return low if len(low) == 1 else ch


_CACHE: dict[str, str] = {}


def fold(text: str) -> str:
    """Normalise a string (aliases, triggers) exactly as document views are normalised.

    Means `_fold_char` on every character, done as one `translate` + `lower()`: the two
    agree on every single code point; the only context rule of `str.lower()` (Greek
    final sigma) is avoided by lowering Σ to σ first.
    """
    t = _translate(text)
    if "\u03a3" in t:
        t = t.replace("\u03a3", "\u03c3")
    return t.lower()


def _fold_fast(ch: str) -> str:
    r = _CACHE.get(ch)
    if r is None:
        r = _CACHE[ch] = _fold_char(ch)
    return r


@dataclass
class NormalizedView:
    """`text` is the folded view; `offsets[i]` is the original index of view char i."""

    text: str
    offsets: Sequence[int] = field(repr=False)  # a range when the view is the text itself
    original_length: int = 0
    # per-document results of later stages keyed by what asked (numbers, dates, years): a
    # declared field, so the compiled build (no instance __dict__) keeps them too
    cache: dict[tuple, Any] = field(default_factory=dict, repr=False, compare=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the view to the original text."""
        if start >= len(self.offsets):
            return self.original_length, self.original_length
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1 if end > start else o_start
        return o_start, o_end

    def from_original(self, pos: int) -> int:
        """First view index at or after an original offset."""
        offsets = self.offsets
        if type(offsets) is range and offsets.start == 0 and offsets.step == 1:  # the identity map
            return pos if 0 <= pos <= offsets.stop else (0 if pos < 0 else offsets.stop)
        return bisect_left(offsets, pos)


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(k): v for k, v in _MAP.items()}
    for ch in _DROP:
        table[ord(ch)] = None
    for cp in list(range(0x0591, 0x05C8)) + list(range(0x0610, 0x06FF)):
        ch = chr(cp)
        if unicodedata.category(ch) == "Mn":
            table[cp] = None
    return table


_TABLE = _build_table()
# (char, replacement) for str.replace: `str.translate` with a dict costs ~70 ns per
# non-ASCII character, while ~190 `in` tests + a few replaces cost ~25 us per 3 KB
_PAIRS = tuple((chr(k), v or "") for k, v in sorted(_TABLE.items()))
_ASCII_PAIRS = tuple(p for p in _PAIRS if p[0].isascii())
assert not {v for _, v in _PAIRS} & {k for k, _ in _PAIRS}  # one pass = simultaneous mapping


def _translate(text: str) -> str:
    """`text.translate(_TABLE)`, fast."""
    for a, b in _ASCII_PAIRS if text.isascii() else _PAIRS:
        if a in text:
            text = text.replace(a, b)
    return text


# one character class of everything `_TABLE` deletes
_DROPPED = re.compile("[" + "".join(re.escape(chr(c)) for c, v in sorted(_TABLE.items()) if v is None) + "]")


def normalize(text: str) -> NormalizedView:
    """Build the folded view of `text`, keeping an offset map to the original.

    Fast path: one translation + `lower()` when no character is dropped; otherwise the
    view is `fold(text)` and the offsets skip the dropped characters.
    """
    t = _translate(text)
    n = len(text)
    if len(t) == n:
        return NormalizedView(t.lower(), range(n), n)
    # characters were dropped: the view is `fold(text)` (per character, no final-sigma
    # rule), the offsets skip the dropped positions (every kept character maps 1:1)
    offsets: list[int] = []
    prev = 0
    for m in _DROPPED.finditer(text):
        p = m.start()
        offsets.extend(range(prev, p))
        prev = p + 1
    offsets.extend(range(prev, n))
    if "\u03a3" in t:
        t = t.replace("\u03a3", "\u03c3")
    return NormalizedView(t.lower(), offsets, n)
