"""Cooperation events: visits, exercises, agreements, ambassador recalls, protests.

Actors are the states named in the sentence. A place ("drills in the Gulf of Oman") is not a
party, except for visits, where the place visited is the host. A visit or agreement that
names one state takes the document's main other actor as the second party ("the minister
arrived in Moscow" in an article about India). "The two countries signed …", "两国", "both
sides": a pair reference takes the two states the text named last. Officials who meet
("met his Turkish counterpart", pack `meeting`) make a visit between their states, unless
they meet in a third; a bare signing (`signed`) is an agreement only for a pair with no
weapon named; talks about an agreement (`topic`) are none.
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

MEETING = "meeting"  # pack words for officials meeting each other ("met his counterpart", "met in"): a visit
SIGNED = "signed"  # pack words for signing an unnamed agreement: an agreement only for a pair with no weapon named
TOPIC = "topic"  # pack words for talks about something ("discussed", "در مورد"): no event of their own
TOPIC_REACH = 25  # view chars between a talk word and the agreement it is about
HOSTED = {"visit", MEETING}  # types where the location is a party
POSTED = {"ambassador-recall"}  # the state an envoy is posted in is a party ("its ambassador in Israel")
IMPLIED_PARTNER = {"visit", MEETING, "agreement"}
PAIRED = {"visit", MEETING, "exercise", "agreement"}  # types a pair reference ("the two countries") may carry
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
    or names no other state; else the state of the dateline ("Paris, 19 June. The minister
    signed with his Armenian counterpart …"); else the document's most-named other state.
    Hungarian news of a visit to Taipei, or Malay news read as Indonesian, does not make
    Hungary or Indonesia a party when the text names the real one."""
    home = _home_states().get(doc.lang or "")
    if home and home != actor and home in main:
        return home
    dateline = _dateline(doc)
    if dateline and dateline != actor:
        return dateline
    other = next((s for s in main if s != actor), None)
    return other or (home if home and home != actor else None)


def _dateline(doc: Document) -> str | None:
    """The state of a dateline: a capital opening a line, read as a location ("Paris, 19 juin.")."""
    v = doc.view
    for m in doc.mentions:
        if m.role == "capital-location" and _state(m):
            vs = v.from_original(m.start)
            if not v.text[v.text.rfind("\n", 0, vs) + 1:vs].strip():
                return _state(m)
    return None


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
    acts = [h for h in sent.cooperation if h.label != TOPIC]
    if not sent.officials or not (sent.triggers or acts) or any(h.label in HOSTED for h in acts):
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
    served = {_state(official) for _, official, _, _ in found}
    if not served:
        return _home_official_abroad(doc, sent, states, places)
    if len(served) == 2:
        # officials of two states: a visit when they meet in one of them ("a meeting in
        # Washington with the US and Polish presidents"); in a third, a summit, not a visit
        at_home = served & {_state(m) for m in places}
        if len(at_home) != 1:
            return None
        found = [f for f in found if _state(f[1]) not in at_home]
        found = [(o, official, [m for m in hosts if _state(m) in at_home], gap) for o, official, hosts, gap in found]
    elif len(served) != 1:
        return None
    o, official, hosts, gap = found[0]
    if not hosts:
        return None
    host = min(hosts, key=lambda m: gap[id(m)])
    return replace(o, label="visit"), sorted({_state(official), _state(host)}), [official, host]


def _home_official_abroad(doc: Document, sent: Sentence, states: list[Mention],
                          places: list[Mention]) -> tuple[Hit, list[str], list[Mention]] | None:
    """"Ministryně obrany … ve Washingtonu podepsala dohodu": a national press names its own
    minister without the state. For a language written by one state's press, an official of
    no named state acting in a place of another state (the only state the sentence names)
    is that state's official visiting it."""
    home = _home_states().get(doc.lang or "")
    hosts = {_state(m) for m in places}
    if not home or len(hosts) != 1 or home in hosts or any(_state(m) not in hosts for m in states):
        return None
    host = min(places, key=lambda m: abs(m.start - sent.officials[0].start))
    return replace(sent.officials[0], label="visit"), sorted({home, _state(host)}), [host]


