"""Per-language compiled rules from the language packs, cached per process.

Code here is language-independent: everything it knows about a language comes from the pack.
Packs are merged with English as a fallback for Latin-script designations and wire copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from armstrace.lang import load_pack
from armstrace.lang.terms import compile_terms

STAGE_RANK = {"offered": 0, "ordered": 1, "in-use": 2, "delivered": 3, "suspended": 4}


@dataclass
class Trigger:
    pattern: re.Pattern[str]
    stage: str
    subject: str  # recipient | supplier | none


@dataclass
class Lexicon:
    lang: str
    boundary: str
    triggers: list[Trigger] = field(default_factory=list)
    supplier_markers: tuple[str, ...] = ()
    agent_markers: tuple[str, ...] = ()  # logical subject of a passive/nominal trigger ("by X")
    counterpart_markers: tuple[str, ...] = ()  # the other party ("deal with X")
    recipient_markers: tuple[str, ...] = ()
    origin: tuple[str, ...] = ()
    categories: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    generic: re.Pattern[str] | None = None
    cooperation: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    hedge: re.Pattern[str] | None = None
    deny: re.Pattern[str] | None = None
    negation: re.Pattern[str] | None = None
    attribution: tuple[str, ...] = ()


def _terms(value) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value if v)


@lru_cache(maxsize=64)
def lexicon(lang: str | None) -> Lexicon:
    """The compiled rules for `lang`; unknown languages get English rules only."""
    lang = lang or "en"
    pack = load_pack(lang)
    packs = [pack] if lang == "en" else [pack, load_pack("en")]
    boundary = pack.get("boundary", "word")
    lex = Lexicon(lang=lang, boundary=boundary)
    for i, p in enumerate(packs):
        b = p.get("boundary", "word") if i == 0 else "word"
        for trig in p.get("transfer") or []:
            pat = compile_terms(_terms(trig.get("terms")), b)
            if pat is not None:
                lex.triggers.append(Trigger(pat, trig["stage"], trig.get("subject", "none")))
        markers = p.get("markers") or {}
        lex.supplier_markers += _terms(markers.get("supplier"))
        lex.recipient_markers += _terms(markers.get("recipient"))
        lex.agent_markers += _terms(markers.get("agent"))
        lex.counterpart_markers += _terms(markers.get("counterpart"))
        lex.origin += _terms(p.get("origin"))
        for cat, terms in (p.get("categories") or {}).items():
            pat = compile_terms(_terms(terms), b)
            if pat is None:
                continue
            if cat == "generic":
                lex.generic = _merge(lex.generic, pat)
            else:
                lex.categories.append((cat, pat))
        for ctype, terms in (p.get("cooperation") or {}).items():
            pat = compile_terms(_terms(terms), b)
            if pat is not None:
                lex.cooperation.append((ctype, pat))
        cert = p.get("certainty") or {}
        lex.hedge = _merge(lex.hedge, compile_terms(_terms(cert.get("hedge")), b))
        lex.deny = _merge(lex.deny, compile_terms(_terms(cert.get("deny")), b))
        lex.negation = _merge(lex.negation, compile_terms(_terms(p.get("negation")), b))
        att = p.get("attribution") or {}
        lex.attribution += _terms(att.get("cues") if isinstance(att, dict) else att)
    return lex


def _merge(a: re.Pattern[str] | None, b: re.Pattern[str] | None) -> re.Pattern[str] | None:
    if a is None:
        return b
    if b is None:
        return a
    return re.compile(f"(?:{a.pattern})|(?:{b.pattern})")


@lru_cache(maxsize=1)
def conjunction_pattern() -> re.Pattern[str]:
    """Separators joining list members: punctuation and 'and' words in many languages."""
    from importlib import resources

    import yaml

    from armstrace.text.normalize import fold

    words = yaml.safe_load((resources.files("armstrace.extraction") / "conjunctions.yaml").read_text("utf-8"))
    alts = "|".join(re.escape(fold(str(w))) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*[,،、/&]?\s*(?:(?:{alts})\s*)?(?:the\s+)?")
