"""Per-sentence context: the mentions, triggers, numbers and dates that fall inside it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import attrgetter

from armstrace.document import Document, Mention, Span
from armstrace.extraction.lexicon import Lexicon

_CLAUSE_BREAK = re.compile(r"[;:()]|,(?!\d)|(?<!\d),")  # a comma inside "4,75" is a number


def crosses_clause(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold punctuation that ends a clause (not a decimal comma)?"""
    return bool(_CLAUSE_BREAK.search(text, start, end)) if end > start else False


def clause_breaks(text: str, start: int, end: int) -> list[int]:
    """Positions of the clause-ending punctuation in text[start:end]."""
    return [m.start() for m in _CLAUSE_BREAK.finditer(text, start, end)] if end > start else []


MAX_ACTORS = 40
MAX_SENTENCE = 1500


@dataclass(slots=True)
class Hit:
    """A trigger or cue found in the view, with original offsets."""

    start: int
    end: int
    vstart: int
    vend: int
    label: str
    subject: str = "none"
    kind: str = "trigger"
    specificity: int = 0  # length of the matched literal: ties go to the more specific term


@dataclass(slots=True)
class Sentence:
    span: Span
    vstart: int
    vend: int
    mentions: list[Mention] = field(default_factory=list)
    triggers: list[Hit] = field(default_factory=list)
    categories: list[Hit] = field(default_factory=list)
    generic: list[Hit] = field(default_factory=list)
    cooperation: list[Hit] = field(default_factory=list)
    future: list[Hit] = field(default_factory=list)
    clauses: list[Hit] = field(default_factory=list)  # speech verbs that open a reported clause
    officials: list[Hit] = field(default_factory=list)  # "defence minister", "delegation"
    negations: list[Hit] = field(default_factory=list)  # verb negation: "did not", "не", "nije"
    references: list[Hit] = field(default_factory=list)  # "the two countries" (pair), "the country" (state)
    agent_nouns: list[Hit] = field(default_factory=list)  # "supplier" (label supplier), "buyer" (customer)
    hedged: bool = False
    denied: bool = False
    roles: list | None = None  # filled once by frames.sentence_roles

    @property
    def states(self) -> list[Mention]:
        return [m for m in self.mentions if m.state and m.kind in ("state", "force", "maker")]

    @property
    def systems(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind == "system"]

    @property
    def sources(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind == "source"]


def windows(doc: Document) -> list[Span]:
    """Sentences, with over-long ones cut into bounded windows (recorded as a warning)."""
    out: list[Span] = []
    for s in doc.sentences:
        if s.end - s.start <= MAX_SENTENCE:
            out.append(s)
            continue
        doc.warn("W005", f"sentence of {s.end - s.start} chars at {s.start} cut into windows")
        pos = s.start
        while pos < s.end:
            end = min(s.end, pos + MAX_SENTENCE)
            out.append(Span(pos, end, "window"))
            pos = end
    return out


def doc_hits(doc: Document, lex: Lexicon) -> list[Hit]:
    """Every lexicon hit in the document view, one scan per pack, in text order."""
    view = doc.view
    offsets, n = view.offsets, len(view.offsets)
    out: list[Hit] = []
    for scanner, groups in lex.scanners:
        for group, hits in zip(groups, scanner.scan(view.text), strict=True):
            label, subject, kind = group.label, group.subject, group.kind
            for vs, ve, spec in hits:
                if vs < n and ve > vs:  # view.to_original, inlined (hits are never empty)
                    s, e = offsets[vs], offsets[ve - 1] + 1
                else:
                    s, e = view.to_original(vs, ve)
                out.append(Hit(s, e, vs, ve, label, subject, kind, spec))
    out.sort(key=_VSTART)
    return out


_VSTART = attrgetter("vstart")


# lexicon hit kind -> the Sentence list it goes to (hedge and deny only set a flag)
_LIST_OF_KIND = {"trigger": "triggers", "category": "categories", "generic": "generic",
                 "cooperation": "cooperation", "future": "future", "clause": "clauses", "official": "officials",
                 "negation": "negations", "reference": "references", "agent_noun": "agent_nouns"}


def build_sentences(doc: Document, lex: Lexicon, hits: list[Hit] | None = None) -> list[Sentence]:
    """Attach mentions and lexicon hits (`doc_hits`, if not given) to every sentence window."""
    view = doc.view
    mentions = sorted(doc.mentions, key=lambda m: m.start)
    if hits is None:
        hits = doc_hits(doc, lex)
    out: list[Sentence] = []
    mi = hi = 0
    for span in windows(doc):
        vs, ve = view.from_original(span.start), view.from_original(span.end)
        sent = Sentence(span, vs, ve)
        while mi < len(mentions) and mentions[mi].end <= span.start:
            mi += 1
        j = mi
        while j < len(mentions) and mentions[j].start < span.end:
            if mentions[j].end <= span.end:
                sent.mentions.append(mentions[j])
            j += 1
        if len(sent.mentions) > MAX_ACTORS:
            doc.warn("W003", f"{len(sent.mentions)} entities in one sentence at {span.start}; first {MAX_ACTORS} kept")
            sent.mentions = sent.mentions[:MAX_ACTORS]
        while hi < len(hits) and hits[hi].vstart < vs:
            hi += 1
        k = hi
        while k < len(hits) and hits[k].vstart < ve:
            h = hits[k]
            k += 1
            if h.vend > ve:
                continue
            field_name = _LIST_OF_KIND.get(h.kind)
            if field_name is not None:
                getattr(sent, field_name).append(h)
            elif h.kind == "hedge":
                sent.hedged = True
            elif h.kind == "deny":
                sent.denied = True
        if sent.agent_nouns:
            _nouns_as_triggers(sent)
        out.append(sent)
    return out


def _nouns_as_triggers(sent: Sentence) -> None:
    """An agent noun is a standing relation ("Russia is the main supplier of …"): a delivery
    cue whose subject is the noun's own role. A stage word inside it ("nhà cung cấp" holds
    "cung cấp") is no second cue."""
    nouns = sent.agent_nouns
    sent.triggers = [t for t in sent.triggers
                     if not any(n.vstart <= t.vstart and t.vend <= n.vend for n in nouns)]
    sent.triggers += [Hit(n.start, n.end, n.vstart, n.vend, "delivered", n.subject, "trigger", n.specificity)
                      for n in nouns]
    sent.triggers.sort(key=_VSTART)
