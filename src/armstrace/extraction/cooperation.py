"""Cooperation events: visits, exercises, agreements, ambassador recalls, protests.

Actors are the states named in the sentence. A place ("drills in the Gulf of Oman") is not a
party, except for visits, where the place visited is the host. A visit or agreement that
names one state takes the document's main other actor as the second party ("the minister
arrived in Moscow" in an article about India). "The two countries signed …", "两国", "both
sides": a pair reference takes the two states the text named last.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Any

from armstrace.catalog.disambiguate import locative_at
from armstrace.document import Document, Mention
from armstrace.extraction.context import Hit, Sentence, clause_breaks
from armstrace.extraction.evidence import evidence
from armstrace.extraction.lexicon import Lexicon, conjunction_pattern
from armstrace.extraction.numbers_glue import dates
from armstrace.lang.terms import template_set

HOSTED = {"visit"}  # types where the location is a party
POSTED = {"ambassador-recall"}  # the state an envoy is posted in is a party ("its ambassador in Israel")
IMPLIED_PARTNER = {"visit", "agreement"}
PAIRED = {"visit", "exercise", "agreement"}  # types a pair reference ("the two countries") may carry
MULTILATERAL = {"exercise"}  # may have many parties; the others are bilateral
REACH = 150  # view chars from the trigger to a party
OBJECT_GAP = 3  # view chars from a visit verb to its object, the host ("visited Baku", "thăm Azerbaijan")


def _state(m: Mention) -> str | None:
    st = m.state or (m.entity_id if m.role == "capital-location" else None)
    return st if st and len(st) == 3 and st.isupper() else None


def _is_place(doc: Document, m: Mention) -> bool:
    if m.role == "capital-location":
        return True
    v = doc.view
    return locative_at(v.text, v.from_original(m.start), v.from_original(m.end))


@lru_cache(maxsize=1)
def _home_states() -> dict[str, str]:
    from importlib import resources

    import yaml

    path = resources.files("armstrace.extraction") / "home_states.yaml"
    return yaml.safe_load(path.read_text("utf-8")) or {}


def _partner(doc: Document, actor: str, main: list[str]) -> str | None:
    """The implied second party: for a language written by one state's press, that state
    (a Korean article's "루마니아 국방장관 방한" is a visit to Korea) when the text names it
    or names no other state; else the document's most-named other state. Hungarian news of
    a visit to Taipei, or Malay news read as Indonesian, does not make Hungary or Indonesia
    a party when the text names the real one."""
    home = _home_states().get(doc.lang or "")
    if home and home != actor and home in main:
        return home
    other = next((s for s in main if s != actor), None)
    return other or (home if home and home != actor else None)


def _main_states(doc: Document) -> list[str]:
    counts = Counter(_state(m) for m in doc.mentions if m.kind in ("state", "force") and _state(m))
    return [s for s, _ in counts.most_common()]


def _destination(doc: Document, lex: Lexicon, m: Mention) -> bool:
    v = doc.view
    return template_set(lex.recipient_markers, lex.boundary).matches(
        v.text, v.from_original(m.start), v.from_original(m.end))


AGAINST_A_SALE = {"protest", "ambassador-recall"}  # "recalled its envoy over Israel's sale to Azerbaijan"


OFFICIAL_REACH = 30  # view chars between "defence minister" and the state it serves


def _official_visit(doc: Document, sent: Sentence) -> tuple[Hit, list[str], list[Mention]] | None:
    """"Argentina's defence minister signed in Denmark …", "the Indian minister went to
    Kaliningrad, in Russia": an official of one state acting in another is visiting it.
    Only in sentences that report a deal or a cooperation act, and only with a place."""
    if not sent.officials or not (sent.triggers or sent.cooperation) or any(
            h.label == "visit" for h in sent.cooperation):
        return None
    v = doc.view
    states = [m for m in sent.mentions if m.kind in ("state", "force") and _state(m)]
    places = [m for m in states if _is_place(doc, m)]
    if not places:
        return None
    spans = {id(m): (v.from_original(m.start), v.from_original(m.end)) for m in states}
    found = []
    for o in sent.officials:
        gap = {id(m): max(o.vstart - spans[id(m)][1], spans[id(m)][0] - o.vend, 0) for m in states}
        own = [m for m in states if m not in places and gap[id(m)] <= OFFICIAL_REACH]
        if own:
            official = min(own, key=lambda m: gap[id(m)])
            found.append((o, official, [m for m in places if _state(m) != _state(official)], gap))
    if len({_state(official) for _, official, _, _ in found}) != 1:
        return None  # officials of two states meeting somewhere: a summit, not a visit
    o, official, hosts, gap = found[0]
    if not hosts:
        return None
    host = min(hosts, key=lambda m: gap[id(m)])
    return replace(o, label="visit"), sorted({_state(official), _state(host)}), [official, host]


def _buyers_in(sent: Sentence) -> set[str]:
    """Recipients of a transfer this sentence reports with its supplier named (roles were
    assigned by the transfer pass): a protest or recall over a sale is against the seller."""
    roles = sent.roles or []
    if not any(r.role == "supplier" for r in roles):
        return set()
    return {r.mention.state for r in roles if r.role == "recipient" and r.cue == "marker"}


def cooperation_for(doc: Document, sentences: list[Sentence], lex: Lexicon) -> list[dict[str, Any]]:
    """One event per (type, actor set) per document."""
    out: dict[tuple, dict[str, Any]] = {}
    main = None
    for sent in sentences:
        visit = _official_visit(doc, sent)
        if visit is not None:
            _add(out, doc, sent, *visit)
        if not sent.cooperation:
            continue
        mentions = [m for m in sent.mentions if m.kind in ("state", "force") and _state(m)]
        buyers = _buyers_in(sent)
        for hit in _acts(sent.cooperation, doc, mentions):
            if hit.label in HOSTED and _item_arrives(doc, lex, sent, hit):
                continue
            parties = [m for m in _in_clause(doc, hit, mentions) if (hit.label in HOSTED | POSTED or not _is_place(doc, m))
                       and abs(doc.view.from_original(m.start) - hit.vstart) <= REACH
                       and not (hit.label in AGAINST_A_SALE and _state(m) in buyers)]
            parties.sort(key=lambda m: abs(m.start - hit.start))
            actors_seen: list[str] = []
            for m in parties:
                if _state(m) not in actors_seen:
                    actors_seen.append(_state(m))
            hosted = _hosted_pairs(doc, lex, hit, parties, actors_seen)
            for group in hosted:
                _add(out, doc, sent, hit, group, parties)
            if hosted:
                continue
            if hit.label not in MULTILATERAL:
                actors_seen = actors_seen[:2]
            if len(actors_seen) < 2 and hit.label in PAIRED and _pair_reference(sent, hit):
                actors_seen = _recent_pair(doc, hit, actors_seen)
            actors = sorted(actors_seen)
            if len(actors) == 1 and hit.label in IMPLIED_PARTNER and _own_party(doc, lex, hit, parties):
                main = main if main is not None else _main_states(doc)
                partner = _partner(doc, actors[0], main)
                if partner:
                    actors = sorted({actors[0], partner})
            if len(actors) >= 2:
                _add(out, doc, sent, hit, actors, parties)
    return list(out.values())


def _pair_reference(sent: Sentence, hit: Hit) -> bool:
    """Is the act's subject a pair reference ("the two countries signed", "obě země", "两国")?
    It comes before the act, within reach: named after it, the pair is what the act is about
    ("military cooperation between the two countries has grown" reports no event)."""
    return any(r.label == "pair" and 0 <= hit.vstart - r.vend <= REACH for r in sent.references)


def _recent_pair(doc: Document, hit: Hit, seen: list[str]) -> list[str]:
    """The two states a pair reference points back to: the sentence's own state, if it names
    one, and the states named last before the act ("Nederland bestelde … samen met Duitsland.
    Beide landen tekenden …")."""
    out = list(seen)
    for m in sorted(doc.mentions, key=lambda m: m.start, reverse=True):
        if len(out) == 2:
            break
        st = _state(m) if m.kind in ("state", "force", "maker") else None
        if st and m.start < hit.start and st not in out:
            out.append(st)
    return out if len(out) == 2 else list(seen)


ARRIVAL_GAP = 24  # view chars between an item and the arrival verb it is the subject of


def _item_arrives(doc: Document, lex: Lexicon, sent: Sentence, hit: Hit) -> bool:
    """"ФК-3 стигао у Србију", "the howitzers arrived in Poland": a weapon as the subject of
    an arrival is a delivery, not a visit. The subject is the nearest actor before the verb in
    its clause (a place or destination is where it arrives, a person or official is a
    visitor); it must be a system or weapon noun right before the verb."""
    v = doc.view
    cands: list[tuple[int, bool]] = [(o.vend, False) for o in sent.officials if o.vend <= hit.vstart]
    cands += [(c.vend, True) for c in sent.categories if c.vend <= hit.vstart]
    for m in sent.mentions:
        vend = v.from_original(m.end)
        if vend > hit.vstart or m.kind not in ("state", "force", "system", "actor"):
            continue
        if m.kind != "system" and (_is_place(doc, m) or _destination(doc, lex, m)):
            continue
        cands.append((vend, m.kind == "system"))
    if not cands:
        return False
    vend, item = max(cands)
    return item and hit.vstart - vend <= ARRIVAL_GAP and not clause_breaks(v.text, vend, hit.vstart)


def _acts(hits: list[Hit], doc: Document, mentions: list[Mention]) -> list[Hit]:
    """Recalling an envoy is the formal protest: a protest cue in the same sentence
    ("in protest at the sale", "để phản đối") gives its motive, not a second event."""
    if not any(h.label == "ambassador-recall" for h in hits):
        return hits
    return [h for h in hits if h.label != "protest"]


def _in_clause(doc: Document, hit: Hit, mentions: list[Mention]) -> list[Mention]:
    """The states of the hit's own clause, with the lists they head ("drills of Turkey,
    Azerbaijan and Georgia"); all states in reach when the clause names none. A state in a
    clause of its own ("…, forcing Armenians to leave for Armenia") takes no part; a clause
    joined by "and" is the same act's ("protested, and urged Washington to …")."""
    v = doc.view
    spans = sorted(((v.from_original(m.start), v.from_original(m.end), m) for m in mentions), key=lambda x: x[0])
    conj = conjunction_pattern()
    inside = [not _splits(v.text, min(e, hit.vstart), max(s, hit.vend), conj) for s, e, _ in spans]
    if not any(inside):
        return mentions
    for _ in range(len(spans)):
        grown = False
        for i in range(len(spans) - 1):
            if inside[i] != inside[i + 1] and conj.fullmatch(v.text[spans[i][1]:spans[i + 1][0]]):
                inside[i] = inside[i + 1] = grown = True
        if not grown:
            break
    return [m for (_, _, m), ok in zip(spans, inside, strict=True) if ok]


def _splits(text: str, start: int, end: int, conj) -> bool:
    """A clause break between start and end, other than one a conjunction follows: "Beijing
    protested, and urged Washington …" is one act with its target."""
    return any(not any(c.isalpha() for c in conj.match(text, i).group()) for i in clause_breaks(text, start, end))


def _own_party(doc: Document, lex: Lexicon, hit: Hit, parties: list[Mention]) -> bool:
    """A lone state is a party of the act when it comes first ("Israel's visit", "Azerbaijan
    signed a cooperation agreement") or is marked as its partner or host ("a partnership with
    Iran", "a visit to Baku"); named after the act with no such mark, it is what the act is
    about ("a strategic partnership to contain Iran")."""
    if hit.label in HOSTED:
        return True
    v = doc.view
    counterpart = template_set(lex.counterpart_markers, lex.boundary)
    return any(v.from_original(m.end) <= hit.vstart
               or counterpart.matches(v.text, v.from_original(m.start), v.from_original(m.end)) for m in parties)


def _hosted_pairs(doc: Document, lex: Lexicon, hit: Hit, parties: list[Mention],
                  actors: list[str]) -> list[list[str]]:
    """"the defence ministers of Turkey and Israel visited Baku": with one host (the place
    visited, or the state a destination marker points at: "to Baku", "به باکو") and
    several visitors, each visitor makes a visit with the host. Visitors travel before they
    arrive: a state named only after the destination is a bystander ("… to Baku worried
    Armenia"), unless no visitor is named before it ("a visit to Baku by X and Y")."""
    if hit.label not in HOSTED or len(actors) < 3:
        return []
    hosts = {_state(m) for m in parties if _is_place(doc, m) or _destination(doc, lex, m)
             or 0 <= doc.view.from_original(m.start) - hit.vend <= OBJECT_GAP}
    if len(hosts) != 1:
        return []
    host = next(iter(hosts))
    last = max(m.start for m in parties if _state(m) == host)
    before = {_state(m) for m in parties if m.start < last}
    visitors = [v for v in actors if v != host and v in before] or [v for v in actors if v != host]
    return [sorted({host, v}) for v in visitors]


def _add(out: dict[tuple, dict[str, Any]], doc: Document, sent: Sentence, hit: Any,
         actors: list[str], parties: list[Mention]) -> None:
    """Record one event (first evidence wins) with its date and the shortest evidence span."""
    actors = sorted(actors)
    key = (hit.label, tuple(actors))
    if key in out:
        return
    pts = [(hit.start, hit.end)]
    seen: set[str] = set()
    for m in sorted(parties, key=lambda m: abs(m.start - hit.start)):
        st = _state(m)
        if st in actors and st not in seen:
            seen.add(st)
            pts.append((m.start, m.end))
    dh = dates(doc.view, sent.vstart, sent.vend, doc.lang, doc.published)
    date = min(dh, key=lambda d: abs(d[0] - hit.vstart))[2].value if dh else None
    out[key] = {"type": hit.label, "actors": actors, "date": date,
                **evidence(doc.text, pts, sent.span.start, sent.span.end)}
