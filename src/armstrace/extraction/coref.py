"""Carry-over: a sentence that names no party continues the deal of the sentence before it.

"Turkey agreed to sell TB2 drones to Poland. The first six were delivered in May." The
second sentence is news about the first one's deal: the same pair, the same item, a later
stage. Carried only when the previous sentence relates exactly one pair (and, with no
weapon named here, exactly one item), and the current one names no party of its own and
no place of another state. The frame keeps the previous sentence as its `lead`, so its
evidence (a verbatim slice) may span the two sentences.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from armstrace.document import Document, Mention
from armstrace.extraction.context import Hit, Sentence
from armstrace.extraction.lexicon import Lexicon
from armstrace.extraction.roles import Role, system_origin
from armstrace.text.normalize import fold

PARTY_KINDS = ("state", "force", "maker")
# stages a carried sentence may claim: news of the deal ("the first six were delivered"), its
# terms ("the contract includes 15 jets"); "the jets are equipped with radars" (in use) is not
CLAIM_STAGES = frozenset({"delivered", "suspended", "ordered"})


def carry_over(doc: Document, sentences: list[Sentence], frames: list, lex: Lexicon) -> list:
    """The document's frames with carried ones. A partyless frame about the previous
    sentence's item, or a partyless stage word with no weapon ("Deliveries began in
    December"), takes that sentence's pair; so does a partyless frame naming a system the
    document ties to no pair ("Seoul and Warsaw signed a deal. The K9 howitzers arrived").
    The carried frame is a claim of that pair when the document ties its item to no other
    pair; otherwise ("… Brazil chose the Gripen too. The contract covers 15 Gripen E", in
    a story on Colombia's contract) it only supports: it may advance the deal's stage."""
    from armstrace.extraction import frames as fr  # frames imports this module lazily

    pairs = _item_pairs(frames, fr.family_of)
    by_sent: dict[int, list] = {}
    for f in frames:
        by_sent.setdefault(id(f.sentence), []).append(f)
    out: list = []
    for i, sent in enumerate(sentences):
        own = by_sent.get(id(sent), [])
        prev = sentences[i - 1] if i else None
        deal = _one_deal(by_sent.get(id(prev), []), prev) if prev is not None and not _names_party(sent) else None
        if deal is None:
            out.extend(own)
            continue
        if own:
            carried = [_carry(f, deal, prev, pairs, fr.family_of) or f for f in own]
        else:
            bare = _bare(doc, sent, deal, prev, lex, fr)
            carried = [bare] if bare is not None else []
        for f in carried:
            if f.lead is not None:  # a claim only when its item has no other pair in the text
                key = _item_key(f.system or f.item, fr.family_of)
                f.support = bool(pairs.get(key, set()) - {_pair(f)}) or (
                    f.trigger is None or f.trigger.label not in CLAIM_STAGES)
        by_sent[id(sent)] = carried
        out.extend(carried)
    return out


def _item_key(item: Mention | Hit | None, family_of) -> str:
    if isinstance(item, Mention):
        return family_of(item.entity_id)
    return f"cat:{item.label}" if item is not None else ""


def _pair(f) -> tuple[str, str]:
    return f.suppliers[0].mention.state, f.recipients[0].mention.state


def _item_pairs(frames: list, family_of) -> dict[str, set[tuple[str, str]]]:
    """(supplier, recipient) pairs the sentences themselves tie to each system family or
    weapon noun."""
    out: dict[str, set[tuple[str, str]]] = {}
    for f in frames:
        if f.support:
            continue
        for s in f.suppliers:
            for r in f.recipients:
                out.setdefault(_item_key(f.system or f.item, family_of), set()).add((s.mention.state, r.mention.state))
    return out


def _names_party(sent: Sentence) -> bool:
    """Does the sentence name a state, force or maker as an actor? (A capital named as the
    place of arrival is checked against the pair instead.)"""
    return any(m.kind in PARTY_KINDS and m.role != "capital-location" and (m.state or m.kind == "state")
               for m in sent.mentions)


class _Deal:
    """The previous sentence's one pair and its items (systems or weapon nouns)."""

    def __init__(self, sup: Role, rec: Role, items: list) -> None:
        self.sup, self.rec, self.items = sup, rec, items

    def states(self) -> set[str]:
        return {self.sup.mention.state, self.rec.mention.state}


def _one_deal(frames: list, prev: Sentence) -> _Deal | None:
    """The previous sentence's deal, if it relates exactly one (supplier, recipient) pair.
    A sentence whose frames name none but that names exactly two states ("Seoul and Warsaw
    signed a deal") is a pair without roles: kept with roles unset, the current sentence's
    system (its maker state) orders them."""
    from armstrace.extraction.frames import _credible

    pairs: dict[tuple[str, str], tuple[Role, Role]] = {}
    items: list = []
    for f in frames:
        if f.support:
            continue
        for s in _credible(f):
            for r in f.recipients:
                if s.mention.state and r.mention.state and s.mention.state != r.mention.state:
                    pairs.setdefault((s.mention.state, r.mention.state), (s, r))
                    items.append(f.system or f.item)
    if len(pairs) == 1:
        sup, rec = next(iter(pairs.values()))
        return _Deal(sup, rec, [x for x in items if x is not None])
    if pairs:
        return None
    named: dict[str, Mention] = {}
    for m in prev.mentions:
        if m.kind == "state" and m.state and m.role not in ("capital-location", "demonym"):
            named.setdefault(m.state, m)
    if len(named) != 2 or prev.systems or prev.categories:
        return None
    a, b = named.values()
    return _Deal(Role(a, None, "carried"), Role(b, None, "carried"), [])


def _same_item(item: Mention | Hit, deal: _Deal) -> Mention | Hit | None:
    """The deal's item the current weapon refers to: the same system family, or a noun of the
    item's category ("the drones" after "TB2 drones"). None when they disagree."""
    from armstrace.extraction.frames import family_of

    for x in deal.items:
        if isinstance(item, Mention):
            if isinstance(x, Mention) and family_of(x.entity_id) == family_of(item.entity_id):
                return x
        elif (x.category if isinstance(x, Mention) else x.label) == item.label:
            return x
    return None


def _carry(f, deal: _Deal, prev: Sentence, pairs: dict[str, set], family_of):
    """A partyless frame with the deal's pair, or None when its weapon is another matter:
    a weapon noun of another category, a system whose maker is not the deal's supplier or
    that the document ties to a deal of its own, a place of arrival outside the pair."""
    if not f.support or not _places_agree(f.sentence, deal):
        return None
    item = f.system or f.item
    same = _same_item(item, deal) if deal.sup.role is not None else None
    if same is not None:
        system = f.system or same
        return _carried(f, deal.sup, deal.rec, prev, system=system if isinstance(system, Mention) else None)
    if not isinstance(item, Mention) or f.system is not f.item or pairs.get(family_of(item.entity_id)):
        return None  # another weapon noun, one resolved elsewhere, or a system with its own deal
    sup, rec = deal.sup, deal.rec
    origin = set(system_origin(item))
    if sup.role is None:  # a pair without roles: the system's maker is the supplier
        if len(origin & deal.states()) != 1:
            return None
        if rec.mention.state in origin:
            sup, rec = rec, sup
    elif sup.mention.state not in origin:
        return None
    return _carried(f, sup, rec, prev)


def _carried(f, sup: Role, rec: Role, prev: Sentence, **changes):
    """The frame with the carried pair; `lead` widens its evidence to the previous sentence."""
    sup = replace(sup, role="supplier")
    rec = replace(rec, role="recipient")
    return replace(f, suppliers=[sup], recipients=[rec], lead=prev, **changes)


def _bare(doc: Document, sent: Sentence, deal: _Deal, prev: Sentence, lex: Lexicon, fr):
    """"Deliveries began in December": a stage word with no weapon and no party, after a
    sentence with one pair and one item, is that item's news."""
    if len(deal.items) != 1 or deal.sup.role is None or not _places_agree(sent, deal) \
            or _goods_word(doc.lang).search(doc.view.text, sent.vstart, sent.vend):
        return None  # "Lieferungen von Panzermunition": goods of its own, that no term named
    triggers = fr._triggers(sent)
    if not triggers:
        return None
    read = fr._read_cues(triggers, sent, doc.view, lex)
    trigger = fr._stage_trigger(read, triggers[0].start, lex, doc.view)
    if trigger is None or fr._negated(trigger, sent, doc.view.text, lex):
        return None
    item = deal.items[0]
    f = fr.Frame(sent, item=item, system=item if isinstance(item, Mention) else None, trigger=trigger,
                 cues=read, certainty=fr._certainty(sent), support=True)
    return _carried(f, deal.sup, deal.rec, prev)


def _places_agree(sent: Sentence, deal: _Deal) -> bool:
    """"The jets arrived in Athens": a place named must be one of the pair's."""
    places = {m.entity_id for m in sent.mentions if m.role == "capital-location"}
    return places <= deal.states()


@lru_cache(maxsize=64)
def _goods_word(lang: str | None) -> re.Pattern:
    """A word starting with one of the pack's weapon-category terms: a compound the category
    terms did not match whole ("Panzermunition", "Artilleriegeschosse")."""
    from armstrace.lang import load_pack

    try:
        cats = (load_pack(lang).get("categories") or {}) if lang else {}
    except Exception:  # no pack for this language: nothing to tell
        cats = {}
    stems = {fold(str(t)).split("*", 1)[0].strip() for terms in cats.values() for t in terms or ()}
    stems = sorted((s for s in stems if len(s) >= 3), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, stems)) + ")" if stems else r"(?!x)x")
