"""Trade statistics: stated monetary figures of arms deals and arms trade flows."""

from __future__ import annotations

from collections import Counter
from typing import Any

from armstrace.document import Document
from armstrace.extraction.context import Sentence
from armstrace.extraction.evidence import evidence
from armstrace.extraction.frames import sentence_roles
from armstrace.extraction.lexicon import Lexicon
from armstrace.extraction.numbers_glue import amounts, dates


def statistics_for(doc: Document, sentences: list[Sentence], lex: Lexicon,
                   transfers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Money amounts in sentences about arms, with exporter/importer from the sentence roles
    or, failing that, the document's main transfer pair."""
    pairs = [(t["supplier"], t["recipient"]) for t in transfers]
    main_pair = Counter(pairs).most_common(1)[0][0] if pairs else (None, None)  # ties: first seen
    out: list[dict[str, Any]] = []
    seen: dict[tuple, dict[str, Any]] = {}
    for sent in sentences:
        if not (sent.triggers or sent.categories or sent.generic or sent.systems):
            continue  # not about arms: its numbers are never read (the cheap test goes first)
        money = [(vs, ve, a) for vs, ve, a in amounts(doc.view, sent.vstart, sent.vend, doc.lang)
                 if a.kind == "money" and a.currency and a.value and a.value >= 1000]
        if not money:
            continue
        roles = sentence_roles(doc, sent, lex)
        exporter = next((r.mention.state for r in roles if r.role == "supplier"), None)
        importer = next((r.mention.state for r in roles if r.role == "recipient"), None)
        if exporter is None and importer is None:
            exporter, importer = main_pair
        elif exporter is None or importer is None:
            exporter, importer = _other_side(exporter, importer, pairs)
        dh = dates(doc.view, sent.vstart, sent.vend, doc.lang, doc.published)
        for vs, ve, a in money:
            period = min(dh, key=lambda d: abs(d[0] - vs))[2].value if dh else None
            key = (a.value, a.currency, exporter, importer)  # one figure repeated is one entry
            if key in seen:
                if seen[key]["period"] is None:
                    seen[key]["period"] = period  # the repeat may say when
                continue
            s, e = doc.view.to_original(vs, ve)
            pts = [(s, e)] + [(r.mention.start, r.mention.end) for r in roles if r.role]
            seen[key] = {"exporter": exporter, "importer": importer, "value": a.value,
                         "currency": a.currency, "period": period,
                         **evidence(doc.text, pts, sent.span.start, sent.span.end)}
            out.append(seen[key])
    return out


def _other_side(exporter: str | None, importer: str | None,
                pairs: list[tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    """A figure whose sentence names one side ("Vietnam signed a $350 million contract with
    Russia" reads no direction) takes the other from the document's transfers when they
    name exactly one partner for that side."""
    if exporter is None:
        partners = {s for s, r in pairs if r == importer and s}
        return (partners.pop() if len(partners) == 1 else None), importer
    partners = {r for s, r in pairs if s == exporter and r}
    return exporter, (partners.pop() if len(partners) == 1 else None)
