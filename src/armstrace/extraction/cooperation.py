"""Cooperation events: visits, exercises, agreements, ambassador recalls, protests."""

from __future__ import annotations

from typing import Any

from armstrace.document import Document
from armstrace.extraction.context import Sentence
from armstrace.extraction.evidence import evidence
from armstrace.extraction.numbers_glue import dates


def cooperation_for(doc: Document, sentences: list[Sentence]) -> list[dict[str, Any]]:
    """One event per (type, actor set) per document; actors are the states in the sentence."""
    out: dict[tuple, dict[str, Any]] = {}
    for sent in sentences:
        if not sent.cooperation:
            continue
        states = [m for m in sent.mentions if m.kind in ("state", "force") and (m.state or m.role == "capital-location")]
        actors = sorted({m.state or m.entity_id for m in states if (m.state or m.entity_id)})
        actors = [a for a in actors if len(a) == 3 and a.isupper()]
        if len(actors) < 2:
            continue
        for hit in sent.cooperation:
            key = (hit.label, tuple(actors))
            if key in out:
                continue
            near = sorted(states, key=lambda m: abs(m.start - hit.start))
            pts = [(hit.start, hit.end)]
            seen: set[str] = set()
            for m in near:
                st = m.state or m.entity_id
                if st not in seen:
                    seen.add(st)
                    pts.append((m.start, m.end))
            dh = dates(doc.view, sent.vstart, sent.vend, doc.lang, doc.published)
            date = min(dh, key=lambda d: abs(d[0] - hit.vstart))[2].value if dh else None
            out[key] = {"type": hit.label, "actors": actors, "date": date,
                        **evidence(doc.text, pts, sent.span.start, sent.span.end)}
    return list(out.values())