def _weapon_origins(doc: Document, sent: Sentence) -> set[int]:
    """Demonyms that only say where a weapon comes from, written right next to it ("caças
    Rafale franceses", "French Rafale jets"): no host of a visit the sentence names no other
    state for ("his Armenian counterpart, for howitzers" still is)."""
    v = doc.view
    weapons = [(v.from_original(m.start), v.from_original(m.end)) for m in sent.systems]
    weapons += [(c.vstart, c.vend) for c in sent.categories]
    out = set()
    for m in sent.mentions:
        if m.role != "demonym":
            continue
        vs, ve = v.from_original(m.start), v.from_original(m.end)
        if any(not (v.text[e:vs] if e <= vs else v.text[ve:s]).strip() for s, e in weapons if e <= vs or s >= ve):
            out.add(id(m))
    return out


def _bare_protest(doc: Document, hit: Hit, parties: list[Mention]) -> list[Mention]:
    """"Taiwan takes delivery of HIMARS as Beijing protests": a protest with no target after
    it is against the seller, not the buyer. Its protester is the state right before it; the
    document's other recipients are no party ("summoned the Armenian ambassador", with its
    target after the act, keeps it)."""
    if any(m.start >= hit.end for m in parties):
        return parties
    buyers = {t.get("recipient") for t in doc.transfers or []}
    before = [m for m in parties if m.end <= hit.start]
    protester = _state(max(before, key=lambda m: m.end)) if before else None
    return [m for m in parties if _state(m) == protester or _state(m) not in buyers]


def _agreed(doc: Document, lex: Lexicon, sent: Sentence) -> list[Hit]:
    """The sentence's acts, without the agreements it only reports talks about ("Israel and
    Azerbaijan regularly discuss joint production", "در مورد تولید مشترک گفتگو می کنند",
    "共同開発について協議"): a talk word right before the agreement word, in its clause (or
    right after it, in verb-final languages)."""
    topics = [h for h in sent.cooperation if h.label == TOPIC]
    if not topics:
        return sent.cooperation
    text = doc.view.text

    def talked(h: Hit) -> bool:
        return any((0 <= h.vstart - t.vend <= TOPIC_REACH and not clause_breaks(text, t.vend, h.vstart))
                   or (lex.verb_final and 0 <= t.vstart - h.vend <= TOPIC_REACH
                       and not clause_breaks(text, h.vend, t.vstart)) for t in topics)
    return [h for h in sent.cooperation if h.label != TOPIC and not (h.label in (SIGNED, "agreement") and talked(h))]


def _pair_signed(sent: Sentence, hit: Hit) -> bool:
    """"The two countries signed an agreement on security of supply" is a cooperation
    agreement; "Iran signed an agreement to buy fighters from Russia" is a purchase (a
    transfer): a bare signing counts only with a pair as its subject and no weapon named."""
    return _pair_reference(sent, hit) is not None and not (sent.systems or sent.categories or sent.generic)


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
    subjects: dict[tuple, str | None] = {}  # protests and recalls: the state that made them
    main = None
    for sent in sentences:
        visit = _official_visit(doc, sent)
        if visit is not None:
            _add(out, doc, sent, *visit)
        acts = _agreed(doc, lex, sent)
        if not acts:
            continue
        mentions = [m for m in sent.mentions if m.kind in ("state", "force") and _state(m)]
        buyers = _buyers_in(sent)
        origins = _weapon_origins(doc, sent)
        for hit in _acts(acts, doc, mentions):
            if hit.label == SIGNED:
                if not _pair_signed(sent, hit):
                    continue
                hit = replace(hit, label="agreement")
            if hit.label in HOSTED and _item_arrives(doc, lex, sent, hit):
                continue
            parties = [m for m in _in_clause(doc, hit, mentions) if (hit.label in HOSTED | POSTED or not _is_place(doc, m))
                       and abs(doc.view.from_original(m.start) - hit.vstart) <= REACH
                       and not (hit.label in AGAINST_A_SALE and _state(m) in buyers)]
            parties.sort(key=lambda m: abs(m.start - hit.start))
            if hit.label in AGAINST_A_SALE:
                parties = _bare_protest(doc, hit, parties)
            actors_seen: list[str] = []
            for m in parties:
                if _state(m) not in actors_seen:
                    actors_seen.append(_state(m))
            if hit.label == MEETING:
                actors_seen = _meeting_parties(doc, lex, hit, parties, actors_seen)
            hosted = _hosted_pairs(doc, lex, hit, parties, actors_seen)
            for group in hosted:
                _add(out, doc, sent, hit, group, parties)
            if hosted:
                continue
            if hit.label not in MULTILATERAL:
                actors_seen = actors_seen[:2]
            ref = _pair_reference(sent, hit) if hit.label in PAIRED else None
            if ref is not None and hit.label in MULTILATERAL:
                actors_seen += [s for s in _recent_pair(doc, sentences, ref.start, []) if s not in actors_seen]
            elif ref is not None and len(actors_seen) < 2:
                # the pair is the subject: a state named after the act is not one of them
                # ("the sides agreed to expand cooperation and to hold drills with China"),
                # except the place a visit is made to
                own = actors_seen if hit.label in HOSTED else [
                    s for s in actors_seen if any(_state(m) == s and m.start < ref.start for m in parties)]
                actors_seen = _recent_pair(doc, sentences, hit.start, own)
            actors = sorted(actors_seen)
            if len(actors) == 1 and hit.label in IMPLIED_PARTNER and _own_party(
                    doc, lex, hit, [m for m in parties if hit.label not in HOSTED or id(m) not in origins]):
                main = main if main is not None else _main_states(doc)
                partner = _partner(doc, actors[0], main)
                if partner:
                    actors = sorted({actors[0], partner})
            if len(actors) >= 2:
                _add(out, doc, sent, hit, actors, parties)
                if hit.label in AGAINST_A_SALE:
                    before = [m for m in parties if m.end <= hit.start]
                    subjects.setdefault((hit.label, tuple(actors)), _state(max(before, key=lambda m: m.end)) if before else None)
    # recalling an envoy is the formal protest: the same state's protest against the same
    # state told elsewhere (a headline's "as Armenia protests") is that act (see _acts);
    # the other side's protest ("Israel summoned the Colombian envoy") is one of its own
    recalls = {(actors, subjects.get(("ambassador-recall", actors))) for kind, actors in out
               if kind == "ambassador-recall"}
    return [e for (kind, actors), e in out.items()
            if not (kind == "protest" and (actors, subjects.get((kind, actors))) in recalls)]


