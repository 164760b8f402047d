"""Who is the supplier and who the recipient in one sentence.

Cues, strongest first: direction markers ("from X", "X'dan", "از X"), origin markers
("X-made", "do X sản xuất"), agent markers ("purchases by X": the trigger's subject), a
maker's home state, a demonym next to a weapon noun, the position of the actor relative to
a stage trigger (the actor before a "buy" verb is the recipient, before a "sell" verb the
supplier; a bare object after a "sell" verb is the recipient), list coordination ("Israel
and Turkey supplied …" share a role), and agreement with the named system's maker state. Packs flag word orders where the subject
follows its verb: verb-second after a fronted adverbial, and case-marked languages where an
ending, not the position, tells the subject (`_inverted_subjects`).
A state named as a place ("in Denmark", "ở Hà Nội") takes no role, nor does the source an
attribution cue cites ("according to South Korean intelligence") or a state inside a purpose
clause that trades nothing ("um der Ukraine Vorrang zu geben"): `bystanders`. A bare space
joins no list ("hat Schweden Kolumbien … angeboten": subject, then dative object).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from armstrace.catalog.disambiguate import locative_at
from armstrace.catalog.loader import script_of
from armstrace.catalog.matcher import CONTINUOUS
from armstrace.document import Mention
from armstrace.extraction.context import Hit, Sentence, clause_breaks, crosses_clause
from armstrace.extraction.lexicon import Lexicon, conjunction_pattern
from armstrace.lang.terms import LETTER, TemplateSet, compile_terms
from armstrace.text.normalize import fold

ADJACENT = 20  # view chars between a demonym and the weapon noun it qualifies


@dataclass
class Role:
    mention: Mention
    role: str | None  # supplier | recipient | None
    cue: str  # marker | origin | agent | maker | demonym | position | list | system-origin | opposite
    vstart: int = 0
    vend: int = 0
    noun: int = -1  # view start of the agent noun that gave the role (its list members share it)


def _v(view, m: Mention) -> tuple[int, int]:
    return view.from_original(m.start), view.from_original(m.end)


@dataclass(frozen=True)
class _Markers:
    """The lexicon's role templates, compiled once per language (in the cue order of
    `assign_roles`)."""

    supplier: TemplateSet
    recipient: TemplateSet
    origin: TemplateSet
    agent_before: TemplateSet  # "purchases by X"
    agent_after: TemplateSet  # "रूस ने … बेचा"
    counterpart: TemplateSet
    possessive: TemplateSet  # "vũ khí của {X}": the owner of a weapon supplies it
    possessor: TemplateSet  # "{X}'s", "{X}'ın" before an agent noun: the state it is of
    in_service: TemplateSet  # "in the army of {X}": X holds the weapons named
    in_force: TemplateSet  # "in the {X}" around a force mention ("in the Azerbaijani army")
    passive_supplier: TemplateSet  # "доставени от {X}": a passive form's agent, the supplier
    passive_recipient: TemplateSet  # "поръчани от {X}" (ordered BY X): the buyer, not a source
    framed_origin: TemplateSet  # "aus {X} Produktion": more specific than the supplier marker inside it


def _markers(lex: Lexicon) -> _Markers:
    return _compiled_markers(lex.supplier_markers, lex.recipient_markers, lex.origin, lex.agent_markers,
                             lex.counterpart_markers, lex.possessive_markers, lex.possessors,
                             lex.in_service, lex.in_service_force, lex.passive_agents, lex.boundary)


@lru_cache(maxsize=128)
def _compiled_markers(supplier: tuple[str, ...], recipient: tuple[str, ...], origin: tuple[str, ...],
                      agent: tuple[str, ...], counterpart: tuple[str, ...], possessive: tuple[str, ...],
                      possessor: tuple[str, ...], in_service: tuple[str, ...], in_force: tuple[str, ...],
                      passive: tuple[tuple[str, str], ...], boundary: str) -> _Markers:
    return _Markers(TemplateSet(supplier, boundary), TemplateSet(recipient, boundary),
                    TemplateSet(origin, boundary),
                    TemplateSet(tuple(t for t in agent if not t.startswith("{X}")), boundary),
                    TemplateSet(tuple(t for t in agent if t.startswith("{X}")), boundary),
                    TemplateSet(counterpart, boundary), TemplateSet(possessive, boundary),
                    TemplateSet(possessor, boundary), TemplateSet(in_service, boundary),
                    TemplateSet(in_force, boundary),
                    TemplateSet(tuple(t for t, role in passive if role == "supplier"), boundary),
                    TemplateSet(tuple(t for t, role in passive if role == "recipient"), boundary),
                    TemplateSet(tuple(t for t in origin if t.partition("{X}")[0].strip()
                                      and t.partition("{X}")[2].strip()), boundary))


def _near_weapon(vs: int, ve: int, weapons: list[tuple[int, int]], triggers: list[Hit],
                 others: list[tuple[int, int]]) -> bool:
    """A weapon noun right next to the demonym, with no trigger or other state in between
    ("продаже украинской стороне шведских истребителей": only 'шведских' is the origin)."""
    for ws, we in weapons:
        lo, hi = (ve, ws) if ws >= ve else (we, vs)
        if not 0 <= hi - lo <= ADJACENT:
            continue
        if any(lo <= t.vstart < hi for t in triggers) or any(lo <= s < hi for s, _ in others):
            continue
        return True
    return False


def assign_roles(sent: Sentence, view, lex: Lexicon, triggers: list[Hit]) -> list[Role]:
    """A role (or None) for every state-bearing mention of the sentence."""
    text = view.text
    weapons = [_v(view, m) for m in sent.systems] + [(h.vstart, h.vend) for h in sent.categories + sent.generic]
    roles: list[Role] = []
    quiet, asides = bystanders(sent, view, lex)  # cited sources, states in a purpose clause
    states = [m for m in sent.states if id(m) not in quiet] if quiet else sent.states
    spans = [_v(view, m) for m in states]
    pending: list[Role] = []
    places: list[Role] = []
    makers: dict[str, list[tuple[int, int]]] = {}
    for mk, span in zip(states, spans, strict=True):
        if mk.kind == "maker" and mk.state:
            makers.setdefault(mk.state, []).append(span)
    marks = _markers(lex)
    of_noun, of_subject = _agent_nouns(sent, states, spans, text, marks, triggers)
    for m, (vs, ve) in zip(states, spans, strict=True):
        if marks.passive_recipient.matches(text, vs, ve):
            r = Role(m, "recipient", "agent")  # "поръчани от България": right after the participle, its agent
        elif marks.passive_supplier.matches(text, vs, ve):
            r = Role(m, "supplier", "agent")
        elif id(m) in of_noun:
            r = Role(m, of_noun[id(m)][0], AGENT_OF_CUE, noun=of_noun[id(m)][1])  # "supplier of X"
        elif marks.supplier.matches(text, vs, ve) and not marks.framed_origin.matches(text, vs, ve):
            r = Role(m, "supplier", "marker")  # not "aus tschechischer Produktion": an origin
        elif marks.recipient.matches(text, vs, ve):
            r = Role(m, "recipient", "marker")
        elif weapons and (marks.in_service.matches(text, vs, ve) or m.role == "force" and marks.in_force.matches(
                text, vs, ve)):
            r = Role(m, "recipient", IN_SERVICE)  # "Harop drones in the Azerbaijani army": held, in use
        elif marks.origin.matches(text, vs, ve):
            r = Role(m, "supplier", "origin")
        elif id(m) in of_subject:
            r = Role(m, of_subject[id(m)][0], "agent-noun", noun=of_subject[id(m)][1])  # "X is the supplier"
        elif marks.agent_before.matches(text, vs, ve):
            r = Role(m, _agent_role(vs, triggers, forward=False), "agent")  # "purchases by X"
        elif marks.agent_after.matches(text, vs, ve):
            r = Role(m, _agent_role(vs, triggers, forward=True), "agent")  # "रूस ने … बेचा"
            if _reports_other_agent(ve, triggers, sent.clauses, spans, marks.agent_after, text):
                r.role, r.cue = None, SPEAKER  # "अमेरिका ने कहा कि ईरान ने … खरीदे"
        elif marks.counterpart.matches(text, vs, ve) and not (m.role == "demonym" and _near_weapon(
                vs, ve, weapons, triggers, [x for x in spans if x != (vs, ve)])):
            r = Role(m, None, "counterpart")  # not "supplied Azerbaijan with Israeli drones"
        elif marks.possessive.matches(text, vs, ve) and _near_weapon(
                vs, ve, weapons, triggers, [x for x in spans if x != (vs, ve)]):
            r = Role(m, "supplier", "marker")  # "UAV TB-2 của Thổ Nhĩ Kỳ"; not "mối đe dọa của Armenia"
        elif m.kind == "maker":
            r = Role(m, "supplier", "maker")
        elif m.role == "demonym" and _near_weapon(vs, ve, weapons, triggers,
                                                  [x for x in spans if x != (vs, ve)]):
            r = Role(m, "supplier", "demonym")
        elif m.role == "demonym" and _near_weapon(vs, ve, makers.get(m.state or "", []), [], []):
            r = Role(m, "supplier", "demonym")  # "French producer Dassault", "داسو الفرنسية"
        elif m.kind == "state" and locative_at(text, vs, ve):
            places.append(Role(m, None, "place", vs, ve))
            continue  # a place, not a party (but see _resolve_open)
        else:
            r = Role(m, None, "position")
            pending.append(r)
        r.vstart, r.vend = vs, ve
        roles.append(r)
    _marked_makers(roles)
    unmarked = [(r.vstart, r.vend) for r in pending]
    verbs = _heads(triggers, text, unmarked)
    barriers = sorted([c for c in sent.clauses if c.label != AFTER_CLAUSE]
                      + [replace(h, label="against") for h in sent.cooperation if h.label in AGAINST],
                      key=lambda h: h.vstart)
    closing = [c for c in sent.clauses if c.label == AFTER_CLAUSE]
    inverted = _inverted_subjects(roles, pending, verbs, sent, text, lex, asides)
    for r in pending:
        if id(r) in inverted:
            r.role = inverted[id(r)]
            continue
        r.role = _by_position(r.vstart, r.vend, verbs, unmarked, barriers, spans, text, closing)
        if r.role == SPEAKER:
            r.role, r.cue = None, SPEAKER
    starts = tuple(h.vstart for h in triggers) + tuple(h.vstart for h in sent.cooperation)
    _propagate_lists(roles, text, starts)
    _resolve_open(roles, sent, sorted(triggers, key=lambda t: t.vstart))
    _propagate_lists(roles, text, starts)  # roles found by elimination travel along lists too
    filled = {r.role for r in roles if r.role}
    if filled == {"supplier"} and len({p.mention.state for p in places} - {r.mention.state for r in roles}) == 1:
        # "приостановила экспорт … в Турцию", "sent troops and arms into X": with a supplier and
        # no recipient, the one place named is where the goods go
        place = next(p for p in places if p.mention.state not in {r.mention.state for r in roles})
        place.role = "recipient"
        roles.append(place)
    return roles


def _marked_makers(roles: list[Role]) -> None:
    """A maker named right after a marked demonym of its state is the marked party: "an den
    deutschen Hersteller Rheinmetall", "to the German maker Rheinmetall" (a buy-back: the
    company is the recipient, not the goods' origin)."""
    for r in roles:
        if r.cue != "marker" or r.mention.role != "demonym" or r.role is None:
            continue
        for mk in roles:
            if mk.cue == "maker" and mk.role != r.role and mk.mention.state == r.mention.state \
                    and 0 <= mk.vstart - r.vend <= ADJACENT \
                    and not any(r.vend <= o.vstart < mk.vstart for o in roles):
                mk.role, mk.cue = r.role, "marker"


