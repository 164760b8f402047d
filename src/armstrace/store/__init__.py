"""Embedded SQLite store (WAL): documents, mentions, transfers, cooperation, statistics, errors."""

from armstrace.store.db import DEFAULT_DB, Store

__all__ = ["DEFAULT_DB", "Store"]
