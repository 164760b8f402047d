"""Sanity checks on the built weapon-system catalog (systems.jsonl), read with json only."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from armstrace.vocabulary import CATEGORIES as VOCAB_CATEGORIES

DATA = (
    Path(__file__).resolve().parents[2] / "src" / "armstrace" / "catalog" / "data" / "systems.jsonl"
)
CATEGORIES = set(VOCAB_CATEGORIES)
NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]")


@pytest.fixture(scope="module")
def systems() -> list[dict]:
    with DATA.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def by_alias(systems: list[dict]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for s in systems:
        for values in s["aliases"].values():
            for a in values:
                index.setdefault(a.casefold(), set()).add(s["id"])
    return index


def test_counts(systems: list[dict]) -> None:
    assert len(systems) >= 800
    native = [
        s
        for s in systems
        if any(NON_LATIN.search(a) for k, v in s["aliases"].items() if k != "*" for a in v)
    ]
    assert len(native) >= 300


def test_fields_valid(systems: list[dict]) -> None:
    ids = [s["id"] for s in systems]
    assert len(ids) == len(set(ids))
    known = set(ids)
    for s in systems:
        assert s["kind"] == "system"
        assert s["category"] in CATEGORIES, s["id"]
        assert s["family"] in known, s["id"]
        assert all(re.fullmatch(r"[A-Z]{3}", c) for c in s["states"]), s["id"]
        assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", m) for m in s["makers"]), s["id"]
        for a in s["case_sensitive"]:
            assert any(a in v for v in s["aliases"].values()), (s["id"], a)


@pytest.mark.parametrize(
    ("alias", "system_id"),
    [
        ("TB-2", "baykar-bayraktar-tb2"),
        ("Байрактар", "baykar-bayraktar-tb2"),
        ("بيرقدار", "baykar-bayraktar-tb2"),
        ("Harop", "iai-harop"),
        ("Spike NLOS", "rafael-spike-nlos"),
        ("LORA", "iai-lora"),
        ("MAM-L", "roketsan-mam-l"),
        ("Su-35", "sukhoi-su-35"),
        ("Су-35", "sukhoi-su-35"),
        ("苏-35", "sukhoi-su-35"),
        ("J-10C", "chengdu-j-10c"),
        ("歼-10C", "chengdu-j-10c"),
        ("Rafale", "dassault-rafale"),
        ("Gripen", "saab-jas-39-gripen"),
        ("JAS-39", "saab-jas-39-gripen"),
        ("K9", "hanwha-k9-thunder"),
        ("CAESAR", "knds-caesar"),
        ("KAAN", "tai-kaan"),
        ("Abrams", "m1-abrams"),
        ("Tomahawk", "raytheon-tomahawk"),
        ("HIMARS", "himars"),
        ("Barak 8", "iai-barak-8"),
        ("JF-17", "pac-jf-17-thunder"),
        ("Shahed-136", "shahed-136"),
        ("Geran-2", "shahed-136"),
        ("كلاشنكوف", "kalashnikov-ak-47"),
    ],
)
def test_lookup(by_alias: dict[str, set[str]], alias: str, system_id: str) -> None:
    assert by_alias.get(alias.casefold()) == {system_id}


def test_variants_point_at_families(systems: list[dict]) -> None:
    fam = {s["id"]: s["family"] for s in systems}
    assert fam["sukhoi-su-30mki"] == "sukhoi-su-30"
    assert fam["mil-mi-171sh"] == "mil-mi-17"
    assert fam["knds-leopard-2a6"] == "knds-leopard-2"
    assert fam["saab-jas-39-gripen-e-f"] == "saab-jas-39-gripen"
    assert fam["pac-jf-17-thunder-block-iii"] == "pac-jf-17-thunder"
    assert fam["dassault-rafale-f4"] == "dassault-rafale"


def test_common_words_need_context(systems: list[dict]) -> None:
    by_id = {s["id"]: s for s in systems}
    for sid in [
        "rafael-spike",
        "raytheon-patriot",
        "knds-leopard-2",
        "knds-caesar",
        "dassault-rafale",
        "fgm-148-javelin",
    ]:
        assert by_id[sid]["needs_context"], sid
    assert "LORA" in by_id["iai-lora"]["case_sensitive"]
