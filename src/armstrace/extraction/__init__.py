"""Extraction: transfers, cooperation events and trade statistics with evidence."""

from __future__ import annotations

from armstrace.document import Document
from armstrace.extraction.context import Hit, build_sentences, doc_hits
from armstrace.extraction.cooperation import cooperation_for
from armstrace.extraction.frames import transfers_for
from armstrace.extraction.lexicon import lexicon
from armstrace.extraction.statistics import statistics_for

__all__ = ["extract_frames"]


_ENTRY_KINDS = frozenset({"category", "generic", "cooperation"})


def about_arms(doc: Document, hits: list[Hit]) -> bool:
    """Can this document hold an entry? Every transfer and trade figure needs a weapon (a
    named system, a weapon category or an arms word) and every cooperation event a
    cooperation act (a visit, an exercise, an agreement, a recall, a protest) or an official
    who signs or buys abroad (a visit too). Most news names none, and is then not even split
    into sentences."""
    kinds = {h.kind for h in hits}
    return bool(kinds & _ENTRY_KINDS) or {"official", "trigger"} <= kinds or any(
        m.kind == "system" for m in doc.mentions)


def extract_frames(doc: Document) -> Document:
    """Fill doc.transfers, doc.cooperation and doc.trade_statistics."""
    if doc.view is None:
        from armstrace.text.normalize import normalize

        doc.view = normalize(doc.text)
    lex = lexicon(doc.lang)
    hits = doc_hits(doc, lex)
    if not about_arms(doc, hits):
        doc.transfers, doc.cooperation, doc.trade_statistics = [], [], []
        return doc
    if not doc.sentences:
        from armstrace.text.sentences import split_sentences

        split_sentences(doc)  # here, not as a default stage: only documents about arms need them
    sentences = build_sentences(doc, lex, hits)
    doc.transfers = transfers_for(doc, sentences, lex)
    doc.cooperation = cooperation_for(doc, sentences, lex)
    doc.trade_statistics = statistics_for(doc, sentences, lex, doc.transfers)
    return doc
