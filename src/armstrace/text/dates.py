"""Dates in running text and publication datelines, on the folded view of a text.

Why in-house: dateparser's search_dates is too noisy and misses 'tháng 7 năm nay',
'يوليو/تموز', 'تموز 2023' (dependency-lab §3). Month names and relative phrases come from
the language packs (`dates`) merged over `number_words.yaml`; calendars via convertdate.

Documented choices:
- Numeric dates are day-month-year ("5/10/2023" = 5 Oct) unless the first number cannot be
  a month-day pair (first <= 12 < second reads month-day-year).
- YYYY/MM/DD with a year 1300-1500 is Jalali (Hijri when lang is ar); with Persian month
  names it is Jalali, with Hijri month names Hijri. A month-only Jalali/Hijri date is
  reported as the Gregorian month of its 15th day.
- A month without a year ("in July", "7月") takes its year from `published`: the most
  recent such month not after the publication month (future tense is not detected).
  Relative phrases ("last year") need `published`; without it they are skipped.
- A bare year is 1950-2099 and not followed by a scale, currency, percent or unit word.
- Thai Buddhist-era years (พ.ศ. 2567 = 2024) are converted (minus 543) after a พ.ศ./B.E.
  cue in any language, and for any year 2400-2699 in a Thai document (bare or in a date).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from armstrace.text.normalize import fold
from armstrace.text.numbers import (
    TermTable,
    _fallback,
    _lex,
    lang_data,
    model_code_before,
    tail_may_match,
)

__all__ = ["DateRef", "find_dates", "normalize_date", "find_dateline"]


@dataclass(frozen=True)
class DateRef:
    start: int
    end: int
    value: str  # "2020", "2020-07", "2020-07-15"
    granularity: str  # "year" | "month" | "day"
    relative: bool = False


_UNITS = re.compile(r"\s*(?:mm|cm|km|kg|m|t|tấn|tan|tonn?e?s?|тонн\w*|мм|км|кг|كم|كلم|ملم|كغ|تن|"
                    r"adet|chiếc|quả|viên|units?|troops|soldiers|người|binh\s+sĩ|عسكري|جندي)"
                    r"(?![^\W\d_])")


@dataclass
class _DLex:
    lang: str
    pats: list[tuple[str, re.Pattern[str]]]
    months: TermTable
    jalali: TermTable
    hijri: TermTable
    ambiguous: frozenset[str]
    month_prefix: re.Pattern[str] | None
    rel: TermTable
    rel_literals: tuple[str, ...] = ()  # one of them is in every relative phrase: a cheap gate


def _ymd(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if not (1 <= y <= 9999):
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    import calendar

    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _era(y: int, lex: _DLex) -> int:
    """A Buddhist-era year in a Thai document as Gregorian (2567 -> 2024); others as is."""
    return y - 543 if lex.lang == "th" and 2400 <= y <= 2699 else y


@lru_cache(maxsize=4096)
def _from_calendar(cal: str, y: int, m: int, d: int | None) -> tuple[str | None, str]:
    """Jalali/Hijri -> Gregorian; a month-only date maps to the month of its 15th day."""
    try:
        if cal == "jalali":
            from convertdate import persian as conv
        else:
            from convertdate import islamic as conv
        gy, gm, gd = conv.to_gregorian(y, m, d or 15)
    except Exception:
        return None, "day"
    if d is None:
        return _ymd(gy, gm), "month"
    return _ymd(gy, gm, gd), "day"


@lru_cache(maxsize=64)
def _dlex(lang: str | None) -> _DLex:
    if lang is None:
        every_month: dict[str, float] = {}
        for data in (_fallback().get("langs") or {}).values():
            for k, v in (data.get("months") or {}).items():
                every_month.setdefault(fold(str(k)), float(v))
        d = dict(lang_data("en"))
        d["months"] = every_month
        d["jalali_months"] = lang_data("fa")["jalali_months"]
        d["hijri_months"] = lang_data("ar")["hijri_months"]
        code = "xx"
    else:
        d = lang_data(lang)
        code = d["lang"]
        if not d["jalali_months"] and code in ("ps", "ur"):
            d = dict(d, jalali_months=lang_data("fa")["jalali_months"])
    months = TermTable(d["months"])
    jalali = TermTable(d["jalali_months"])
    hijri = TermTable(d["hijri_months"])
    mon = months.body
    mon2 = rf"(?:{mon})(?:\s*/\s*(?:{mon}))?"  # يوليو/تموز
    yconn = r"(?:\s*[,/]\s*|\s+(?:de|del|of|năm|anno)\s+|\s+)"
    ysuf = r"(?:\s*(?:года|году|г\.|yılı|yilinda|yılında|م)(?![^\W\d_]))?"
    pats: list[tuple[str, re.Pattern[str]]] = [
        ("iso", re.compile(r"(?=\d)(?<![\d/.])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")),
        ("ymd", re.compile(r"(?=\d)(?<![\d/.])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])")),
        ("dmy", re.compile(r"(?=\d)(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])")),
        ("cjk", re.compile(r"(?=\d)(?<!\d)(\d{4})\s*[年년]\s*(?:(\d{1,2})\s*[月월]\s*(?:(\d{1,2})\s*[日일])?)?")),
        ("roc", re.compile(r"民[國国]\s*(\d{2,3})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?")),
        ("cjk_md", re.compile(r"(?=\d)(?<![\d年년])(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일])?")),
        ("vi_dm", re.compile(r"ngày\s+(\d{1,2})/(\d{1,2})(?![/\d])")),
        ("be", re.compile(r"(?:พ\.\s*ศ\.?|b\.\s?e\.)\s*(2[4-6]\d\d)(?!\d)")),
    ]
    if code == "th":  # a bare Buddhist-era year in Thai text
        pats.append(("be_year", re.compile(r"(?=\d)(?<![\d.,$€£¥₩₹])(2[4-6]\d\d)(?![\d])(?![.,]\d)")))
    if d["months"]:
        pats += [
            ("dmy_name", re.compile(rf"(?=\d)(?<!\d)(\d{{1,2}})(?:er|st|nd|rd|th|\.|º)?\s*(?:de\s+)?({mon2}){yconn}(\d{{4}})(?!\d){ysuf}")),
            ("mdy_name", re.compile(rf"({mon2})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)")),
            ("my_name", re.compile(rf"({mon2}){yconn}(\d{{4}})(?!\d){ysuf}")),
            ("dm_name", re.compile(rf"(?=\d)(?<![\d.,])(\d{{1,2}})(?:er|st|nd|rd|th|\.)?\s*(?:de\s+)?({mon2})")),
            ("md_name", re.compile(rf"({mon2})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?![\d.,:])")),
            ("month", re.compile(mon2)),
        ]
    for cal, table in (("jalali", jalali), ("hijri", hijri)):
        if table.exact or table.stems:
            pats.append((cal, re.compile(
                rf"(?:(?<!\d)(\d{{1,2}})\s*)?({table.body})\s*(?:ماه\s*)?(?:سال\s*)?(\d{{4}})(?!\d)(?:\s*(?:ه|هـ|هجري|ش|هجري شمسي)(?![^\W\d_]))?")))
    rel_items: dict[str, str] = {}
    for key in ("this_year", "last_year", "next_year", "this_month", "last_month"):
        for t in d[key]:
            rel_items.setdefault(t, key)
    rel_plain = TermTable(rel_items)
    glued = d.get("glued_connector")
    if glued:
        rel_items.update({glued + t: k for t, k in list(rel_items.items())})
    rel = TermTable(rel_items)
    if rel_items:
        if d["months"]:
            pats.append(("month_rel", re.compile(rf"({mon2})\s+({rel_plain.body})")))
        pats.append(("rel", re.compile(rel.body)))
    ysuffix = r"(?:\s*(?:年|년|года|году|г\.))?"
    pats.append(("year", re.compile(rf"(?=\d)(?<![\d.,$€£¥₩₹])(19[5-9]\d|20\d\d)(?![\d])(?![.,]\d){ysuffix}")))
    mp = [fold(t) for t in d["month_prefix"]]
    month_prefix = None
    if mp:
        month_prefix = re.compile("(?:" + TermTable(dict.fromkeys(mp, 1)).body + r")\s*$")
    amb = frozenset(fold(t) for t in d["month_ambiguous"])
    return _DLex(code, pats, months, jalali, hijri, amb, month_prefix, rel, _literals(rel_items))


def _literals(terms) -> tuple[str, ...]:
    """Substrings one of which every match of the `TermTable` of `terms` contains: the
    longest word of each term (a stem without its `*`), minus those containing another."""
    words = set()
    for t in terms:
        parts = [w.rstrip("*") for w in fold(t).split()]
        if parts:
            words.add(max(parts, key=len))
    if "" in words:
        return ("",)
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


@lru_cache(maxsize=1024)
def _parse_published(published: str | None) -> tuple[int, int, int] | None:
    if not published:
        return None
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", published)
    if not m:
        return None
    return int(m.group(1)), int(m.group(2) or 12), int(m.group(3) or 28)


_SLASH = re.compile(r"\s*/\s*")


def _first_name(s: str) -> str:
    """"July / Tháng 7" -> "July": the first of alternative month names."""
    s = s.strip()
    return _SLASH.split(s, 1)[0] if "/" in s else s


def _month_of(lex: _DLex, s: str) -> int | None:
    first = _first_name(s)
    v = lex.months.lookup(first.rstrip("."))
    return int(v) if v is not None else None


def _infer_year(month: int, pub: tuple[int, int, int] | None) -> int | None:
    if pub is None:
        return None
    return pub[0] if month <= pub[1] else pub[0] - 1


def _is_ambiguous(lex: _DLex, s: str) -> bool:
    first = _first_name(s)
    if first in lex.ambiguous:
        return True
    return any(a.endswith("*") and first.startswith(a[:-1]) for a in lex.ambiguous)


def _candidates(text: str, lex: _DLex, lang: str | None,
                pub: tuple[int, int, int] | None) -> list[tuple[int, int, str, str, bool, int]]:
    out: list[tuple[int, int, str, str, bool, int]] = []
    # exact gates first: a pattern runs only when the text holds what its every match needs
    has_digit = _DIGIT.search(text) is not None
    has_cjk = has_digit and ("年" in text or "月" in text or "년" in text or "월" in text)
    hint = has_digit and _SEP_DIGIT.search(text) is not None  # 5/10, 2023-10: numeric dates
    has_rel = any(lit in text for lit in lex.rel_literals)
    # month-name patterns only run in small windows around month-name hits (one scan)
    windows: list[tuple[int, int]] | None = None
    for prio, (name, pat) in enumerate(lex.pats):
        if name in _DIGIT_PATS and not has_digit or name in _CJK_PATS and not has_cjk:
            continue
        if name in _HINT_PATS and not hint or name in _REL_PATS and not has_rel:
            continue
        needs = _NEEDS.get(name)
        if needs is not None and not any(lit in text for lit in needs):
            continue
        if name in _MONTH_PATS:
            if windows is None:
                windows = _merge([(max(0, m.start() - 8), m.end() + 24)
                                  for m in lex.months.pattern.finditer(text)])
            if not windows:
                continue
            matches: Iterator[re.Match[str]] = (m for lo, hi in windows
                                                for m in pat.finditer(text, lo, min(hi, len(text))))
        else:
            matches = pat.finditer(text)
        seen: set[tuple[int, int]] = set()
        for m in matches:
            if m.span() in seen:
                continue
            seen.add(m.span())
            r = _resolve(name, m, text, lex, lang, pub)
            if r is not None:
                value, gran, relative = r
                out.append((m.start(), m.end(), value, gran, relative, prio))
    return out


_DIGIT = re.compile(r"\d")
_SEP_DIGIT = re.compile(r"\d[./-]\d")
_DIGIT_PATS = frozenset({"iso", "ymd", "dmy", "cjk", "roc", "cjk_md", "vi_dm", "year", "dmy_name", "be", "be_year",
                         "mdy_name", "my_name", "dm_name", "md_name", "jalali", "hijri"})
_CJK_PATS = frozenset({"cjk", "roc", "cjk_md"})
_HINT_PATS = frozenset({"iso", "ymd", "dmy", "vi_dm"})  # a digit, then - / or ., then a digit
_REL_PATS = frozenset({"rel", "month_rel"})  # a relative phrase ("last year") inside
# a literal one of which every match of the pattern contains: absent, the scan is skipped
_NEEDS = {"iso": ("-",), "ymd": ("/",), "vi_dm": ("ngày",), "roc": ("民",), "cjk": ("年", "년"),
          "cjk_md": ("月", "월"), "year": ("19", "20"), "be": ("พ.", "b.")}
_MONTH_PATS = frozenset({"dmy_name", "mdy_name", "my_name", "dm_name", "md_name", "month",
                         "month_rel"})


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _resolve(name: str, m: re.Match[str], text: str, lex: _DLex, lang: str | None,
             pub: tuple[int, int, int] | None) -> tuple[str, str, bool] | None:
    g = m.groups()
    y: int | None
    mo: int | None
    d: int | None
    if name == "iso":
        v = _ymd(int(g[0]), int(g[1]), int(g[2]))
        return (v, "day", False) if v else None
    if name == "ymd":
        y, mo, d = int(g[0]), int(g[1]), int(g[2])
        if 1300 <= y <= 1500:
            v, gran = _from_calendar("hijri" if lex.lang == "ar" else "jalali", y, mo, d)
            return (v, gran, False) if v else None
        v = _ymd(y, mo, d)
        return (v, "day", False) if v else None
    if name == "dmy":
        a, b, y = int(g[0]), int(g[2]), _era(int(g[3]), lex)
        d, mo = (b, a) if a <= 12 < b else (a, b)
        if not 1900 <= y <= 2100:
            return None
        v = _ymd(y, mo, d)
        return (v, "day", False) if v else None
    if name == "cjk":
        y = int(g[0])
        v = _ymd(y, int(g[1]) if g[1] else None, int(g[2]) if g[2] else None)
        return (v, "day" if g[2] else "month" if g[1] else "year", False) if v else None
    if name in ("be", "be_year"):
        y = int(g[0]) - 543
        if name == "be_year" and not _year_context_ok(text, m, lang):
            return None
        return (str(y), "year", False) if 1900 <= y <= 2156 else None
    if name == "roc":
        y = int(g[0]) + 1911
        v = _ymd(y, int(g[1]) if g[1] else None, int(g[2]) if g[2] else None)
        return (v, "day" if g[2] else "month" if g[1] else "year", False) if v else None
    if name in ("cjk_md", "vi_dm"):
        if name == "cjk_md":
            mo, d = int(g[0]), int(g[1]) if g[1] else None
        else:
            d, mo = int(g[0]), int(g[1])
        y = _infer_year(mo, pub)
        if y is None:
            return None
        v = _ymd(y, mo, d)
        return (v, "day" if d else "month", True) if v else None
    if name in ("dmy_name", "mdy_name", "my_name", "dm_name", "md_name"):
        if name == "dmy_name":
            d, mon, y = int(g[0]), g[1], int(g[2])
        elif name == "mdy_name":
            mon, d, y = g[0], int(g[1]), int(g[2])
        elif name == "my_name":
            mon, d, y = g[0], None, int(g[1])
        elif name == "dm_name":
            d, mon, y = int(g[0]), g[1], None
        else:
            mon, d, y = g[0], int(g[1]), None
        mo = _month_of(lex, mon)
        if mo is None:
            return None
        if y is None:
            if _is_ambiguous(lex, mon) or pub is None:
                return None
            y = _infer_year(mo, pub)
            if y is None:
                return None
            v = _ymd(y, mo, d)
            return (v, "day", True) if v else None
        y = _era(y, lex)
        if not 1000 <= y <= 2200:
            return None
        v = _ymd(y, mo, d)
        return (v, "day" if d else "month", False) if v else None
    if name == "month":
        mo = _month_of(lex, m.group(0))
        if mo is None or pub is None or lang is None:
            return None
        if _is_ambiguous(lex, m.group(0)) or len(m.group(0)) < 3:
            pre = text[max(0, m.start() - 20):m.start()]
            if lex.month_prefix is None or not lex.month_prefix.search(pre):
                return None
        y = _infer_year(mo, pub)
        v = _ymd(y, mo) if y else None
        return (v, "month", True) if v else None
    if name in ("jalali", "hijri"):
        table = lex.jalali if name == "jalali" else lex.hijri
        mo_v = table.lookup(g[1])
        y = int(g[2])
        if mo_v is None or not 1300 <= y <= 1500:
            return None
        v, gran = _from_calendar(name, y, int(mo_v), int(g[0]) if g[0] else None)
        return (v, gran, False) if v else None
    if name == "month_rel":
        mo = _month_of(lex, g[0])
        key = lex.rel.lookup(g[1])
        if mo is None or pub is None or key not in ("this_year", "last_year", "next_year"):
            return None
        y = pub[0] + {"this_year": 0, "last_year": -1, "next_year": 1}[key]
        v = _ymd(y, mo)
        return (v, "month", True) if v else None
    if name == "rel":
        key = lex.rel.lookup(m.group(0))
        if pub is None or key is None:
            return None
        y, mo = pub[0], pub[1]
        if key in ("this_year", "last_year", "next_year"):
            y += {"this_year": 0, "last_year": -1, "next_year": 1}[key]
            v = _ymd(y)
            return (v, "year", True) if v else None
        if key == "last_month":
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        v = _ymd(y, mo)
        return (v, "month", True) if v else None
    if name == "year":
        if not _year_context_ok(text, m, lang):
            return None
        return g[0], "year", False
    return None


_LATIN_CYRILLIC = re.compile(r"[A-Za-z\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")


def _year_context_ok(text: str, m: re.Match[str], lang: str | None) -> bool:
    s, e = m.start(1), m.end(1)
    if model_code_before(text, s):
        return False  # model code F-2000
    if s >= 1 and _LATIN_CYRILLIC.match(text[s - 1]):
        return False
    if e < len(text) and _LETTER.match(text[e]) and text[e] not in "年년":
        return False  # 2020mm, 2000m
    nlex = _lex(lang)
    after = text[e:e + 30]
    if _UNITS.match(after) or nlex.pct_post.match(after):
        return False
    if nlex.cur_post.match(text, e):
        return False
    wm = nlex.core.match(text, e + len(after) - len(after.lstrip()))
    if wm and wm.group("w") is not None:
        payload = nlex.words.lookup(wm.group("w"))
        if payload and payload[0] in ("s", "d"):
            return False
    left = text[max(0, s - 6):s]
    if left and tail_may_match(left, nlex.cur_pre_tails) and nlex.cur_pre.search(left):
        return False
    return True


def _select(cands: list[tuple[int, int, str, str, bool, int]]) -> list[DateRef]:
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[5]))
    out: list[DateRef] = []
    last_end = -1
    for s, e, v, gran, rel, _ in cands:
        if s < last_end:
            continue
        out.append(DateRef(s, e, v, gran, rel))
        last_end = e
    return out


def find_dates(text: str, lang: str | None, published: str | None = None) -> list[DateRef]:
    """Dates in `text` (a folded view), in order, non-overlapping, with granularity."""
    if not text:
        return []
    lex = _dlex(lang)
    return _select(_candidates(text, lex, lang, _parse_published(published)))


def normalize_date(s: str) -> str | None:
    """One isolated date string -> "YYYY[-MM[-DD]]" (DMY for numeric dates), or None."""
    if not s or len(s) > 200:
        return None
    f = fold(s).strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:[t ]|$)", f)
    if m:
        return _ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    refs = [r for r in find_dates(f, None) if not r.relative]
    if refs:
        order = {"day": 0, "month": 1, "year": 2}
        return sorted(refs, key=lambda r: (order[r.granularity], r.start))[0].value
    return _dateparser(s)


def _dateparser(s: str) -> str | None:
    """Last resort for isolated strings only (dateparser is slow and noisy in running text)."""
    try:
        from dateparser.date import DateDataParser

        dd = DateDataParser(settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                                      "RETURN_AS_TIMEZONE_AWARE": False}).get_date_data(s)
    except Exception:
        return None
    if dd is None or dd.date_obj is None:
        return None
    d = dd.date_obj
    if dd.period == "year":
        return f"{d.year:04d}"
    if dd.period == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if dd.period == "day":
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    return None


def find_dateline(text: str, lang: str | None = None) -> str | None:
    """A publication date near the start of a text (first ~400 chars), or None.

    Prefers the first full (day) date; a month-year date counts only on the first line.
    """
    if not text:
        return None
    head = fold(text[:400])
    refs = [r for r in find_dates(head, lang) if not r.relative]
    if lang is not None:
        refs += [r for r in find_dates(head, None) if not r.relative]
        refs.sort(key=lambda r: r.start)
    for r in refs:
        if r.granularity == "day":
            return r.value
    first_line_end = head.find("\n")
    first_line_end = len(head) if first_line_end < 0 else first_line_end
    for r in refs:
        if r.granularity == "month" and r.start < first_line_end:
            return r.value
    return None
