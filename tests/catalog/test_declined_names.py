"""Multiword state names in oblique cases (Slavic adjective + noun)."""

from __future__ import annotations

import pytest

import armstrace


@pytest.mark.parametrize("text, lang, state", [
    ("Россия продала оружие Южной Корее.", "ru", "KOR"),
    ("Германия приостановила экспорт оружия в Саудовскую Аравию.", "ru", "SAU"),
    ("Поставки Северной Корее запрещены.", "ru", "PRK"),
    ("Росія продала зброю Південній Кореї.", "uk", "KOR"),
    ("Rusko prodalo zbraně Saúdské Arábii.", "cs", "SAU"),
])
def test_declined_multiword_name(text: str, lang: str, state: str) -> None:
    doc = armstrace.extract(text, lang=lang)
    assert state in {m.state for m in doc.mentions if m.kind == "state" and m.role == "name"}
