"""Build makers.jsonl and sources.jsonl from the curated data/catalog/{makers,sources}.yaml.

Why: makers, export agencies and news sources have no usable multilingual public list, so
they are curated by hand; this module turns the compact YAML (alias prefixes "~" for
needs-context and "^" for case-sensitive) into the catalog schema and refuses to build
when the data is inconsistent (duplicate ids, unknown ISO3 codes, bad types, one alias
claimed by two entries), because a silent clash would mislabel mentions at run time.
`shared` is only used to print SIPRI Top 100 coverage; the output never depends on it.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from armstrace.text.normalize import fold

MAKERS_YAML = "data/catalog/makers.yaml"
SOURCES_YAML = "data/catalog/sources.yaml"
STATES_YAML = "data/catalog/states.yaml"
DATA_DIR = "src/armstrace/catalog/data"
STATES_JSONL = f"{DATA_DIR}/states.jsonl"
OTHER_JSONL = ("states.jsonl", "systems.jsonl")  # the loader needs ids unique across all files
MAKER_TYPES = frozenset({"maker", "agency"})
SOURCE_TYPES = frozenset({"agency", "outlet", "think-tank", "government", "tracker"})
ENTRY_KEYS = frozenset({"id", "name", "state", "type", "note", "aliases"})
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANG_RE = re.compile(r"^(?:\*|[a-z]{2,3})$")
CONTEXT, CASE = "~", "^"


class CatalogError(ValueError):
    """Curated data is inconsistent; the message names the file and the entries."""


def iso3_codes(repo: Path) -> set[str]:
    """ISO 3166-1 alpha-3 codes, from the states curation (one list for the whole catalog)."""
    spath = repo / STATES_YAML
    if spath.exists():
        data = yaml.safe_load(spath.read_text(encoding="utf-8")) or {}
        codes = set((data.get("iso3166") or {}).values())
        if codes:
            return codes
    jpath = repo / STATES_JSONL
    if jpath.exists():
        with jpath.open(encoding="utf-8") as fh:
            rows = (json.loads(line) for line in fh if line.strip())
            return {r["id"] for r in rows if r.get("kind") == "state"}
    raise CatalogError(f"{STATES_YAML}: no iso3166 table found to validate states against")


def parse_alias(raw: Any, where: str) -> tuple[str, bool, bool]:
    """Split an alias into (text, needs_context, case_sensitive) from its prefixes."""
    if not isinstance(raw, str):
        raise CatalogError(f"{where}: alias {raw!r} is not a string")
    ctx = cs = False
    text = raw
    while text[:1] in (CONTEXT, CASE):
        ctx |= text[0] == CONTEXT
        cs |= text[0] == CASE
        text = text[1:]
    text = text.strip()
    if not text or text != text.strip() or "  " in text:
        raise CatalogError(f"{where}: empty or badly spaced alias {raw!r}")
    return text, ctx, cs


def build_entry(raw: dict, kind: str, where: str, types: frozenset[str], iso3: set[str]) -> dict:
    """Validate one curated entry and convert it to the catalog schema."""
    if not isinstance(raw, dict):
        raise CatalogError(f"{where}: entry is not a mapping")
    unknown = set(raw) - ENTRY_KEYS
    if unknown:
        raise CatalogError(f"{where}: unknown fields {sorted(unknown)}")
    eid, name = raw.get("id"), raw.get("name")
    if not isinstance(eid, str) or not ID_RE.match(eid):
        raise CatalogError(f"{where}: bad id {eid!r} (lowercase, digits, hyphens)")
    where = f"{where} ({eid})"
    if not isinstance(name, str) or not name.strip():
        raise CatalogError(f"{where}: name missing")
    etype = raw.get("type", "maker" if kind == "maker" else None)
    if etype not in types:
        raise CatalogError(f"{where}: type {etype!r} not in {sorted(types)}")
    state = raw.get("state")
    if state is None and kind == "maker":
        raise CatalogError(f"{where}: a maker needs a home state")
    if state is not None and state not in iso3:
        raise CatalogError(f"{where}: state {state!r} is not a known ISO 3166-1 alpha-3 code")

    aliases: dict[str, list[str]] = {}
    context: list[str] = []
    case: list[str] = []
    seen: set[str] = set()
    for lang, values in (raw.get("aliases") or {}).items():
        if not isinstance(lang, str) or not LANG_RE.match(lang):
            raise CatalogError(f"{where}: bad alias language key {lang!r}")
        if not isinstance(values, list):
            raise CatalogError(f"{where}: aliases.{lang} must be a list")
        for value in values:
            text, ctx, cs = parse_alias(value, f"{where} aliases.{lang}")
            if text not in aliases.get(lang, []):
                aliases.setdefault(lang, []).append(text)
            if ctx and text not in context:
                context.append(text)
            if cs and text not in case:
                case.append(text)
            seen.add(fold(text))
    if fold(name) not in seen:  # the display name is an alias unless listed with a prefix
        aliases.setdefault("*", []).insert(0, name)
    entry: dict[str, Any] = {
        "id": eid, "kind": kind, "name": name, "state": state, "type": etype,
        "aliases": {lang: aliases[lang] for lang in sorted(aliases)},
        "needs_context": bool(context), "context_aliases": context, "case_sensitive": case,
    }
    if raw.get("note"):
        entry["note"] = str(raw["note"])
    return entry


def load_entries(repo: Path, rel: str, kind: str, types: frozenset[str], iso3: set[str]) -> list[dict]:
    """Read one curated YAML list and convert every entry."""
    path = repo / rel
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise CatalogError(f"{rel}: expected a list of entries")
    return [build_entry(raw, kind, f"{rel}: entry {i + 1}", types, iso3) for i, raw in enumerate(data)]


def check_unique(groups: list[tuple[str, list[dict]]]) -> None:
    """Raise on duplicate ids or on a folded alias claimed by two entries (across files)."""
    ids: dict[str, str] = {}
    owners: dict[str, tuple[str, str, str]] = {}
    for rel, entries in groups:
        for entry in entries:
            eid = entry["id"]
            if eid in ids:
                raise CatalogError(f"{rel}: duplicate id {eid!r} (also in {ids[eid]})")
            ids[eid] = rel
            for values in entry["aliases"].values():
                for alias in values:
                    key = fold(alias)
                    prev = owners.get(key)
                    if prev and prev[1] != eid:
                        raise CatalogError(
                            f"{rel}: alias {alias!r} of {eid!r} is also an alias of "
                            f"{prev[1]!r} ({prev[0]}: {prev[2]!r})")
                    owners[key] = (rel, eid, alias)


def check_foreign_ids(repo: Path, groups: list[tuple[str, list[dict]]]) -> None:
    """Raise when a maker/source id is already an id in another built catalog file."""
    mine = {e["id"]: rel for rel, entries in groups for e in entries}
    for name in OTHER_JSONL:
        path = repo / DATA_DIR / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for no, line in enumerate(fh, 1):
                if line.strip() and (oid := json.loads(line).get("id")) in mine:
                    raise CatalogError(f"{mine[oid]}: id {oid!r} is already used in {DATA_DIR}/{name}:{no}")


def top100_coverage(shared: Path, makers: list[dict]) -> tuple[int, list[str]]:
    """SIPRI Top 100 companies (2003-2022) whose name is not a maker alias (curation aid)."""
    path = shared / "data/sources/sipri-top100/top100_companies_2003-2022_consolidated.csv"
    if not path.exists():
        return 0, []
    known = {fold(a) for m in makers for vals in m["aliases"].values() for a in vals}
    suffix = re.compile(r"\s+(corp\.?|corporation|group|groupe|inc\.?|co\.)$", re.I)
    with path.open(encoding="utf-8") as fh:
        names = [row["Company"] for row in csv.DictReader(fh)]
    missing = [n for n in names if fold(n) not in known and fold(suffix.sub("", n)) not in known]
    return len(names), missing


def build(repo: Path, shared: Path | None) -> dict[str, list[dict]]:
    """Return {"makers.jsonl": [...], "sources.jsonl": [...]} from the curated YAML."""
    iso3 = iso3_codes(repo)
    makers = load_entries(repo, MAKERS_YAML, "maker", MAKER_TYPES, iso3)
    sources = load_entries(repo, SOURCES_YAML, "source", SOURCE_TYPES, iso3)
    groups = [(MAKERS_YAML, makers), (SOURCES_YAML, sources)]
    check_unique(groups)
    check_foreign_ids(repo, groups)
    if shared is not None:
        total, missing = top100_coverage(shared, makers)
        if total:
            print(f"SIPRI Top 100 (2003-2022): {total - len(missing)}/{total} company names are "
                  f"maker aliases", file=sys.stderr)
    return {"makers.jsonl": makers, "sources.jsonl": sources}
