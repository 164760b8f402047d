"""GraphML, SIPRI-style and coded-event exports on a small hand-made store."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx

from armstrace.document import Document
from armstrace.export.codes import cooperation_codes, transfer_codes
from armstrace.export.formats import export
from armstrace.store import Store


def _t(status: str, quantity=None, year=None, certainty="asserted") -> dict:
    return {"supplier": "FRA", "recipient": "EGY", "system": "Dassault Rafale", "system_id": "rafale",
            "category": "aircraft", "status": status, "certainty": certainty, "year": year,
            "quantity": quantity, "evidence": "quote", "start": 0, "end": 5}


def _store(path: Path) -> Store:
    a = Document(text="Egypt ordered 30 Rafale.", id="a", url="https://example.org/a", lang="en",
                 published="2021-05-04")
    a.transfers = [_t("ordered", 30, 2021)]
    a.cooperation = [{"type": "visit", "actors": ["FRA", "EGY"], "date": "2021-05", "evidence": "x",
                      "start": 0, "end": 1}]
    b = Document(text="Egypt received 6 Rafale.", id="b", lang="en", published="2022-07-01")
    b.transfers = [_t("delivered", 6, 2022), _t("suspended", certainty="denied")]
    s = Store(path)
    s.upsert([a, b])
    return s


def test_codes_follow_the_crosswalk() -> None:
    assert transfer_codes("delivered") == {"cameo": "072", "plover": "AID", "plover_mode": "military"}
    assert transfer_codes("ordered")["cameo"] == "062"
    assert transfer_codes("delivered", "denied") == {} and transfer_codes(None) == {}
    assert cooperation_codes("visit")["plover"] == "CONSULT"
    assert cooperation_codes("protest") == {}


def test_graphml_sipri_events(tmp_path: Path) -> None:
    with _store(tmp_path / "e.db") as s:
        assert export(s, "graphml", tmp_path / "g.graphml") == 1
        g = nx.read_graphml(tmp_path / "g.graphml")
        edge = g.edges["FRA", "EGY"]
        assert edge["claims"] == 3 and "Dassault Rafale" in edge["systems"]
        assert export(s, "sipri", tmp_path / "r.csv") == 1
        row = next(csv.DictReader((tmp_path / "r.csv").open(encoding="utf-8")))
        assert row["designation"] == "Dassault Rafale" and row["number_ordered"] == "30"
        assert row["order_year"] == "2021" and row["delivery_years"] == "2022"
        assert row["number_delivered"] == "6" and "https://example.org/a" in row["comments"]
        assert export(s, "events", tmp_path / "ev.jsonl") == 4
        events = [json.loads(x) for x in (tmp_path / "ev.jsonl").read_text().splitlines()]
        coded = {(e["kind"], e["type"]): e.get("cameo") for e in events}
        assert coded[("transfer", "delivered")] == "072" and coded[("cooperation", "visit")] == "042"
        assert coded[("transfer", "suspended")] is None  # denied: no event code
