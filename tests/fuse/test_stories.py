"""Story clustering on hand-made documents: cross-language joins, near-misses kept apart."""

from __future__ import annotations

from pathlib import Path

from armstrace.fuse.stories import assign_stories, cluster_store, story_rows
from armstrace.store import Store
from tests.fuse.conftest import make_doc, transfer

RAFALE = transfer("FRA", "EGY", "Rafale", "ordered", quantity=30)


def _deal_docs():
    return [
        make_doc("en", "Egypt orders 30 Rafale jets from France in a deal worth 4 billion.", "en",
                 "2021-05-04", [RAFALE], ("FRA", "EGY")),
        make_doc("fr", "L'Egypte commande 30 Rafale supplementaires a la France.", "fr",
                 "2021-05-05", [RAFALE], ("FRA", "EGY")),
        make_doc("later", "The first of the 30 Rafale jets landed in Egypt.", "en", "2022-09-01",
                 [transfer("FRA", "EGY", "Rafale", "delivered", quantity=30)], ("FRA", "EGY")),
        make_doc("other", "Brazil and Colombia held naval talks about 12 patrol boats.", "en",
                 "2021-05-04", [], ("BRA", "COL")),
    ]


def test_cross_language_join_and_milestone_apart() -> None:
    docs = _deal_docs()
    assign_stories(docs)
    story = {d.id: d.story for d in docs}
    assert story["en"] == story["fr"]
    assert story["later"] != story["en"]  # same deal, a later milestone
    assert story["other"] not in (story["en"], story["later"])


def test_no_dates_no_entities_do_not_glue() -> None:
    docs = [make_doc(f"n{i}", f"Unrelated filler text number {i} about the weather.") for i in range(5)]
    docs += [make_doc("d", "Nothing here either.", published=None)]
    assign_stories(docs)
    assert len({d.story for d in docs}) == len(docs)
    assert all(d.story for d in docs)


def test_identical_text_under_two_ids_share_a_story() -> None:
    text = "Egypt orders 30 Rafale jets from France, officials said on Tuesday in Cairo."
    docs = [make_doc("a", text, published="2021-05-04"), make_doc("b", text),
            make_doc("c", text + " Reuters.", published="2021-05-04")]
    assign_stories(docs)
    assert docs[0].story == docs[1].story == docs[2].story
    assert docs[1].meta["duplicate_of"] == "a"


def test_store_is_incremental(tmp_path: Path) -> None:
    first, second = _deal_docs()[:1] + _deal_docs()[3:], _deal_docs()[1:3]
    with Store(tmp_path / "s.db") as store:
        store.upsert(first)
        cluster_store(store)
        before = {r["id"]: r["story"] for r in store.query("SELECT id, story FROM documents")}
        store.upsert(second)
        cluster_store(store)
        after = {r["id"]: r["story"] for r in store.query("SELECT id, story FROM documents")}
        assert {k: after[k] for k in before} == before  # existing stories keep their ids
        assert after["fr"] == after["en"] and after["later"] != after["en"]
        rows = story_rows(store, min_documents=2)
        assert len(rows) == 1 and rows[0]["ids"] == ["en", "fr"] and rows[0]["languages"] == ["en", "fr"]
        cluster_store(store)  # nothing new: a no-op
        assert {r["id"]: r["story"] for r in store.query("SELECT id, story FROM documents")} == after


def test_store_links_syndicated_copy(tmp_path: Path) -> None:
    text = ("Egypt has ordered thirty more Rafale fighter jets from France in a deal that officials "
            "in Cairo and Paris described as the largest this year, according to the ministry. The "
            "jets will be delivered over three years, and the contract also covers training for "
            "pilots and maintenance crews at two air bases in the north of the country, the "
            "defence ministry added in a short statement published late on Tuesday evening.")
    with Store(tmp_path / "s.db") as store:
        store.upsert([make_doc("orig", text, published="2021-05-04", states=("FRA", "EGY"))])
        cluster_store(store)
        store.upsert([make_doc("copy", "CAIRO (Wire) - " + text, states=("FRA", "EGY"))])
        cluster_store(store)
        rows = {r["id"]: r for r in store.query("SELECT id, story, duplicate_of FROM documents")}
        assert rows["copy"]["story"] == rows["orig"]["story"]
        assert rows["copy"]["duplicate_of"] is not None
