"""Transfer frames: per sentence, fill supplier, recipient, system, stage, certainty, numbers.

Then per document: fill a missing recipient or supplier from what the rest of the text
establishes, and merge to one entry per (supplier, recipient, system or category) with the
most advanced stage (suspended > delivered > in-use > ordered > offered).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from armstrace.document import Document, Mention
from armstrace.extraction.context import Hit, Sentence, clause_breaks, crosses_clause
from armstrace.extraction.evidence import evidence
from armstrace.extraction.lexicon import Lexicon, conjunction_pattern
from armstrace.extraction.numbers_glue import amounts, dates
from armstrace.extraction.roles import AGENT_OF_CUE, IN_SERVICE, Role, assign_roles, system_origin
from armstrace.lang.terms import MARKS, template_set
from armstrace.vocabulary import STAGE_RANK

QUANTITY_GAP = 24  # view chars between a number and the weapon it counts
MIN_YEAR, MAX_YEAR = 1940, 2100


@dataclass
class Frame:
    sentence: Sentence
    suppliers: list[Role] = field(default_factory=list)
    recipients: list[Role] = field(default_factory=list)
    item: Mention | Hit | None = None  # system mention or category hit (evidence anchor)
    system: Mention | None = None  # the named system, possibly resolved from elsewhere in the doc
    trigger: Hit | None = None
    certainty: str = "asserted"
    cues: list[Hit] = field(default_factory=list)  # the sentence's stage cues, read in context
    support: bool = False  # names no party: may only advance the stage of a claim made elsewhere
    lead: Sentence | None = None  # the previous sentence its parties were carried from (coref.py)


def _nearest(hits: list[Hit], pos: int) -> Hit | None:
    return min(hits, key=lambda h: (abs(h.start - pos), -h.specificity)) if hits else None


def _read_cues(triggers: list[Hit], sent: Sentence, view, lex: Lexicon) -> list[Hit]:
    """The sentence's stage cues, each read in its context: an intent or contract word
    governing it, a future cue announcing it, a plan scheduling it. A negated cue ("is not
    equipped with", "không được trang bị", "не были поставлены") makes no claim: the other
    cues decide, if there are any."""
    text = view.text
    cues = _outermost(triggers)
    said = [t for t in cues if not _negated(t, sent, text, lex)] if len(cues) > 1 else cues
    return [_scheduled(_announced(_governing(t, triggers, text), sent, text, lex.future_suffixes, lex.future_reach),
                       t, triggers, sent, view) for t in said or cues]


def _stage_trigger(read: list[Hit], pos: int, lex: Lexicon, view=None, item: Mention | Hit | None = None,
                   sent: Sentence | None = None) -> Hit | None:
    """The stage cue for an item, among the sentence's cues read in context: a halt
    anywhere in the sentence wins (suspended is usually said once: "refused to deliver"),
    else the nearest — or, in verb-final languages, the last one after the item (the main verb);
    a purchase participle on the item yields to a later stage of its clause (`_main_verb`).
    (Taking the sentence's most advanced stage instead was measured: worse on dev, because
    stage words of other clauses — "replacing its Kfirs, which operate since 1970" — win.)"""
    if not read:
        return None
    if sent is not None and view is not None:
        background = [t for t in read if t.label == "suspended" and (
            _conceded(t, read, sent, view.text) or _halt_of_another(t, item, read, sent, view, lex.verb_final))]
        if background and len(background) < len(read):
            read = [t for t in read if t not in background]
    halts = [t for t in read if t.label == "suspended"]
    if halts and view is not None:
        # a halt in another clause, while the item's own clause has its stage word, is another
        # matter's ("the S-400 it bought from Russia, after which it was removed from the programme")
        vpos = view.from_original(pos)
        own = [t for t in read if not crosses_clause(view.text, min(t.vend, vpos), max(t.vstart, vpos))]
        if own and not any(t.label == "suspended" for t in own):
            halts, read = [], own
    if halts:
        return _nearest(halts, pos)
    if lex.verb_final:
        after = [t for t in read if t.start >= pos]
        if after:  # the clause-final verb, not a participle on the way ("خریداری شده … تحویل داده شد")
            return max(after, key=lambda t: (t.start, t.specificity, STAGE_RANK.get(t.label, -1)))
    near = _nearest(read, pos)
    if view is not None and sent is not None and item is not None and near is not None:
        return _main_verb(near, read, item, sent, view) or near
    return near


CONCESSIVE = frozenset({"concessive", "concessive_after"})  # modality cues that announce no plan
CONCESSIVE_REACH = 30  # view chars between "despite", "malgré", "несмотря на" and the halt it concedes


def _conceded(halt: Hit, read: list[Hit], sent: Sentence, text: str) -> bool:
    """"India received the S-400 despite the suspension of talks with Washington", "malgré
    l'embargo", "несмотря на приостановку": a halt conceded by the pack's `modality.concessive`
    word before it (`concessive_after` after it, in verb-final languages: "ambargoya rağmen") is
    the background of another stage word, not the item's stage — in its clause, with no other
    stage word between."""
    for f in sent.future:
        if f.label == "concessive" and 0 <= halt.vstart - f.vend <= CONCESSIVE_REACH:
            span = (f.vend, halt.vstart)
        elif f.label == "concessive_after" and 0 <= f.vstart - halt.vend <= CONCESSIVE_REACH:
            span = (halt.vend, f.vstart)
        else:
            continue
        if not crosses_clause(text, *span) and not any(span[0] <= t.vstart and t.vend <= span[1] for t in read):
            return True
    return False


def _halt_of_another(halt: Hit, item: Mention | Hit | None, read: list[Hit], sent: Sentence, view,
                     verb_final: bool) -> bool:
    """"Germany halted Leopard deliveries but sent IRIS-T systems": a halt whose object is
    another system of the sentence — named between the halt and the item, with a verb of its
    own for the item after it, and not in one list with the item ("halted Leopard tanks and
    Marder vehicles") — is that system's. In verb-final languages the halt follows its object:
    one before the item, after another system of its clause, is that system's ("タウルス供与を
    見送り、IRIS-Tを追加供与した")."""
    if not isinstance(item, Mention):
        return False
    span = (view.from_original(item.start), view.from_original(item.end))
    others = [(view.from_original(m.start), view.from_original(m.end)) for m in sent.systems
              if m.entity_id != item.entity_id]
    text = view.text
    if verb_final:
        return halt.vend <= span[0] and any(
            o[1] <= halt.vstart and not crosses_clause(text, o[1], halt.vstart) for o in others)
    lo, hi = (halt.vend, span[0]) if halt.vend <= span[0] else (span[1], halt.vstart)
    for o in others:
        if lo <= o[0] and o[1] <= hi and not _one_list(o, span, sent, view):
            between = (o[1], span[0]) if o[0] < span[0] else (span[1], o[0])
            if any(t.label != "suspended" and t.subject != "none" and between[0] <= t.vstart and t.vend <= between[1]
                   for t in read):
                return True
    return False


def _one_list(a: tuple[int, int], b: tuple[int, int], sent: Sentence, view) -> bool:
    """Are two system spans members of one list: only other systems, weapon nouns and list
    separators between them ("Leopard tanks, Marder and Boxer vehicles")?"""
    lo, hi = (a[1], b[0]) if a[0] < b[0] else (b[1], a[0])
    inner = sorted([(view.from_original(m.start), view.from_original(m.end)) for m in sent.systems]
                   + [(h.vstart, h.vend) for h in sent.categories])
    conj, pos = conjunction_pattern(), lo
    for s, e in inner:
        if s >= lo and e <= hi:
            if s > pos and not conj.fullmatch(view.text, pos, s):
                return False
            pos = max(pos, e)
    return pos >= hi or bool(conj.fullmatch(view.text, pos, hi))


ATTRIBUTE_GAP = 16  # view chars between an item and the participle after it ("Rafale d'occasion achetés")


def _main_verb(near: Hit, read: list[Hit], item: Mention | Hit, sent: Sentence, view) -> Hit | None:
    """"the F-16s bought from Norway arrived", "Croatia received the Rafale jets bought from
    France", "elicotteri AW149 ordinati nel 2019": the nearest cue is a purchase participle or
    relative clause on the item (its history), not the verb of its clause. A later stage said
    by another verb of the clause tells where the item stands — unless that verb is nearer to
    another system ("uses VT-4 tanks bought from China and received VN1 vehicles"). An
    attribute follows the item closely (one comma allowed: "вертолёты H145M, закупленные у
    Франции"), with no party but a supplier named between ("Stryker vehicles from the United
    States, ordered in 2023"). A purchase word before the item is left to nearness: "the
    purchase of 48 KAAN jets strengthens …" is the purchase itself, not an attribute."""
    if near.label != "ordered":
        return None
    text = view.text
    vpos, vend = view.from_original(item.start), view.from_original(item.end)
    own = item.entity_id if isinstance(item, Mention) else None
    others = [view.from_original(m.start) for m in sent.systems if m.entity_id != own]
    clause = [t for t in read if t is not near and STAGE_RANK.get(t.label, -1) > STAGE_RANK[near.label]
              and t.label != "suspended"
              and not crosses_clause(text, min(t.vend, vpos), max(t.vstart, vend))
              and not any(abs(o - t.vstart) < abs(vpos - t.vstart) for o in others)]
    if not clause:
        return None
    if near.vstart < vend or near.vstart - vend > ATTRIBUTE_GAP or _party_between(sent, view, vend, near.vstart):
        return None
    breaks = [text[i] for i in clause_breaks(text, vend, near.vstart)]
    if breaks and breaks != [","]:  # one comma may close the item's phrase: "вертолёты H145M, закупленные у …"
        return None
    return min(clause, key=lambda t: (abs(t.vstart - vpos), -t.specificity))


def _party_between(sent: Sentence, view, vstart: int, vend: int) -> bool:
    """Is a party other than a supplier named between two view positions? ("the jets, which
    Poland bought from France": Poland's purchase, not an attribute of Croatia's jets)"""
    sources = {id(r.mention) for r in sent.roles or [] if r.role == "supplier"}
    return any(m.kind in ("state", "force", "maker") and id(m) not in sources
               and vstart <= view.from_original(m.start) < vend for m in sent.mentions)


def _outermost(triggers: list[Hit]) -> list[Hit]:
    """"plans to buy" holds "buy", "signed a contract" holds "contract": the longer term is
    the cue, the word inside it is not a second one."""
    return [t for t in triggers if not any(
        o is not t and o.vstart <= t.vstart and t.vend <= o.vend and o.vend - o.vstart > t.vend - t.vstart
        for o in triggers)]


AFTER_REACH = 12  # view chars from a verb to a cue that follows it ("導入する予定", "तैनात करेगा")
ANNOUNCED = {"delivered": "ordered", "ordered": "offered"}


def _announced(hit: Hit, sent: Sentence, text: str, suffixes: tuple[str, ...], reach: int) -> Hit:
    """"will hand over", "sẽ bàn giao", "будет поставлен", "entregará": a delivery announced,
    not made, is the order's stage; "will buy", "plans to sign", "도입할 예정": a purchase
    announced or intended is an offer. Cues come from the pack's `modality` section: words
    before the verb (within `reach`: the pack sets it wider for the German verb bracket),
    words after it (verb-final languages) and future-tense endings. Words of wish or intent
    (`intent`: "wants to", "gewünschte", "письмо о намерении") make even a sale or a delivery
    an offer: the supplier has not committed. Words of promise (`pledge`: "agreed to",
    "погодилися", "a promis de") make a delivery the order's stage and leave a purchase as it is."""
    if hit.label not in ANNOUNCED:
        return hit
    if any(f.label == "intent" and 0 <= hit.vstart - f.vend <= reach for f in sent.future):
        return replace(hit, label="offered")  # "wants to sell", "the desired delivery": a wish is an offer
    if hit.label == "delivered" and any(f.label == "pledge" and 0 <= hit.vstart - f.vend <= reach for f in sent.future):
        return replace(hit, label="ordered")  # "agreed to transfer", "погодилися передати": a promise is the order
    if hit.label == "ordered" and hit.subject == "supplier":
        return hit  # "will sell", "will donate": the supplier's pledge is already the order
    if any(0 <= hit.vstart - f.vend <= reach if f.label == "before" else
           0 <= f.vstart - hit.vend <= AFTER_REACH for f in sent.future if f.label in ("before", "after")) or (
            suffixes and _future_form(text, hit, suffixes)):
        return replace(hit, label=ANNOUNCED[hit.label])
    return hit


SCHEDULE_REACH = 60  # view chars from a delivery word to the predicate that schedules it
SUBJECT_NAMES = frozenset({"name", "capital", "force", "alias"})  # a state named as a noun, not an adjective


def _scheduled(hit: Hit, raw: Hit, triggers: list[Hit], sent: Sentence, view) -> Hit:
    """"deliveries are planned to be completed in 2027", "поставки планируется завершить",
    "las entregas están previstas para 2026": the intent comes after the delivery word it
    governs, so the delivery is scheduled (the order's stage), not made. The pack's
    `modality.scheduled` cue must follow in the same clause with no other stage word between,
    and the delivery word must have no subject of its own: after "Sweden delivered jets that
    are expected to …" the cue belongs to a relative clause."""
    if hit.label != "delivered":
        return hit
    text = view.text
    if _own_subject(raw, triggers, sent, view):
        return hit
    for f in sent.future:
        if f.label != "scheduled" or not 0 <= f.vstart - raw.vend <= SCHEDULE_REACH \
                or crosses_clause(text, raw.vend, f.vstart):
            continue
        if not any(t is not raw and raw.vend <= t.vstart and t.vend <= f.vstart for t in triggers):
            return replace(hit, label="ordered")
    return hit


def _own_subject(hit: Hit, triggers: list[Hit], sent: Sentence, view) -> bool:
    """Is a state named (as a noun) before the stage word in its clause, with no other stage
    word between? Then the word is that state's verb ("Sweden delivered"), not a noun heading
    its clause ("deliveries are planned") or a contract's part ("a deal with deliveries in …")."""
    for m in sent.mentions:
        if m.end > hit.start or m.role not in SUBJECT_NAMES or m.kind not in ("state", "force"):
            continue
        vend = view.from_original(m.end)
        if not crosses_clause(view.text, vend, hit.vstart) and not any(
                t.vstart >= vend and t.vend <= hit.vstart for t in triggers):
            return True
    return False


def _future_form(text: str, hit: Hit, suffixes: tuple[str, ...]) -> bool:
    """The word the trigger ends in, or the word after it (the light verb of "teslim
    edecek"), carries a future ending."""
    start = hit.vend
    while start > 0 and _WORD.fullmatch(text[start - 1]):
        start -= 1
    return any(w.endswith(suffixes) for w in _WORDS.findall(text, start, hit.vend + 40)[:2])


_WORD = re.compile(rf"[^\W_]|[{MARKS}]")  # letters and the vowel signs of Indic scripts
_WORDS = re.compile(rf"(?:[^\W_]|[{MARKS}])+")


GOVERN = 40  # view chars: "considering buying", "contract for the delivery of"


def _governing(hit: Hit, triggers: list[Hit], text: str) -> Hit:
    """An intent word right before a purchase verb makes it an offer ("plans to buy"); a
    contract word right before a delivery makes it an order ("contract for the delivery of",
    "контракт на поставку"), unless a clause break separates them."""
    for t in triggers:
        if t is hit or not 0 <= hit.vstart - t.vend <= GOVERN or crosses_clause(text, t.vend, hit.vstart):
            continue
        if t.label == "offered" and hit.label in ("ordered", "delivered"):
            return replace(hit, label="offered")
        if t.label == "ordered" and hit.label == "delivered" and t.subject == "none":
            return replace(hit, label="ordered")
    return hit


def _certainty(sent: Sentence) -> str:
    if sent.denied:
        return "denied"
    if sent.hedged:
        return "hedged"
    return "asserted"


NEG_WORD = 4  # letters of the one short word (an auxiliary: "has", "ha", "a") that may stand
# between a negation and its verb ("has not delivered", "no ha entregado", "n'a pas livré")
NEG_UNSPACED = 8  # chars between a negation and its verb in scripts without spaces
NEG_AFTER = 4  # view chars from a verb-final trigger to the negation after it ("供与しなかった")


def _negated(trigger: Hit | None, sent: Sentence, text: str, lex: Lexicon) -> bool:
    """Does a verb negation govern the stage trigger? "did not deliver", "не поставляла",
    "nije isporučila", "no ha entregado"; in verb-final languages the negation follows the
    verb ("공급하지 않았다"). Only a negation right at the verb counts: "without approval",
    "no weapons other than" and negations of other clauses do not."""
    if trigger is None or not sent.negations:
        return False
    for n in sent.negations:
        if n.vend <= trigger.vstart:
            gap = text[n.vend:trigger.vstart]
            if lex.boundary != "word":  # no spaces: "并未向乌克兰交付" (did not deliver to Ukraine)
                if len(gap) <= NEG_UNSPACED and not crosses_clause(text, n.vend, trigger.vstart):
                    return True
            elif not crosses_clause(text, n.vend, trigger.vstart) and len(gap.split()) <= 1 and (
                    not gap.strip() or len(gap.strip()) <= NEG_WORD):
                return True
        elif lex.verb_final and 0 <= n.vstart - trigger.vend <= NEG_AFTER:
            return True
    return False


def _overlaps(h: Hit, mentions: list[Mention]) -> bool:
    return any(m.start < h.end and h.start < m.end for m in mentions)


def _triggers(sent: Sentence) -> list[Hit]:
    """Stage triggers that are not part of an entity name."""
    return [t for t in sent.triggers if not _overlaps(t, sent.mentions)]


def sentence_roles(doc: Document, sent: Sentence, lex: Lexicon) -> list[Role]:
    """Roles of the sentence's actors, computed once (frames and statistics share them)."""
    if sent.roles is None:
        parties = _parties(sent, doc.view, lex)
        seen = sent if len(parties) == len(sent.mentions) else replace(sent, mentions=parties)
        sent.roles = assign_roles(seen, doc.view, lex, _triggers(sent))
    return sent.roles


def _parties(sent: Sentence, view, lex: Lexicon) -> list[Mention]:
    """The sentence's mentions minus states named only as a setting ("after the invasion of
    Ukraine, Finland bought …"): they take no role."""
    if not lex.not_party or not sent.states:
        return sent.mentions
    settings = template_set(lex.not_party, lex.boundary)
    states = sorted((m for m in sent.mentions if m.kind == "state"), key=lambda m: m.start)
    spans = [(view.from_original(m.start), view.from_original(m.end)) for m in states]
    setting = [settings.matches(view.text, vs, ve) for vs, ve in spans]
    if not any(setting):
        return sent.mentions
    conj = conjunction_pattern()
    grown = True
    while grown:  # "the war between Armenia and Azerbaijan", "the Armenia and Azerbaijan war"
        grown = False
        for i in range(len(states) - 1):
            gap = view.text[spans[i][1]:spans[i + 1][0]]
            if setting[i] != setting[i + 1] and gap.strip(" ,") and conj.fullmatch(gap):
                setting[i] = setting[i + 1] = grown = True  # joined by a word, not a bare comma
    out = {id(m) for m, s in zip(states, setting, strict=True) if s}
    return [m for m in sent.mentions if id(m) not in out]


def sentence_frames(doc: Document, sent: Sentence, lex: Lexicon) -> list[Frame]:
    """Frames for one sentence: one per named system, else one per weapon category."""
    triggers = _triggers(sent)
    if not triggers and not ((lex.in_service or lex.in_service_force) and (sent.systems or sent.categories)):
        return []  # "in the army of X" is a stage cue of its own (roles: IN_SERVICE)
    roles = sentence_roles(doc, sent, lex)
    triggers = triggers + [Hit(r.mention.start, r.mention.end, r.vstart, r.vend, "in-use", "recipient")
                           for r in roles if r.cue == IN_SERVICE]  # "UAV Harop trong Quân đội Azerbaijan"
    if not triggers:
        return []
    if sent.agent_nouns:  # "a key client of its industry" relates no two states: no stage cue
        related = {r.noun for r in roles if r.cue == AGENT_OF_CUE}
        unrelated = {n.vstart for n in sent.agent_nouns} - related
        triggers = [t for t in triggers if t.vstart not in unrelated]
        if not triggers:
            return []
    suppliers = [r for r in roles if r.role == "supplier"]
    recipients = [r for r in roles if r.role == "recipient"]
    cert = _certainty(sent)
    read = _read_cues(triggers, sent, doc.view, lex)
    if not suppliers and not recipients:
        # "the six F-16s that arrived on Friday": no party named, but the stage is news
        # ("have not arrived" is not)
        # ("the howitzers arrived in March": a weapon noun, resolved by resolve_document)
        named = _first_each(sent.systems, lambda m: m.entity_id)
        nouns = [] if named else _first_each(_head_categories(sent.categories), lambda h: h.label)
        support = [Frame(sent, item=m, system=m if isinstance(m, Mention) else None,
                         trigger=_stage_trigger(read, m.start, lex, doc.view, m, sent), certainty=cert, cues=read, support=True)
                   for m in named + nouns]
        return [f for f in support if not _negated(f.trigger, sent, doc.view.text, lex)]
    systems: list[Mention] = _first_each(sent.systems, lambda m: m.entity_id)
    items: list[Mention | Hit | None] = list(systems)
    own: dict[int, list[Role]] = {}  # category items beside named systems, with their own makers
    if items:
        for noun, makers in _own_categories(sent, systems, suppliers, doc.view):
            items.append(noun)
            own[id(noun)] = makers
    else:
        items = _first_each(_head_categories(sent.categories), lambda h: h.label)
    if not items:
        items = [None]  # generic arms mention or bare trigger
        strong = {"marker", "maker", "origin", "agent", "opposite", "counterpart", "agent-noun", AGENT_OF_CUE, IN_SERVICE}
        both = any(r.cue in strong for r in suppliers) and any(r.cue in strong for r in recipients)
        if not sent.generic and not both and not any(t.subject != "none" for t in triggers):
            return []
    frames = []
    for sups, recs in _relations(suppliers, recipients):
        for item, item_sups in _repeated(items, sent, sups, doc.view):
            pos = item.start if item is not None else triggers[0].start
            trigger = _stage_trigger(read, pos, lex, doc.view, item, sent)
            frame = Frame(sent, item=item, trigger=trigger, cues=read,
                          certainty="denied" if _negated(trigger, sent, doc.view.text, lex) else cert)
            frame.system = item if isinstance(item, Mention) else None
            frame.suppliers = _bind_suppliers(item, item_sups)
            if id(item) in own:
                frame.suppliers = [r for r in sups if r.mention.state in {m.mention.state for m in own[id(item)]}]
                if not frame.suppliers:
                    continue
            frame.recipients = recs
            frames.append(frame)
    return _drop_unrelated_systems(frames)


def _repeated(items: list, sent: Sentence, suppliers: list[Role], view) -> list[tuple[Any, list[Role]]]:
    """(item, its suppliers). A system named again in the sentence for another supplier ("uses
    F-16s bought from Portugal, and from 2024 receives 32 more F-16s from Norway") is a deal of
    its own: each supplier state goes with the mention nearest it (in its clause), which gives
    the stage. Named again for the same supplier, the first mention stands for both."""
    out: list[tuple[Any, list[Role]]] = []
    for item in items:
        same = [m for m in sent.systems if isinstance(item, Mention) and m.entity_id == item.entity_id]
        bound = _bind_suppliers(item, suppliers) if len(same) > 1 else suppliers  # the system's own first
        if len(same) < 2 or len(bound) < 2:
            out.append((item, suppliers))
            continue
        nearest: dict[str | None, tuple] = {}  # supplier state -> (clause crossed, distance, mention)
        for r in bound:
            for m in same:
                key = (crosses_clause(view.text, *sorted((view.from_original(m.start), r.vstart))),
                       abs(m.start - r.mention.start), m.start, m)
                if r.mention.state not in nearest or key[:3] < nearest[r.mention.state][:3]:
                    nearest[r.mention.state] = key
        groups: dict[int, list[Role]] = {}
        for r in bound:
            groups.setdefault(id(nearest[r.mention.state][3]), []).append(r)
        if len(groups) < 2:
            out.append((item, suppliers))
            continue
        out.extend((m, groups[id(m)]) for m in same if id(m) in groups)
    return out


SYSTEM_NOUN = 3  # view chars between a weapon noun and the system it names ("TB2 drones", "UAV Harop")


def _own_categories(sent: Sentence, systems: list[Mention], suppliers: list[Role], view) -> list[tuple[Hit, list[Role]]]:
    """Weapon nouns beside the named systems that are goods of their own: "supplied Azerbaijan
    with Israeli drones and Turkish TB2s" — the drones' maker (an origin adjective or
    demonym next to the noun) is the origin of no named system, and the noun names none
    ("TB2 drones", "UAV Harop" are the system itself)."""
    spans = [(view.from_original(m.start), view.from_original(m.end)) for m in systems]
    origins = set().union(*(system_origin(m) for m in systems))
    out: list[tuple[Hit, list[Role]]] = []
    for h in _first_each(_head_categories(sent.categories), lambda h: h.label):
        if any(-SYSTEM_NOUN <= h.vstart - e <= SYSTEM_NOUN or -SYSTEM_NOUN <= s - h.vend <= SYSTEM_NOUN
               or (s <= h.vstart and h.vend <= e) for s, e in spans):
            continue
        makers = [r for r in suppliers if r.cue in ADJECTIVE_CUES and r.mention.state not in origins
                  and (0 <= h.vstart - r.vend <= ADJACENT_MAKER
                       or 0 <= r.vstart - h.vend <= ADJACENT_MAKER and not view.text[h.vend:r.vstart].strip(" -"))]
        if makers:
            out.append((h, makers))
    return out


ADJACENT_MAKER = 12  # view chars from an origin adjective to its weapon noun ("Israeli drones", "Israeli-made drones")


def _relations(suppliers: list[Role], recipients: list[Role]) -> list[tuple[list[Role], list[Role]]]:
    """The sentence's (suppliers, recipients) sets. An agent noun pairs its own states ("Nga
    là nhà cung cấp vũ khí chính của Azerbaijan và Armenia, nhưng … Azerbaijan mua vũ khí từ
    Thổ Nhĩ Kỳ": Russia supplies Armenia, Turkey does not) when both it and the rest of the
    sentence name both sides; otherwise all of them are one relation."""
    nouns = {r.noun for r in suppliers + recipients if r.noun >= 0}
    if not nouns:
        return [(suppliers, recipients)]
    groups = [([r for r in suppliers if r.noun == n], [r for r in recipients if r.noun == n]) for n in sorted(nouns)]
    rest = ([r for r in suppliers if r.noun < 0], [r for r in recipients if r.noun < 0])
    if not all(s and r for s, r in groups) or (rest[0] or rest[1]) and not (rest[0] and rest[1]):
        return [(suppliers, recipients)]
    return groups + ([rest] if rest[0] else [])


ADJACENT_NOUNS = 4  # view chars between two category words of one phrase ("artillery shells")


def _head_categories(categories: list[Hit]) -> list[Hit]:
    """"artillery shells", "obus d'artillerie", "снаряды артиллерийские": ammunition next to
    another category word is the thing transferred; the other word only qualifies it."""
    ammo = [h for h in categories if h.label == "ammunition"]
    if not ammo or len(ammo) == len(categories):
        return categories
    return [h for h in categories if h.label == "ammunition" or not any(
        h.vstart - ADJACENT_NOUNS <= a.vend and a.vstart <= h.vend + ADJACENT_NOUNS for a in ammo)]


def _drop_unrelated_systems(frames: list[Frame]) -> list[Frame]:
    """In a sentence naming several systems, one whose maker state contradicts every named
    supplier (while another system agrees with one) is a comparison, not the transfer."""
    if sum(1 for f in frames if f.system) < 2:
        return frames
    sup_states = {r.mention.state for f in frames for r in f.suppliers}
    agree = [f for f in frames if f.system and set(system_origin(f.system)) & sup_states]
    if not agree:
        return frames
    return [f for f in frames if not f.system or not system_origin(f.system)
            or set(system_origin(f.system)) & sup_states or _origin_named(f)]


ORIGIN_GAP = 24  # chars from a system to the origin cue naming its maker state ("L-39 de fabrication tchèque")


def _origin_named(f: Frame) -> bool:
    """Does an origin cue right at the system name its maker state ("des L-39 de fabrication
    tchèque", "Czech-made L-39s")? Then the system is goods of a named supplier of another
    state (a re-export), not a comparison."""
    made = set(system_origin(f.system)) if f.system is not None else set()
    return f.system is not None and any(
        r.cue == "origin" and r.mention.state in made
        and max(r.mention.start - f.system.end, f.system.start - r.mention.end) <= ORIGIN_GAP
        for r in f.sentence.roles or [])


def _first_each(items: list, key) -> list:
    """Keep the first item for each key (one frame per system or per category)."""
    seen, out = set(), []
    for it in items:
        if key(it) not in seen:
            seen.add(key(it))
            out.append(it)
    return out


def _bind_suppliers(item: Mention | Hit | None, suppliers: list[Role]) -> list[Role]:
    """With several suppliers, a system goes to the one(s) the text ties to it. A donor named
    by the verb or a marker outranks a maker read from an adjective ("Denmark donated
    French-made Caesar howitzers": SIPRI records Denmark, France only built them)."""
    suppliers = _donors_first(suppliers)
    if len(suppliers) <= 1 or not isinstance(item, Mention):
        return suppliers
    origin = set(system_origin(item))
    tied = [r for r in suppliers if r.mention.state in origin]
    if tied:
        return tied
    near = min(suppliers, key=lambda r: abs(r.mention.start - item.start))
    if near.cue in ("origin", "demonym", "maker"):
        return [near]
    return suppliers


MAKER_CUES = frozenset({"origin", "demonym", "maker", "system-origin"})  # who built it, not who gave it


def _donors_first(suppliers: list[Role]) -> list[Role]:
    """Drop suppliers read only from who made the goods (an origin adjective, a demonym, a
    maker) when the verb or a marker names a donor of another state. "Israel and Turkey
    supplied Azerbaijan with Israeli drones and Turkish TB2s" keeps both: each maker state is
    also a named donor."""
    named = [r for r in suppliers if r.cue not in MAKER_CUES and r.mention.role != "demonym"
             and r.mention.kind != "maker"]
    if not any(r.cue != "list" for r in named):
        return suppliers  # a list member alone may have its role from a maker ("Rosoboronexport, Indian Navy")
    donors = {r.mention.state for r in named}
    return [r for r in suppliers if r.mention.state in donors]


def _quantity(doc: Document, frame: Frame, nums: list) -> float | None:
    item = frame.item
    if item is None:
        return None
    vs = doc.view.from_original(item.start)
    best = None
    for _a_vs, a_ve, a in nums:
        if a.kind != "number" or not (0 <= vs - a_ve <= QUANTITY_GAP):
            continue
        gap = doc.view.text[a_ve:vs]
        if any(ch in gap for ch in ".,;:()"):
            continue
        if a.value != int(a.value) or not 0 < a.value < 100000 or (MIN_YEAR <= a.value <= MAX_YEAR):
            continue
        best = a.value
    return best


def _year(frame: Frame, date_hits: list, published: str | None) -> int | None:
    years = [(ds, d) for ds, de, d in date_hits if not d.relative or d.granularity != "year"]
    if not years:
        return None
    pos = frame.trigger.vstart if frame.trigger else frame.sentence.vstart
    ds, d = min(years, key=lambda x: abs(x[0] - pos))
    try:
        y = int(d.value[:4])
    except (TypeError, ValueError):
        return None
    return y if MIN_YEAR <= y <= MAX_YEAR else None


PARTY_KINDS = ("state", "force", "maker", "system")


def _progress(frame: Frame, year: int | None, date_hits: list, pair: set[str], text: str) -> tuple[Frame, int | None]:
    """"India bought 36 Rafale in 2016, which began to be delivered in 2020": a more advanced
    stage word after the item's own, with a later date of its own (in its clause, nearer to
    it than to the first word), and no other party or system named between them, is the
    same deal's progress and tells where it stands. Undated, a delivery word of the same
    actor's role in a later clause is too ("ordered five in 2018, and has received three")."""
    t = frame.trigger
    if t is None:
        return frame, year
    own = (frame.item, frame.system)
    between = [m for m in frame.sentence.mentions if m.kind in PARTY_KINDS and m not in own
               and not (m.kind != "system" and m.state in pair)]
    for c in frame.cues:
        if c.vstart < t.vend or c.label == "suspended" or STAGE_RANK.get(c.label, -1) <= STAGE_RANK.get(t.label, -1):
            continue
        if any(t.end <= m.start and m.end <= c.start for m in between):
            break
        dated = [ds for ds, _de, d in date_hits if not d.relative or d.granularity != "year"]
        when = min(dated, key=lambda ds: abs(ds - c.vstart)) if dated else None
        later = replace(frame, trigger=c)
        y = _year(later, date_hits, None)
        if when is not None and abs(when - c.vstart) < abs(when - t.vstart) and y and year and y > year \
                and not crosses_clause(text, min(when, c.vstart), max(when, c.vstart)):
            return later, y  # its own date, not the first stage word's ("from 2023-2024, … supplying parts")
        if c.label == "delivered" and c.subject == t.subject != "none" and crosses_clause(text, t.vend, c.vstart) \
                and not (when is not None and abs(when - c.vstart) < abs(when - t.vstart)):
            return later, year  # undated, a later clause of the same actor: "bought 58 howitzers, and they have
            # been taken into use", "pledged 24 F-16s, of which the first have been delivered"
        break
    return frame, year


def _dated_stage(doc: Document, frame: Frame, year: int | None, date_hits: list) -> str | None:
    """A delivery or service dated after the publication year is a schedule, not a fact
    ("the first batch is expected after 2026"): the order's stage. Without a publication
    date, a delivery dated by a year range ("a contract with deliveries from 2026 to 2032") is
    the schedule when the range ends after every other year the text names, the sentence
    reports a contract or a plan, and the delivery word has no subject of its own ("Sweden
    delivered them from 2007 to 2010" is history whatever the rest says). A range alone is
    not enough: "ordered in 2015, deliveries ran from 2016 to 2018" is history too."""
    stage = frame.trigger.label if frame.trigger else None
    if stage not in ("delivered", "in-use"):
        return stage
    published = doc.published
    if published and published[:4].isdigit():
        return "ordered" if year and year > int(published[:4]) else stage
    span = _year_range(frame, date_hits)
    if span is None:
        return stage
    hi, vs, ve = span
    others = [y for s, y in _doc_years(doc) if not vs <= s < ve]
    if others and hi <= max(others):
        return stage  # the text goes on past the range: it is history
    sent = frame.sentence
    triggers = _triggers(sent)
    planned = any(f.label not in CONCESSIVE for f in sent.future) or any(t.label in ("ordered", "offered") for t in triggers)
    if planned and frame.trigger is not None and not _own_subject(frame.trigger, triggers, sent, doc.view):
        return "ordered"
    return stage


RANGE_GAP = 8  # view chars between the two years of a range: "2026 bis 2032", "2023-2024", "2026 to 2032"


def _year_range(frame: Frame, date_hits: list) -> tuple[int, int, int] | None:
    """(last year, view start, view end) of the year range nearest the stage word, if the
    year read for the frame is one end of such a range."""
    years = [(ds, de, int(d.value[:4])) for ds, de, d in date_hits
             if d.granularity == "year" and not d.relative and str(d.value)[:4].isdigit()]
    pos = frame.trigger.vstart if frame.trigger else frame.sentence.vstart
    best = None
    for (s1, e1, y1), (s2, e2, y2) in pairwise(years):
        if 0 <= s2 - e1 <= RANGE_GAP and y1 < y2:
            dist = min(abs(s1 - pos), abs(s2 - pos))
            if best is None or dist < best[0]:
                best = (dist, y2, s1, e2)
    if best is None:
        return None
    nearest = min(abs(s - pos) for s, _, _ in years)
    return best[1:] if best[0] == nearest else None


def _doc_years(doc: Document) -> list[tuple[int, int]]:
    """(view start, year) of every year-or-finer date in the text, computed once per document."""
    cache = doc.view.cache.setdefault(("stage_years",), [])
    if not cache:
        hits = dates(doc.view, 0, len(doc.view.text), doc.lang, doc.published)
        cache.extend((ds, int(d.value[:4])) for ds, _, d in hits
                     if not d.relative and str(d.value)[:4].isdigit() and MIN_YEAR <= int(d.value[:4]) <= MAX_YEAR)
        cache.append((-1, 0))  # a sentinel: computed, even when the text names no year
    return [x for x in cache if x[0] >= 0]


def _attribution(sent: Sentence) -> str | None:
    srcs = sent.sources
    return srcs[0].name or srcs[0].text if srcs else None


def _entry(doc: Document, frame: Frame, sup: str, rec: str, sup_role: Role | None, rec_role: Role | None,
           nums: list, date_hits: list, inferred: bool) -> dict[str, Any]:
    frame, year = _progress(frame, _year(frame, date_hits, doc.published), date_hits, {sup, rec}, doc.view.text)
    item = frame.item
    system = frame.system
    category = system.category if system else (item.label if isinstance(item, Hit) else None)
    points = [(r.mention.start, r.mention.end) for r in (sup_role, rec_role) if r is not None]
    if item is not None:
        points.append((item.start, item.end))
    if frame.trigger is not None:
        points.append((frame.trigger.start, frame.trigger.end))
    money = [a for _, _, a in nums if a.kind == "money"]
    entry = {
        "supplier": sup, "recipient": rec,
        "system": system.name if system else None,
        "system_id": system.entity_id if system else None,
        "category": category,
        "status": _dated_stage(doc, frame, year, date_hits),
        "certainty": frame.certainty,
        "year": year,
        "quantity": _quantity(doc, frame, nums),
        "value": money[0].value if money else None,
        "currency": money[0].currency if money else None,
        "attributed_to": _attribution(frame.sentence),
        **evidence(doc.text, points, (frame.lead or frame.sentence).span.start, frame.sentence.span.end),
    }
    if inferred:
        entry["inferred"] = True
    if _reread(frame):
        entry["_reread"] = True
    if doc.published and doc.published[:4].isdigit():
        entry["_now"] = int(doc.published[:4])  # an undated claim is the news of the day
    return entry


def _reread(frame: Frame) -> bool:
    """Was the frame's stage word read in its context as another stage ("will deliver",
    "deliveries are to begin", "plans to buy")? Then the stage is the item's own news."""
    t = frame.trigger
    if t is None:
        return False
    raw = {x.label for x in frame.sentence.triggers if x.vstart == t.vstart}
    return bool(raw) and t.label not in raw


def transfers_for(doc: Document, sentences: list[Sentence], lex: Lexicon) -> list[dict[str, Any]]:
    """All transfer entries of a document, merged per (supplier, recipient, item)."""
    infer = bool((doc.meta.get("options") or {}).get("infer_origin"))
    frames = [f for s in sentences for f in sentence_frames(doc, s, lex)]
    resolve_document(doc, frames)
    doc_states = {m.state for m in doc.mentions if m.state and m.kind in ("state", "force", "maker")}
    recipients = Counter(r.mention.state for f in frames for r in f.recipients)
    main_recipient = recipients.most_common(1)[0][0] if recipients else None
    known = _known_suppliers(frames)
    deals = {(s.mention.state, r.mention.state) for f in frames for s in f.suppliers for r in f.recipients}
    from armstrace.extraction.coref import carry_over  # it reads frames through this module

    frames = carry_over(doc, sentences, frames, lex)  # "… to Poland. The first six arrived in May."
    entries: list[dict[str, Any]] = []
    cache: dict[int, tuple[list, list]] = {}
    for f in frames:
        if f.item is None and f.system is None and not f.sentence.generic:
            continue  # "Colombia exported coffee to …": no weapon in sight, here or by reference
        key = id(f.sentence)
        if key not in cache:
            cache[key] = (amounts(doc.view, f.sentence.vstart, f.sentence.vend, doc.lang),
                          dates(doc.view, f.sentence.vstart, f.sentence.vend, doc.lang, doc.published))
        nums, date_hits = cache[key]
        sups: list[tuple[str | None, Role | None, bool]] = [(r.mention.state, r, False) for r in _credible(f)]
        if not sups and f.system is not None:
            elsewhere = _best_known(known, family_of(f.system.entity_id), [r.mention.state for r in f.recipients])
            origin = system_origin(f.system) if f.system is f.item else []  # no origin guess for anaphora
            named = [s for s in origin if s in doc_states]
            sups = ([(s, None, False) for s in sorted(elsewhere)] or [(s, None, False) for s in named]
                    or ([(s, None, True) for s in origin] if infer else []))
        recs: list[tuple[str | None, Role | None]] = [(r.mention.state, r) for r in f.recipients]
        if not recs and f.support and f.system is not None:  # "the jets arrived": the one recipient of that system's deal
            tied = {rec for _s, rec in known.get(family_of(f.system.entity_id), ()) if rec}
            recs = [(tied.pop(), None)] if len(tied) == 1 else []
        if not recs and main_recipient and f.item is not None:
            recs = [(main_recipient, None)]
        made_by = set(system_origin(f.system)) if f.system is not None else set()
        for sup, srole, inferred in sups:
            for rec, rrole in recs:
                if made_by and rec in made_by and sup not in made_by and not (rrole and rrole.mention.kind == "maker"):
                    continue  # "Italy … France's Rafale": a maker's state does not import its own system (its maker may buy it back)
                if sup and rec and sup != rec:
                    entry = _entry(doc, f, sup, rec, srole, rrole, nums, date_hits, inferred)
                    if f.support and len(deals) == 1 and (sup, rec) in deals and sup in made_by:
                        entry["_deal_item"] = True  # an item list of the document's one deal
                    elif f.support:
                        entry["_support"] = True
                        if f.lead is not None:  # its evidence (two sentences) tells the advanced stage
                            entry["_carried"] = True
                    entries.append(entry)
    return merge_transfers(entries)


ADJECTIVE_CUES = frozenset({"origin", "demonym"})
OWNER_GAP = 12  # chars: "Dutch F-16s", "F-16s holandeses" — an adjective on the system is its owner


def _credible(f: Frame) -> list[Role]:
    """Suppliers that can have supplied the frame's system: an origin adjective away from
    the system that contradicts its maker states describes a part ("Su-30MKI with French
    avionics"), not the aircraft. Next to the system it is the owner ("Dutch F-16s");
    named suppliers (markers, position) may resell anything."""
    if f.system is None or f.system is not f.item:
        return f.suppliers
    origin = set(system_origin(f.system))
    if not origin:
        return f.suppliers
    s, e = f.system.start, f.system.end
    nouns = f.sentence.categories + f.sentence.generic
    return [r for r in f.suppliers if r.mention.state in origin
            or (r.cue not in ADJECTIVE_CUES and r.mention.role != "demonym")
            or max(r.mention.start - e, s - r.mention.end) <= OWNER_GAP
            or _through_noun(r.mention, f.system, nouns)]


NOUN_LINK = 4  # chars left between adjective, weapon noun and system once the noun is taken out


def _through_noun(adj: Mention, system: Mention, nouns: list[Hit]) -> bool:
    """"francuske helikoptere H145M", "француски хеликоптери H145M": the adjective qualifies the
    system through the weapon noun between them (the noun's case ending may stay outside the
    hit), not a part of it ("Su-30MKI with French avionics")."""
    if system.start <= adj.end:
        return False
    inside = [h for h in nouns if adj.end <= h.start and h.end <= system.start]
    covered = sum(h.end - h.start for h in inside)
    return bool(inside) and system.start - adj.end - covered <= NOUN_LINK


def _known_suppliers(frames: list[Frame]) -> dict[str, Counter]:
    """Suppliers the text itself ties to each system family, counted per (family, recipient)."""
    out: dict[str, Counter] = {}
    for f in frames:
        credible = _credible(f) if f.system is not None else []
        if credible and f.system is not None:
            c = out.setdefault(family_of(f.system.entity_id), Counter())
            for r in credible:
                for rec in [x.mention.state for x in f.recipients] or [None]:
                    c[(r.mention.state, rec)] += 1
    return out


def _best_known(known: dict[str, Counter], family: str, recipients: list[str | None]) -> set[str]:
    """The supplier most often tied to this family, for these recipients if the text says so."""
    counts = known.get(family)
    if not counts:
        return set()
    for pool in ([k for k in counts if k[1] in recipients], list(counts)):
        if pool:
            by_sup: Counter[str] = Counter()
            for k in pool:
                by_sup[k[0]] += counts[k]
            top = max(by_sup.values())
            return {s for s, n in by_sup.items() if n == top}
    return set()


def resolve_document(doc: Document, frames: list[Frame]) -> None:
    """'the plane', 'these jets': a category-only frame takes the one system of that
    category the document names (consistent with the frame's supplier). "The country uses
    …": a partyless frame whose subject is a state reference takes the document's one
    recipient."""
    _country_reference(doc, frames)
    by_cat: dict[str, dict[str, Mention]] = {}
    for m in doc.mentions:
        if m.kind == "system" and m.category:
            by_cat.setdefault(m.category, {}).setdefault(family_of(m.entity_id), m)
    owners = [f for f in frames if f.system is not None and f.suppliers]
    main = {family_of(f.system.entity_id) for f in owners if f.system is not None}
    deals = _family_deals(frames)
    for f in frames:
        if f.item is None and not f.sentence.generic and main:
            # "Qatar ordered 24 more": the deal's system, as last named before (L-39NG, not the
            # L-39 of a later paragraph on the old fleet); with several, the one whose deal
            # the frame's parties agree with
            fams = main if len(main) == 1 else _agreeing(main, f, deals)
            before = [o for o in owners if o.system is not None and family_of(o.system.entity_id) in fams]
            if len(fams) == 1:
                early = [o for o in before if o.sentence.span.start <= f.sentence.span.start]
                f.system = (early[-1] if early else before[0]).system
            continue
        if f.system is not None or not isinstance(f.item, Hit):
            continue
        cands = list(by_cat.get(f.item.label, {}).values())
        sup = {r.mention.state for r in f.suppliers}
        if sup:
            cands = [m for m in cands if set(system_origin(m)) & sup] or [
                m for m in cands if not system_origin(m)]
        if len(cands) > 1 and f.support:  # "the jets arrived in Athens": the family of the deal with Greece
            fams = _agreeing({family_of(m.entity_id) for m in cands}, f, deals)
            cands = [m for m in cands if family_of(m.entity_id) in fams]
        if len(cands) == 1:
            f.system = cands[0]


def _family_deals(frames: list[Frame]) -> dict[str, set[tuple[str | None, str | None]]]:
    """(supplier, recipient) pairs the text ties to each system family (its own frames)."""
    out: dict[str, set[tuple[str | None, str | None]]] = {}
    for f in frames:
        if f.system is not None and f.system is f.item and not f.support:
            pairs = {(s.mention.state, r.mention.state) for s in _credible(f) for r in f.recipients}
            out.setdefault(family_of(f.system.entity_id), set()).update(pairs)
    return out


def _agreeing(families: set[str], f: Frame, deals: dict[str, set[tuple[str | None, str | None]]]) -> set[str]:
    """The families whose deals agree with the frame's supplier and recipient (both named)
    or, in a sentence that names no party, with the place it names ("the jets arrived in
    Athens"). Empty when nothing tells them apart: one side alone is often misread."""
    sup = {r.mention.state for r in f.suppliers}
    rec = {r.mention.state for r in f.recipients}
    if not sup and not rec:
        rec = {m.entity_id for m in f.sentence.mentions if m.role == "capital-location"}
    elif not (sup and rec):
        return set()
    return {fam for fam in families if any((not sup or s in sup) and r in rec for s, r in deals.get(fam, ()))}


def _country_reference(doc: Document, frames: list[Frame]) -> None:
    """"Landet använder redan elva Gripen C/D", "страна эксплуатирует": a state reference
    (the pack's `references.state`) before the sentence's first stage word, whose verb is not
    the supplier's, is the recipient — when the document's frames name exactly one."""
    recipients = {r.mention.state for f in frames if not f.support for r in f.recipients}
    if len(recipients) != 1:
        return
    state = next(iter(recipients))
    if state is None:
        return
    view = doc.view
    for f in frames:
        if not f.support or f.suppliers or f.recipients:
            continue
        sent = f.sentence
        first = min(_triggers(sent), key=lambda t: t.vstart, default=None)
        if first is None or first.subject == "supplier":
            continue
        refs = [r for r in sent.references if r.label == "state" and r.vend <= first.vstart
                and not crosses_clause(view.text, r.vend, first.vstart)]
        if not refs:
            continue
        s, e = view.to_original(refs[-1].vstart, refs[-1].vend)
        ref = Mention(s, e, "state", state, doc.text[s:e], role="reference", state=state)
        f.recipients = [Role(ref, "recipient", "reference", refs[-1].vstart, refs[-1].vend)]
        f.support = False


@lru_cache(maxsize=8192)
def family_of(system_id: str) -> str:
    """The family a system belongs to (itself when none), looked up once per process."""
    from armstrace.catalog import load_catalog

    ent = load_catalog().get(system_id)
    return (getattr(ent, "family", None) or system_id) if ent is not None else system_id


def merge_transfers(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per key with the most advanced stage; drop generic entries for covered pairs.
    Support entries (sentences naming no party) only advance the stage of an existing key."""
    support = [e for e in entries if e.pop("_support", False)]
    entries = [e for e in entries if e not in support]
    reread = {id(e) for e in entries + support if e.pop("_reread", False)}
    _deal_stage(entries, reread)
    best: dict[tuple, dict[str, Any]] = {}
    for e in entries:
        key = (e["supplier"], e["recipient"], e["system_id"] or e["system"] or f"cat:{e['category']}")
        cur = best.get(key)
        if cur is None or _supersedes(e, cur):
            merged = dict(e)
            if cur is not None:
                for k in ("quantity", "value", "currency", "year", "attributed_to"):
                    merged[k] = merged.get(k) if merged.get(k) is not None else cur.get(k)
            best[key] = merged
        else:
            for k in ("quantity", "value", "currency", "year", "attributed_to"):
                if cur.get(k) is None and e.get(k) is not None:
                    cur[k] = e[k]
    for e in support:
        key = (e["supplier"], e["recipient"], e["system_id"] or e["system"] or f"cat:{e['category']}")
        cur = best.get(key)
        if cur is not None and e["status"] in SUPPORT_STAGES and _rank(e) > _rank(cur):
            cur["status"], cur["certainty"] = e["status"], e["certainty"]
            if e.pop("_carried", False):  # "… to Poland. The first six were delivered in May."
                cur.update(evidence=e["evidence"], start=e["start"], end=e["end"])
    _fold_families(best)
    covered = {(e["supplier"], e["recipient"]) for e in best.values() if e["system_id"] or e["category"]}
    named: dict[tuple, list[dict[str, Any]]] = {}
    for e in best.values():
        if e["system_id"]:
            named.setdefault((e["supplier"], e["recipient"], e["category"]), []).append(e)
    for e in best.values():  # "received the jets" after "bought 24 F-16s": the same claim, later stage
        targets = named.get((e["supplier"], e["recipient"], e["category"])) if not e["system_id"] else None
        if targets and len(targets) == 1 and _rank(e) > _rank(targets[0]):
            targets[0]["status"], targets[0]["certainty"] = e["status"], e["certainty"]
    for e in best.values():
        e.pop("_now", None)
    return [e for e in best.values()
            if e["system_id"] or (e["category"] and (e["supplier"], e["recipient"], e["category"]) not in named)
            or (not e["category"] and (e["supplier"], e["recipient"]) not in covered)]


SUPPORT_STAGES = frozenset({"delivered", "suspended"})  # news a partyless sentence can carry:
# "the six F-16s arrived on Friday"; "jets equipped with new radars" says nothing of the deal


def _deal_stage(entries: list[dict[str, Any]], reread: set[int]) -> None:
    """Items listed without a party ("the package includes HIMARS, Javelin and TOW") take
    the stage of their deal, unless their own sentence reports news (a delivery, a halt),
    says where the item itself stands (an offer, a hedge: "it is also considering HIMARS"; a
    stage word read in context: "deliveries of the M1A2 are to begin in 2025") or dates them
    apart from it ("a fleet of TB2 since 2021" beside "Akinci received in 2025"). (Keeping
    every item's own reading loses the deal's stage for plain lists: "the package includes"
    reads as a contract, not as the delivery the deal reached.)"""
    items = [e for e in entries if e.pop("_deal_item", False)]
    for e in items:
        if e["status"] in SUPPORT_STAGES or e["status"] == "offered" or e["certainty"] != "asserted" \
                or id(e) in reread:
            continue
        deal = [d for d in entries if (d["supplier"], d["recipient"]) == (e["supplier"], e["recipient"])
                and d not in items and not (_rank(d) > _rank(e) and _dated_apart(e, d))]  # nor an older deal
        if deal:
            top = max(deal, key=_rank)
            if not (e.get("year") and top.get("year") and e["year"] != top["year"]):
                e["status"], e["certainty"] = top["status"], top["certainty"]


def _supersedes(e: dict[str, Any], cur: dict[str, Any]) -> bool:
    """The later claim tells the current stage when both are dated ("refused France's offer
    in 2011" vs "signed for 80 Rafale in 2021"); otherwise the more advanced stage. A delivery
    or service dated before a later order stands: "received 84 K2 from the 2022 contract" beside
    "signed a second K2 contract in 2024" is a repeat order, and the pair's K2 are delivered."""
    if e.get("year") and cur.get("year") and e["year"] != cur["year"]:
        older = e if e["year"] < cur["year"] else cur
        if not (older.get("status") in DONE and _rank(older) > _rank(e if older is cur else cur)):
            return e["year"] > cur["year"]
    return _rank(e) > _rank(cur)


DONE = frozenset({"delivered", "in-use"})  # a past delivery stands beside a later repeat order


def _dated_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A deal moves forward in time: a claim at a later stage dated before a claim at an
    earlier stage ("delivered in 1985" vs "ordered in 2021") is another deal. Dated the other
    way round ("ordered in 2025", "delivered in 2026") it is the same deal's progress. An
    undated claim is the news of the publication year: "already operates 36 Rafale received in
    2020" is older than the Rafale M order an article of 2025 reports."""
    ya, yb = a.get("year") or a.get("_now"), b.get("year") or b.get("_now")
    if not (a.get("year") or b.get("year")) or not (ya and yb) or ya == yb or _rank(a)[0] == _rank(b)[0]:
        return False
    later_stage = a if _rank(a)[0] > _rank(b)[0] else b
    return (ya if later_stage is a else yb) < (yb if later_stage is a else ya)


def _rank(e: dict[str, Any]) -> tuple[int, int]:
    asserted = 1 if e.get("certainty") == "asserted" else 0
    return STAGE_RANK.get(e.get("status") or "", -1), asserted


def _fold_families(best: dict[tuple, dict[str, Any]]) -> None:
    """A family entry (Gripen) next to a variant entry (Gripen E/F) of the same pair is one
    claim, unless the text dates them apart: "31 L-39s delivered in 1985" is an older deal
    than "12 L-39NG ordered in 2021", and the two stay apart."""
    for key, e in list(best.items()):
        sid = e.get("system_id")
        if not sid or family_of(sid) != sid:
            continue
        variants = [k for k, v in best.items() if k != key and k[:2] == key[:2] and v.get("system_id")
                    and family_of(v["system_id"]) == sid and not _dated_apart(e, v)]
        if variants:
            target = best[variants[0]]
            if _rank(e) > _rank(target):
                target["status"], target["certainty"] = e["status"], e["certainty"]
            del best[key]
