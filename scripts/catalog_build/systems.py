"""Build systems.jsonl (weapon systems) from curated YAML plus SIPRI-derived facts.

Inputs (repo root):
- data/catalog/systems.yaml: curated entries, maker rules, family rules, exclusions.
- data/catalog/systems_sipri_derived.yaml: facts derived once from ../shared (SIPRI
  designation, category, maker state; Oryx origin). Regenerate with
  `python3 scripts/catalog_build/systems.py --refresh [--shared ../shared]`; the build
  itself never reads the SIPRI files, so it is reproducible without ../shared.

Spelling variants (Su-35 / Su 35 / Su35) and Cyrillic designation forms (Су-35, Т-72Б3)
are generated here by rule; digits in other scripts are folded by the normaliser.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
from armstrace.vocabulary import CATEGORIES as VOCAB_CATEGORIES  # noqa: E402

CATEGORIES = set(VOCAB_CATEGORIES)
CURATED = Path("data/catalog/systems.yaml")
DERIVED = Path("data/catalog/systems_sipri_derived.yaml")
# Soviet-era designs are attributed to the successor state that builds them today.
_SIPRI_STATE_FIX = {"Soviet Union": "RUS", "Turkiye": "TUR", "UAE": "ARE", "Czechoslovakia": "CZE"}
_POST_SOVIET = {"RUS", "UKR", "BLR"}


class CatalogError(ValueError):
    """A curated entry is inconsistent; the message names the file and the entry."""


# ---------------------------------------------------------------- ISO3 codes


# Withdrawn alpha-3 codes that CLDR still aliases to a current territory (DDR -> DE).
_WITHDRAWN = {"BUR", "ZAR", "DDR", "FXX", "TMP", "YMD"}


def iso3_by_iso2() -> dict[str, str]:
    """Current ISO 3166-1 alpha-2 -> alpha-3, from Babel's CLDR territory aliases."""
    from babel import Locale
    from babel.core import get_global

    current = set(Locale("en").territories)
    return {
        v[0]: k
        for k, v in get_global("territory_aliases").items()
        if len(k) == 3 and k.isalpha() and len(v) == 1 and v[0] in current and k not in _WITHDRAWN
    }


def iso3_codes() -> set[str]:
    """ISO 3166-1 alpha-3 codes of current territories."""
    return set(iso3_by_iso2().values())


# ---------------------------------------------------------------- slugs and spelling rules


def slug(text: str) -> str:
    """Lowercase ASCII id: 'Baykar Bayraktar TB2' -> 'baykar-bayraktar-tb2'."""
    import unicodedata

    s = text.replace("ı", "i").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    s = s.lower().replace("&", " and ").replace("+", " plus ").replace("'", "")
    s = re.sub(r"[^a-z0-9.]+", "-", s).replace(".", "-")
    return re.sub(r"-+", "-", s).strip("-")


_LD = re.compile(r"(?<=[A-Za-z])-(?=\d)|(?<=\d)-(?=[A-Za-z])")
_L_SP_D = re.compile(r"(?<=[A-Za-z]) (?=\d)")
_CALIBRE = re.compile(r"\s+\d+(?:\.\d+)?mm$")
_L_D_JOIN = re.compile(r"(?<=[A-Za-z])(?=\d)")


def latin_variants(alias: str) -> list[str]:
    """Hyphen/space/no-space variants of a designation: Su-35 -> Su 35, Su35."""
    out = [alias]
    if not re.search(r"\d", alias):
        if "-" in alias:  # Spike-NLOS -> Spike NLOS
            out.append(alias.replace("-", " "))
        return out
    out.append(alias.replace("-", " "))
    out.append(_LD.sub("", alias))  # Su35, F16, Leopard2A6
    out.append(_LD.sub(" ", alias))  # Su 35
    out.append(_L_SP_D.sub("-", alias))  # JAS 39 -> JAS-39
    out.append(_L_SP_D.sub("", alias))  # JAS39
    out.append(_L_D_JOIN.sub("-", alias))  # TB2 -> TB-2
    out.append(_L_D_JOIN.sub(" ", alias))  # TB2 -> TB 2
    res: list[str] = []
    for v in out:
        v = re.sub(r"\s+", " ", v).strip()
        # never emit a bare number or a 1-2 letter token
        if v and v not in res and not _too_short(v.lower()):
            res.append(v)
    return res


