"""Load and validate the built catalog (data/*.jsonl) into an in-memory alias index.

One process loads it once (`load_catalog` is cached). Aliases are folded with the same
normaliser as document views so that a hit in the view is a hit on the alias. Validation
fails loudly with the file and entry, because a wrong alias silently damages extraction.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from armstrace.text.normalize import _TABLE, normalize
from armstrace.vocabulary import CATEGORIES

FILES = ("states.jsonl", "systems.jsonl", "makers.jsonl", "sources.jsonl")
KINDS = {"states.jsonl": ("state", "actor"), "systems.jsonl": ("system",),
         "makers.jsonl": ("maker",), "sources.jsonl": ("source",)}
# alias-map key in the entry -> mention role (states/actors); other kinds use "aliases"
STATE_ROLES = (("names", "name"), ("demonyms", "demonym"), ("capitals", "capital"), ("forces", "force"))


class CatalogError(ValueError):
    """The catalog data is inconsistent; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class Entity:
    """One catalog entity. `states` holds the ISO3 codes it belongs to (may be empty)."""

    id: str
    kind: str  # state | actor | system | maker | source
    name: str
    states: tuple[str, ...] = ()
    category: str | None = None
    family: str | None = None
    makers: tuple[str, ...] = ()
    type: str | None = None
    needs_context: bool = False
    raw: dict[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def state(self) -> str | None:
        """The one state a mention of this entity stands for (states: itself)."""
        if self.kind == "state":
            return self.id
        return self.states[0] if self.states else None


class AliasEntry(NamedTuple):
    """One (folded alias, entity, role) with the conditions under which a hit counts.
    (A NamedTuple: ~100k are built at load time, frozen dataclasses are 4x slower.)"""

    entity: int  # index into Catalog.entities
    role: str  # name | demonym | capital | force (states/actors); name for other kinds
    langs: frozenset[str]
    alias: str  # as written in the data (first spelling seen)
    cs_forms: tuple[str, ...] = ()  # exact spellings required (case-sensitive alias), else ()
    capitalised: bool = False  # alias written with a capital (cased scripts): the text must be too
    needs_suffix: bool = False  # inflection stem (Израил- for Израиль): a case ending must follow
    needs_prefix: frozenset[str] = frozenset()  # Arabic "ال"-less stem: only after لل …


_SCRIPT: dict[str, str] = {}


def script_of(ch: str) -> str:
    """Coarse script class of a character: the first word of its Unicode name (LATIN,
    ARABIC, CYRILLIC …; CJK for Han and kana), '' for non-word characters, '*' for
    combining marks (they belong to the letter before). Cached per character."""
    s = _SCRIPT.get(ch)
    if s is None:
        cat = unicodedata.category(ch)
        if cat[0] not in "LMN":
            s = ""
        elif cat[0] == "M":
            s = "*"
        elif ch.isdigit() and ch.isascii():
            s = "LATIN"
        else:
            try:
                s = unicodedata.name(ch).split(" ", 1)[0]
            except ValueError:
                s = "OTHER"
            if s in ("CJK", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC", "HALFWIDTH", "FULLWIDTH"):
                s = "CJK"
        _SCRIPT[ch] = s
    return s


def alias_script(alias: str) -> str:
    """Script of the first letter of an alias (LATIN when it has none: '155')."""
    if alias.isascii():
        return "LATIN"
    for ch in alias:
        if ch.isalpha():
            return script_of(ch)
    return "LATIN"


def _load_context() -> dict[str, Any]:
    path = resources.files("armstrace.catalog") / "context.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def context_data() -> dict[str, Any]:
    """Disambiguation data (context.yaml), loaded once."""
    return _load_context()


def fold_alias(alias: str) -> str:
    """Fold an alias exactly as `normalize` folds document text."""
    return normalize(alias).text


def _auto_case_sensitive(alias: str) -> bool:
    """Short ALL-CAPS Latin acronyms (US, UK, UAE, IAI) would hit ordinary words once folded."""
    if not alias.isascii() or len(alias) > 12:
        return False
    letters = [c for c in alias if c.isalpha()]
    return (0 < len(letters) <= 4 and all(c.isascii() and c.isupper() for c in letters)
            and not any(c.isdigit() for c in alias))


class Catalog:
    """All entities plus an index folded-alias -> AliasEntry list."""

    def __init__(self, entities: list[Entity], aliases: dict[str, list[AliasEntry]],
                 cross_kind: list[tuple[str, tuple[str, ...]]], source_dir: str,
                 shared_rules: dict[str, str | None] | None = None):
        self.entities = entities
        self.shared_rules = shared_rules or {}  # folded alias -> preferred id (None: ignore alias)
        self.by_id = {e.id: e for e in entities}
        self.aliases = aliases
        self.cross_kind = cross_kind  # (folded alias, ids of different kinds sharing it)
        self.source_dir = source_dir
        self.langs = frozenset(lang for entries in aliases.values() for a in entries
                               for lang in a.langs if lang != "*")
        self._fuzzy_keys: list[str] | None = None
        self.warnings: list[str] = []  # non-fatal data problems (unknown maker ids …)

    def get(self, entity_id: str) -> Entity | None:
        return self.by_id.get(entity_id)

    def __len__(self) -> int:
        return len(self.entities)

    def _exact(self, key: str, lang: str | None) -> list[Entity]:
        entries = self.aliases.get(key, [])
        entries = [a for a in entries if not a.needs_suffix and not a.needs_prefix]
        if lang:
            pref = [a for a in entries if lang in a.langs or "*" in a.langs]
            entries = pref or entries
        out: list[Entity] = []
        for a in entries:
            e = self.entities[a.entity]
            if e not in out:
                out.append(e)
        return out

    def lookup(self, name: str, lang: str | None = None) -> list[Entity]:
        """Entities named `name`: exact folded alias first, then without leading words
        (a maker prefix: "Lockheed Martin F-16"), then a rapidfuzz near miss (Latin only)."""
        key = " ".join(fold_alias(name).split())
        if not key:
            return []
        hit = self._exact(key, lang)
        if hit:
            return hit
        if "(" in key:  # "LIG Nex1 Chiron (Shingung)": without, then inside the brackets
            outside = " ".join(re.sub(r"\([^)]*\)", " ", key).split())
            for variant in [outside] + re.findall(r"\(([^)]+)\)", key):
                hit = self.lookup(variant, lang) if variant and variant != key else []
                if hit:
                    return hit
        words = key.split()
        for i in range(1, len(words)):
            rest = " ".join(words[i:])
            if len(rest) >= 3:
                hit = self._exact(rest, lang)
                if hit:
                    return hit
        if alias_script(key) != "LATIN" or len(key) < 4:
            return []
        from rapidfuzz import fuzz, process

        if self._fuzzy_keys is None:
            self._fuzzy_keys = [k for k in self.aliases if len(k) >= 4 and alias_script(k) == "LATIN"]
        best = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=88)
        return self._exact(best[0], lang) if best else []

    def stats(self) -> dict[str, Any]:
        """Counts by entity kind, alias script and alias language."""
        by_kind: dict[str, int] = {}
        for e in self.entities:
            by_kind[e.kind] = by_kind.get(e.kind, 0) + 1
        by_script: dict[str, int] = {}
        by_lang: dict[str, int] = {}
        n = 0
        for key, entries in self.aliases.items():
            s = alias_script(key)
            for a in entries:
                n += 1
                by_script[s] = by_script.get(s, 0) + 1
                for lang in a.langs:
                    by_lang[lang] = by_lang.get(lang, 0) + 1
        return {"entities": len(self.entities), "aliases": n, "patterns": len(self.aliases),
                "by_kind": by_kind, "by_script": dict(sorted(by_script.items(), key=lambda x: -x[1])),
                "by_lang": dict(sorted(by_lang.items(), key=lambda x: -x[1])),
                "cross_kind_shared": len(self.cross_kind), "warnings": len(self.warnings)}


def _entity(d: dict[str, Any]) -> Entity:
    kind = d["kind"]
    if kind in ("system",):
        states = tuple(d.get("states") or ())
    else:
        st = d.get("state")
        states = (st,) if st else ()
    return Entity(id=d["id"], kind=kind, name=d.get("name") or d["id"], states=states,
                  category=d.get("category"), family=d.get("family"),
                  makers=tuple(d.get("makers") or ()), type=d.get("type"),
                  needs_context=bool(d.get("needs_context")), raw=d)


def _alias_maps(d: dict[str, Any]) -> list[tuple[str, dict[str, list[str]]]]:
    if d["kind"] in ("state", "actor"):
        maps = [(role, d.get(key) or {}) for key, role in STATE_ROLES]
        if d.get("aliases"):
            maps.append(("name", d["aliases"]))
        return maps
    return [("name", d.get("aliases") or {})]


class _Builder:
    """Accumulates alias entries and checks them while files are read."""

    def __init__(self, ctx: dict[str, Any]):
        self.ctx = ctx
        self.index: dict[tuple[str, int, str, bool, frozenset[str]], dict[str, Any]] = {}
        morph = ctx.get("stems") or {}
        self.stem_strip = {lang: tuple(v) for lang, v in (morph.get("strip_final") or {}).items()}
        self.adjective_cases = {lang: {fold_alias(k): [fold_alias(x) for x in v] for k, v in table.items()}
                                for lang, table in (morph.get("adjective_cases") or {}).items()}
        self.al_prefix = fold_alias(morph.get("arabic_article") or "ال")
        self.al_needs = frozenset(fold_alias(p) for p in morph.get("article_fused") or ["لل"])
        self._memo: dict[tuple[str, bool, bool], Any] = {}
        self._folded: dict[str, str] = {}
        # folded, like the keys: one entry drops every spelling that folds alike
        # (fa کیف and ar كيف, ur چلی and sd چلي)
        self.drop = frozenset(fold_alias(" ".join(str(a).split())) for a in ctx.get("drop_aliases") or ())

    def prefold(self, aliases: set[str]) -> None:
        """Fold all spellings in one `normalize` pass (per-alias calls dominate load time)."""
        clean = sorted({" ".join(a.split()) for a in aliases} - {""})
        # the fast path of `normalize` (translate + lower) on all of them at once; it equals
        # per-alias folding except for characters whose lower case is longer, rechecked here
        folded = "\n".join(clean).translate(_TABLE).lower().split("\n")
        if len(folded) == len(clean):
            for a, f in zip(clean, folded, strict=True):
                self._folded[a] = f if len(f) == len(a) else fold_alias(a)

    def _prepare(self, alias: str, explicit_cs: bool, title_ok: bool) -> tuple[str, str, frozenset[str], bool] | None:
        """(folded key, script, exact forms if case-sensitive, capitalised) for one spelling."""
        alias = " ".join(alias.split())
        key = self._folded.get(alias) or (fold_alias(alias) if alias else "")
        if not key:
            return None
        scr = alias_script(key)
        auto = _auto_case_sensitive(alias)
        forms: frozenset[str] = frozenset()
        if explicit_cs or auto:  # Nato, Kaan (actors, systems; the think tank RUSI is not Rusi)
            forms = frozenset({alias, alias.title()} if auto and title_ok and len(alias) >= 4 else {alias})
        # a capitalised alias in a cased script (Latin, Cyrillic, Greek …) needs a capital in
        # the text: "Того" is Togo, "того" is a pronoun; "Chad" vs "chad"
        cap = not forms and alias[0].isupper()
        return key, scr, forms, cap

    def add(self, ent_idx: int, role: str, lang: str, alias: str, cs_set: set[str],
            title_ok: bool = False) -> None:
        explicit = alias in cs_set
        memo_key = (alias, explicit, title_ok)
        prep = self._memo.get(memo_key, False)
        if prep is False:
            prep = self._memo[memo_key] = self._prepare(alias, explicit, title_ok)
        if prep is None:
            return
        key, scr, forms, cap = prep
        if key in self.drop:
            return
        cap = cap and role != "demonym"  # French/Spanish demonyms are lower-case adjectives
        put = self._put
        put(key, ent_idx, role, lang, alias, forms, cap, False, _NONE)
        if forms:
            return
        # derived patterns for inflected forms (see context.yaml `stems`)
        strip = self.stem_strip.get(lang) or self.stem_strip.get(scr)
        if strip:
            for k in (key, *self._declined(key, lang)):
                if k[-1] in strip and len(k.rsplit(" ", 1)[-1]) >= 4 and len(k) >= 5:
                    put(k[:-1], ent_idx, role, lang, alias, forms, cap, True, _NONE)
        if scr == "ARABIC" and len(key) >= 5 and key.startswith(self.al_prefix):
            put(key[len(self.al_prefix):], ent_idx, role, lang, alias, forms, cap, False, self.al_needs)
        if scr == "LATIN" and lang == "*" and "-" in key:
            # F-16 -> F16, F 16 (designations are written all three ways)
            for variant in (key.replace("-", ""), key.replace("-", " ")):
                if len(variant) >= 3:
                    put(variant, ent_idx, role, lang, alias, forms, cap, False, _NONE)

    def _declined(self, key: str, lang: str) -> list[str]:
        """A multiword name's leading adjectives in each oblique case (ru "Южная Корея" ->
        "южной корея", "южную корея"; the noun's own ending is left to the stem rule)."""
        table = self.adjective_cases.get(lang)
        words = key.split(" ")
        if not table or len(words) < 2:
            return []
        heads = []
        for w in words[:-1]:
            end = next((e for e in sorted(table, key=len, reverse=True) if w.endswith(e) and len(w) > len(e) + 2), None)
            if end is None:
                return []
            heads.append((w[: len(w) - len(end)], table[end]))
        n = min(len(alts) for _, alts in heads)
        return [" ".join([stem + alts[i] for stem, alts in heads] + words[-1:]) for i in range(n)]

    def _put(self, key: str, ent: int, role: str, lang: str, alias: str, forms: frozenset[str],
             cap: bool, needs_suffix: bool, needs_prefix: frozenset[str]) -> None:
        k = (key, ent, role, needs_suffix, needs_prefix)
        slot = self.index.get(k)
        if slot is None:
            self.index[k] = [{lang}, alias, set(forms), bool(forms), cap]
        else:
            slot[0].add(lang)
            if forms:
                slot[2] |= forms
            else:
                slot[3] = False  # a case-free spelling anywhere wins
            slot[4] = slot[4] and cap

    def finish(self) -> dict[str, list[AliasEntry]]:
        out: dict[str, list[AliasEntry]] = {}
        interned: dict[frozenset[str], frozenset[str]] = {}
        for (key, ent, role, ns, npfx), (langs_set, alias, forms_set, cs, cap) in self.index.items():
            forms = tuple(sorted(forms_set)) if cs else ()
            langs = frozenset(langs_set)
            langs = interned.setdefault(langs, langs)
            entry = AliasEntry(ent, role, langs, alias, forms, cap, ns, npfx)
            lst = out.get(key)
            if lst is None:
                out[key] = [entry]
            else:
                lst.append(entry)
        return out


_NONE: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _default_dir() -> Path:
    # cached: extraction calls load_catalog() per sentence, and importlib.resources costs ~0.2 ms
    return Path(str(resources.files("armstrace.catalog") / "data"))


def _read_jsonl(path: Path) -> list[tuple[int, dict[str, Any]]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append((no, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise CatalogError(f"{path.name}:{no}: invalid JSON ({exc.msg})") from None
    return rows


def build_catalog(data_dir: Path, ctx: dict[str, Any] | None = None) -> Catalog:
    """Read and validate the four JSONL files in `data_dir` (uncached)."""
    ctx = context_data() if ctx is None else ctx
    rows: list[tuple[str, int, dict[str, Any]]] = []
    for fname in FILES:
        path = data_dir / fname
        if not path.is_file():
            if fname == "states.jsonl":
                raise CatalogError(f"{path}: missing (run scripts/build_catalog.py)")
            continue
        for no, d in _read_jsonl(path):
            where = f"{fname}:{no} ({d.get('id')!r})"
            if not isinstance(d, dict) or not d.get("id") or not d.get("kind"):
                raise CatalogError(f"{where}: an entry needs 'id' and 'kind'")
            if d["kind"] not in KINDS[fname]:
                raise CatalogError(f"{where}: kind {d['kind']!r} not allowed in {fname}")
            rows.append((fname, no, d))

    entities: list[Entity] = []
    seen: dict[str, str] = {}
    for fname, no, d in rows:
        where = f"{fname}:{no} ({d['id']!r})"
        if d["id"] in seen:
            raise CatalogError(f"{where}: duplicate id, first defined at {seen[d['id']]}")
        seen[d["id"]] = f"{fname}:{no}"
        entities.append(_entity(d))
    states = {e.id for e in entities if e.kind in ("state", "actor")}  # USSR, East Germany …
    warnings: list[str] = []
    ids = set(seen)
    for (fname, no, _d), e in zip(rows, entities, strict=True):
        where = f"{fname}:{no} ({e.id!r})"
        for st in e.states:
            if st not in states:
                raise CatalogError(f"{where}: unknown state {st!r}")
        if e.kind == "system":
            if e.category not in CATEGORIES:
                raise CatalogError(f"{where}: bad category {e.category!r}")
            if e.family and e.family not in ids:
                raise CatalogError(f"{where}: unknown family {e.family!r}")
            for m in e.makers:
                if m not in ids:  # recorded, not fatal: the entity itself is still right
                    warnings.append(f"{where}: unknown maker {m!r}")

    builder = _Builder(ctx)
    builder.prefold({a for _f, _n, d in rows for _r, amap in _alias_maps(d) if isinstance(amap, dict)
                     for names in amap.values() for a in names or () if isinstance(a, str)})
    for i, ((_fname, _no, d), _e) in enumerate(zip(rows, entities, strict=True)):
        cs_set = set(d.get("case_sensitive") or ())
        builder.add(i, "name", "en" if d["kind"] in ("state", "actor") else "*", d.get("name") or "", cs_set)
        for role, amap in _alias_maps(d):
            if not isinstance(amap, dict):
                raise CatalogError(f"{_fname}:{_no} ({d['id']!r}): alias map for {role} must be {{lang: [..]}}")
            for lang, names in amap.items():
                for alias in names or ():
                    builder.add(i, role, lang, alias, cs_set, d["kind"] in ("actor", "system"))
    aliases = builder.finish()
    cross = _check_shared(aliases, entities, rows, ctx)
    rules = {fold_alias(k): v for k, v in (ctx.get("shared_aliases") or {}).items()}
    cat = Catalog(entities, aliases, cross, str(data_dir), rules)
    cat.warnings = warnings
    return cat


def _related(a: Entity, b: Entity) -> bool:
    """Systems of one family (or a family and its variants) may share aliases."""
    fa, fb = a.family or a.id, b.family or b.id
    return fa == fb or fa == b.id or fb == a.id


def _check_shared(aliases: dict[str, list[AliasEntry]], entities: list[Entity],
                  rows: list[tuple[str, int, dict[str, Any]]], ctx: dict[str, Any]) -> list[tuple[str, tuple[str, ...]]]:
    """Same-kind sharing needs a rule (context.yaml `shared_aliases`); cross-kind is recorded."""
    rules = {fold_alias(k): v for k, v in (ctx.get("shared_aliases") or {}).items()}
    cross: list[tuple[str, tuple[str, ...]]] = []
    for key, entries in aliases.items():
        ents = {a.entity for a in entries if not a.needs_suffix and not a.needs_prefix}
        if len(ents) < 2:
            continue
        by_kind: dict[str, list[int]] = {}
        for i in ents:
            k = "state" if entities[i].kind in ("state", "actor") else entities[i].kind
            by_kind.setdefault(k, []).append(i)
        if len(by_kind) > 1:
            cross.append((key, tuple(sorted(entities[i].id for i in ents))))
        for idxs in by_kind.values():
            if len(idxs) < 2 or key in rules:
                continue
            idxs.sort()
            first = entities[idxs[0]]
            for j in idxs[1:]:
                other = entities[j]
                if not _related(first, other):
                    fname, no, _ = rows[j]
                    raise CatalogError(
                        f"{fname}:{no} ({other.id!r}): alias {key!r} is also an alias of {first.id!r} "
                        f"({rows[idxs[0]][0]}:{rows[idxs[0]][1]}); add a rule under shared_aliases "
                        "in catalog/context.yaml or remove one alias")
    return cross


def _cache_file(data_dir: Path) -> Path | None:
    """Where a pickled build of `data_dir` lives: keyed on the content of the data files,
    context.yaml and this module, so any edit invalidates it. ARMSTRACE_CACHE=off disables."""
    base = os.environ.get("ARMSTRACE_CACHE")
    if base == "off":
        return None
    root = Path(base) if base else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "armstrace"
    h = hashlib.sha1(f"{sys.version_info[:2]}".encode())
    for path in [data_dir / f for f in FILES] + [Path(__file__), Path(__file__).with_name("context.yaml")]:
        h.update(path.name.encode())
        if path.is_file():
            h.update(path.read_bytes())
    return root / f"catalog-{h.hexdigest()[:20]}.pickle"


@lru_cache(maxsize=4)
def _cached(data_dir: str) -> Catalog:
    """Build once per data version; later processes unpickle (~5x faster than a build)."""
    path = Path(data_dir)
    cache = None
    try:
        cache = _cache_file(path)
        if cache is not None and cache.is_file():
            cat = pickle.loads(cache.read_bytes())
            if isinstance(cat, Catalog):
                return cat
    except Exception:  # an unreadable or stale cache is only a lost speed-up
        pass
    cat = build_catalog(path)
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps(cat, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, cache)
        except OSError:
            pass
    return cat


def load_catalog(data_dir: Path | str | None = None) -> Catalog:
    """The validated catalog (cached per process and directory)."""
    if not data_dir:
        return _cached(_default_dir_str())
    return _cached(str(Path(data_dir)))


@lru_cache(maxsize=1)
def _default_dir_str() -> str:
    return str(_default_dir())


def lookup(name: str, lang: str | None = None) -> list[Entity]:
    """Entities named `name` in the shipped catalog."""
    return load_catalog().lookup(name, lang)


def get(entity_id: str) -> Entity | None:
    """The entity with this id in the shipped catalog."""
    return load_catalog().get(entity_id)
