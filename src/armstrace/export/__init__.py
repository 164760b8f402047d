"""Exports of the store: document records, claim tables and the register."""

from armstrace.export.tables import export_store

__all__ = ["export_store"]
