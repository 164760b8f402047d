"""A state named only as a setting ("after the invasion of Ukraine") takes no role."""

from __future__ import annotations

import pytest

import armstrace


@pytest.mark.parametrize("text, lang", [
    ("After the invasion of Ukraine, Finland bought the Israeli David's Sling system.", "en"),
    ("После вторжения в Украину Финляндия купила израильскую систему Праща Давида.", "ru"),
    ("Tras la invasión de Ucrania, Finlandia compró el sistema israelí David's Sling.", "es"),
])
def test_setting_state_is_not_a_recipient(text: str, lang: str) -> None:
    pairs = {(t["supplier"], t["recipient"]) for t in armstrace.extract(text, lang=lang).transfers}
    assert pairs == {("ISR", "FIN")}
