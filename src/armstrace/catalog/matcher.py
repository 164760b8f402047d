"""Find catalog entities in a document: one Aho-Corasick pass over the folded view.

Why not regexes: ~100k aliases in a dozen scripts; an automaton scans at tens of MB/s.
The automaton finds substrings, so every hit then passes a Unicode-aware boundary check:
the neighbouring letters of the same script must be a proclitic (Arabic و/ب/ال, Hebrew
ה/ב/ל …) or a glued ending (Russian case endings, Persian ها, Korean particles): the
generic affixes of that script (`context.yaml` fallback_morphology) plus those of the
document's language pack (`morphology`) when the pack is written in that script.
Spans are the name itself (affixes excluded), mapped back to the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import Any

import ahocorasick_rs

from armstrace.catalog.disambiguate import Cand, disambiguate
from armstrace.catalog.loader import (
    _SCRIPT,
    AliasEntry,
    Catalog,
    Entity,
    alias_script,
    context_data,
    load_catalog,
)
from armstrace.catalog.loader import (
    script_of as _script,
)
from armstrace.document import Document, Mention
from armstrace.text.normalize import fold, normalize

# ISO 15924 code of a language pack -> the coarse script class used here (loader.script_of)
PACK_SCRIPT = {"Latn": "LATIN", "Cyrl": "CYRILLIC", "Arab": "ARABIC", "Hebr": "HEBREW",
               "Hang": "HANGUL", "Kore": "HANGUL", "Hani": "CJK", "Hans": "CJK", "Hant": "CJK",
               "Jpan": "CJK", "Thai": "THAI", "Grek": "GREEK", "Armn": "ARMENIAN",
               "Geor": "GEORGIAN", "Deva": "DEVANAGARI", "Telu": "TELUGU", "Beng": "BENGALI"}
# scripts written without spaces between words: no boundary check at all
CONTINUOUS = frozenset({"CJK", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN"})

@dataclass(frozen=True)
class Affixes:
    """What may be glued to a name in one script (stacked prefixes, 1-2 suffixes)."""

    prefixes: frozenset[str]
    suffixes: frozenset[str]
    free: bool  # no boundary check (scripts without spaces, `boundary: none`)
    # quick rejects: a glued letter before a name must end some prefix, one after it
    # must start some suffix
    prefix_last: frozenset[str] = frozenset()
    suffix_first: frozenset[str] = frozenset()

    @property
    def max_prefix(self) -> int:
        return max(map(len, self.prefixes), default=0)

    @property
    def max_suffix(self) -> int:
        return max(map(len, self.suffixes), default=0)


def _letters_only(items: list[str]) -> list[str]:
    """Fold affixes; drop those starting with a non-letter ('s, 'den): a quote is a boundary.
    A combining mark counts as a letter (Bengali vowel signs: ভারত|ের, চীন|ে)."""
    out = []
    for a in items or ():
        f = fold(str(a)).strip()
        if f and _script(f[0]) != "":
            out.append(f)
    return out


@lru_cache(maxsize=256)
def affixes_for(lang: str | None, script: str) -> Affixes:
    """Affix rules for a hit in `script` inside a document in `lang`."""
    pack: dict[str, Any] | None = None
    if lang:
        try:
            from armstrace.lang import load_pack

            pack = load_pack(lang)
        except Exception:  # a broken pack must not stop matching; the pack tests report it
            pack = None
    fb = (context_data().get("fallback_morphology") or {}).get(script) or {}
    pre = list(fb.get("prefixes") or [])
    suf = list(fb.get("suffixes") or [])
    free = False
    if pack is not None and not pack.get("missing") and PACK_SCRIPT.get(str(pack.get("script"))) == script:
        # the pack adds its own affixes to the generic ones of its script (a pack listing
        # no Arabic endings must not lose الإسرائيلية)
        morph = pack.get("morphology") or {}
        pre += morph.get("prefixes") or []
        suf += morph.get("suffixes") or []
        free = pack.get("boundary") == "none"
    free = free or script in CONTINUOUS
    pre = _letters_only(pre)
    suf = _letters_only(suf)
    prefixes = {"".join(p) for n in (1, 2, 3) for p in product(pre, repeat=n)}
    suffixes = set(suf) | {a + b for a in suf for b in suf}
    pfx = frozenset(p for p in prefixes if len(p) <= 6)
    sfx = frozenset(s for s in suffixes if len(s) <= 8)
    return Affixes(pfx, sfx, free, frozenset(p[-1] for p in pfx), frozenset(s[0] for s in sfx))


def _run_left(text: str, s: int, script: str, limit: int) -> str | None:
    """Letters of `script` glued before position s ('' at a boundary; None if too long)."""
    j = s
    while j > 0:
        sc = _script(text[j - 1])
        if sc == "" or (sc != script and sc != "*"):
            break
        j -= 1
        if s - j > limit:
            return None
    return text[j:s]


def _run_right(text: str, e: int, script: str, limit: int) -> str | None:
    n = len(text)
    j = e
    while j < n:
        sc = _script(text[j])
        if sc == "" or (sc != script and sc != "*"):
            break
        j += 1
        if j - e > limit:
            return None
    return text[e:j]


@lru_cache(maxsize=256)
def pack_endings(lang: str | None, script: str) -> frozenset[str]:
    """The endings the document's own pack glues to names in `script`: its morphology
    suffixes and the glued tails of its marker templates (kk `{X}ға`), one or two stacked."""
    if not lang:
        return frozenset()
    try:
        from armstrace.lang import load_pack

        pack = load_pack(lang)
    except Exception:  # a broken pack must not stop matching
        return frozenset()
    if pack.get("missing") or PACK_SCRIPT.get(str(pack.get("script"))) != script:
        return frozenset()
    ends = list((pack.get("morphology") or {}).get("suffixes") or [])
    for group in (pack.get("markers") or {}).values():
        for t in group or ():
            tail = str(t).split("{X}", 1)[1] if "{X}" in str(t) else ""
            m = re.match(r"[^\W\d_]+", tail)
            if m:
                ends.append(m.group())
    suf = set(_letters_only(ends))
    return frozenset(suf | {a + b for a in suf for b in suf})


def _prefer_full_names(cands: list[Cand], vtext: str, lang: str | None) -> list[Cand]:
    """Drop a stem hit (Түрки|яға) when the full name of the same entity starts there too
    and what follows the full name is an ending of the document's pack (Түркия|ға): the
    span then ends at the name and the pack's ending templates ({X}ға) can fire. Names
    spelt alike in several languages (Украина, Франция) get the stem of one of them."""
    full: dict[tuple[int, str], int] = {}  # (start, stem key) -> end of the full name
    for c in cands:
        if not c.entry.needs_suffix and len(c.key) > 1:
            full[(c.vs, c.key[:-1])] = c.ve
    if not full:
        return cands
    out = []
    for c in cands:
        if c.entry.needs_suffix:
            fe = full.get((c.vs, c.key))
            if fe is not None and fe < c.ve:
                tail = vtext[fe:c.ve]
                if tail in pack_endings(lang, _script(tail[0])):
                    continue
        out.append(c)
    return out


class Matcher:
    """The automata and per-pattern data for one catalog."""

    def __init__(self, cat: Catalog, overlapping: bool = True):
        self.cat = cat
        self.overlapping = overlapping
        keys: list[str] = []
        entries: list[list[AliasEntry]] = []
        cs: dict[str, list[tuple[str, AliasEntry]]] = {}
        for key, ents in cat.aliases.items():
            plain = [a for a in ents if not a.cs_forms]
            if plain:
                keys.append(key)
                entries.append(plain)
            for a in ents:
                for form in a.cs_forms:
                    cs.setdefault(form, []).append((key, a))
        self.keys = keys
        self.entries = entries
        self.scripts = [(_script(k[0]) or alias_script(k), _script(k[-1]) or alias_script(k)) for k in keys]
        # fast path: patterns with one unconditional entry (most of them)
        self.prefixed = [any(a.needs_prefix for a in ents) for ents in entries]
        self.simple = [ents[0] if len(ents) == 1 and not ents[0].needs_prefix and not ents[0].needs_suffix
                       else None for ents in entries]
        # Latin patterns: 2 = short (< 6 chars), 1 = longer, 0 = other script (see _foreign)
        self.latin = [(2 if len(k) < 6 else 1) if sc[0] == "LATIN" else 0
                      for sc, k in zip(self.scripts, keys, strict=True)]
        # everything the hit loop needs about a pattern, in one tuple
        ents_ = cat.entities
        self.pinfo = [(sc[0], sc[1], a, lat, pre, a is not None and a.capitalised,
                       a.langs if a is not None else frozenset(), ents_[a.entity] if a is not None else None)
                      for sc, a, lat, pre in zip(self.scripts, self.simple, self.latin, self.prefixed, strict=True)]
        kind = ahocorasick_rs.MatchKind.Standard if overlapping else ahocorasick_rs.MatchKind.LeftmostLongest
        # the contiguous NFA scans ~1.3x faster than the default here and builds as fast
        self.ac = (ahocorasick_rs.AhoCorasick(keys, matchkind=kind,
                                              implementation=ahocorasick_rs.Implementation.ContiguousNFA)
                   if keys else None)
        self.cs_forms = list(cs)
        self.cs_entries = [cs[f] for f in self.cs_forms]
        self.cs_ac = (ahocorasick_rs.AhoCorasick(self.cs_forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
                      if self.cs_forms else None)
        prio = context_data().get("kind_priority") or ["state", "actor", "system", "maker", "source"]
        self.prio = {k: i for i, k in enumerate(prio)}
        self._fuzzy: tuple[list[str], list[list[AliasEntry]]] | None = None
        self.lang_alias = {str(k): str(v) for k, v in (context_data().get("lang_aliases") or {}).items()}

    # -- hit checks -------------------------------------------------------------------
    @staticmethod
    def _foreign(a: AliasEntry, latin: int, lang: str | None) -> bool:
        """A Latin alias known only in other languages than the document's (and not in
        English or "*"): Icelandic "Island", Manx "Mena", Turkish "BAE" in English text.
        Short ones (< 6 chars: vi "Anh", "Nga") even when English has them."""
        if not latin or lang is None or "*" in a.langs or lang in a.langs:
            return False
        return latin == 2 or "en" not in a.langs

    def _choose(self, key: str, ok: list[AliasEntry], lang: str | None = None) -> AliasEntry | None:
        if len(ok) == 1:
            return ok[0]
        rules = self.cat.shared_rules
        if key in rules:
            want = rules[key]
            if want is None:
                return None
            for a in ok:
                if self.cat.entities[a.entity].id == want:
                    return a
        ents = self.cat.entities

        def rank(a: AliasEntry) -> tuple[int, int, int, int]:
            e = ents[a.entity]
            root = 0 if (e.family in (None, e.id)) else 1
            own = 0 if lang in a.langs else 1 if "*" in a.langs else 2  # the doc's language first
            return (own, self.prio.get(e.kind, 9), root, a.entity)

        return min(ok, key=rank)

    def _hit(self, text: str, s: int, e: int, key: str, ents: list[AliasEntry], ls: str, rs: str,
             lang: str | None, first: str, affs: dict[str, Any], latin: int = 0) -> tuple[AliasEntry, int] | None:
        """The entry a hit at [s, e) stands for and the length of a glued case ending to
        include in the span (inflected stems only: Израил|ем), or None. `first` is the
        hit's first character in the original text (for the capitalisation rule)."""
        aff_l = affs.get(ls)
        if aff_l is None:
            aff_l = affs[ls] = affixes_for(affs.get("", lang), ls)
        left = right = ""
        pre_ok = True
        if not aff_l.free and s > 0 and _script(text[s - 1]):
            run = _run_left(text, s, ls, 6)
            if run is None:
                return None
            left = run
            pre_ok = run == "" or run in aff_l.prefixes
        if e < len(text) and _script(text[e]):
            aff_r = aff_l if rs == ls else affs.get(rs)
            if aff_r is None:
                aff_r = affs[rs] = affixes_for(affs.get("", lang), rs)
            if not aff_r.free:
                run = _run_right(text, e, rs, 8)
                if run is None or (run and run not in aff_r.suffixes):
                    return None
                right = run
        ok = []
        for a in ents:
            if a.needs_prefix:
                if left not in a.needs_prefix:
                    continue
            elif not pre_ok:
                continue
            if a.needs_suffix and not right:
                continue
            if a.capitalised and not first.isupper():
                continue
            if latin and self._foreign(a, latin, lang):
                continue
            ok.append(a)
        if not ok:
            return None
        chosen = ok[0] if len(ok) == 1 else self._choose(key, ok, lang)
        if chosen is None:
            return None
        return chosen, (len(right) if chosen.needs_suffix else 0)

    # -- main -------------------------------------------------------------------------
    def candidates(self, doc: Document, fuzzy: bool = False) -> list[Cand]:
        """Every hit that passes the boundary and alias conditions (overlaps included)."""
        if doc.view is None:
            doc.view = normalize(doc.text)
        view = doc.view
        vtext: str = view.text
        otext = doc.text
        offsets = view.offsets
        lang = (doc.lang or "").lower() or None
        out: list[Cand] = []
        ents = self.cat.entities
        affs: dict[str, Any] = {"": lang}  # script -> Affixes; "" holds the pack language
        keys, entries, hit = self.keys, self.entries, self._hit
        lang = self.lang_alias.get(lang, lang) if lang else None
        if lang not in self.cat.langs:
            lang = None  # a language the catalog has no names for: no language preference
        sc_get = _SCRIPT.get
        pinfo = self.pinfo
        stems = False  # a stem hit took a glued ending into its span (see _prefer_full_names)

        def get_aff(script: str) -> Affixes:
            aff = affs[script] = affixes_for(affs[""], script)
            return aff

        if self.ac is not None:
            pv = " " + vtext + " "  # pv[s] is the character before a hit [s, e), pv[e + 1] the one after
            for pid, s, e in self.ac.find_matches_as_indexes(vtext, overlapping=self.overlapping):
                # cheap checks first: most hits sit between non-letters (kept at once when
                # the pattern has one plain entry), or inside a word where the glued letter
                # cannot end a prefix / start a suffix (rejected at once)
                lc = pv[s]
                lsc = sc_get(lc)
                if lsc is None:
                    lsc = _script(lc)
                rc = pv[e + 1]
                rsc = sc_get(rc)
                if rsc is None:
                    rsc = _script(rc)
                ls, rs, a, lat, pre, cap, langs, ent = pinfo[pid]
                glued = False
                if lsc and (lsc == ls or lsc == "*"):
                    aff = affs.get(ls) or get_aff(ls)
                    if not aff.free:
                        if not pre and lc not in aff.prefix_last:
                            continue
                        glued = True
                if rsc and (rsc == rs or rsc == "*"):
                    aff = affs.get(rs) or get_aff(rs)
                    if not aff.free:
                        if rc not in aff.suffix_first:
                            continue
                        glued = True
                if a is not None and ent is not None and not glued:
                    o_s = offsets[s]
                    if cap and not otext[o_s].isupper():
                        continue
                    # _foreign, inlined
                    if lat and lang is not None and "*" not in langs and lang not in langs \
                            and (lat == 2 or "en" not in langs):
                        continue
                    out.append(Cand(s, e, o_s, offsets[e - 1] + 1, keys[pid], a, ent, a.role))
                    continue
                key = keys[pid]
                r = hit(vtext, s, e, key, entries[pid], ls, rs, lang, otext[offsets[s]], affs, lat)
                if r is None:
                    continue
                a, extra = r
                e += extra
                stems = stems or extra > 0
                o_s, o_e = offsets[s], offsets[e - 1] + 1
                out.append(Cand(s, e, o_s, o_e, key, a, ents[a.entity], a.role))
        if self.cs_ac is not None:
            for pid, o_s, o_e in self.cs_ac.find_matches_as_indexes(otext):
                form = self.cs_forms[pid]
                pairs = self.cs_entries[pid]
                ls = _script(form[0]) or "LATIN"
                rs = _script(form[-1]) or "LATIN"
                r = hit(otext, o_s, o_e, pairs[0][0], [p[1] for p in pairs], ls, rs, lang,
                        otext[o_s], affs, 2 if ls == "LATIN" and len(form) < 6 else int(ls == "LATIN"))
                if r is None:
                    continue
                a = r[0]
                s, e = view.from_original(o_s), view.from_original(o_e)
                out.append(Cand(s, e, o_s, o_e, pairs[0][0], a, ents[a.entity], a.role))
        if stems:
            out = _prefer_full_names(out, vtext, affs[""])
        if fuzzy:
            out.extend(self._fuzzy_cands(doc, out))
        return out

    # -- optional fuzzy fallback -----------------------------------------------------------
    # a capitalised Latin word of >= 5 letters, with up to three capitalised words after it
    _TOKEN = re.compile(r"(?<![^\W_])[A-Z][^\W_]{4,}(?:-[^\W_]+)*(?: [A-Z][^\W_]*(?:-[^\W_]+)*){0,3}")

    def _fuzzy_cands(self, doc: Document, found: list[Cand]) -> list[Cand]:
        """Latin capitalised names (>= 5 chars) that missed, against system/maker aliases."""
        from rapidfuzz import fuzz, process

        if self._fuzzy is None:
            keys, vals = [], []
            for key, ents in self.cat.aliases.items():
                good = [a for a in ents if self.cat.entities[a.entity].kind in ("system", "maker")
                        and not self.cat.entities[a.entity].needs_context
                        and not a.needs_suffix and not a.needs_prefix]
                if good and len(key) >= 5 and alias_script(key) == "LATIN":
                    keys.append(key)
                    vals.append(good)
            self._fuzzy = (keys, vals)
        keys, vals = self._fuzzy
        if not keys:
            return []
        covered = sorted((c.os, c.oe) for c in found)
        out = []
        view = doc.view
        for m in self._TOKEN.finditer(doc.text):
            if any(s < m.end() and m.start() < e for s, e in covered):
                continue
            tok = fold(m.group())
            if tok in self.cat.aliases:
                continue
            best = process.extractOne(tok, keys, scorer=fuzz.ratio, score_cutoff=92)
            if not best:
                continue
            a = self._choose(best[0], vals[best[2]])
            if a is None:
                continue
            s, e = view.from_original(m.start()), view.from_original(m.end())
            out.append(Cand(s, e, m.start(), m.end(), best[0], a, self.cat.entities[a.entity], a.role))
        return out