IN_SERVICE = "in-service"  # the cue of a force the weapons are in ("в армии X"): the recipient, in use
AGENT_OF_CUE = "agent-of"  # the cue of the state an agent noun is of; its subject's cue is "agent-noun"
AGENT_OF = 40  # view chars from an agent noun to the state it is of ("supplier of arms to Azerbaijan")
AGENT_SUBJECT = 80  # view chars from the state an agent noun is predicated of to the noun
_HARD_BREAK = re.compile(r"[;:()]")  # a topic comma may part subject and noun ("Rusya, … tedarikçisi")


def _agent_nouns(sent: Sentence, states: list[Mention], spans: list[tuple[int, int]], text: str,
                 marks: _Markers, triggers: list[Hit]) -> tuple[dict[int, tuple[str, int]], dict[int, tuple[str, int]]]:
    """Roles from agent nouns ("Russia is the main arms supplier of Azerbaijan", "India is
    the largest buyer of Russian arms"), as (the state the noun is of, its subject): id(mention)
    -> (role, noun start). The state attached to the noun — the first after it in its clause
    ("of X", "của X", a genitive) or a possessor right before it ("X's", "X'ın") — takes the
    role opposite to the noun's; the state the noun is predicated of — the nearest other
    actor before it, or else the first after the attached one ("the main supplier of arms to
    Azerbaijan is Israel") — the noun's own role. A maker right after the noun is its name
    ("supplier Rosoboronexport"), not its customer."""
    of_noun: dict[int, tuple[str, int]] = {}
    subject: dict[int, tuple[str, int]] = {}
    conj = conjunction_pattern()
    for n in sent.agent_nouns:
        own = n.subject
        other = "recipient" if own == "supplier" else "supplier"
        free = [i for i in range(len(states)) if id(states[i]) not in of_noun and id(states[i]) not in subject]
        after = [i for i in free if n.vend <= spans[i][0] <= n.vend + AGENT_OF
                 and not crosses_clause(text, n.vend, spans[i][0])
                 and not any(n.vend <= t.vstart < spans[i][0] for t in triggers)]
        owners = [i for i in free if spans[i][1] <= n.vstart and n.vstart - spans[i][1] <= AGENT_OF
                  and marks.possessor.matches(text, *spans[i])]
        attached = owners[-1:] or after[:1]
        if attached and states[attached[0]].kind == "maker":
            attached = []
        for i in attached:
            of_noun[id(states[i])] = (other, n.vstart)
        before = [i for i in free if i not in attached and spans[i][1] <= n.vstart
                  and n.vstart - spans[i][1] <= AGENT_SUBJECT and not _HARD_BREAK.search(text, spans[i][1], n.vstart)
                  and not any(spans[i][1] <= c.vstart < n.vstart for c in sent.clauses)
                  and not any(spans[i][1] <= t.vstart and t.vend <= n.vstart for t in triggers)]
        if before:
            subject[id(states[before[-1]])] = (own, n.vstart)
            continue
        if not attached:
            continue
        if spans[attached[0]][0] > n.vstart:
            last = attached[0]  # past the attached state and its list ("of Azerbaijan and Armenia is Russia")
            while last + 1 < len(states) and conj.fullmatch(text[spans[last][1]:spans[last + 1][0]]) \
                    and text[spans[last][1]:spans[last + 1][0]].strip():
                last += 1
            nxt, gap_from = last + 1, spans[last][1]
        else:  # "Azerbaijan's main supplier is Israel"
            nxt, gap_from = next((i for i in range(len(states)) if spans[i][0] >= n.vend), len(states)), n.vend
        if nxt < len(states) and nxt in free and spans[nxt][0] - n.vend <= AGENT_SUBJECT \
                and not crosses_clause(text, gap_from, spans[nxt][0]):
            subject[id(states[nxt])] = (own, n.vstart)
    return of_noun, subject


