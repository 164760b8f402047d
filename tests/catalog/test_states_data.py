"""Checks on the built states.jsonl: coverage of ISO states, languages, curated demonyms, key aliases."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from armstrace.text.normalize import fold

DATA = (
    Path(__file__).resolve().parents[2] / "src" / "armstrace" / "catalog" / "data" / "states.jsonl"
)
CURATED = (
    "USA RUS CHN FRA DEU GBR ITA ISR TUR KOR ESP NLD SWE UKR CHE NOR POL CZE BRA IND PAK IRN "
    "AZE ARM SAU ARE QAT EGY DZA MAR IRQ SYR JOR KWT OMN BHR LBY NGA ETH ZAF IDN VNM PHL THA "
    "MYS SGP MMR BGD JPN TWN AUS CAN MEX COL ARG CHL PER VEN GRC ROU HRV SRB HUN BLR KAZ UZB "
    "AFG FIN DNK BEL PRT AUT SVK BGR LTU LVA EST GEO PRK SDN"
).split()


@cache
def entities() -> dict[str, dict]:
    with DATA.open(encoding="utf-8") as fh:
        return {e["id"]: e for e in map(json.loads, fh)}


@cache
def index(field: str, lang: str) -> dict[str, set[str]]:
    """Folded alias -> ids, for one field and language (folded as the matcher does)."""
    out: dict[str, set[str]] = {}
    for i, e in entities().items():
        for a in e.get(field, {}).get(lang, []):
            out.setdefault(fold(a), set()).add(i)
    return out


def owners(field: str, lang: str, alias: str) -> set[str]:
    return index(field, lang).get(fold(alias), set())


def test_all_iso_states_present_with_core_languages():
    states = [e for e in entities().values() if e["kind"] == "state"]
    assert len(states) >= 249
    for e in states:
        assert len(e["id"]) == 3 and len(e["iso2"]) == 2
        missing = [lang for lang in ("en", "ar", "ru", "zh") if not e["names"].get(lang)]
        assert not missing, (e["id"], missing)


def test_curated_states_have_demonyms_in_15_languages():
    assert len(CURATED) >= 80
    thin = {
        s: len(entities()[s].get("demonyms", {}))
        for s in CURATED
        if len(entities()[s].get("demonyms", {})) < 15
    }
    assert not thin, thin


@pytest.mark.parametrize(
    ("field", "lang", "alias", "expected"),
    [
        ("names", "fa", "آذربایجان", "AZE"),
        ("names", "vi", "Mỹ", "USA"),
        ("names", "vi", "Ba Tư", "IRN"),
        ("names", "en", "Türkiye", "TUR"),
        ("names", "en", "Turkey", "TUR"),
        ("names", "ru", "КНР", "CHN"),
        ("capitals", "en", "Baku", "AZE"),
        ("capitals", "ru", "Баку", "AZE"),
        ("capitals", "vi", "Hà Nội", "VNM"),
        ("demonyms", "ar", "الإسرائيلية", "ISR"),
        ("demonyms", "ru", "израильских", "ISR"),
        ("demonyms", "de", "israelischen", "ISR"),
        ("forces", "he", 'צה"ל', "ISR"),
        ("forces", "uk", "ЗСУ", "UKR"),
        ("names", "en", "Soviet Union", "USSR"),
        ("names", "vi", "Liên Xô", "USSR"),
    ],
)
def test_known_aliases(field, lang, alias, expected):
    assert owners(field, lang, alias) == {expected}


def test_actors_and_case_sensitive_aliases():
    ussr = entities()["USSR"]
    assert ussr["kind"] == "actor" and ussr["state"] is None
    assert "US" in entities()["USA"]["case_sensitive"]
    for e in entities().values():
        for field in ("names", "demonyms", "capitals", "forces"):
            for lang, vals in e.get(field, {}).items():
                assert vals and all(v.strip() for v in vals), (e["id"], field, lang)