@lru_cache(maxsize=4)
def _matcher_for(cat_id: int, overlapping: bool) -> Matcher:
    return Matcher(_CATS[cat_id], overlapping)


_CATS: dict[int, Catalog] = {}


def get_matcher(cat: Catalog | None = None, overlapping: bool = True) -> Matcher:
    """The (cached) matcher for a catalog; building the automata takes ~0.1-0.5 s."""
    cat = cat or load_catalog()
    _CATS[id(cat)] = cat
    return _matcher_for(id(cat), overlapping)


def to_mention(doc: Document, c: Cand) -> Mention:
    e: Entity = c.entity
    if e.kind == "state":
        state: str | None = e.id
    elif e.kind in ("actor", "maker"):
        state = e.state
    else:
        state = None
    if c.role == "capital-location":
        state = None
    return Mention(c.os, c.oe, e.kind, e.id, doc.text[c.os:c.oe],
                   role=c.role if e.kind in ("state", "actor") else "name", state=state,
                   category=e.category if e.kind == "system" else None, name=e.name)


def find_mentions(doc: Document, fuzzy: bool = False, catalog: Catalog | None = None) -> list[Mention]:
    """All catalog mentions in `doc` (sorted by start), after disambiguation.

    Spans index `doc.text`: `doc.text[m.start:m.end] == m.text`. `doc.view` is built when
    missing. `fuzzy=True` adds rapidfuzz near misses for long Latin names (slower).
    """
    m = get_matcher(catalog)
    cands = m.candidates(doc, fuzzy=fuzzy)
    kept = disambiguate(doc, cands)
    return [to_mention(doc, c) for c in kept]