def _agent_role(vs: int, triggers: list[Hit], forward: bool) -> str | None:
    """The subject role of the verb the agent belongs to: the previous directional trigger for
    a preposition ("purchases by X"), the next one for a postposition ("रूस ने … बेचा")."""
    directional = [t for t in triggers if t.subject != "none"]
    if forward:
        after = [t for t in directional if t.vstart >= vs]
        return after[0].subject if after else None
    before = [t for t in directional if t.vend <= vs]
    return before[-1].subject if before else None


def _reports_other_agent(ve: int, triggers: list[Hit], clauses: list[Hit], spans: list[tuple[int, int]],
                         agent: TemplateSet, text: str) -> bool:
    """An agent followed by a speech cue and then another agent before the verb is the speaker."""
    after = [t for t in triggers if t.subject != "none" and t.vstart >= ve]
    if not after:
        return False
    cues = [c for c in clauses if c.label != AFTER_CLAUSE and ve <= c.vstart and c.vend <= after[0].vstart]
    return bool(cues) and any(cues[0].vend <= s and e <= after[0].vstart and agent.matches(text, s, e)
                              for s, e in spans)


SUBJECT_REACH = 80  # view chars from the subject to its verb
OBJECT_REACH = 40  # view chars from a 'supply' verb to its bare object


