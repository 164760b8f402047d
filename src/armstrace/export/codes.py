"""PLOVER and CAMEO codes for transfer and cooperation claims (mapping lives in codes.yaml).

Denied claims get no code: an event coder records what happened, and a denial is not the
event. Types the crosswalk does not cover (ambassador recall, protest) stay uncoded.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, dict[str, str]]]:
    text = (resources.files("armstrace.export") / "codes.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def transfer_codes(status: str | None, certainty: str | None = None) -> dict[str, Any]:
    """{'cameo', 'plover', 'plover_mode'} for a transfer stage, or {} when it does not map."""
    if certainty == "denied" or not status:
        return {}
    entry = _table()["transfer"].get(status)
    return {k: entry[k] for k in ("cameo", "plover", "plover_mode")} if entry else {}


def cooperation_codes(kind: str | None) -> dict[str, Any]:
    entry = _table()["cooperation"].get(kind or "")
    return {k: entry[k] for k in ("cameo", "plover", "plover_mode")} if entry else {}
