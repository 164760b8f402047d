"""Words that refer back to states named elsewhere in the document.

Articles name the actors once and then say "the two countries", "both sides", "两国",
"the country". The words come from each pack's `references` section (`pair`: the two states
the text is about; `state`: one state, read as the document's one recipient); the code that
resolves them (cooperation.py, frames.resolve_document) is language-independent.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from armstrace.document import Document
from armstrace.lang import load_pack
from armstrace.lang.scanner import TermScanner

KINDS = ("pair", "state")


@dataclass(frozen=True, slots=True)
class Reference:
    """A reference word in the view: kind is "pair" or "state"."""

    vstart: int
    vend: int
    kind: str


@lru_cache(maxsize=64)
def _scanner(lang: str) -> TermScanner | None:
    """The pack's own reference words only: English "both sides" is no phrase of another language."""
    pack = load_pack(lang)
    refs = pack.get("references") or {}
    groups = [[str(t) for t in (refs.get(k) or []) if t] for k in KINDS]
    if not any(groups):
        return None
    return TermScanner(groups, pack.get("boundary", "word"))


def references(doc: Document) -> list[Reference]:
    """Every reference word of the document, in text order, scanned once per document."""
    cache = doc.view.__dict__.get("_references")
    if cache is None:
        scanner = _scanner(doc.lang or "en")
        cache = []
        if scanner is not None:
            for kind, hits in zip(KINDS, scanner.scan(doc.view.text), strict=True):
                cache.extend(Reference(s, e, kind) for s, e, _ in hits)
            cache.sort(key=lambda r: r.vstart)
        doc.view.__dict__["_references"] = cache
    return cache


def in_span(doc: Document, kind: str, vstart: int, vend: int) -> list[Reference]:
    """The references of one kind between two view offsets (a sentence)."""
    return [r for r in references(doc) if r.kind == kind and vstart <= r.vstart and r.vend <= vend]
