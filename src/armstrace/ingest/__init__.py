"""Readers: turn files, folders, archives and stdin into Documents (or coded Problems)."""

from armstrace.ingest.readers import DEFAULT_MAX_CHARS, iter_inputs, read_path

__all__ = ["DEFAULT_MAX_CHARS", "iter_inputs", "read_path"]
