"""Evidence spans: the shortest verbatim slice of the original text covering the cues."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w", re.UNICODE)


def evidence_span(text: str, points: list[tuple[int, int]], lo: int, hi: int) -> tuple[int, int]:
    """Cover all (start, end) points, widened to whole words, clipped to [lo, hi)."""
    pts = [(s, e) for s, e in points if s is not None and e is not None and lo <= s < e <= hi]
    if not pts:
        return lo, hi
    s = min(p[0] for p in pts)
    e = max(p[1] for p in pts)
    while s > lo and _WORD.match(text[s - 1]):
        s -= 1
    while e < hi and _WORD.match(text[e]):
        e += 1
    return s, e


def evidence(text: str, points: list[tuple[int, int]], lo: int, hi: int) -> dict:
    s, e = evidence_span(text, points, lo, hi)
    return {"evidence": text[s:e], "start": s, "end": e}