AGAINST = frozenset({"protest", "ambassador-recall"})  # acts aimed at a transfer named after them
CONTRACT_OBJECT = 40  # view chars from "contract" to the delivery it is for


def _heads(triggers: list[Hit], text: str, unmarked: list[tuple[int, int]]) -> list[Hit]:
    """Triggers that can head a clause: not a supplier-side noun a contract word governs
    ("signed a contract for the delivery of", "подписала контракт на поставку"): whoever
    signs it may be either side. A purchase noun keeps its buyer ("contract to buy"), and a
    delivery noun with its own bare object keeps its supplier ("контракт на поставку Чили")."""
    contracts = [t for t in triggers if t.label == "ordered" and t.subject == "none"]
    if not contracts:
        return triggers
    return [t for t in triggers if t.subject != "supplier" or not any(
        0 <= t.vstart - c.vend <= CONTRACT_OBJECT and not crosses_clause(text, c.vend, t.vstart)
        for c in contracts) or any(0 <= s - t.vend <= OBJECT_REACH for s, _ in unmarked)]


SPEAKER = "speaker"  # the cue (and, from _by_position, the verdict) of an actor that reports the clause
AFTER_CLAUSE = "reported_after"  # label of a speech cue that closes the clause it reports (ja と述べた)


def _by_position(vs: int, ve: int, triggers: list[Hit], unmarked: list[tuple[int, int]],
                 clauses: Sequence[Hit] = (), actors: Sequence[tuple[int, int]] = (), text: str = "",
                 closing: Sequence[Hit] = ()) -> str | None:
    """Subject of the next directional trigger: the FIRST unmarked actor of the clause before it
    (SVO "Israel sold …" and SOV/V2 "Frankreich hat Indien … angeboten", "रूस ने … सौंप" alike);
    bare object of a preceding 'supply' verb: the first actor after it. A speaker is not the
    subject of what it reports ("US officials said Iran bought …") unless the reported clause
    names no actor of its own ("Russia said it delivered …"). An actor whose clause ends before
    another actor that runs on to the verb belongs to a clause of its own ("when Armenia's
    threat grew, Turkey supplied Baku"). In verb-final languages the speech cue closes the
    clause ("米国は、イランが…購入したと述べた"): of two actors before the verb, the first is
    the speaker (SPEAKER), unless the clause names no other ("ロシアは…引き渡したと述べた")."""
    directional = [t for t in triggers if t.subject != "none"]
    after = [t for t in directional if t.vstart >= ve]
    before = [t for t in directional if t.vend <= vs]
    if after:
        t = after[0]
        said = [c for c in clauses if ve <= c.vstart and c.vend <= t.vstart]
        if said and (said[-1].label == "against" or any(said[-1].vend <= s and e <= t.vstart for s, e in actors)):
            return None  # "Armenia recalled its envoy in protest at the sale …": the protester sells nothing
        lo = max(t.vstart - SUBJECT_REACH, max((x.vend for x in directional if x.vend <= vs), default=0),
                 max((c.vend for c in clauses if c.vend <= vs), default=0))
        window = sorted((s, e) for s, e in unmarked if lo <= s and e <= t.vstart)
        # a supply verb may take a bare object too ("ロシアは、インドに…引き渡したと述べた"): its
        # clause then needs a third actor before the first one can be the speaker
        parties = sum(1 for s, e in actors if lo <= s and e <= t.vstart)
        speaker = len(window) > 1 and (t.subject == "recipient" or parties > 2) and _reported(t, closing, directional)
        if speaker and window[0] == (vs, ve) and t.vstart - ve <= SUBJECT_REACH:
            return SPEAKER
        if text and any(_opens_clause(text, ve, s, e, t) for s, e in unmarked):
            return None  # "when Armenia's threat grew, Turkey supplied …": Armenia's clause ends first
        if t.vstart - ve <= SUBJECT_REACH:
            if speaker:
                lo = window[0][1]
            earlier = any(lo <= s and e <= vs and (s, e) != (vs, ve) and not (text and _opens_clause(text, e, vs, ve, t))
                          for s, e in unmarked)
            return None if earlier else t.subject
    if before and before[-1].subject == "supplier":
        t = before[-1]
        # any actor in between, marked or not ("supplied to Azerbaijan Syrian fighters"), is the object
        closer = any(t.vend <= s and e <= vs and (s, e) != (vs, ve) for s, e in [*unmarked, *actors])
        if vs - t.vend <= OBJECT_REACH and not closer:
            return "recipient"
    return None


