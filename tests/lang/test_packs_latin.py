"""Guard the Latin/Greek/Cyrillic/Armenian-script language packs owned by this file.

Each pack must validate, and each example sentence must fire at least one trigger of the
expected transfer stage (or cooperation type) on the folded view.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from armstrace.lang import load_pack
from armstrace.lang.terms import find_terms
from armstrace.text.normalize import fold

LANGS = ["en", "fr", "es", "de", "it", "pt", "pl", "cs", "ro", "el", "tl", "id", "sq", "sr", "hy"]
EXAMPLES = Path(__file__).parent / "examples"
STAGES = {"offered", "ordered", "delivered", "in-use", "suspended"}
COOP = ("visit", "exercise", "agreement", "ambassador-recall", "protest")


@cache
def _examples(lang: str) -> list[dict]:
    path = EXAMPLES / f"{lang}.yaml"
    if not path.is_file():
        return []
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or []  # noqa: S506


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
        limit = 80 if lang == "sr" else 50  # sr lists every term in two scripts
        assert 1 <= len(trig["terms"]) <= limit, trig["terms"][:3]
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