_CYR_PREFIX = {
    "Su": "Су",
    "MiG": "МиГ",
    "Mi": "Ми",
    "Ka": "Ка",
    "Tu": "Ту",
    "Il": "Ил",
    "Yak": "Як",
    "An": "Ан",
    "Be": "Бе",
    "Kh": "Х",
    "S": "С",
    "T": "Т",
    "R": "Р",
    "P": "П",
    "BMP": "БМП",
    "BTR": "БТР",
    "BMD": "БМД",
    "BRDM": "БРДМ",
    "ZSU": "ЗСУ",
    "TOS": "ТОС",
    "BM": "БМ",
    "2S": "2С",
    "9M": "9М",
    "9K": "9К",
    "Tor": "Тор",
    "Buk": "Бук",
    "Orlan": "Орлан",
    "Uran": "Уран",
    "Geran": "Герань",
    "Pantsir": "Панцирь",
    "Kub": "Куб",
    "Osa": "Оса",
    "Igla": "Игла",
    "Verba": "Верба",
    "Strela": "Стрела",
    "Msta": "Мста",
}
_CYR_LETTERS = [
    ("Sh", "Ш"),
    ("Kh", "Х"),
    ("Ch", "Ч"),
    ("Zh", "Ж"),
    ("Ts", "Ц"),
    ("A", "А"),
    ("B", "Б"),
    ("V", "В"),
    ("G", "Г"),
    ("D", "Д"),
    ("E", "Э"),
    ("Z", "З"),
    ("I", "И"),
    ("K", "К"),
    ("L", "Л"),
    ("M", "М"),
    ("N", "Н"),
    ("O", "О"),
    ("P", "П"),
    ("R", "Р"),
    ("S", "С"),
    ("T", "Т"),
    ("U", "У"),
    ("F", "Ф"),
]
_CYR_TOKEN = re.compile(
    r"^(" + "|".join(sorted(_CYR_PREFIX, key=len, reverse=True)) + r")-(\d+[A-Za-z0-9\-]*)$"
)


# Ukrainian differs from Russian in a few prefixes (Мі-8, МіГ-29, Іл-76) and letters (И -> І).
_UK_PREFIX = {
    "Mi": "Мі",
    "MiG": "МіГ",
    "Il": "Іл",
    "Igla": "Ігла",
    "Pantsir": "Панцир",
    "Strela": "Стріла",
}
_UK_LETTERS = {"И": "І", "Э": "Е"}


def _cyr_suffix(s: str, lang: str) -> str | None:
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch.isdigit() or ch == "-":
            out.append(ch)
            i += 1
            continue
        for lat, cyr in _CYR_LETTERS:
            if s.startswith(lat, i):
                out.append(_UK_LETTERS.get(cyr, cyr) if lang == "uk" else cyr)
                i += len(lat)
                break
        else:
            return None  # a letter with no agreed Cyrillic form (H, J, Q, W, X, Y, C)
    return "".join(out)


def cyrillic_forms(alias: str, lang: str = "ru") -> list[str]:
    """Russian/Ukrainian spelling of a Soviet-style designation: T-72B3 -> Т-72Б3."""
    m = _CYR_TOKEN.match(alias)
    if not m:
        return []
    suffix = _cyr_suffix(m.group(2), lang)
    if suffix is None:
        return []
    prefix = (_UK_PREFIX.get(m.group(1)) if lang == "uk" else None) or _CYR_PREFIX[m.group(1)]
    base = prefix + "-" + suffix
    forms = [base]
    if m.group(1) in {"Su", "MiG", "Mi", "Ka", "Tu", "Il", "Yak", "An", "Be"}:
        forms.append(base.replace("-", "", 1))  # Су35 is rare but Ми8 / Ан26 occur
    return forms