def _reported(verb: Hit, closing: Sequence[Hit], directional: list[Hit]) -> bool:
    """Is the verb's clause closed by a speech cue ("購入したと述べた", "구입했다고 밝혔다"), with no
    other stage verb in between?"""
    return any(verb.vend <= c.vstart and not any(verb.vend <= x.vstart < c.vstart for x in directional)
               for c in closing)


def _opens_clause(text: str, prev_end: int, vs: int, ve: int, verb: Hit) -> bool:
    """Does the actor at vs..ve open the verb's clause after a clause break that ends the
    clause of an actor before it (ending at prev_end)?"""
    return prev_end <= vs and ve <= verb.vstart and crosses_clause(text, prev_end, vs) \
        and not crosses_clause(text, ve, verb.vstart)


CLAUSE_VERB = 5  # view chars from a comma-joined actor to a verb (an auxiliary may sit between: "Armenia has recalled", "Armenia đã triệu hồi"): it is that verb's subject


def _list_gap(text: str, a: Role, b: Role) -> str:
    """The text joining two actors, without a case ending glued to the first (Алжир|у и
    Вьетнам|у: the span is the name, the ending is no separator). Only when a comma or a
    word follows the ending: a bare space after one (ko 한화가 루마니아) joins nothing. Not in
    scripts whose glued particles are cases of their own (ja ロシアは、, ko 러시아는,)."""
    s = a.vend
    if 0 < s < b.vstart and text[s - 1].isalpha() and text[s].isalpha() \
            and script_of(text[s]) not in CONTINUOUS and script_of(text[s]) != "HANGUL":
        e = s
        while e < b.vstart and e - s <= 4 and text[e].isalpha():
            e += 1
        if e < b.vstart and not text[e].isalpha() and text[e:b.vstart].strip():
            s = e
    return text[s:b.vstart]


