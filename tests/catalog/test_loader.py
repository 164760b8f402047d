"""Loader validation and lookup on fixture files in tmp_path (never the shipped data)."""

from __future__ import annotations

import pytest

from armstrace.catalog.loader import CatalogError, build_catalog, load_catalog


@pytest.fixture
def err(tmp_path, writer, rows):
    def run(**changes) -> str:
        with pytest.raises(CatalogError) as exc:
            build_catalog(writer(tmp_path, **{**rows, **changes}))
        return str(exc.value)
    return run


def test_duplicate_id_names_file_and_entry(err, rows):
    msg = err(systems=rows["systems"] + [dict(rows["systems"][0])])
    assert "systems.jsonl:9" in msg and "'iai-lora'" in msg and "duplicate" in msg


def test_unknown_state(err, rows):
    msg = err(makers=[dict(rows["makers"][0], state="XXX")])
    assert "makers.jsonl:1" in msg and "'iai'" in msg and "XXX" in msg
    assert "sources.jsonl:1" in err(sources=[dict(rows["sources"][0], state="ZZZ")])


def test_bad_category(err, rows):
    rows["systems"][2]["category"] = "drone"
    msg = err(systems=rows["systems"])
    assert "systems.jsonl:3" in msg and "baykar-bayraktar-tb2" in msg and "drone" in msg


def test_alias_shared_within_kind_needs_rule(err, rows):
    rows["systems"][1]["aliases"]["*"].append("TB2")  # Harop and TB2 are unrelated
    msg = err(systems=rows["systems"])
    assert "systems.jsonl" in msg and "'tb2'" in msg and "shared_aliases" in msg


def test_family_variants_and_cross_kind_may_share(tmp_path, writer, rows):
    rows["states"][0]["names"]["en"].append("Harop")  # a state name equal to a system alias
    cat = build_catalog(writer(tmp_path, **rows))
    assert ("harop", ("ISR", "iai-harop")) in cat.cross_kind
    assert cat.stats()["cross_kind_shared"] == 1


def test_bad_json_and_kind(tmp_path, writer):
    writer(tmp_path)
    (tmp_path / "makers.jsonl").write_text('{"id": "x", "kind": "maker"}\n{oops\n', encoding="utf-8")
    with pytest.raises(CatalogError, match=r"makers.jsonl:2"):
        build_catalog(tmp_path)
    (tmp_path / "makers.jsonl").write_text('{"id": "x", "kind": "system"}\n', encoding="utf-8")
    with pytest.raises(CatalogError, match=r"makers.jsonl:1 \('x'\): kind"):
        build_catalog(tmp_path)


def test_lookup_get_stats(mini_catalog):
    cat = mini_catalog
    assert cat.get("ISR").name == "Israel"
    assert cat.get("iai").state == "ISR" and cat.get("baykar-bayraktar-tb2").state == "TUR"
    assert [e.id for e in cat.lookup("israel")] == ["ISR"]
    assert [e.id for e in cat.lookup("إسرائيل", lang="ar")] == ["ISR"]
    assert [e.id for e in cat.lookup("Baykar Bayraktar TB2")] == ["baykar-bayraktar-tb2"]
    assert [e.id for e in cat.lookup("Lockheed Martin F-16V")] == ["f-16v"]  # maker prefix dropped
    assert [e.id for e in cat.lookup("Bayraktar TB-2")] == ["baykar-bayraktar-tb2"]  # near miss
    assert cat.lookup("Xyzzy") == []
    st = cat.stats()
    assert st["by_kind"]["state"] == 9 and st["by_kind"]["system"] == 8
    assert st["by_script"]["ARABIC"] > 0 and st["by_lang"]["ru"] > 0


def test_load_catalog_is_cached(tmp_path, monkeypatch, writer):
    monkeypatch.setenv("ARMSTRACE_CACHE", "off")
    d = writer(tmp_path)
    assert load_catalog(d) is load_catalog(str(d))
