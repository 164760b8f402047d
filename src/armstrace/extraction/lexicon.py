"""Per-language compiled rules from the language packs, cached per process.

Code here is language-independent: everything it knows about a language comes from the pack.
Packs are merged with English as a fallback for Latin-script designations and wire copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from armstrace.lang import load_pack
from armstrace.lang.scanner import TermScanner
from armstrace.text.normalize import fold


@dataclass
class Group:
    """What a scanner group's hits mean: kind (trigger, category, generic, cooperation, hedge,
    deny), label (stage, category, cooperation type) and, for triggers, the subject's role."""

    kind: str
    label: str
    subject: str = "none"


@dataclass
class Lexicon:
    lang: str
    boundary: str
    scanners: list[tuple[TermScanner, list[Group]]] = field(default_factory=list)
    supplier_markers: tuple[str, ...] = ()
    agent_markers: tuple[str, ...] = ()  # logical subject of a passive/nominal trigger ("by X")
    counterpart_markers: tuple[str, ...] = ()  # the other party ("deal with X")
    possessive_markers: tuple[str, ...] = ()  # "của {X}": the supplier only next to a weapon noun
    recipient_markers: tuple[str, ...] = ()
    not_party: tuple[str, ...] = ()  # "invasion of {X}", "war in {X}": a state named as a setting
    origin: tuple[str, ...] = ()
    attribution: tuple[str, ...] = ()
    purpose: tuple[str, ...] = ()  # markers.purpose: openers of a purpose clause ("in order to", ", um", "чтобы")
    future_suffixes: tuple[str, ...] = ()  # verb endings of the future tense ("comprará", "satacaq")
    verb_final: bool = False  # SOV: the clause's main verb comes last (fa, hi, ja, ko, tr …)
    verb_second: bool = False  # V2: after a fronted adverbial the subject follows the verb (de, nl, sv …)
    oblique: tuple[str, ...] = ()  # case endings of names not in the nominative (Slavic packs)
    future_reach: int = 20  # view chars from a future cue ("will", "sẽ") to the verb it governs
    possessors: tuple[str, ...] = ()  # agent_nouns.possessor: "{X}'s", "{X}'ın", "{X}的" before an agent noun
    in_service: tuple[str, ...] = ()  # in_service.state: "in the army of {X}", "в армии {X}": X holds the weapons
    passive_agents: tuple[tuple[str, str], ...] = ()  # ("поръчан* от {X}", "recipient"): transfer[].agent
    in_service_force: tuple[str, ...] = ()  # in_service.force: "in the {X}", "trong {X}" — X a force mention only


def _terms(value) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value if v)


def _scanner(pack: dict, boundary: str, own: bool = True) -> tuple[TermScanner, list[Group]]:
    """All of one pack's term lists in one automaton, one group per list. Verb negation is
    read only from the document's own pack (English "no" is Portuguese "in the")."""
    groups: list[Group] = []
    terms: list[list[str]] = []

    def add(group: Group, values) -> None:
        t = list(_terms(values))
        if t:
            groups.append(group)
            terms.append(t)

    for trig in pack.get("transfer") or []:
        add(Group("trigger", trig["stage"], trig.get("subject", "none")), trig.get("terms"))
    for cat, values in (pack.get("categories") or {}).items():
        add(Group("generic" if cat == "generic" else "category", cat), values)
    for ctype, values in (pack.get("cooperation") or {}).items():
        add(Group("cooperation", ctype), values)
    cert = pack.get("certainty") or {}
    add(Group("hedge", "hedged"), cert.get("hedge"))
    add(Group("deny", "denied"), cert.get("deny"))
    modality = pack.get("modality") or {}
    add(Group("future", "before"), modality.get("future"))
    add(Group("future", "after"), modality.get("future_after"))
    add(Group("future", "scheduled"), modality.get("scheduled"))
    add(Group("future", "intent"), modality.get("intent"))
    add(Group("future", "pledge"), modality.get("pledge"))  # "agreed to transfer": a delivery promised
    add(Group("future", "concessive"), modality.get("concessive"))  # "despite": a halt as background
    add(Group("future", "concessive_after"), modality.get("concessive_after"))  # tr "rağmen", ja "にもかかわらず"
    add(Group("clause", "reported"), pack.get("reported_speech"))
    add(Group("clause", "reported_after"), pack.get("reported_speech_after"))
    add(Group("official", "official"), pack.get("officials"))
    nouns = pack.get("agent_nouns") or {}
    add(Group("agent_noun", "supplier", "supplier"), nouns.get("supplier"))  # "the main supplier of"
    add(Group("agent_noun", "customer", "recipient"), nouns.get("customer"))  # "the largest buyer of"
    if own:  # English "not" or "both sides" are no words of another language
        add(Group("negation", "not"), pack.get("negation"))
        refs = pack.get("references") or {}
        add(Group("reference", "pair"), refs.get("pair"))  # "the two countries", "两国"
        add(Group("reference", "state"), refs.get("state"))  # "the country"
    return TermScanner(terms, boundary), groups