def _weak_joiner(gap: str) -> bool:
    """A one-letter Latin joiner (cs/sk "a", pl "i", es "y") is also a preposition or an article
    in other Latin-script languages (es/it/pt "a" = to, en "a"): it fills an open role between
    two mentions of one kind, never overrides one. (ar و, zh 和, ja と, ko 과 are plain "and".)"""
    w = gap.strip()
    return len(w) == 1 and w.isascii() and w.isalpha()


def _propagate_lists(roles: list[Role], text: str, verbs: tuple[int, ...] = ()) -> None:
    """Actors joined by list separators share the role of the member that has one."""
    conj = conjunction_pattern()
    ordered = sorted(roles, key=lambda r: r.vstart)
    for _ in range(len(ordered)):  # until stable: a role may travel along a long list
        before = [(r.role, r.cue) for r in ordered]
        for a, b in zip(ordered, ordered[1:], strict=False):
            gap = _list_gap(text, a, b)
            if not gap.strip() and script_of(text[b.vstart:b.vstart + 1] or " ") not in CONTINUOUS:
                continue  # "hat Schweden Kolumbien …", "زودت الصين إيران": a bare space joins no list
            if SPEAKER in (a.cue, b.cue) or not conj.fullmatch(gap) or (
                    not gap.strip(" ,") and any(0 <= v - b.vend <= CLAUSE_VERB for v in verbs)):
                continue  # "sold to Azerbaijan, Armenia recalled …": a comma and a verb open a clause
            if _weak_joiner(gap) and (a.mention.role != b.mention.role or (a.role and b.role)):
                continue  # "sold Ukraine a Turkish drone": an article, not a list
            if a.role and not b.role:
                b.role, b.cue, b.noun = a.role, "list", a.noun
            elif b.role and not a.role:
                a.role, a.cue, a.noun = b.role, "list", b.noun
            elif not gap.strip(" ,،、"):
                continue  # a bare comma may end a clause: it does not override a role
            elif a.role and b.role and a.role != b.role and b.cue == "position" and a.cue != "position":
                b.role, b.cue = a.role, "list"
            elif a.role and b.role and a.role != b.role and a.cue == "position" and b.cue != "position":
                a.role, a.cue = b.role, "list"
        if before == [(r.role, r.cue) for r in ordered]:
            break


def _resolve_open(roles: list[Role], sent: Sentence, triggers: list[Hit]) -> None:
    """Fill actors left open: system-origin agreement first, then the one missing role."""
    system_states = {s for m in sent.systems for s in system_origin(m)}
    for r in roles:
        if r.role is None and r.cue != SPEAKER and r.mention.state in system_states:
            r.role, r.cue = "supplier", "system-origin"
    filled = {r.role for r in roles if r.role}
    open_ = [r for r in roles if r.role is None and r.cue != SPEAKER]
    if not open_:
        return
    anchored = any(r.role and r.cue != "system-origin" for r in roles)
    if len(filled) == 1 and anchored:  # "deals with X", "signed with X": the other party
        other = "recipient" if filled == {"supplier"} else "supplier"
        taken = {r.mention.state for r in roles if r.role}
        for r in open_:
            if r.cue == "counterpart" and r.mention.state not in taken:
                r.role = other
        open_ = [r for r in open_ if r.role is None]
    if filled == {"supplier"} and len({r.mention.state for r in open_}) == 1:
        for r in open_:
            r.role, r.cue = "recipient", "opposite"
    elif filled == {"recipient"} and len({r.mention.state for r in open_}) == 1 and triggers \
            and all(t.subject == "none" for t in triggers) and all(r.vend <= triggers[0].vstart for r in open_):
        for r in open_:  # "Germany halted deliveries to Ukraine": the halting subject is the supplier
            r.role, r.cue = "supplier", "opposite"


def system_origin(m: Mention) -> list[str]:
    """The maker states the catalog gives for a system mention."""
    return list(_origin(m.entity_id, m.state))


@lru_cache(maxsize=8192)
def _origin(entity_id: str, state: str | None) -> tuple[str, ...]:
    """system_origin per entity, looked up once (the catalog is fixed per process)."""
    from armstrace.catalog import load_catalog

    ent = load_catalog().get(entity_id)
    if ent is None:
        return (state,) if state else ()
    return tuple(getattr(ent, "states", None) or ([ent.state] if getattr(ent, "state", None) else []))


V2_GAP = 12  # view chars from a fronted finite verb to its inverted subject ("lieferte die Türkei")