# Designation prefixes with a settled spelling in other scripts, used only when the number
# follows directly (Su-35 -> سو-35 / 苏-35; J-10C -> 歼-10C). Keyed by the maker state.
_SCRIPT_PREFIX: dict[str, dict[str, dict[str, list[str]]]] = {
    "RUS": {
        "Su": {"ar": ["سو"], "fa": ["سوخو"], "zh": ["苏", "蘇"]},
        "MiG": {"ar": ["ميغ", "ميج"], "fa": ["میگ"], "zh": ["米格"]},
        "Mi": {"ar": ["مي"], "zh": ["米"]},
        "Ka": {"ar": ["كا"], "zh": ["卡"]},
        "Tu": {"ar": ["توبوليف"], "zh": ["图", "圖"]},
        "Il": {"ar": ["إليوشن"], "zh": ["伊尔", "伊爾"]},
        "Yak": {"ar": ["ياك"], "fa": ["یاک"], "zh": ["雅克"]},
        "S": {"ar": ["إس", "اس"], "fa": ["اس"]},
        "T": {"ar": ["تي"], "fa": ["تی"]},
    },
    "USA": {"F": {"ar": ["إف", "اف"], "fa": ["اف"]}},
    "CHN": {
        "J": {"zh": ["歼", "殲"]},
        "HQ": {"zh": ["红旗", "紅旗"]},
        "Y": {"zh": ["运", "運"]},
        "Z": {"zh": ["直"]},
        "PL": {"zh": ["霹雳", "霹靂"]},
        "YJ": {"zh": ["鹰击", "鷹擊"]},
        "DF": {"zh": ["东风", "東風"]},
        "KJ": {"zh": ["空警"]},
        "H": {"zh": ["轰", "轟"]},
        "CH": {"zh": ["彩虹"]},
        "CJ": {"zh": ["长剑", "長劍"]},
    },
}
_SCRIPT_TOKEN = re.compile(r"^([A-Z][A-Za-z]*)-(\d+)([A-Z]*)$")


def script_forms(alias: str, states: list[str]) -> dict[str, list[str]]:
    """Arabic/Persian/Chinese spellings of a designation: Su-35 -> {'ar': ['سو-35', ...]}."""
    m = _SCRIPT_TOKEN.match(alias)
    out: dict[str, list[str]] = {}
    if not m:
        return out
    for state in states:
        table = _SCRIPT_PREFIX.get(state, {}).get(m.group(1))
        if not table:
            continue
        for lang, prefixes in table.items():
            if lang in ("ar", "fa") and m.group(3):
                continue  # mixed-script suffix letters (سو-30MKI) are not how these languages write it
            for p in prefixes:
                for sep in ("-", " ") if lang != "zh" else ("-", ""):
                    out.setdefault(lang, []).append(f"{p}{sep}{m.group(2)}{m.group(3)}")
    return out


# ---------------------------------------------------------------- SIPRI -> category


_CAT_RULES: list[tuple[str, str]] = [
    (r"loitering munition|one-way attack drone", "loitering-munition"),
    (r"turret|chassis", "other"),
    (r"engine|turbofan|turbojet|turboprop|gas turbine|air refuel", "other"),
    (
        r"(?<!anti-)radar|sonar|SONAR|\bEO\b|electro-optical|search system|reconnaissance system|signals intelligence system|satellite|fire control|fire-control|air search",
        "sensor",
    ),
    (r"UGV", "armoured-vehicle"),
    (r"UAV", "uav"),
    (r"helicopter|heli\b", "helicopter"),
    (r"aircraft carrier", "ship"),
    (r"\bSAM\b|ABM|air-defence|AD system|anti-aircraft", "air-defence"),
    (r"aircraft|airship", "aircraft"),
    (
        r"missile boat|(?<!anti-)ship|boat|frigate|corvette|destroyer|(?<!anti-)submarine|(?<!air)craft|minehunter|minesweeper|minelayer|tanker|\btug\b",
        "ship",
    ),
    (r"missile|torpedo|guided rocket|coastal defence", "missile"),
    (r"guided bomb|glide bomb|guided shell", "ammunition"),
    (r"gun|howitzer|mortar|rocket launcher|artillery", "artillery"),
    (
        r"tank|armoured|APC|infantry fighting|fire-support vehicle|bridgelayer|vehicle",
        "armoured-vehicle",
    ),
]


def sipri_category(description: str) -> str:
    """Map a SIPRI 'weapon description' to the catalog category vocabulary."""
    for pattern, cat in _CAT_RULES:
        if re.search(pattern, description):
            return cat
    return "other"


# ---------------------------------------------------------------- refresh (reads ../shared)


def _iso3_by_name() -> dict[str, str]:
    from babel import Locale

    a2_to_a3 = iso3_by_iso2()
    names = {name: a2_to_a3.get(code) for code, name in Locale("en").territories.items()}
    names.update(
        {
            "Czechia": "CZE",
            "South Korea": "KOR",
            "North Korea": "PRK",
            "Russia": "RUS",
            "United States": "USA",
            "United Kingdom": "GBR",
            "Iran": "IRN",
            "Syria": "SYR",
            "Taiwan": "TWN",
            "Turkey": "TUR",
            "Czech Republic": "CZE",
            "Vietnam": "VNM",
            "Bosnia-Herzegovina": "BIH",
            "Moldova": "MDA",
            "Belarus": "BLR",
            "Netherlands": "NLD",
            "Libya": "LBY",
            "Laos": "LAO",
            "Brunei": "BRN",
            "Macedonia": "MKD",
            "North Macedonia": "MKD",
            "Slovakia": "SVK",
        }
    )
    names.update(_SIPRI_STATE_FIX)
    return {k: v for k, v in names.items() if v}


