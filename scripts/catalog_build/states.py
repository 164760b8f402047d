"""Build states.jsonl: ISO 3166-1 states (CLDR names in every Babel locale + curated data) and actors.

Why: names in ~200 languages come for free from CLDR, but what arms news actually uses
(colloquial names, inflected demonyms, capitals as metonyms, armed forces, ministries,
non-state and defunct actors) is curated in data/catalog/states.yaml and actors.yaml.
Regular inflections (ru/uk/pl adjectives, Arabic nisba, Hebrew adjectives, Romance plurals)
are generated here by rule so the YAML lists base forms only.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml
from babel import Locale, localedata

from armstrace.text.normalize import fold

STATES_YAML = "data/catalog/states.yaml"
ACTORS_YAML = "data/catalog/actors.yaml"
FIELDS = ("names", "demonyms", "capitals", "forces")
# Locales that only restate English in another script or are pseudo locales.
SKIP_LOCALES = {"en_Dsrt", "en_Shaw", "hi_Latn", "root"}
# Languages whose CLDR time-zone exemplar city names are added to curated capitals.
CAPITAL_LANGS = ("en vi ar fa ru uk tr az hy he fr es de it pt pl zh ja ko id hi ur "
                 "sq sr el ro cs te fil nl sv fi hu bg th ms bn ka sk hr mk be da no kk").split()
NATIONALITY_LANGS = ("en", "de", "es", "fr", "it", "nl", "fi", "no")
# Known-bad values in i18n-nationality (typos, nouns instead of adjectives).
NATIONALITY_BLOCK = {
    "neuseelandneuseeländisch",
    "emiro",
    "kosov",
    "irani",
    "sudáfricano",
    "bermuda",
}


DROPPED: list[
    tuple[str, str, str, str]
] = []  # (id, field, lang, alias) removed as ambiguous; for review


class CatalogError(ValueError):
    """A curated catalog file is inconsistent; the message names the file and entry."""


# --------------------------------------------------------------------------- YAML loading
class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate mapping keys instead of silently overwriting."""