def _inverted_subjects(roles: list[Role], pending: list[Role], verbs: list[Hit], sent: Sentence,
                       text: str, lex: Lexicon, asides: frozenset[int] = frozenset()) -> dict[int, str | None]:
    """Subjects that follow their verb, by the pack's word-order flags (id(role) -> role).

    `verb_second` (de nl sv da no): after a fronted adverbial the finite verb comes second and
    the subject right after it ("Im Oktober lieferte Dänemark der Ukraine …"): when no actor
    (but one behind a preposition) precedes the verb in its clause, the first unmarked actor
    right after it is its subject and the next one, not in a list with it, the dative object.
    `morphology.oblique` (Slavic): case endings, not position, tell the subject. A verb whose clause
    names no actor in its citation form before it takes the citation-form actor after it as
    its subject ("Літаки передали Данія", "které Česku darovalo Německo"); the inflected
    actors before a 'supply' verb are then its dative object."""
    v2, oblique, lang = lex.verb_second, lex.oblique, lex.lang
    if not (v2 or oblique):
        return {}
    directional = sorted((t for t in verbs if t.subject != "none"), key=lambda t: t.vstart)
    breaks = [b for b in clause_breaks(text, sent.vstart, sent.vend) if b not in asides]
    out: dict[int, str | None] = {}
    for i, t in enumerate(directional):
        lo = max([sent.vstart] + [b + 1 for b in breaks if b < t.vstart]
                 + [x.vend for x in directional[:i] if x.vend <= t.vstart])
        hi = min([sent.vend] + [b for b in breaks if b >= t.vend]
                 + [x.vstart for x in directional[i + 1:] if x.vstart >= t.vend])
        before = [r for r in roles if lo <= r.vstart and r.vend <= t.vstart]
        after = [r for r in pending if t.vend <= r.vstart and r.vend <= hi and id(r) not in out]
        if not after:
            continue
        if v2:
            if any(r.cue not in ("marker", "origin") for r in before) or after[0].vstart - t.vend > V2_GAP:
                continue
            out[id(after[0])] = t.subject
            objects = _past_list(after, text)
            if objects and t.subject == "supplier":
                out[id(objects[0])] = "recipient"
        else:
            bare = [r for r in before if any(r is p for p in pending)]
            if any(r.mention.kind == "maker" for r in before) or any(_citation(r, text, lang, oblique) for r in bare) \
                    or not _citation(after[0], text, lang, oblique):
                continue
            out[id(after[0])] = t.subject
            if t.subject == "supplier":
                out.update((id(r), "recipient") for r in bare)
    return out


def _past_list(after: list[Role], text: str) -> list[Role]:
    """The actors after the first one and the list it heads ("Dänemark und Norwegen der Ukraine");
    a bare space joins no list ("leverde Nederland Oekraïne")."""
    conj = conjunction_pattern()
    i = 1
    while i < len(after) and (gap := text[after[i - 1].vend:after[i].vstart]).strip() and conj.fullmatch(gap):
        i += 1
    return after[i:]


def _citation(r: Role, text: str, lang: str, oblique: tuple[str, ...]) -> bool:
    """Is the actor named in its citation form: the whole word is a catalog name of its state
    ("Данія", "Německo") and has no oblique case ending ("Данії", "Česku"; the catalog also
    lists some inflected forms: "Americi")?"""
    end = r.vend
    while end < len(text) and text[end].isalpha():
        end += 1
    word = text[r.vstart:end]
    return word in _name_forms(r.mention.entity_id, lang) and not word.endswith(oblique)


@lru_cache(maxsize=4096)
def _name_forms(entity_id: str, lang: str) -> frozenset[str]:
    """The folded names, capitals and forces the catalog lists for an entity in `lang`."""
    from armstrace.catalog import load_catalog

    ent = load_catalog().get(entity_id)
    raw = getattr(ent, "raw", None) or {}
    return frozenset(fold(n) for key in ("names", "capitals", "forces")
                     for n in ((raw.get(key) or {}).get(lang) or []))


PURPOSE_REACH = 60  # view chars from a purpose opener ("um", "in order to", "чтобы") to a state it governs
CUE_VERB = 3  # view chars between a stage or speech verb and the state an attribution-like cue names ("said Iran bought")


