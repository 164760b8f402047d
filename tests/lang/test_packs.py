"""Guard every shipped language pack: it validates, is complete, its terms compile, and each
of its example sentences fires a trigger of the expected stage or cooperation type."""

from __future__ import annotations

import pytest

from armstrace.lang import available
from lang.packcheck import (
    cases,
    check_example_fires,
    check_pack_complete,
    check_terms_are_strings_and_compile,
)

LANGS = available()
MAX_TERMS = {"sr": 80}  # sr lists every term in Latin and Cyrillic


@pytest.mark.parametrize("lang", LANGS)
def test_pack_loads_and_is_complete(lang: str) -> None:
    check_pack_complete(lang, max_terms=MAX_TERMS.get(lang, 50))


@pytest.mark.parametrize("lang", LANGS)
def test_pack_terms_are_strings_and_compile(lang: str) -> None:
    check_terms_are_strings_and_compile(lang)


@pytest.mark.parametrize(("lang", "idx"), cases(LANGS))
def test_example_fires_expected_trigger(lang: str, idx: int) -> None:
    check_example_fires(lang, idx)


def test_at_least_the_issue_languages_ship() -> None:
    required = set("en vi ar fa ru uk tr az hy he fr es de it pt pl zh ja ko id hi ur cs sr sq".split())
    assert required <= set(LANGS)
