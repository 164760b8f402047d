"""Guard the Asian, Middle-Eastern and East-Slavic language packs owned by this file.

Each pack must validate, and each example sentence must fire at least one trigger of the
expected transfer stage (or cooperation type) on the folded view.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from armstrace.lang import load_pack
from armstrace.lang.terms import find_terms
from armstrace.text.normalize import fold

LANGS = ["vi", "ar", "fa", "ur", "ru", "uk", "tr", "az", "he", "zh", "ja", "ko", "hi", "te"]
EXAMPLES = Path(__file__).parent / "examples"
STAGES = {"offered", "ordered", "delivered", "in-use", "suspended"}
COOP = ("visit", "exercise", "agreement", "ambassador-recall", "protest")


def _examples(lang: str) -> list[dict]:
    path = EXAMPLES / f"{lang}.yaml"
    if not path.is_file():
        return []
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def _cases() -> list[tuple[str, int]]:
    return [(lang, i) for lang in LANGS for i in range(len(_examples(lang)))]


@pytest.mark.parametrize("lang", LANGS)
def test_pack_loads_and_is_complete(lang: str) -> None:
    pack = load_pack(lang)
    assert not pack.get("missing"), f"{lang}.yaml not found"
    assert pack["lang"] == lang
    assert len(pack["transfer"]) >= 8
    assert {t["stage"] for t in pack["transfer"]} == STAGES
    for trig in pack["transfer"]:
        assert 1 <= len(trig["terms"]) <= 50, trig["terms"][:3]
    for kind in COOP:
        assert pack["cooperation"].get(kind), f"{lang}: no {kind} terms"
    assert pack["certainty"].get("hedge") and pack["certainty"].get("deny")
    assert len(pack["attribution"]["cues"]) >= 5
    assert all("{X}" in c for c in pack["attribution"]["cues"])
    assert len({v for v in pack["dates"]["months"].values()}) == 12
    assert {"USD", "EUR", "RUB"} <= set(pack["numbers"]["currencies"])
    assert pack["numbers"]["scales"]
    for side in ("supplier", "recipient"):
        assert all("{X}" in t for t in pack["markers"][side])
    assert all("{X}" in t for t in pack["origin"])
    assert len(_examples(lang)) >= 6


@pytest.mark.parametrize(("lang", "idx"), _cases())
def test_example_fires_expected_trigger(lang: str, idx: int) -> None:
    pack = load_pack(lang)
    ex = _examples(lang)[idx]
    text = fold(ex["text"])
    boundary = pack["boundary"]
    for tr in ex.get("transfers") or []:
        stage = tr["status"]
        terms = [t for trig in pack["transfer"] if trig["stage"] == stage for t in trig["terms"]]
        assert find_terms(terms, text, boundary), f"{lang}: no {stage} trigger in {ex['text']!r}"
        certainty = tr.get("certainty", "asserted")
        if certainty == "hedged":
            assert find_terms(pack["certainty"]["hedge"], text, boundary), ex["text"]
        if certainty == "denied":
            assert find_terms(pack["certainty"]["deny"], text, boundary), ex["text"]
    for co in ex.get("cooperation") or []:
        terms = pack["cooperation"][co["type"]]
        assert find_terms(terms, text, boundary), f"{lang}: no {co['type']} cue in {ex['text']!r}"
    assert ex.get("transfers") or ex.get("cooperation")


def _strings(node: object) -> list[object]:
    """Every list item and mapping key in a pack section (YAML turns `on`/`no` into bools)."""
    if isinstance(node, dict):
        return [k for k in node] + [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for item in node for s in ([item] if not isinstance(item, (dict, list)) else [])
                + _strings(item)]
    return []


@pytest.mark.parametrize("lang", LANGS)
def test_pack_terms_are_strings_and_compile(lang: str) -> None:
    pack = load_pack(lang)
    sections = [pack["transfer"], pack["markers"], pack.get("origin", []), pack["categories"],
                pack["cooperation"], pack["certainty"], pack.get("negation", []),
                pack["attribution"], pack.get("morphology", {}), pack.get("abbreviations", []),
                pack["numbers"]["currencies"], pack["numbers"]["words"],
                pack["numbers"]["scales"], pack["dates"]]
    for section in sections:
        bad = [s for s in _strings(section) if not isinstance(s, (str, int, float))
               or isinstance(s, bool)]
        assert not bad, f"{lang}: non-string entries {bad[:5]}"
    lists = [t["terms"] for t in pack["transfer"]] + list(pack["categories"].values()) \
        + list(pack["cooperation"].values()) + list(pack["certainty"].values())
    for terms in lists:
        assert all(isinstance(t, str) and t.strip() for t in terms), terms[:3]
        find_terms(terms, "", pack["boundary"])  # compiles the alternation