def bystanders(sent: Sentence, view, lex: Lexicon) -> tuple[set[int], frozenset[int]]:
    """The state mentions that take no role (ids) — the source an attribution cue cites
    ("according to South Korean intelligence", "за даними південнокорейської розвідки") and a
    state inside a purpose clause that names no stage or cooperation of its own ("…, um der
    Ukraine Vorrang zu geben") — and the clause breaks that only fence off a cited source
    ("Росія, за даними …, могла передати КНДР": Росія still opens the verb's clause). A cue
    that is also a stage or speech verb right before the state ("передає Україні", "said Iran
    bought") cites no one: the state is its object or opens the reported clause."""
    if not sent.states or not (lex.attribution or lex.purpose):
        return set(), frozenset()
    text = view.text
    cited = _cited(lex.attribution, lex.boundary)
    openers = _purpose_openers(text, sent, lex) if lex.purpose else []
    verb_ends = [t.vend for t in sent.triggers] + [c.vend for c in sent.clauses]
    out: set[int] = set()
    sources: list[tuple[int, int]] = []
    for m in sent.states:
        vs, ve = _v(view, m)
        if cited is not None and _cited_at(cited, text, vs, ve, m.role == "demonym") \
                and not any(0 <= vs - e <= CUE_VERB for e in verb_ends):
            out.add(id(m))
            sources.append((vs, ve))
        elif any(o <= vs and vs - o <= PURPOSE_REACH and not crosses_clause(text, o, vs) for o in openers):
            out.add(id(m))
    return out, _asides(view, sent, sources, out)


def _asides(view, sent: Sentence, sources: list[tuple[int, int]], quiet: set[int]) -> frozenset[int]:
    """The two breaks around a cited source when the phrase between them names no other
    actor and no stage ("Росія, за даними розвідки, могла …")."""
    if not sources:
        return frozenset()
    breaks = clause_breaks(view.text, sent.vstart, sent.vend)
    others = [_v(view, m)[0] for m in sent.states if id(m) not in quiet]
    out: set[int] = set()
    for vs, _ve in sources:
        lo = max((b for b in breaks if b < vs), default=-1)
        hi = min((b for b in breaks if b >= vs), default=-1)
        if lo < 0 or hi < 0:
            continue
        if any(lo < t.vstart < hi for t in sent.triggers) or any(lo < o < hi for o in others):
            continue
        out.update((lo, hi))
    return frozenset(out)


_PREV_WORD = re.compile(r"[^\W\d_][\w'’-]*\s+$")


def _cited_at(cited: TemplateSet, text: str, vs: int, ve: int, adjective: bool) -> bool:
    """Does an attribution cue name the mention as its source: right after the cue, or, for a
    demonym, after the noun it follows ("według mediów koreańskich", "selon les services
    français")?"""
    if cited.matches(text, vs, ve):
        return True
    if not adjective:
        return False
    w = _PREV_WORD.search(text, max(0, vs - 30), vs)
    return w is not None and cited.matches(text, w.start(), ve)


@lru_cache(maxsize=128)
def _cited(templates: tuple[str, ...], boundary: str) -> TemplateSet | None:
    """The attribution cues that name their source after the cue ("according to {X}")."""
    pre = tuple(t for t in templates if not t.lstrip().startswith("{X}") and t.rstrip().endswith("{X}"))
    return TemplateSet(pre, boundary) if pre else None


_IS_LETTER = re.compile(LETTER)


@lru_cache(maxsize=128)
def _purpose_pattern(terms: tuple[str, ...], boundary: str) -> re.Pattern[str] | None:
    """The purpose openers as one pattern without its left word boundaries: a leading
    look-behind keeps the regex engine from skipping ahead to a possible first letter, so
    `_purpose_openers` checks that boundary itself on the rare match (the pattern stays
    right, only slower, if lang.terms draws boundaries differently)."""
    pat = compile_terms(terms, boundary)
    return None if pat is None else re.compile(pat.pattern.replace(f"(?<!{LETTER})", ""))


def _purpose_openers(text: str, sent: Sentence, lex: Lexicon) -> list[int]:
    """View ends of the purpose openers whose clause (to the next clause break or the sentence
    end) holds no stage trigger or cooperation cue: "um … zu geben" governs nothing traded."""
    pat = _purpose_pattern(lex.purpose, lex.boundary)
    if pat is None:
        return []
    hits = [(h.start(), h.end()) for h in pat.finditer(text, sent.vstart, sent.vend)
            if lex.boundary == "none" or not _IS_LETTER.match(text, h.start())
            or not _IS_LETTER.match(text, h.start() - 1, h.start())]  # a word's start, unless ", um"
    if not hits:
        return []
    breaks = clause_breaks(text, sent.vstart, sent.vend)
    cues = [h.vstart for h in sent.triggers] + [h.vstart for h in sent.cooperation]
    out = []
    for s, e in hits:
        end = next((b for b in breaks if b >= e), sent.vend)
        if not any(s <= c < end for c in cues):
            out.append(e)
    return out
