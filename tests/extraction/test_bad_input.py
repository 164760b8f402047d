"""Hostile input stays bounded: many entities, absurd numbers, huge lines, mixed scripts."""

from __future__ import annotations

import armstrace
from armstrace.document import Document


def test_sentence_naming_fifty_states_is_capped_with_warning() -> None:
    names = ["France", "Germany", "Italy", "Spain", "Poland", "Egypt", "India", "Japan", "Brazil",
             "Chile"] * 5
    text = "Israel sold drones to " + ", ".join(names) + "."
    doc = armstrace.extract(text, lang="en")
    assert any(w.code == "W003" for w in doc.warnings)
    assert len(doc.transfers) <= 40


def test_absurd_numbers_do_not_crash() -> None:
    doc = armstrace.extract("Russia sold 1e309 missiles worth 10^400 dollars and $9" + "9" * 400
                            + " billion to Iran.", lang="en")
    for t in doc.transfers:
        for key in ("quantity", "value"):
            assert t[key] is None or t[key] < float("inf")


def test_long_line_is_windowed_and_truncated() -> None:
    line = "Turkey delivered TB2 drones to Ukraine " * 30_000  # ~1.2 MB, no sentence end
    doc = armstrace.extract(Document(text=line[:200_000], lang="en"))
    assert any(w.code == "W005" for w in doc.warnings)
    assert doc.transfers


def test_mixed_scripts_in_one_sentence() -> None:
    doc = armstrace.extract("Турция поставила Azerbaijan дроны Bayraktar TB2 و إسرائيل باعت 以色列 Harop.",
                            lang="ru")
    assert all(doc.text[t["start"]:t["end"]] == t["evidence"] for t in doc.transfers)
