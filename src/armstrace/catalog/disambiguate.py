"""Keep the mentions a careful reader would keep.

- Overlaps: the longest mention wins ("Israel Aerospace Industries" over "Israel").
- Systems whose name is an ordinary word (`needs_context`: Spike, Patriot, Rafale …) count
  only with weapon context in the same sentence-ish window (+-80 chars): a category noun
  of the language pack, a word from context.yaml `weapon_words`, or another system, maker
  or state mention. They are dropped when followed by a veto word ("Patriot Act") or by a
  capitalised word that is not an entity ("Spike Lee").
- State names that are also first names or surnames (context.yaml `person_names`) are
  dropped next to a capitalised non-entity word ("Israel Katz"; "Michael Jordan" in English).
- Capitals stand for their state only as actors. After a locative word ("in Baku",
  "в Баку", "ở Baku", "في باكو", "در باکو"), with a locative affix ("Bakü'de", "בבאקו")
  or opening a dateline ("MOSCOW, Oct 5"), the mention is KEPT with role
  `capital-location` and state None, so that cooperation extraction can still see
  "arrived in Baku" while transfer frames never take a place for an actor.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Any

from armstrace.catalog.loader import AliasEntry, Entity, context_data
from armstrace.document import Document
from armstrace.text.normalize import fold

WINDOW = 80
_SENT_END = re.compile(r"[.!?。！？؟]\s|\n")


@dataclass(slots=True)
class Cand:
    """A matcher hit: view span (vs, ve), original span (os, oe), the alias and entity."""

    vs: int
    ve: int
    os: int
    oe: int
    key: str
    entry: AliasEntry
    entity: Entity
    role: str


def resolve_overlaps(cands: list[Cand]) -> list[Cand]:
    """Longest first; among equals the earliest. Kept spans never overlap.

    A choice only depends on the candidates it overlaps, so the greedy runs per cluster
    of overlapping candidates; a candidate that overlaps nothing is kept as it is."""
    order = sorted(cands, key=_VS)  # stable: equal starts keep their input order
    kept: list[Cand] = []
    i, n = 0, len(order)
    while i < n:
        end = order[i].ve
        j = i + 1
        while j < n and order[j].vs < end:
            if order[j].ve > end:
                end = order[j].ve
            j += 1
        if j == i + 1:
            kept.append(order[i])
        else:
            kept.extend(_greedy(order[i:j]))
        i = j
    return kept


def _greedy(cands: list[Cand]) -> list[Cand]:
    order = sorted(cands, key=lambda c: (c.vs - c.ve, c.vs))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Cand] = []
    for c in order:
        i = bisect.bisect_right(starts, c.vs)
        if i > 0 and ends[i - 1] > c.vs:
            continue
        if i < len(starts) and starts[i] < c.ve:
            continue
        starts.insert(i, c.vs)
        ends.insert(i, c.ve)
        kept.append(c)
    kept.sort(key=_VS)
    return kept


_VS = attrgetter("vs")


@lru_cache(maxsize=1)
def _ctx() -> dict[str, Any]:
    ctx = context_data()
    loc = ctx.get("locative") or {}
    words = sorted({fold(w) for w in loc.get("before") or []}, key=len, reverse=True)
    glued = sorted({fold(w) for w in loc.get("before_glued") or []}, key=len, reverse=True)
    before = re.compile(r"(?:(?<![^\W_])(?:" + "|".join(map(re.escape, words)) + r")\s+"
                        + (r"|(?:" + "|".join(map(re.escape, glued)) + r")\s*" if glued else "") + r")$")
    tails = tuple(w.rstrip() for w in [*words, *glued])
    return {
        # what `before` can end with (an exact gate: see `locative_at`); None: no gate
        "loc_before_tails": None if not words or "" in tails else tails,
        "weapon": tuple(ctx.get("weapon_words") or ()),
        "weapon_glued": tuple(ctx.get("weapon_words_glued") or ()),
        "weapon_glued_folded": tuple(fold(w) for w in ctx.get("weapon_words_glued") or ()),
        "vetoes": {fold(k): frozenset(fold(w) for w in v) for k, v in (ctx.get("vetoes") or {}).items()},
        "word_vetoes": {(lang, fold(k)): _word_veto(v)
                        for lang, names in (ctx.get("word_vetoes") or {}).items() for k, v in names.items()},
        "loc_before": before,
        "loc_prefix": frozenset(fold(p) for p in loc.get("prefix") or ()),
        "loc_suffix": tuple(fold(s) for s in loc.get("suffix") or ()),
        "first_names": frozenset(fold(p) for p in (ctx.get("person_names") or {}).get("first") or ()),
        "surnames": frozenset(fold(p) for p in (ctx.get("person_names") or {}).get("surname") or ()),
        "noun_capitals": frozenset(ctx.get("noun_capitals") or ()),
        "name_stop": frozenset(fold(w) for w in ctx.get("name_stopwords") or ()),
        "generic_forces": {lang: frozenset(fold(w) for w in words)
                           for lang, words in (ctx.get("generic_forces") or {}).items()},
    }


@lru_cache(maxsize=64)
def _pack_category_terms(lang: str | None) -> tuple[str, ...]:
    if not lang:
        return ()
    try:
        from armstrace.lang import load_pack

        cats = load_pack(lang).get("categories") or {}
    except Exception:
        return ()
    return tuple(str(t) for terms in cats.values() for t in (terms or ()))


class _Words:
    """Weapon-context words as one Aho-Corasick automaton (a 500-term regex alternation
    costs ~0.1 ms per window). A term is its literal text up to the first `*`; spaced
    terms need a word start before them (and a word end after them unless starred),
    glued terms (context.yaml `weapon_words_glued`) match anywhere."""

    def __init__(self, spaced: tuple[str, ...], glued: tuple[str, ...]):
        import ahocorasick_rs

        pats: dict[str, tuple[bool, bool]] = {}  # literal -> (check start, check end)
        for t in spaced:
            f = fold(t).strip()
            lit = f.split("*", 1)[0].strip()
            if lit:
                pats[lit] = (True, "*" not in f)
        for t in glued:
            lit = fold(t).strip().split("*", 1)[0].strip()
            if lit:
                pats[lit] = (False, False)
        self.keys = list(pats)
        self.flags = [pats[k] for k in self.keys]
        self.ac = ahocorasick_rs.AhoCorasick(self.keys) if self.keys else None

    def positions(self, view: str) -> list[int]:
        """Start offsets of all context words in the view (sorted)."""
        if self.ac is None:
            return []
        out = []
        n = len(view)
        for pid, s, e in self.ac.find_matches_as_indexes(view, overlapping=True):
            check_start, check_end = self.flags[pid]
            if check_start and s > 0 and view[s - 1].isalnum():
                continue
            if check_end and e < n and view[e].isalnum():
                continue
            out.append(s)
        out.sort()
        return out


@lru_cache(maxsize=64)
def _words_for(lang: str | None) -> _Words:
    d = _ctx()
    return _Words(d["weapon"] + _pack_category_terms(lang), d["weapon_glued"])


def _window(view: str, vs: int, ve: int) -> tuple[int, int]:
    """+-WINDOW chars around the span, cut at sentence ends."""
    lo, hi = max(0, vs - WINDOW), min(len(view), ve + WINDOW)
    left = view[lo:vs]
    cut = None
    for m in _SENT_END.finditer(left):
        cut = m.end()
    if cut is not None:
        lo += cut
    end = _SENT_END.search(view, ve, hi)
    if end:
        hi = end.start() + 1
    return lo, hi


def _weapon_context(doc: Document, c: Cand, others: list[Cand], words: list[int]) -> bool:
    """Weapon context in the window: another entity, or a context word (positions `words`)."""
    view = doc.view.text
    lo, hi = _window(view, c.vs, c.ve)
    for o in others:
        if o is c or o.ve <= lo or o.vs >= hi:
            continue
        if o.entity.kind in ("maker", "state") and o.role != "capital-location":
            return True
        if o.entity.kind == "system" and not o.entity.needs_context:
            return True
    i = bisect.bisect_left(words, lo)
    while i < len(words) and words[i] < hi:
        if not c.vs <= words[i] < c.ve:
            return True
        i += 1
    return False


_NEXT_WORD = re.compile(r" ([^\W\d_][\w'-]*)")
_PREV_WORD = re.compile(r"([^\W\d_][\w'-]*) $")


def _next_word(text: str, oe: int) -> tuple[int, str] | None:
    m = _NEXT_WORD.match(text, oe)
    return (m.start(1), m.group(1)) if m else None


def _prev_word(text: str, os: int) -> tuple[int, str] | None:
    m = _PREV_WORD.search(text, max(0, os - 40), os)
    return (m.start(1), m.group(1)) if m else None


def _is_name_word(word: str, start: int, starts: set[int]) -> bool:
    """A title-case Latin word (Katz, Abdel; not UAV) that is not an entity or function word."""
    return (word[:1].isupper() and word[:1].isascii() and (len(word) == 1 or word[1:].islower())
            and start not in starts and fold(word) not in _ctx()["name_stop"])


def _person_like(doc: Document, c: Cand, starts: set[int], ends: set[int], after: bool = True,
                 before: bool = False) -> bool:
    """A capitalised non-entity word right after (first name) or before (surname)."""
    text = doc.text
    nxt = _next_word(text, c.oe) if after else None
    if nxt and _is_name_word(nxt[1], nxt[0], starts):
        return True
    if before:
        prv = _prev_word(text, c.os)
        if prv and _is_name_word(prv[1], prv[0], starts) and prv[0] + len(prv[1]) not in ends:
            return True
    return False


def locative_at(view: str, vs: int, ve: int) -> bool:
    """Is the name at view[vs:ve] used as a place ("in Baku", "в Баку", "Bakü'de", "بباكو")?"""
    d = _ctx()
    # glued locative prefix (Arabic ب, Hebrew ב): the letters right before the name
    j = vs
    while j > 0 and view[j - 1].isalpha() and vs - j <= 3:
        j -= 1
    if j < vs and view[j:vs] in d["loc_prefix"]:
        return True
    # `loc_before` ends in a locative word and then spaces: the text before the name must
    # end with one once its spaces are stripped, else the regex cannot match
    tails = d["loc_before_tails"]
    if (tails is None or view[max(0, vs - 24):vs].rstrip().endswith(tails)) \
            and d["loc_before"].search(view, max(0, vs - 24), vs):
        return True
    after = view[ve:ve + 8]
    if not after.startswith(d["loc_suffix"]):
        return False
    return any(after.startswith(s) and (len(after) == len(s) or not after[len(s)].isalpha())
               for s in d["loc_suffix"])


def _is_location(doc: Document, c: Cand) -> bool:
    view = doc.view.text
    if locative_at(view, c.vs, c.ve):
        return True
    # dateline: the capital opens a line and is followed by , : - ( or /
    line_start = view.rfind("\n", 0, c.vs) + 1
    if not view[line_start:c.vs].strip() and re.match(r"\s*[,:(/\-]", view[c.ve:c.ve + 3]):
        return True
    return False


WordVeto = tuple[tuple[str, ...], tuple[str, ...], bool]  # (after, before, after a weapon)


def _word_veto(spec: Any) -> WordVeto:
    """context.yaml `word_vetoes` entry: a list (what follows) or {after, before, after_weapon}."""
    if not isinstance(spec, dict):
        spec = {"after": spec}
    return (tuple(fold(str(w)) for w in spec.get("after") or ()),
            tuple(fold(str(w)) for w in spec.get("before") or ()), bool(spec.get("after_weapon")))


WEAPON_GAP = 2  # view chars between a weapon noun or system and the word it governs ("K2 전차 인도")


def _is_word(view: str, c: Cand, veto: WordVeto, kept: list[Cand], weapon: tuple[str, ...]) -> bool:
    """Is this state name the ordinary word it spells? Told by what follows (인도했다), by the
    word before (첫 인도 "first delivery") or, with `after_weapon`, by a weapon noun or system
    name right before it (K9 자주포 인도를 "the handover of K9 howitzers"; 인도를 alone is India)."""
    after, before, after_weapon = veto
    if after and view.startswith(after, c.ve) or before and view.endswith(before, 0, c.vs):
        return True
    head = view[:c.vs].rstrip()
    if not after_weapon or c.vs - len(head) > WEAPON_GAP:
        return False
    return head.endswith(weapon) or any(o.entity.kind == "system" and 0 <= c.vs - o.ve <= WEAPON_GAP for o in kept)


_KEY_INFO: dict[str, tuple[bool, bool]] = {}


def _key_info(key: str) -> tuple[bool, bool]:
    """(starts with an ASCII letter, one word without digits) for an alias key, cached."""
    info = (key[:1].isascii() and key[:1].isalpha(), " " not in key and not any(ch.isdigit() for ch in key))
    if len(_KEY_INFO) < 200_000:
        _KEY_INFO[key] = info
    return info


def disambiguate(doc: Document, cands: list[Cand]) -> list[Cand]:
    """Resolve overlaps, then apply the context rules above. Returns kept candidates."""
    kept = resolve_overlaps(cands)
    if not kept:
        return kept
    d = _ctx()
    starts = {c.os for c in kept}
    ends = {c.oe for c in kept}
    view = doc.view.text
    out: list[Cand] = []
    words: list[int] | None = None
    names_look_like_nouns = (doc.lang or "") in d["noun_capitals"]
    for c in kept:
        e = c.entity
        if e.kind == "state" and c.role == "capital" and _is_location(doc, c):
            c.role = "capital-location"
    for c in kept:
        e = c.entity
        kind = e.kind
        if kind != "system" and kind != "state":
            out.append(c)
            continue
        info = _KEY_INFO.get(c.key)
        if info is None:
            info = _key_info(c.key)
        latin, plain = info
        if kind == "system" and e.needs_context and plain:
            nxt = re.match(r"[\s-]+([^\W_]+)", view[c.ve:c.ve + 30])
            if nxt and nxt.group(1) in d["vetoes"].get(c.key, ()):
                continue
            if latin and not names_look_like_nouns and _person_like(doc, c, starts, ends):
                continue
            if words is None:
                words = _words_for((doc.lang or "").lower() or None).positions(view)
            if not _weapon_context(doc, c, kept, words):
                continue
        if kind == "system" and latin and plain and not names_look_like_nouns \
                and _person_like(doc, c, starts, ends, after=False, before=True):
            continue  # "Abdel Fattah", "Ahmed Shahed": a word name after a first name
        if kind == "state" and d["word_vetoes"] and (doc.lang, c.key) in d["word_vetoes"] \
                and _is_word(view, c, d["word_vetoes"][(doc.lang, c.key)], kept, d["weapon_glued_folded"]):
            continue  # ko 인도했다, 첫 인도, K2 전차 인도 "delivery", not 인도 "India"
        if kind == "state" and c.role in ("name", "capital") and latin and not names_look_like_nouns:
            first = c.key in d["first_names"]
            surname = c.key in d["surnames"] and (doc.lang or "en").startswith("en")
            if (first or surname) and _person_like(doc, c, starts, ends, after=first, before=surname):
                continue
        out.append(c)
    generic = d["generic_forces"].get(doc.lang or "")
    if generic:
        _refer_forces(view, out, generic)
    return out


FORCE_GAP = 2  # view chars between a state adjective or name and the generic force word it qualifies


def _refer_forces(view: str, kept: list[Cand], generic: frozenset[str]) -> None:
    """A generic force word ("Luftwaffe", "armée de l'air") is the force of the state named
    right beside it ("die thailändische Luftwaffe", "l'armée de l'air malienne"); bare, it is
    the one last named so in the document ("Die Luftwaffe fliegt bereits …" in a story about
    Thailand), else the catalog's home state."""
    last: dict[str, Entity] = {}
    order = sorted(kept, key=_VS)
    for i, c in enumerate(order):
        if c.role != "force" or c.entity.kind != "state" or c.key not in generic:
            continue
        prev = order[i - 1] if i else None
        nxt = order[i + 1] if i + 1 < len(order) else None
        owner = None
        if prev is not None and prev.entity.kind == "state" and prev.role in ("demonym", "name") \
                and 0 <= c.vs - prev.ve <= FORCE_GAP and not view[prev.ve:c.vs].strip(" -"):
            owner = prev.entity
        elif nxt is not None and nxt.entity.kind == "state" and nxt.role == "demonym" \
                and 0 <= nxt.vs - c.ve <= FORCE_GAP and not view[c.ve:nxt.vs].strip(" -"):
            owner = nxt.entity
        if owner is not None:
            last[c.key] = owner
            c.entity = owner
        elif c.key in last:
            c.entity = last[c.key]
