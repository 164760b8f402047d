"""Extraction: transfers, cooperation events and trade statistics with evidence."""

from __future__ import annotations

from armstrace.document import Document
from armstrace.extraction.context import build_sentences
from armstrace.extraction.cooperation import cooperation_for
from armstrace.extraction.frames import transfers_for
from armstrace.extraction.lexicon import lexicon
from armstrace.extraction.statistics import statistics_for

__all__ = ["extract_frames"]


def extract_frames(doc: Document) -> Document:
    """Fill doc.transfers, doc.cooperation and doc.trade_statistics."""
    if doc.view is None:
        from armstrace.text.normalize import normalize

        doc.view = normalize(doc.text)
    lex = lexicon(doc.lang)
    sentences = build_sentences(doc, lex)
    doc.transfers = transfers_for(doc, sentences, lex)
    doc.cooperation = cooperation_for(doc, sentences, lex)
    doc.trade_statistics = statistics_for(doc, sentences, lex, doc.transfers)
    return doc
