"""Language packs: per-language data (triggers, markers, number and date words) as YAML.

Loaded once per process and folded with the same normaliser as documents, so rules written
in ordinary spelling match the normalised view.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

REQUIRED = ("lang", "name", "script", "boundary", "transfer", "markers", "categories",
            "cooperation", "certainty", "attribution", "numbers", "dates")


class PackLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML without implicit booleans: 'no', 'on', 'yes' are words in a language pack."""


PackLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class PackError(ValueError):
    """A language pack file is malformed; the message names the file and key."""


def available() -> list[str]:
    """Codes of all shipped language packs."""
    root = resources.files("armstrace.lang") / "data"
    return sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".yaml"))


@cache
def load_pack(lang: str) -> dict[str, Any]:
    """The raw pack for `lang` (validated); falls back to an empty pack for unknown languages."""
    path = resources.files("armstrace.lang") / "data" / f"{lang}.yaml"
    if not path.is_file():
        return {"lang": lang, "name": lang, "script": "", "boundary": "word", "transfer": [],
                "markers": {}, "categories": {}, "cooperation": {}, "certainty": {},
                "attribution": {}, "numbers": {}, "dates": {}, "morphology": {}, "missing": True}
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=PackLoader)  # noqa: S506
    validate(data, f"{lang}.yaml")
    return data


def validate(data: Any, filename: str) -> None:
    if not isinstance(data, dict):
        raise PackError(f"{filename}: top level must be a mapping")
    for key in REQUIRED:
        if key not in data:
            raise PackError(f"{filename}: missing required key '{key}'")
    if data["boundary"] not in ("word", "none"):
        raise PackError(f"{filename}: boundary must be 'word' or 'none'")
    stages = {"offered", "ordered", "delivered", "in-use", "suspended"}
    for i, trig in enumerate(data["transfer"] or []):
        if trig.get("stage") not in stages:
            raise PackError(f"{filename}: transfer[{i}] has unknown stage {trig.get('stage')!r}")
        if trig.get("subject") not in ("recipient", "supplier", "none"):
            raise PackError(f"{filename}: transfer[{i}] subject must be recipient|supplier|none")
        if trig.get("agent") is not None and not isinstance(trig["agent"], list):
            raise PackError(f"{filename}: transfer[{i}] agent must be a list of prepositions")
        if not trig.get("terms"):
            raise PackError(f"{filename}: transfer[{i}] has no terms")