@lru_cache(maxsize=64)
def lexicon(lang: str | None) -> Lexicon:
    """The compiled rules for `lang`; other languages' wire copy is caught by the English pack
    (its terms everywhere, its role templates only beside other scripts)."""
    lang = lang or "en"
    pack = load_pack(lang)
    packs = [pack] if lang == "en" else [pack, load_pack("en")]
    boundary = pack.get("boundary", "word")
    lex = Lexicon(lang=lang, boundary=boundary, verb_final=bool(pack.get("verb_final")),
                  verb_second=bool(pack.get("verb_second")),
                  oblique=tuple(fold(str(e)) for e in _terms((pack.get("morphology") or {}).get("oblique"))))
    for i, p in enumerate(packs):
        lex.scanners.append(_scanner(p, p.get("boundary", "word") if i == 0 else "word", own=i == 0))
        if i and pack.get("script") == "Latn":
            continue  # English function words are words of this language too ("že by Česko", "to je")
        markers = p.get("markers") or {}
        lex.supplier_markers += _terms(markers.get("supplier"))
        lex.recipient_markers += _terms(markers.get("recipient"))
        lex.agent_markers += _terms(markers.get("agent"))
        lex.counterpart_markers += _terms(markers.get("counterpart"))
        lex.possessive_markers += _terms(markers.get("possessive"))
        lex.not_party += _terms(markers.get("not_party"))
        lex.purpose += _terms(markers.get("purpose"))
        lex.origin += _terms(p.get("origin"))
        lex.possessors += _terms((p.get("agent_nouns") or {}).get("possessor"))
        lex.passive_agents += tuple((f"{term} {prep} {{X}}", trig["subject"]) for trig in p.get("transfer") or []
                                    for prep in _terms(trig.get("agent")) for term in _terms(trig.get("terms")))
        service = p.get("in_service") or {}
        lex.in_service += _terms(service.get("state"))
        lex.in_service_force += _terms(service.get("force"))
        att = p.get("attribution") or {}
        lex.attribution += _terms(att.get("cues") if isinstance(att, dict) else att)
    modality = pack.get("modality") or {}
    lex.future_suffixes = tuple(fold(x) for x in _terms(modality.get("future_suffixes")))
    lex.future_reach = int(modality.get("reach", lex.future_reach))
    return lex


@lru_cache(maxsize=1)
def conjunction_pattern() -> re.Pattern[str]:
    """Separators joining list members: punctuation and 'and' words in many languages."""
    from importlib import resources

    import yaml

    words = yaml.safe_load((resources.files("armstrace.extraction") / "conjunctions.yaml").read_text("utf-8"))
    alts = "|".join(re.escape(fold(str(w))) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*[,،、/&]?\s*(?:(?:{alts})\s*)?(?:the\s+)?")
