"""A tiny catalog written to tmp files: the matcher and loader tests never depend on the
shipped data (which other work regenerates)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

STATES = [
    {"id": "ISR", "kind": "state", "name": "Israel",
     "names": {"en": ["Israel"], "vi": ["Israel"], "ar": ["إسرائيل"], "fa": ["اسرائیل"], "ru": ["Израиль"],
               "uk": ["Ізраїль"], "tr": ["İsrail"], "az": ["İsrail"], "he": ["ישראל"], "fr": ["Israël"],
               "de": ["Israel"], "zh": ["以色列"], "ja": ["イスラエル"], "ko": ["이스라엘"], "es": ["Israel"]},
     "demonyms": {"en": ["Israeli"], "ar": ["إسرائيلي"], "fa": ["اسرائیلی"], "ru": ["израильский", "израильская"],
                  "fr": ["israélien"], "es": ["israelí"]},
     "capitals": {"en": ["Jerusalem"]}, "forces": {"en": ["Israel Defense Forces", "IDF"]}},
    {"id": "AZE", "kind": "state", "name": "Azerbaijan",
     "names": {"en": ["Azerbaijan"], "vi": ["Azerbaijan"], "ar": ["أذربيجان"], "fa": ["آذربایجان", "جمهوری آذربایجان"],
               "ru": ["Азербайджан"], "uk": ["Азербайджан"], "tr": ["Azerbaycan"], "az": ["Azərbaycan"],
               "he": ["אזרבייג'ן"], "fr": ["Azerbaïdjan"], "de": ["Aserbaidschan"], "zh": ["阿塞拜疆"],
               "ja": ["アゼルバイジャン"], "ko": ["아제르바이잔"], "es": ["Azerbaiyán"]},
     "demonyms": {"en": ["Azerbaijani"]},
     "capitals": {"en": ["Baku"], "ru": ["Баку"], "vi": ["Baku"], "ar": ["باكو"], "fa": ["باکو"], "tr": ["Bakü"],
                  "az": ["Bakı"], "he": ["באקו"]}},
    {"id": "RUS", "kind": "state", "name": "Russia",
     "names": {"en": ["Russia"], "ru": ["Россия"], "vi": ["Nga"], "ar": ["روسيا"]},
     "demonyms": {"en": ["Russian"]}, "capitals": {"en": ["Moscow"], "ru": ["Москва"]}},
    {"id": "TUR", "kind": "state", "name": "Turkey",
     "names": {"en": ["Turkey", "Türkiye"], "tr": ["Türkiye"], "vi": ["Thổ Nhĩ Kỳ"]}, "capitals": {"en": ["Ankara"]}},
    {"id": "USA", "kind": "state", "name": "United States",
     "names": {"en": ["United States", "US", "USA"], "vi": ["Mỹ"], "ko": ["미국"]}, "capitals": {"en": ["Washington"]}},
    {"id": "FRA", "kind": "state", "name": "France", "names": {"en": ["France"], "fr": ["France"]},
     "capitals": {"en": ["Paris"]}},
    {"id": "GBR", "kind": "state", "name": "United Kingdom", "names": {"en": ["United Kingdom", "UK"], "vi": ["Anh"]}},
    {"id": "JOR", "kind": "state", "name": "Jordan", "names": {"en": ["Jordan"]}},
    {"id": "CHN", "kind": "state", "name": "China", "names": {"en": ["China"], "ar": ["الصين"], "zh": ["中国"]}},
    {"id": "NATO", "kind": "actor", "name": "NATO", "state": None, "names": {"en": ["NATO"]}},
]
SYSTEMS = [
    {"id": "iai-lora", "kind": "system", "name": "IAI LORA", "family": "iai-lora", "variant": None,
     "makers": ["iai"], "states": ["ISR"], "category": "missile",
     "aliases": {"*": ["LORA"]}, "needs_context": False, "case_sensitive": ["LORA"]},
    {"id": "iai-harop", "kind": "system", "name": "IAI Harop", "family": "iai-harop", "variant": None,
     "makers": ["iai"], "states": ["ISR"], "category": "loitering-munition",
     "aliases": {"*": ["Harop"], "ru": ["Хароп"], "fa": ["هاروپ"]}, "needs_context": False},
    {"id": "baykar-bayraktar-tb2", "kind": "system", "name": "Baykar Bayraktar TB2",
     "family": "baykar-bayraktar-tb2", "variant": None, "makers": [], "states": ["TUR"], "category": "uav",
     "aliases": {"*": ["Bayraktar TB2", "TB2", "Bayraktar"], "ar": ["بيرقدار"]}, "needs_context": False},
    {"id": "dassault-rafale", "kind": "system", "name": "Dassault Rafale", "family": "dassault-rafale",
     "variant": None, "makers": [], "states": ["FRA"], "category": "aircraft",
     "aliases": {"*": ["Rafale"]}, "needs_context": True},
    {"id": "spike", "kind": "system", "name": "Spike", "family": "spike", "variant": None, "makers": [],
     "states": ["ISR"], "category": "missile", "aliases": {"*": ["Spike"]}, "needs_context": True},
    {"id": "mim-104-patriot", "kind": "system", "name": "MIM-104 Patriot", "family": "mim-104-patriot",
     "variant": None, "makers": [], "states": ["USA"], "category": "air-defence",
     "aliases": {"*": ["Patriot", "MIM-104"]}, "needs_context": True},
    {"id": "f-16", "kind": "system", "name": "General Dynamics F-16", "family": "f-16", "variant": None,
     "makers": [], "states": ["USA"], "category": "aircraft", "aliases": {"*": ["F-16"]}, "needs_context": False},
    {"id": "f-16v", "kind": "system", "name": "F-16V", "family": "f-16", "variant": "V",
     "makers": [], "states": ["USA"], "category": "aircraft", "aliases": {"*": ["F-16V", "F-16"]},
     "needs_context": False},
]
MAKERS = [
    {"id": "iai", "kind": "maker", "name": "Israel Aerospace Industries", "state": "ISR", "type": "maker",
     "aliases": {"*": ["IAI", "Israel Aerospace Industries"], "he": ["התעשייה האווירית"]}},
]
SOURCES = [
    {"id": "reuters", "kind": "source", "name": "Reuters", "type": "agency", "state": "GBR",
     "aliases": {"*": ["Reuters"], "ar": ["رويترز"]}},
]


def write_catalog(root: Path, states=STATES, systems=SYSTEMS, makers=MAKERS, sources=SOURCES) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, rows in (("states", states), ("systems", systems), ("makers", makers), ("sources", sources)):
        with (root / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return root


@pytest.fixture(scope="session")
def mini_catalog(tmp_path_factory):
    from armstrace.catalog.loader import build_catalog

    return build_catalog(write_catalog(tmp_path_factory.mktemp("catalog")))


@pytest.fixture
def rows():
    """Deep copies of the fixture entries, for tests that break them on purpose."""
    import copy

    return {"states": copy.deepcopy(STATES), "systems": copy.deepcopy(SYSTEMS),
            "makers": copy.deepcopy(MAKERS), "sources": copy.deepcopy(SOURCES)}


@pytest.fixture
def writer():
    return write_catalog
