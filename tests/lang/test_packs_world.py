"""Guard the Asian, Middle-Eastern and East-Slavic language packs.

Each pack must validate, and each example sentence must fire at least one trigger of the
expected transfer stage (or cooperation type) on the folded view.
"""

from __future__ import annotations

import pytest

from armstrace.lang import load_pack
from armstrace.lang.terms import find_terms
from lang.packcheck import cases, check_example_fires, check_pack_complete, strings

LANGS = ["vi", "ar", "fa", "ur", "ru", "uk", "tr", "az", "he", "zh", "ja", "ko", "hi", "te"]


@pytest.mark.parametrize("lang", LANGS)
def test_pack_loads_and_is_complete(lang: str) -> None:
    check_pack_complete(lang, max_terms=50)


@pytest.mark.parametrize(("lang", "idx"), cases(LANGS))
def test_example_fires_expected_trigger(lang: str, idx: int) -> None:
    check_example_fires(lang, idx)


@pytest.mark.parametrize("lang", LANGS)
def test_pack_terms_are_strings_and_compile(lang: str) -> None:
    pack = load_pack(lang)
    sections = [pack["transfer"], pack["markers"], pack.get("origin", []), pack["categories"],
                pack["cooperation"], pack["certainty"], pack.get("negation", []),
                pack["attribution"], pack.get("morphology", {}), pack.get("abbreviations", []),
                pack["numbers"]["currencies"], pack["numbers"]["words"],
                pack["numbers"]["scales"], pack["dates"]]
    for section in sections:
        bad = [s for s in strings(section) if not isinstance(s, (str, int, float))
               or isinstance(s, bool)]
        assert not bad, f"{lang}: non-string entries {bad[:5]}"
    lists = [t["terms"] for t in pack["transfer"]] + list(pack["categories"].values()) \
        + list(pack["cooperation"].values()) + list(pack["certainty"].values())
    for terms in lists:
        assert all(isinstance(t, str) and t.strip() for t in terms), terms[:3]
        find_terms(terms, "", pack["boundary"])  # compiles the alternation
