"""Fuse tests run without the embedding model: fast, and they exercise the fallback."""

from __future__ import annotations

import pytest

from armstrace.document import Document
from armstrace.fuse import embed


@pytest.fixture(autouse=True)
def _no_embeddings(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ARMSTRACE_NO_EMBED", "1")
    embed._model.cache_clear()
    yield
    embed._model.cache_clear()


def make_doc(doc_id: str, text: str, lang: str = "en", published: str | None = None,
             transfers: list[dict] | None = None, states: tuple[str, ...] = ()) -> Document:
    """A hand-made extracted document (extraction itself is not under test here)."""
    from armstrace.document import Mention

    d = Document(text=text, id=doc_id, lang=lang, published=published)
    d.transfers = transfers or []
    d.mentions = [Mention(0, 1, "state", s, s, state=s) for s in states]
    return d


def transfer(sup: str, rec: str, system: str | None, status: str, **kw) -> dict:
    base = {"supplier": sup, "recipient": rec, "system": system, "system_id": system and system.lower(),
            "category": kw.pop("category", "aircraft"), "status": status, "certainty": "asserted",
            "year": None, "quantity": None, "value": None, "currency": None, "attributed_to": None,
            "evidence": "x", "start": 0, "end": 1}
    base.update(kw)
    return base
