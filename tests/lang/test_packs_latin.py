"""Guard the Latin/Greek/Cyrillic/Armenian-script language packs.

Each pack must validate, and each example sentence must fire at least one trigger of the
expected transfer stage (or cooperation type) on the folded view.
"""

from __future__ import annotations

import pytest

from lang.packcheck import cases, check_example_fires, check_pack_complete

LANGS = ["en", "fr", "es", "de", "it", "pt", "pl", "cs", "ro", "el", "tl", "id", "sq", "sr", "hy"]


@pytest.mark.parametrize("lang", LANGS)
def test_pack_loads_and_is_complete(lang: str) -> None:
    check_pack_complete(lang, max_terms=80 if lang == "sr" else 50)


@pytest.mark.parametrize(("lang", "idx"), cases(LANGS))
def test_example_fires_expected_trigger(lang: str, idx: int) -> None:
    check_example_fires(lang, idx)
