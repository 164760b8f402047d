"""State names that are also first names: person-like context, but not in German."""

from __future__ import annotations

import armstrace


def _states(text: str, lang: str) -> set[str]:
    return {m.state for m in armstrace.extract(text, lang=lang).mentions if m.kind == "state"}


def test_english_first_name_is_not_a_state() -> None:
    assert "ISR" not in _states("Defence Minister Israel Katz visited the base.", "en")


def test_german_capitalised_noun_after_a_state_keeps_it() -> None:
    assert "ISR" in _states("Aserbaidschan hat von Israel Drohnen gekauft.", "de")