def _flow(row: dict) -> str:
    """One YAML flow mapping per line keeps the derived file diff-friendly."""
    return yaml.safe_dump(
        row, default_flow_style=True, allow_unicode=True, sort_keys=False, width=10_000
    ).strip()


def refresh(repo: Path, shared: Path) -> list[dict]:
    """Derive per-designation facts from the SIPRI registers and write DERIVED."""
    cfg = yaml.safe_load((repo / CURATED).read_text(encoding="utf-8"))
    src = shared / "data" / "sources" / "sipri-trade-register"
    iso = _iso3_by_name()
    new_suppliers: dict[str, Counter] = defaultdict(Counter)
    for path in sorted(src.glob("trade-register_*.csv")):
        with path.open(encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
        start = next(i for i, ln in enumerate(lines) if ln.startswith("Recipient"))
        for row in csv.reader(lines[start + 1 :]):
            if len(row) < 12 or not row[2].isdigit() or int(row[2]) < 2000:
                continue
            if row[11].strip() == "New" and row[1] in iso:
                new_suppliers[row[6]][iso[row[1]]] += 1
    excluded = set(cfg.get("sipri_exclude", []))
    rows = []
    with (src / "designations.csv").open(encoding="utf-8", errors="replace") as fh:
        for r in csv.DictReader(fh):
            d = r["designation"]
            if (
                int(r["n_orders_since_2000"]) < cfg["sipri_min_orders"]
                or d in excluded
                or "\ufffd" in d
            ):
                continue
            if d[:1].islower():  # generic rows such as 'ship engine', 'aircraft engine'
                continue
            cats = Counter(sipri_category(x) for x in r["descriptions"].split("; "))
            states = [s for s, _ in new_suppliers[d].most_common(1)]
            if not states:
                first = r["suppliers"].split("; ")[0]
                states = [iso[first]] if first in iso else []
            rows.append(
                {
                    "designation": d,
                    "category": cats.most_common(1)[0][0],
                    "states": states,
                    "orders": int(r["n_orders_since_2000"]),
                }
            )
    oryx = []
    with (shared / "data/sources/oryx-ukraine/oryx_systems_by_origin.csv").open(
        encoding="utf-8"
    ) as fh:
        for r in csv.DictReader(fh):
            if r["system"] in set(cfg.get("oryx_include", {})) and r["system"] not in {
                o["designation"] for o in oryx
            }:
                oryx.append({"designation": r["system"], "states": [iso.get(r["origin_country"])]})
    text = (
        "# Facts derived from the SIPRI Arms Transfers Database (designation, category,\n"
        "# maker state = most frequent supplier of new-build orders since 2000) and Oryx\n"
        "# (origin). Generated by scripts/catalog_build/systems.py --refresh; do not edit.\n"
        "# Information from the SIPRI Arms Transfers Database; Oryx data CC BY 4.0.\n"
    )
    text += "sipri:\n" + "".join(f"- {_flow(r)}\n" for r in rows)
    text += "oryx:" + ("\n" + "".join(f"- {_flow(r)}\n" for r in oryx) if oryx else " []\n")
    (repo / DERIVED).write_text(text, encoding="utf-8")
    return rows


# ---------------------------------------------------------------- build


def _norm_key(alias: str) -> str:
    """Key under which two designations count as the same (Giraffe AMB = Giraffe-AMB)."""
    from armstrace.text.normalize import fold

    return re.sub(r"[\s\-/.]", "", fold(alias))


def _fold(alias: str) -> str:
    from armstrace.text.normalize import fold

    return re.sub(r"\s+", " ", fold(alias)).strip()


def _add(aliases: dict[str, list[str]], lang: str, value: str) -> None:
    lst = aliases.setdefault(lang, [])
    if value not in lst:
        lst.append(value)


def _entry_from_curated(raw: dict, where: str) -> dict:
    name = raw["name"]
    eid = raw.get("id") or slug(name)
    aliases: dict[str, list[str]] = {}
    for lang, vals in (raw.get("aliases") or {}).items():
        for v in vals:
            _add(aliases, str(lang), str(v))
    return {
        "id": eid,
        "kind": "system",
        "name": name,
        "family": raw.get("family") or eid,
        "variant": raw.get("variant"),
        "makers": list(raw.get("makers") or []),
        "states": list(raw.get("states") or []),
        "category": raw.get("category"),
        "aliases": aliases,
        "needs_context": bool(raw.get("needs_context", False)),
        "case_sensitive": list(raw.get("case_sensitive") or []),
        "_sipri": list(raw.get("sipri") or []),
        "_where": where,
        "_no_rules": bool(raw.get("no_rules", False)),
    }


def _apply_maker_rules(entry: dict, rules: list[dict]) -> None:
    for rule in rules:
        if re.search(rule["match"], entry["_designation"]):
            entry["makers"] = entry["makers"] or [rule["maker"]]
            if rule.get("state"):  # the maker's state beats SIPRI's (re-)exporter
                entry["states"] = [rule["state"]]
            if rule.get("prefix") and not entry["name"].startswith(rule["prefix"]):
                entry["name"] = f"{rule['prefix']} {entry['name']}"
            return


def _expand_aliases(entry: dict) -> None:
    """Add the name and the rule-generated spelling variants; Cyrillic for Soviet designs."""
    star = list(dict.fromkeys([entry["name"], *entry["aliases"].get("*", [])]))
    if entry.get("_designation"):
        star.append(entry["_designation"])
    out: list[str] = []
    for a in star:
        for v in [a] if entry["_no_rules"] else latin_variants(a):
            if v not in out:
                out.append(v)
    entry["aliases"]["*"] = out
    star_keys = {_fold(a) for a in out}
    for lang in [k for k in entry["aliases"] if k != "*"]:  # Latin designations live under "*"
        entry["aliases"][lang] = [a for a in entry["aliases"][lang] if _fold(a) not in star_keys]
    if entry["_no_rules"]:
        return
    for a in star:
        if set(entry["states"]) & _POST_SOVIET:
            for lang in ("ru", "uk"):
                for c in cyrillic_forms(a, lang):
                    _add(entry["aliases"], lang, c)
        for lang, forms in script_forms(a, entry["states"]).items():
            for f in forms:
                _add(entry["aliases"], lang, f)


def build(repo: Path, shared: Path | None) -> dict[str, list[dict]]:
    """Merge curated entries and SIPRI-derived designations into validated system entries."""
    repo = Path(repo)
    if str(repo / "src") not in sys.path:
        sys.path.insert(0, str(repo / "src"))
    if shared is not None and not (repo / DERIVED).exists():
        refresh(repo, shared)
    cfg = yaml.safe_load((repo / CURATED).read_text(encoding="utf-8"))
    derived = yaml.safe_load((repo / DERIVED).read_text(encoding="utf-8"))
    entries: list[dict] = []
    for i, raw in enumerate(cfg["systems"]):
        entries.append(_entry_from_curated(raw, f"{CURATED} systems[{i}] ({raw.get('name')})"))
    claimed = {_norm_key(d) for e in entries for d in e["_sipri"]}
    claimed |= {_norm_key(a) for e in entries for a in e["aliases"].get("*", [])}
    claimed |= {_norm_key(e["name"]) for e in entries}
    # SIPRI facts fill missing states/category of curated entries that cite a designation
    facts = {_norm_key(r["designation"]): r for r in derived["sipri"]}
    for e in entries:
        for d in e["_sipri"]:
            f = facts.get(_norm_key(d))
            if f is None:
                continue
            e["states"] = e["states"] or f["states"]
            e["category"] = e["category"] or f["category"]
            _add(e["aliases"], "*", d)
    family_rules = [(re.compile(r["match"]), r["family"]) for r in cfg.get("family_rules", [])]
    by_id = {e["id"]: e for e in entries}
    needs_ctx_words = set(cfg.get("auto_needs_context", []))
    for r in derived["sipri"] + [dict(x, category=None) for x in derived.get("oryx", [])]:
        key = _norm_key(r["designation"])
        if key in claimed or _norm_key(_CALIBRE.sub("", r["designation"])) in claimed:
            continue
        claimed.add(key)
        d = r["designation"]
        cat = r.get("category") or cfg.get("oryx_include", {}).get(d)
        e = _entry_from_curated(
            {"name": d, "states": [s for s in r["states"] if s], "category": cat},
            f"{DERIVED} ({d})",
        )
        e["_designation"] = d
        bare = _CALIBRE.sub("", d)
        if bare != d and re.search(r"\d", bare) and len(bare) > 2:  # 'M-198 155mm' is also 'M-198'
            _add(e["aliases"], "*", bare)
        _apply_maker_rules(e, cfg.get("maker_rules", []))
        e["id"] = e["family"] = slug(e["name"])
        same = by_id.get(e["id"])
        if same is not None:  # SIPRI spelling of a curated entry ('Dhruv' = HAL Dhruv)
            _add(same["aliases"], "*", d)
            continue
        for rx, fam in family_rules:
            if rx.search(d):
                e["family"] = fam
                e["variant"] = d
                break
        # ship classes and plain words ('Holland', 'Tide') are ordinary words or places
        e["needs_context"] = (
            (not re.search(r"\d", d)) or e["category"] == "ship" or d in needs_ctx_words
        )
        if re.fullmatch(r"[A-Z]{2,5}", d):  # bare acronyms (VBL, KLTV) only in capitals
            e["case_sensitive"] = [d]
        entries.append(e)
        by_id[e["id"]] = e
    for e in entries:
        _expand_aliases(e)
    _validate(entries)
    _dedupe_aliases(entries)
    out = []
    for e in sorted(entries, key=lambda x: x["id"]):
        out.append({k: v for k, v in e.items() if not k.startswith("_")})
    return {"systems.jsonl": out}


def _validate(entries: list[dict]) -> None:
    iso = iso3_codes()
    ids: dict[str, str] = {}
    for e in entries:
        w = e["_where"]
        if e["id"] in ids:
            raise CatalogError(f"duplicate system id {e['id']!r}: {ids[e['id']]} and {w}")
        ids[e["id"]] = w
        if e["category"] not in CATEGORIES:
            raise CatalogError(f"{w}: unknown category {e['category']!r}")
        for s in e["states"]:
            if s not in iso:
                raise CatalogError(f"{w}: unknown ISO3 state {s!r}")
        for a in e["case_sensitive"]:
            if a not in e["aliases"].get("*", []) and not any(
                a in v for v in e["aliases"].values()
            ):
                raise CatalogError(f"{w}: case_sensitive alias {a!r} is not an alias")
    for e in entries:
        if e["family"] not in ids:
            raise CatalogError(f"{e['_where']}: family {e['family']!r} does not exist")
        if e["family"] != e["id"] and e["variant"] is None:
            e["variant"] = e["name"]


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _too_short(folded: str) -> bool:
    """Pure numbers and 1-2 letter strings match too much; CJK words and 'K9' are fine."""
    if re.fullmatch(r"[\d .,\-/]+", folded):
        return True
    return len(folded) <= 2 and not _CJK.search(folded) and not re.search(r"\d", folded)


def _dedupe_aliases(entries: list[dict]) -> None:
    """An alias may sit on a family and its variant (kept on the family only); else raise."""
    by_id = {e["id"]: e for e in entries}
    owner: dict[str, str] = {}
    errors: list[str] = []
    for e in sorted(entries, key=lambda x: (x["family"] != x["id"], x["id"])):
        for lang, vals in e["aliases"].items():
            keep = []
            for a in vals:
                k = _fold(a)
                if _too_short(k):
                    errors.append(f"{e['_where']}: alias {a!r} is a number or too short")
                    continue
                o = owner.get(k)
                if o is None or o == e["id"]:
                    owner[k] = e["id"]
                    keep.append(a)
                elif by_id[o]["id"] == e["family"] or by_id[o]["family"] == e["id"]:
                    continue  # family/variant share: keep it on the family only
                else:
                    errors.append(
                        f"alias {a!r} is shared by {by_id[o]['_where']} and {e['_where']}"
                    )
            e["aliases"][lang] = keep
        e["aliases"] = {k: v for k, v in e["aliases"].items() if v}
    if errors:
        raise CatalogError(f"{len(errors)} alias conflicts:\n" + "\n".join(errors))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--refresh", action="store_true", help="regenerate the SIPRI-derived facts file"
    )
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    args = ap.parse_args()
    repo = Path(__file__).resolve().parents[2]
    if args.refresh:
        rows = refresh(repo, args.shared)
        print(f"{DERIVED}: {len(rows)} SIPRI designations")


if __name__ == "__main__":
    main()
