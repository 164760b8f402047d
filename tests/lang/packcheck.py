"""Shared checks for language packs: completeness and example sentences firing triggers."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from armstrace.lang import load_pack
from armstrace.lang.terms import find_terms
from armstrace.text.normalize import fold
from armstrace.vocabulary import COOPERATION_TYPES, STAGES

EXAMPLES = Path(__file__).parent / "examples"


@cache
def examples(lang: str) -> list[dict]:
    path = EXAMPLES / f"{lang}.yaml"
    if not path.is_file():
        return []
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or []  # noqa: S506


def cases(langs: list[str]) -> list[tuple[str, int]]:
    return [(lang, i) for lang in langs for i in range(len(examples(lang)))]


def check_pack_complete(lang: str, max_terms: int = 50) -> None:
    pack = load_pack(lang)
    assert not pack.get("missing"), f"{lang}.yaml not found"
    assert pack["lang"] == lang
    assert len(pack["transfer"]) >= 8
    assert {t["stage"] for t in pack["transfer"]} == set(STAGES)
    for trig in pack["transfer"]:
        assert 1 <= len(trig["terms"]) <= max_terms, trig["terms"][:3]
    for kind in COOPERATION_TYPES:
        assert pack["cooperation"].get(kind), f"{lang}: no {kind} terms"
    assert pack["certainty"].get("hedge") and pack["certainty"].get("deny")
    assert len(pack["attribution"]["cues"]) >= 5
    assert all("{X}" in c for c in pack["attribution"]["cues"])
    assert {"USD", "EUR", "RUB"} <= set(pack["numbers"]["currencies"])
    assert pack["numbers"]["scales"]
    for side in ("supplier", "recipient"):
        assert all("{X}" in t for t in pack["markers"].get(side) or [])
    assert all("{X}" in t for t in pack.get("origin") or [])
    assert len(examples(lang)) >= 6


def check_example_fires(lang: str, idx: int) -> None:
    pack = load_pack(lang)
    ex = examples(lang)[idx]
    text = fold(ex["text"])
    boundary = pack["boundary"]
    for tr in ex.get("transfers") or []:
        stage = tr["status"]
        terms = [t for trig in pack["transfer"] if trig["stage"] == stage for t in trig["terms"]]
        announced = {"offered": "ordered", "ordered": "delivered"}.get(stage)  # "will buy": modality
        later = [t for trig in pack["transfer"] if trig["stage"] == announced for t in trig["terms"]]
        modality = pack.get("modality") or {}
        future_cues = [c for key in ("future", "future_after", "scheduled", "intent") for c in modality.get(key) or []]
        endings = tuple(modality.get("future_suffixes") or ())
        announced_here = find_terms(future_cues, text, boundary) or (
            bool(endings) and any(w.endswith(endings) for w in text.split()))
        assert find_terms(terms, text, boundary) or (
            later and find_terms(later, text, boundary) and announced_here
        ), f"{lang}: no {stage} trigger (nor an announced later stage) in {ex['text']!r}"
        certainty = tr.get("certainty", "asserted")
        if certainty in ("hedged", "denied"):
            cues = pack["certainty"]["hedge" if certainty == "hedged" else "deny"]
            assert find_terms(cues, text, boundary), ex["text"]
    for co in ex.get("cooperation") or []:
        terms = pack["cooperation"][co["type"]]
        assert find_terms(terms, text, boundary), f"{lang}: no {co['type']} cue in {ex['text']!r}"
    assert ex.get("transfers") or ex.get("cooperation")


def strings(node: object) -> list[object]:
    """Every list item and mapping key in a pack section (YAML may turn `on`/`no` into bools)."""
    if isinstance(node, dict):
        return [k for k in node] + [s for v in node.values() for s in strings(v)]
    if isinstance(node, list):
        return [s for item in node for s in ([item] if not isinstance(item, dict | list) else [])
                + strings(item)]
    return []


def check_terms_are_strings_and_compile(lang: str) -> None:
    pack = load_pack(lang)
    sections = [pack["transfer"], pack["markers"], pack.get("origin", []), pack["categories"],
                pack["cooperation"], pack["certainty"], pack.get("negation", []),
                pack["attribution"], pack.get("morphology", {}), pack.get("abbreviations", []),
                pack["numbers"]["currencies"], pack["numbers"]["words"],
                pack["numbers"]["scales"], pack["dates"]]
    for section in sections:
        bad = [s for s in strings(section) if not isinstance(s, str | int | float) or isinstance(s, bool)]
        assert not bad, f"{lang}: non-string entries {bad[:5]}"
    lists = [t["terms"] for t in pack["transfer"]] + list(pack["categories"].values()) \
        + list(pack["cooperation"].values()) + list(pack["certainty"].values())
    for terms in lists:
        assert all(isinstance(t, str) and t.strip() for t in terms), terms[:3]
        find_terms(terms, "", pack["boundary"])  # compiles the alternation
