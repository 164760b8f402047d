"""Story clustering (placeholder until the clustering module lands)."""

from __future__ import annotations

from typing import Any

from armstrace.document import Document


def assign_stories(docs: list[Document]) -> None:
    return None


def cluster_store(store: Any) -> None:
    return None


def story_rows(store: Any) -> list[dict[str, Any]]:
    return store.query("SELECT story, COUNT(*) AS documents, GROUP_CONCAT(id) AS ids FROM documents "
                       "WHERE story IS NOT NULL GROUP BY story ORDER BY documents DESC")
