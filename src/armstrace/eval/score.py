"""Score extracted records against gold annotations (../shared/corpus/README.md schema).

Optional gold entries are neither rewarded nor penalised; system names are compared through
the catalog (same entity or same family), so "Gripen" matches "Saab JAS 39 Gripen E/F".
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float]:
        return {"p": round(self.precision, 3), "r": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Scores:
    pairs: PRF = field(default_factory=PRF)
    systems: PRF = field(default_factory=PRF)
    cooperation: PRF = field(default_factory=PRF)
    statistics: PRF = field(default_factory=PRF)
    stories: PRF = field(default_factory=PRF)
    status_correct: int = 0
    status_total: int = 0
    negative_docs: int = 0
    negative_false_transfers: int = 0
    pairs_by_lang: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def status_accuracy(self) -> float:
        return self.status_correct / self.status_total if self.status_total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "transfer_pairs": self.pairs.as_dict(),
            "transfer_systems": self.systems.as_dict(),
            "cooperation": self.cooperation.as_dict(),
            "trade_statistics": self.statistics.as_dict(),
            "stories": self.stories.as_dict(),
            "status_accuracy": round(self.status_accuracy, 3),
            "status_matched": self.status_total,
            "negative_docs": self.negative_docs,
            "negative_false_transfers": self.negative_false_transfers,
            "pair_f1_by_lang": {k: v.as_dict() for k, v in sorted(self.pairs_by_lang.items())},
        }


def load_gold(path: Path) -> dict[str, dict[str, Any]]:
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                g = json.loads(line)
                out[g["id"]] = g
    return out


def _status(entry: dict[str, Any]) -> str | None:
    if entry.get("certainty") == "hedged":
        return "claimed"
    return entry.get("status")


class SystemMatcher:
    """Resolves system names to (id, family) through the catalog, tolerant of variants."""

    def __init__(self) -> None:
        try:
            from armstrace.catalog import load_catalog

            self.catalog = load_catalog()
        except Exception:
            self.catalog = None
        self._cache: dict[str, set[str]] = {}

    def keys(self, name: str | None, system_id: str | None = None) -> set[str]:
        if not name and not system_id:
            return set()
        cache_key = f"{system_id}|{name}"
        if cache_key in self._cache:
            return self._cache[cache_key]
        keys = {(name or "").casefold().strip()}
        if self.catalog is not None:
            ents = []
            if system_id:
                e = self.catalog.get(system_id)
                if e is not None:
                    ents.append(e)
            if name and not ents:
                ents = [e for e in self.catalog.lookup(name) if getattr(e, "kind", None) == "system"][:3]
            for e in ents:
                keys.add(e.id)
                fam = getattr(e, "family", None)
                if fam:
                    keys.add(fam)
        self._cache[cache_key] = keys
        return keys


def _match_entries(gold: list[dict], pred: list[dict], same) -> tuple[int, int, int, list[tuple]]:
    """Greedy one-to-one matching; optional gold absorbs matching predictions silently."""
    required = [g for g in gold if not g.get("optional")]
    optional = [g for g in gold if g.get("optional")]
    used = [False] * len(pred)
    matched = []
    tp = 0
    for g in required:
        for i, p in enumerate(pred):
            if not used[i] and same(g, p):
                used[i] = True
                tp += 1
                matched.append((g, p))
                break
    fp = 0
    for i, p in enumerate(pred):
        if used[i]:
            continue
        if any(same(g, p) for g in optional):
            continue
        fp += 1
    fn = len(required) - tp
    return tp, fp, fn, matched


def score(records: Iterable[dict[str, Any]], gold: dict[str, dict[str, Any]],
          langs: dict[str, str] | None = None, systems: SystemMatcher | None = None) -> Scores:
    systems = systems or SystemMatcher()
    s = Scores()
    langs = langs or {}
    by_id = {r["id"]: r for r in records}
    pred_story: dict[str, str | None] = {}
    for doc_id, g in gold.items():
        r = by_id.get(doc_id, {"transfers": [], "cooperation": [], "trade_statistics": []})
        pred_story[doc_id] = r.get("story")
        lang = langs.get(doc_id) or r.get("lang") or g.get("lang") or "?"
        pt = [t for t in r.get("transfers", []) if t.get("supplier") and t.get("recipient")]
        if g.get("negative"):
            s.negative_docs += 1
            s.negative_false_transfers += len(pt)
        # --- pairs: one per distinct (supplier, recipient)
        flags: dict[tuple, list[bool]] = defaultdict(list)
        for t in g.get("transfers", []):
            flags[(t["supplier"], t["recipient"])].append(bool(t.get("optional")))
        gold_pairs = {k: {"k": k, "optional": all(v)} for k, v in flags.items()}
        pred_pairs = [{"k": k} for k in sorted({(t["supplier"], t["recipient"]) for t in pt})]
        tp, fp, fn, _ = _match_entries(list(gold_pairs.values()), pred_pairs, lambda a, b: a["k"] == b["k"])
        doc_prf = PRF(tp, fp, fn)
        s.pairs.add(doc_prf)
        s.pairs_by_lang[lang].add(doc_prf)
        if fp or fn:
            s.errors.append({"id": doc_id, "kind": "pairs", "missed": [k for k in gold_pairs if k not in {p["k"] for p in pred_pairs} and not gold_pairs[k]["optional"]],
                             "spurious": [p["k"] for p in pred_pairs if p["k"] not in gold_pairs]})
        # --- systems: entries with a named system
        gsys = [t for t in g.get("transfers", []) if t.get("system")]
        psys = [t for t in pt if t.get("system")]

        def same_system(a: dict, b: dict) -> bool:
            return (a["supplier"], a["recipient"]) == (b["supplier"], b["recipient"]) and bool(
                systems.keys(a.get("system")) & systems.keys(b.get("system"), b.get("system_id")))

        tp, fp, fn, _ = _match_entries(gsys, psys, same_system)
        s.systems.add(PRF(tp, fp, fn))
        # --- status accuracy over entries matched by (pair, system or category)
        def same_item(a: dict, b: dict) -> bool:
            if (a["supplier"], a["recipient"]) != (b["supplier"], b["recipient"]):
                return False
            if a.get("system"):
                return bool(systems.keys(a.get("system")) & systems.keys(b.get("system"), b.get("system_id")))
            return not b.get("system") and a.get("category") == b.get("category")

        _, _, _, matched = _match_entries(g.get("transfers", []), pt, same_item)
        for ga, pa in matched:
            s.status_total += 1
            s.status_correct += int(ga.get("status") == _status(pa))
        # --- cooperation
        gc = [{"k": (c["type"], frozenset(c["actors"])), "optional": c.get("optional")} for c in g.get("cooperation", [])]
        pc = [{"k": k} for k in {(c["type"], frozenset(c.get("actors") or [])) for c in r.get("cooperation", [])}]
        tp, fp, fn, _ = _match_entries(gc, pc, lambda a, b: a["k"] == b["k"])
        s.cooperation.add(PRF(tp, fp, fn))
        # --- trade statistics: same currency, value within 2 %, importer/exporter when both given
        def same_stat(a: dict, b: dict) -> bool:
            if a.get("currency") != b.get("currency") or not a.get("value") or not b.get("value"):
                return False
            if abs(float(a["value"]) - float(b["value"])) > 0.02 * float(a["value"]):
                return False
            return all(not a.get(k) or not b.get(k) or a[k] == b[k] for k in ("exporter", "importer"))

        tp, fp, fn, _ = _match_entries(g.get("trade_statistics", []), r.get("trade_statistics", []), same_stat)
        s.statistics.add(PRF(tp, fp, fn))
    # --- story pairs
    gold_pairs_st = _story_pairs({k: v.get("story") for k, v in gold.items()})
    pred_pairs_st = _story_pairs(pred_story)
    s.stories = PRF(len(gold_pairs_st & pred_pairs_st), len(pred_pairs_st - gold_pairs_st),
                    len(gold_pairs_st - pred_pairs_st))
    return s


def _story_pairs(stories: dict[str, str | None]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for doc_id, st in stories.items():
        if st:
            groups[st].append(doc_id)
    return {tuple(sorted(p)) for ids in groups.values() for p in combinations(ids, 2)}
