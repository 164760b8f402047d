"""Pack-driven stem variants added by scripts/build_catalog.py (hu Ukrajna -> Ukrajná|nak)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from armstrace.catalog.loader import build_catalog
from armstrace.catalog.matcher import find_mentions
from armstrace.document import Document

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_catalog.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_catalog_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_variants_follow_the_pack_rules(build):
    entries = [
        {"id": "UKR", "names": {"hu": ["Ukrajna"], "en": ["Ukraine"]}, "capitals": {"hu": ["Kijev"]}},
        {"id": "TUR", "names": {"fi": ["Turkki"], "hu": ["Törökország"]}},
        {"id": "XXX", "names": {"hu": ["Kína"]}},
        {"id": "YYY", "names": {"hu": ["Kíná"]}},  # the variant of XXX already names another entity
    ]
    rules = {"hu": {"a": "á", "e": "é"}, "fi": {"kki": "ki", "i": "e"}}
    assert build.stem_variants(entries, rules) == 2
    assert entries[0]["names"]["hu"] == ["Ukrajna", "Ukrajná"]
    assert entries[0]["names"]["en"] == ["Ukraine"]  # other languages untouched
    assert entries[1]["names"]["fi"] == ["Turkki", "Turki"]  # the longest final wins
    assert entries[2]["names"]["hu"] == ["Kína"]


def test_shipped_packs_declare_rules(build):
    rules = build.pack_stem_rules()
    assert rules["hu"]["a"] == "á"
    assert "kki" in rules["fi"]


def test_variant_matches_with_the_ending_outside_the_span(build, rows, writer, tmp_path):
    """The span stays the name, so direction templates such as {X}nak still apply."""
    rows["states"].append({"id": "UKR", "kind": "state", "name": "Ukraine", "names": {"hu": ["Ukrajna"]}})
    build.stem_variants(rows["states"], {"hu": {"a": "á"}})
    cat = build_catalog(writer(tmp_path / "cat", **rows))
    doc = Document("Svédország harcjárműveket adott át Ukrajnának.", lang="hu")
    ms = [m for m in find_mentions(doc, catalog=cat) if m.entity_id == "UKR"]
    assert [(m.text, m.role) for m in ms] == [("Ukrajná", "name")]
