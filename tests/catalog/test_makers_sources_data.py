"""Built makers.jsonl / sources.jsonl: sizes, schema and a sample of multilingual lookups."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from armstrace.text.normalize import fold

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "armstrace" / "catalog" / "data"


def _load(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


MAKERS = _load("makers.jsonl")
SOURCES = _load("sources.jsonl")


def _index(entries: list[dict]) -> dict[str, str]:
    return {fold(a): e["id"] for e in entries for vals in e["aliases"].values() for a in vals}


MAKER_INDEX = _index(MAKERS)
SOURCE_INDEX = _index(SOURCES)


def test_sizes_and_types() -> None:
    assert len(MAKERS) >= 300
    assert len(SOURCES) >= 120
    assert {e["type"] for e in MAKERS} == {"maker", "agency"}
    assert {e["type"] for e in SOURCES} <= {"agency", "outlet", "think-tank", "government", "tracker"}
    assert all(e["kind"] == "maker" and len(e["state"]) == 3 for e in MAKERS)
    assert all(e["kind"] == "source" for e in SOURCES)


def test_required_ids_exist() -> None:
    ids = {e["id"] for e in MAKERS}
    for mid in ("iai", "elbit", "rafael", "baykar", "roketsan", "tusas", "rosoboronexport",
                "almaz-antey", "lockheed-martin", "raytheon", "knds", "hanwha-aerospace",
                "avic", "pac", "hal", "edge", "iran-aircraft-manufacturing", "dsca"):
        assert mid in ids
    by_id = {e["id"]: e for e in MAKERS}
    assert by_id["rosoboronexport"]["type"] == "agency"
    assert by_id["dsca"]["type"] == "agency"
    assert by_id["airbus"]["state"] == "FRA" and "note" in by_id["airbus"]


@pytest.mark.parametrize(("alias", "expected"), [
    ("IAI", "iai"), ("התעשייה האווירית", "iai"), ("Рособоронэкспорт", "rosoboronexport"),
    ("داسو", "dassault"), ("達梭", "dassault"), ("Baykar", "baykar"), ("بايكار", "baykar"),
    ("Roketsan", "roketsan"), ("Hanwha", "hanwha-aerospace"), ("한화에어로스페이스", "hanwha-aerospace"),
    ("KNDS", "knds"), ("Krauss-Maffei Wegmann", "knds"), ("TUSAŞ", "tusas"),
    ("Алмаз-Антей", "almaz-antey"), ("洛克希德·马丁", "lockheed-martin"),
])
def test_maker_lookup(alias: str, expected: str) -> None:
    assert MAKER_INDEX.get(fold(alias)) == expected


@pytest.mark.parametrize(("alias", "expected"), [
    ("رويترز", "reuters"), ("Рейтер", "reuters"), ("ТАСС", "tass"), ("新华社", "xinhua"),
    ("Tân Hoa Xã", "xinhua"), ("Yonhap", "yonhap"), ("연합뉴스", "yonhap"), ("SIPRI", "sipri"),
    ("Flightradar24", "flightradar24"), ("آسوشیتدپرس", "ap"), ("فرانس برس", "afp"),
    ("خبرگزاری فارس", "fars"), ("Anadolu Ajansı", "anadolu"), ("TTXVN", "vna"),
])
def test_source_lookup(alias: str, expected: str) -> None:
    assert SOURCE_INDEX.get(fold(alias)) == expected


def test_ambiguous_aliases_need_context() -> None:
    by_id = {e["id"]: e for e in SOURCES}
    assert "فارس" in by_id["fars"]["context_aliases"] and by_id["fars"]["needs_context"]
    assert "العربية" in by_id["al-arabiya"]["context_aliases"]
    assert "AP" in by_id["ap"]["case_sensitive"]
    assert "خبرگزاری فارس" not in by_id["fars"]["context_aliases"]


def _tiny_repo(tmp_path: Path, makers: str, sources: str) -> Path:
    cat = tmp_path / "data" / "catalog"
    cat.mkdir(parents=True)
    (cat / "states.yaml").write_text("iso3166: {IL: ISR, TR: TUR}\n", encoding="utf-8")
    (cat / "makers.yaml").write_text(makers, encoding="utf-8")
    (cat / "sources.yaml").write_text(sources, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("makers", "sources", "message"), [
    ("- {id: a, name: A, state: ISR}\n- {id: a, name: B, state: ISR}\n", "[]", "duplicate id"),
    ("- {id: a, name: A, state: XXX}\n", "[]", "ISO 3166-1"),
    ("- {id: a, name: A, state: ISR, type: shop}\n", "[]", "type"),
    ("- {id: a, name: A, state: ISR, aliases: {'*': [Foo]}}\n",
     "- {id: b, name: B, type: outlet, state: TUR, aliases: {'*': [foo]}}\n", "also an alias"),
])
def test_build_rejects_bad_data(tmp_path: Path, makers: str, sources: str, message: str) -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    from catalog_build.makers_sources import CatalogError, build

    repo = _tiny_repo(tmp_path, makers, sources)
    with pytest.raises(CatalogError, match=message):
        build(repo, None)