def _pair_reference(sent: Sentence, hit: Hit) -> Hit | None:
    """The act's subject, if it is a pair reference ("the two countries signed", "obě země",
    "两国"). It comes before the act, within reach: named after it, the pair is what the act
    is about ("military cooperation between the two countries has grown" reports no event)."""
    return next((r for r in sent.references if r.label == "pair" and r.vstart < hit.vstart
                 and hit.vstart - r.vend <= REACH), None)  # "стороны договорились" holds "договорились расширить"


def _recent_pair(doc: Document, sentences: list[Sentence], before: int, seen: list[str]) -> list[str]:
    """The two states a pair reference points back to: the sentence's own state, if it names
    one, and the states named last before `before` ("Nederland bestelde … samen met Duitsland.
    Beide landen tekenden …"). With none of its own, the last sentence that names two states
    together ("Minsk bought Tor-M2 from Russia. 'An answer to Poland', he said. The armies of
    the two countries held drills …"). An exercise takes the pair named before the reference
    and the states its own sentence adds ("the air forces of the two countries join Pakistan")."""
    if not seen:
        for s in reversed([s for s in sentences if s.span.start < before]):
            named = []
            for m in sorted(s.mentions, key=lambda m: m.start, reverse=True):
                st = _state(m) if m.kind in ("state", "force", "maker") and m.start < before else None
                if st and st not in named:
                    named.append(st)
            if len(named) >= 2:
                return named[:2]
    out = list(seen)
    for m in sorted(doc.mentions, key=lambda m: m.start, reverse=True):
        if len(out) == 2:
            break
        st = _state(m) if m.kind in ("state", "force", "maker") else None
        if st and m.start < before and st not in out:
            out.append(st)
    return out if len(out) == 2 else list(seen)


def _meeting_parties(doc: Document, lex: Lexicon, hit: Hit, parties: list[Mention], seen: list[str]) -> list[str]:
    """Officials who meet ("met his Turkish counterpart in Baku", "the Azerbaijani and Israeli
    ministers met in Jerusalem") make a visit between their states; the place only names the
    host. Two states met in a third ("… met in Brussels") is a summit at a venue: no visit."""
    places = {_state(m) for m in parties if _is_place(doc, m) or _destination(doc, lex, m)}
    people = [s for s in seen if any(_state(m) == s and not (_is_place(doc, m) or _destination(doc, lex, m))
                                     for m in parties)]
    if len(people) < 2:
        return seen
    if places - set(people):
        return []
    return seen if len(people) > 2 and places else people[:2]


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
        return bool(parties)
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
    kind = "visit" if hit.label == MEETING else hit.label
    key = (kind, tuple(actors))
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
    out[key] = {"type": kind, "actors": actors, "date": date,
                **evidence(doc.text, pts, sent.span.start, sent.span.end)}
