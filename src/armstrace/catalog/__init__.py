"""The catalog: states, actors, weapon systems, makers and sources, and the matcher that
finds them in documents. Data in `data/*.jsonl` (see SCHEMA.md), logic here."""

from armstrace.catalog.loader import (
    Catalog,
    CatalogError,
    Entity,
    get,
    load_catalog,
    lookup,
)
from armstrace.catalog.matcher import find_mentions

__all__ = ["Catalog", "CatalogError", "Entity", "find_mentions", "get", "load_catalog", "lookup"]