def _construct_mapping(
    loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False
) -> dict:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise CatalogError(
                f"{loader.name}: duplicate key {key!r} (line {key_node.start_mark.line + 1})"
            )
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _load_yaml(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        loader = _UniqueKeyLoader(fh)
        loader.name = str(path)
        try:
            return loader.get_single_data() or {}
        finally:
            loader.dispose()


# --------------------------------------------------------------------------- helpers
def _add(target: dict[str, list[str]], lang: str, values: list[str]) -> None:
    """Append values to target[lang] keeping order and skipping exact duplicates."""
    bucket = target.setdefault(lang, [])
    for v in values:
        v = re.sub(r"\s+", " ", v).strip()
        if v and v not in bucket:
            bucket.append(v)


def _check_alias_map(where: str, field: str, amap: Any) -> None:
    if amap is None:
        return
    if not isinstance(amap, dict):
        raise CatalogError(f"{where}: {field} must be a mapping lang -> [aliases]")
    for lang, vals in amap.items():
        if not isinstance(lang, str):
            raise CatalogError(
                f"{where}: {field} has a non-string language key {lang!r} (quote 'no', 'on' ...)"
            )
        if not isinstance(vals, list) or not vals:
            raise CatalogError(f"{where}: {field}.{lang} is empty or not a list")
        for v in vals:
            if not isinstance(v, str) or not v.strip() or v.strip() == "=":
                raise CatalogError(
                    f"{where}: {field}.{lang} has an empty or non-string alias {v!r}"
                )


# --------------------------------------------------------------------------- CLDR names
_RU_ABBR = {"о-ва": "острова", "о-в": "остров"}


def clean_cldr_name(name: str, code: str = "") -> list[str]:
    """Turn a CLDR display name into surface forms seen in running text.

    The 'Congo - Kinshasa' disambiguators (CD/CG) are dropped (never written in text);
    other spaced dashes get a hyphenated twin ('Папуа — Новая Гвинея'); parentheses are
    removed ('Myanmar (Burma)' -> 'Myanmar').
    """
    name = name.strip()
    dashed = re.search(r"\s[-–—]\s", name)
    if dashed and code in ("CD", "CG"):
        return []
    out = [name] if "(" not in name else []
    if dashed:
        out.append(re.sub(r"\s[-–—]\s", "-", name))
    if "(" in name:
        bare = re.sub(r"\s*[(（][^)）]*[)）]\s*", " ", name).strip()
        if bare:
            out.append(bare)
    for short, full in _RU_ABBR.items():
        for n in list(out):
            if re.search(rf"(^|\s){short}(\s|$)", n):
                out.append(re.sub(rf"(^|\s){short}(\s|$)", rf"\1{full}\2", n))
    return out


def cldr_names(codes: list[str]) -> dict[str, dict[str, list[str]]]:
    """iso2 -> {lang: [names]} over every Babel locale that has territory names."""
    result: dict[str, dict[str, list[str]]] = {c: {} for c in codes}
    for ident in sorted(localedata.locale_identifiers()):
        parts = ident.split("_")
        if ident in SKIP_LOCALES or (
            len(parts) > 1 and not (len(parts) == 2 and len(parts[1]) == 4)
        ):
            continue  # keep base languages and script variants (zh_Hant), not regional ones
        own = localedata.load(ident, merge_inherited=False).get("territories", {})
        if not own:
            continue
        terr = Locale.parse(ident).territories
        lang = parts[0]
        for code in codes:
            name = terr.get(code)
            if name and name != code:
                _add(result[code], lang, clean_cldr_name(name, code))
    return result


def tz_cities(tz_ids: list[str]) -> dict[str, list[str]]:
    """CLDR exemplar-city names of time zones whose city is a capital, per project language."""
    out: dict[str, list[str]] = {}
    for tz in tz_ids:
        _add(out, "en", [tz.rsplit("/", 1)[-1].replace("_", " ")])
        english = tz.rsplit("/", 1)[-1].replace("_", " ")
        for lang in CAPITAL_LANGS:
            loc = Locale.parse(lang)
            city = loc.time_zones.get(tz, {}).get("city")
            if not city and _latin(lang):
                city = english  # CLDR leaves a city out where it is spelt as in English (tr "Tokyo")
            if city:
                _add(out, lang, [city])
    return out


def _latin(lang: str) -> bool:
    """Is the project's language pack for `lang` written in Latin script?"""
    from armstrace.lang import load_pack

    try:
        return load_pack({"fil": "tl"}.get(lang, lang)).get("script") == "Latn"
    except Exception:
        return False


# --------------------------------------------------------------------------- shared sources
def iso_countries_aliases(shared: Path | None) -> dict[str, dict[str, list[str]]]:
    """Extra names from i18n-iso-countries (MIT): lists of aliases such as 'Mỹ', 'UAE'."""
    out: dict[str, dict[str, list[str]]] = defaultdict(dict)
    if shared is None:
        return out
    folder = shared / "data/sources/country-names-i18n/i18n-iso-countries"
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        lang = data.get("locale", path.stem)
        for code, val in data.get("countries", {}).items():
            vals = val if isinstance(val, list) else [val]
            _add(
                out[code], lang, [n for v in vals if "," not in v for n in clean_cldr_name(v, code)]
            )
    return out


def nationality_adjectives(shared: Path | None) -> dict[str, dict[str, list[str]]]:
    """Nationality adjectives in 8 languages from i18n-nationality (MIT), filtered."""
    out: dict[str, dict[str, list[str]]] = defaultdict(dict)
    if shared is None:
        return out
    folder = shared / "data/sources/country-names-i18n/i18n-nationality"
    for lang in NATIONALITY_LANGS:
        path = folder / f"{lang}.json"
        if not path.exists():
            continue
        for code, val in json.loads(path.read_text(encoding="utf-8"))["nationalities"].items():
            if (
                re.search(r"[(),]|\s-\s", val)
                or len(val) < 3
                or val.casefold() in NATIONALITY_BLOCK
            ):
                continue
            _add(out[code], lang, [val if lang == "en" else val.lower()])
    return out


# --------------------------------------------------------------------------- inflection rules
def _strip_acute(s: str) -> str:
    return s.translate(str.maketrans("áéíóú", "aeiou"))


def inflect(lang: str, base: str) -> list[str]:
    """Expand a base demonym into its common inflected forms.

    A leading '=' marks a literal form (irregular words): no expansion.
    """
    if base.startswith("="):
        return [base[1:]]
    b = base
    forms = [b]
    if " " in b and lang not in ("en", "de", "he"):
        return forms  # multi-word adjectives are listed literally
    if lang == "ru" and re.search(r"[кц]ий$", b):
        s = b[:-2]
        forms += [
            s + e for e in ("ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими")
        ]
    elif lang == "ru" and b.endswith("ый"):
        s = b[:-2]
        forms += [
            s + e for e in ("ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми")
        ]
    elif lang == "uk" and b.endswith("ий"):
        s = b[:-2]
        forms += [
            s + e
            for e in ("ого", "ому", "им", "ім", "а", "ої", "ій", "у", "ою", "е", "і", "их", "ими")
        ]
    elif lang == "pl" and re.search(r"[kc]i$", b):
        s = b[:-1]
        forms += [s + e for e in ("iego", "iemu", "im", "a", "iej", "ą", "ie", "ich", "imi")]
        if b.endswith("ski"):
            forms.append(b[:-3] + "scy")
        elif b.endswith("cki"):
            forms.append(b[:-3] + "ccy")
    elif lang == "de" and b.endswith("sch"):
        forms += [b + e for e in ("e", "en", "er", "es", "em")]
    elif lang == "fr":
        if re.search(r"[ié]en$", b):
            forms += [b + "ne", b + "s", b + "nes"]
        elif b.endswith("e"):
            forms += [b + "s"]
        elif b.endswith("s"):
            forms += [b + "e", b + "es"]
        else:
            forms += [b + "e", b + "s", b + "es"]
    elif lang == "es":
        if b.endswith("o"):
            forms += [b[:-1] + "a", b + "s", b[:-1] + "as"]
        elif b.endswith(("e", "a")):
            forms += [b + "s"]
        elif b.endswith("í"):
            forms += [b + "es", b + "s"]
        elif re.search(r"[éáó][sn]$", b):
            s = _strip_acute(b)
            forms += [s + "a", s + "es", s + "as"]
    elif lang == "it" and not re.search(r"[cg][oa]$", b):
        if b.endswith("o"):
            forms += [b[:-1] + "a", b[:-1] + "i", b[:-1] + "e"]
        elif b.endswith("e"):
            forms += [b[:-1] + "i"]
        elif b.endswith("a"):
            forms += [b[:-1] + "e", b[:-1] + "i"]
    elif lang == "pt":
        if b.endswith("o"):
            forms += [b[:-1] + "a", b + "s", b[:-1] + "as"]
        elif b.endswith(("e", "a")):
            forms += [b + "s"]
        elif b.endswith("ês"):
            s = b[:-2] + "es"
            forms += [s + "a", s + "es", s + "as"]
    elif lang == "en" and re.search(r"[ni]$", b) and not b.endswith("ese"):
        forms += [b + "s"]
    elif lang == "ar" and b.endswith("ي"):
        forms += [b + "ة", b + "ين", b + "ون"]
        forms += ["ال" + f for f in list(forms)]
    elif lang == "he" and b.endswith("י") and " " not in b:
        forms += [b + "ת", b + "ם", b + "ות"]
        forms += ["ה" + f for f in list(forms)]
    elif lang == "hi" and "\u093c" in b:
        forms.append(b.replace("\u093c", ""))  # nukta-less spelling is common online
    return forms


STEM_SUFFIXES = {"zh": ("人", "制"), "ja": ("人", "製"), "ko": ("인", "제", "산")}


def stem_demonyms(lang: str, stem: str) -> list[str]:
    """CJK/Vietnamese demonyms are the name plus a suffix or prefix ('美国人', 'người Nga')."""
    if lang == "vi":
        return [f"người {stem}"]
    return [stem + s for s in STEM_SUFFIXES.get(lang, ())]


# --------------------------------------------------------------------------- curated entities
def _validate_entry(where: str, entry: Any) -> None:
    if not isinstance(entry, dict):
        raise CatalogError(f"{where}: entry must be a mapping")
    for field in (*FIELDS, "stems"):
        _check_alias_map(where, field, entry.get(field))
    cs = entry.get("case_sensitive")
    if cs is not None and (
        not isinstance(cs, list) or not all(isinstance(x, str) and x.strip() for x in cs)
    ):
        raise CatalogError(f"{where}: case_sensitive must be a non-empty list of strings")
    tz = entry.get("capital_tz")
    if tz is not None and (not isinstance(tz, list) or not tz):
        raise CatalogError(f"{where}: capital_tz must be a non-empty list")


def _apply_curated(ent: dict, cur: dict) -> set[str]:
    """Merge a curated entry into ent; return the demonym languages it curates."""
    for lang, vals in (cur.get("names") or {}).items():
        _add(ent["names"], lang, vals)
    for lang, stems in (cur.get("stems") or {}).items():
        _add(ent["names"], lang, stems)
        for s in stems:
            _add(ent["demonyms"], lang, stem_demonyms(lang, s))
    for lang, vals in (cur.get("demonyms") or {}).items():
        for v in vals:
            _add(ent["demonyms"], lang, inflect(lang, v))
    for lang, vals in (cur.get("capitals") or {}).items():
        _add(ent["capitals"], lang, vals)
    for lang, vals in tz_cities(cur.get("capital_tz") or []).items():
        _add(ent["capitals"], lang, vals)
    for lang, vals in (cur.get("forces") or {}).items():
        _add(ent["forces"], lang, vals)
    if cur.get("case_sensitive"):
        ent["case_sensitive"] = list(dict.fromkeys(cur["case_sensitive"]))
    if cur.get("name"):
        ent["name"] = cur["name"]
    return set((cur.get("demonyms") or {}).keys()) | set((cur.get("stems") or {}).keys())


def _drop_ambiguous(
    entities: list[dict], curated: dict[str, set[tuple[str, str, str]]]
) -> list[str]:
    """Drop generated aliases whose folded form also names another entity.

    Curated aliases (listed in `curated[id]` as (field, lang, alias)) are kept; a curated
    alias shared by two entities is reported so that a human decides.
    """
    owners: dict[str, set[str]] = defaultdict(set)
    support: dict[str, Counter[str]] = defaultdict(Counter)  # fold -> entity -> #languages
    for ent in entities:
        for field in FIELDS:
            for vals in ent.get(field, {}).values():
                for f in {fold(v) for v in vals}:
                    owners[f].add(ent["id"])
                    support[f][ent["id"]] += 1
    curated_folds: dict[str, set[str]] = defaultdict(set)
    for eid, items in curated.items():
        for _, _, v in items:
            curated_folds[fold(v)].add(eid)
    report: list[str] = []
    dropped = 0
    for ent in entities:
        eid = ent["id"]
        for field in FIELDS:
            amap = ent.get(field, {})
            for lang in list(amap):
                kept = []
                for v in amap[lang]:
                    f = fold(v)
                    is_curated = (field, lang, v) in curated.get(eid, set())
                    others = owners[f] - {eid}
                    if not others:
                        kept.append(v)
                    elif is_curated:
                        kept.append(v)
                        if curated_folds[f] - {eid}:
                            report.append(
                                f"curated alias {v!r} ({lang}) shared by {sorted(owners[f])}"
                            )
                    elif curated_folds[f] - {eid}:
                        continue  # another entity curates it: it wins
                    elif not (curated_folds[f] & {eid}):
                        # generated on both sides: keep only for a clear majority owner
                        # (a typo in one minor locale must not cost Mauritania its Arabic name)
                        if support[f][eid] >= 2 * max(support[f][o] for o in others):
                            kept.append(v)
                    else:
                        kept.append(v)
                dropped += len(amap[lang]) - len(kept)
                DROPPED.extend((eid, field, lang, v) for v in amap[lang] if v not in kept)
                if kept:
                    amap[lang] = kept
                else:
                    del amap[lang]
    return [f"{dropped} generated aliases dropped as ambiguous", *sorted(set(report))]


def _curated_set(entry: dict) -> set[tuple[str, str, str]]:
    """(field, lang, alias) triples that came from the curated entry (after expansion)."""
    items: set[tuple[str, str, str]] = set()
    for lang, vals in (entry.get("names") or {}).items():
        items |= {("names", lang, v) for v in vals}
    for lang, stems in (entry.get("stems") or {}).items():
        for s in stems:
            items.add(("names", lang, s))
            items |= {("demonyms", lang, d) for d in stem_demonyms(lang, s)}
    for lang, vals in (entry.get("demonyms") or {}).items():
        for v in vals:
            items |= {("demonyms", lang, f) for f in inflect(lang, v)}
    for field in ("capitals", "forces"):
        for lang, vals in (entry.get(field) or {}).items():
            items |= {(field, lang, v) for v in vals}
    return items  # tz-derived capital names count as generated: dropped when ambiguous


def build(repo: Path, shared: Path | None) -> dict[str, list[dict]]:
    """Return {"states.jsonl": [...]} with all ISO 3166-1 states followed by actors."""
    spath, apath = repo / STATES_YAML, repo / ACTORS_YAML
    sdata, adata = _load_yaml(spath), _load_yaml(apath)
    iso: dict[str, str] = sdata.get("iso3166") or {}
    if len(set(iso.values())) != len(iso):
        raise CatalogError(f"{STATES_YAML}: iso3166 maps two alpha-2 codes to one alpha-3")
    by_iso3 = {a3: a2 for a2, a3 in iso.items()}
    curated_states: dict[str, dict] = sdata.get("states") or {}
    for sid, entry in curated_states.items():
        if sid not in by_iso3:
            raise CatalogError(
                f"{STATES_YAML}: states.{sid} is not an ISO 3166-1 alpha-3 code in iso3166"
            )
        _validate_entry(f"{STATES_YAML}: states.{sid}", entry)
    actors: dict[str, dict] = adata.get("actors") or {}
    for aid, entry in actors.items():
        where = f"{ACTORS_YAML}: actors.{aid}"
        if aid in by_iso3:
            raise CatalogError(f"{where}: id collides with an ISO 3166-1 state")
        _validate_entry(where, entry)
        if not entry.get("names"):
            raise CatalogError(f"{where}: names missing")
        st = entry.get("state")
        if st is not None and st not in by_iso3:
            raise CatalogError(f"{where}: state {st!r} is not a known ISO3 code")

    cldr = cldr_names(sorted(iso))
    extra = iso_countries_aliases(shared)
    nat = nationality_adjectives(shared)
    entities: list[dict] = []
    curated: dict[str, set[tuple[str, str, str]]] = {}
    for a2, a3 in sorted(iso.items(), key=lambda kv: kv[1]):
        ent: dict[str, Any] = {
            "id": a3,
            "kind": "state",
            "iso2": a2,
            "names": {},
            "demonyms": {},
            "capitals": {},
            "forces": {},
        }
        for lang, vals in cldr[a2].items():
            _add(ent["names"], lang, vals)
        for lang, vals in extra.get(a2, {}).items():
            _add(ent["names"], lang, vals)
        ent["name"] = (cldr[a2].get("en") or ent["names"].get("en") or [a3])[0]
        cur = curated_states.get(a3)
        curated_langs = _apply_curated(ent, cur) if cur else set()
        for lang, vals in nat.get(a2, {}).items():
            if lang not in curated_langs:
                for v in vals:
                    _add(ent["demonyms"], lang, inflect(lang, v))
        if cur:
            curated[a3] = _curated_set(cur)
        entities.append(ent)
    for aid, entry in sorted(actors.items()):
        ent = {
            "id": aid,
            "kind": "actor",
            "name": entry.get("name") or entry["names"]["en"][0],
            "state": entry.get("state"),
            "type": entry.get("type", "organisation"),
            "names": {},
            "demonyms": {},
            "capitals": {},
            "forces": {},
        }
        _apply_curated(ent, entry)
        curated[aid] = _curated_set(entry)
        entities.append(ent)

    for line in _drop_ambiguous(entities, curated):
        print(f"states: {line}")
    for ent in entities:
        for field in FIELDS:
            if not ent[field]:
                del ent[field]
    return {"states.jsonl": entities}
