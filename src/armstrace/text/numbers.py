"""Numbers, money and percentages in any language, found on the folded view of a text.

Why in-house: no offline package parses "20,7 triệu USD", "۱۲۳ میلیون دلار" or
"$1.6 billion" into value + currency (dependency-lab §4). Vocabulary comes from the
language packs (`numbers`, `decimal`, `thousands`) merged over the fallback file
`number_words.yaml`; separators default to babel's CLDR symbols. Patterns are compiled
once per language and cached.

Conventions (documented choices):
- A dot/comma followed by exactly three digits is a thousands separator, unless the
  language uses that character as its decimal separator (vi "4,400" = 4.4).
- "$" is USD; "¥" is CNY in zh and JPY elsewhere; a bare dirham is AED when the text
  names the Emirates, MAD when it names Morocco, else the language default (ar/fr MAD,
  others AED).
- A plain 4-digit number 1900-2099 with no scale, currency or percent is taken as a year
  and not reported; numbers inside dates/times and model codes (F-16, 155mm) are skipped.
- Spans cover number, scale and currency/percent; an approximator only sets `approx`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from armstrace.text.normalize import fold

__all__ = ["Amount", "find_amounts", "parse_number", "lang_data", "TermTable"]


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    value: float
    currency: str | None  # ISO 4217
    kind: str  # "money" | "number" | "percent"
    approx: bool = False


# ----------------------------------------------------------------- vocabulary loading

_LETTER = r"[^\W\d_]"
_LETTER_RE = re.compile(_LETTER)
# Hebrew glues its one-letter prepositions and articles to a figure with a hyphen ("ב-2021",
# "מ-3 מיליארד"): a run of these letters before "-" is a prefix, not a model code ("מיג-29")
_HEBREW_PROCLITIC = re.compile(r"(?<![^\W\d_])[ובלמהשכ]{1,3}$")


def model_code_before(text: str, s: int) -> bool:
    """Does the figure at `s` continue a model code ("F-16", "Су-35", "מיג-29")?"""
    return s >= 2 and text[s - 1] == "-" and bool(_LETTER_RE.match(text[s - 2])) and not (
        "\u05d0" <= text[s - 2] <= "\u05ea" and _HEBREW_PROCLITIC.search(text, max(0, s - 5), s - 1))
# scripts written without spaces (or with glued particles): no word boundary around terms
_NOBOUND = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LIST_KEYS = ("half", "connectors", "ambiguous", "bare_scales", "percent", "percent_prefix",
              "approx", "approx_after", "month_ambiguous", "month_prefix", "this_year",
              "last_year", "next_year", "this_month", "last_month", "year_prefix", "year_suffix")
_MAP_KEYS = ("scales", "words", "duals", "months", "hijri_months", "jalali_months")


@lru_cache(maxsize=1)
def _fallback() -> dict[str, Any]:
    path = resources.files("armstrace.text") / "number_words.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _num(v: Any) -> float | None:
    try:
        f = float(str(v))
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _pack(lang: str) -> dict[str, Any]:
    try:
        from armstrace.lang import load_pack

        pack = load_pack(lang)
        return pack if isinstance(pack, dict) else {}
    except Exception:  # a malformed pack must not break number finding
        return {}


@lru_cache(maxsize=128)
def lang_data(lang: str | None) -> dict[str, Any]:
    """Merged vocabulary for `lang`: fallback file first, then the language pack on top.

    Keys are folded; lists and maps are unions. Unknown languages get the common symbols
    and codes plus CLDR separators.
    """
    fb = _fallback()
    code = (lang or "en").split("-")[0].split("_")[0].lower()
    out: dict[str, Any] = {k: {} for k in _MAP_KEYS}
    out.update({k: [] for k in _LIST_KEYS})
    out["currencies"] = {}
    out["lang"] = code
    out["single_words"] = True

    def add(src: dict[str, Any]) -> None:
        if not isinstance(src, dict):
            return
        for k in _MAP_KEYS:
            for term, val in (src.get(k) or {}).items() if isinstance(src.get(k), dict) else ():
                f = _num(val)
                if f is not None:
                    out[k][fold(str(term))] = f
        for k in _LIST_KEYS:
            vals = src.get(k)
            if isinstance(vals, list):
                out[k].extend(fold(str(t)) for t in vals if t is not None and str(t).strip())
        curs = src.get("currencies")
        if isinstance(curs, dict):
            for iso, terms in curs.items():
                if isinstance(terms, list):
                    out["currencies"].setdefault(str(iso).upper(), []).extend(
                        fold(str(t)) for t in terms if t is not None and str(t).strip())
        for k in ("decimal", "thousands", "dirham", "glued_connector"):
            if isinstance(src.get(k), str):
                out[k] = fold(src[k]) if k == "glued_connector" else src[k]
        if src.get("single_words") is False:
            out["single_words"] = False

    add(fb.get("common") or {})
    add((fb.get("langs") or {}).get(code) or {})
    pack = _pack(code)
    if pack and not pack.get("missing"):
        nums = pack.get("numbers") or {}
        if isinstance(nums, dict):
            nums = dict(nums)
            words = nums.get("words")
            if isinstance(words, dict):  # powers of ten >= 100 multiply: treat them as scales
                scales = dict(nums.get("scales") or {})
                plain = {}
                for w, v in words.items():
                    f = _num(v)
                    if f is None:
                        continue
                    fw = fold(str(w))
                    stems = [k[:-1] for k in out["scales"] if k.endswith("*")]
                    if (fw in out["scales"] or any(fw.startswith(st) for st in stems)
                            or (f >= 100 and math.log10(f).is_integer())):
                        scales.setdefault(w, f)
                    else:
                        plain[w] = f
                nums["words"], nums["scales"] = plain, scales
            add(nums)
        add(pack.get("dates") or {})
        add({k: pack[k] for k in ("decimal", "thousands") if k in pack})
    if "decimal" not in out or "thousands" not in out:
        dec, grp = _cldr_separators(code)
        out.setdefault("decimal", dec)
        out.setdefault("thousands", grp)
    if out["thousands"] in ("\u00a0", "\u202f", "\u2009"):
        out["thousands"] = " "
    return out


def _cldr_separators(code: str) -> tuple[str, str]:
    try:
        from babel.numbers import get_decimal_symbol, get_group_symbol

        return get_decimal_symbol(code), get_group_symbol(code)
    except Exception:
        return ".", ","


# ----------------------------------------------------------------- term tables

class TermTable:
    """Terms (pack syntax: `stem*`, multiword) -> payload, as one alternation regex.

    `lookup` maps a matched string back to its payload (exact term first, then stems).
    """

    def __init__(self, items: dict[str, Any], bound: bool = True) -> None:
        self.exact: dict[str, Any] = {}
        self.stems: list[tuple[re.Pattern[str], Any]] = []
        left_bound: list[str] = []
        free: list[str] = []
        firsts: set[str] = set()
        for term in sorted(items, key=len, reverse=True):
            t = " ".join(fold(term).split())
            if not t:
                continue
            firsts.add(t[0])
            if t[0].isalpha() and t[0].upper() != t[0]:
                firsts.add(t[0].upper())  # unfolded callers (rare)
            body = self._body(t, bound)
            needs_left = bound and bool(_LETTER_RE.match(t[0])) and not _NOBOUND.match(t[0])
            (left_bound if needs_left else free).append(body)
            if "*" in t:
                self.stems.append((re.compile(self._body(t, False)), items[term]))
            else:
                self.exact.setdefault(t, items[term])
        # one lookahead on the first character lets the engine skip most positions fast;
        # the left boundary is checked once, not once per alternative
        parts = []
        if left_bound:
            parts.append(rf"(?<!{_LETTER})(?:" + "|".join(left_bound) + ")")
        if free:
            parts.append("(?:" + "|".join(free) + ")")
        if parts:
            cls = "".join(re.escape(c) for c in sorted(firsts))
            self.body = f"(?=[{cls}])(?:" + "|".join(parts) + ")"
        else:
            self.body = r"(?!x)x"
        self.pattern = re.compile(self.body)

    @staticmethod
    def _body(t: str, bound: bool) -> str:
        parts = []
        for w in t.split(" "):
            star = w.endswith("*")
            w = w.rstrip("*")
            parts.append(re.escape(w) + (_LETTER + "*" if star else ""))
        body = r"\s+".join(parts)
        if not bound:
            return body
        last = t.rstrip("*")[-1:]
        if not t.endswith("*") and last and _LETTER_RE.match(last) and not _NOBOUND.match(last):
            body += rf"(?!{_LETTER})"
        return body

    def lookup(self, s: str) -> Any:
        key = " ".join(s.split())
        if key in self.exact:
            return self.exact[key]
        for pat, payload in self.stems:
            if pat.fullmatch(key):
                return payload
        return None


# ----------------------------------------------------------------- compiled lexicon

_CUR_CONNECT = {"fr": r"(?:de\s+|d'\s*|des\s+)", "es": r"(?:de\s+)", "pt": r"(?:de\s+)",
                "it": r"(?:di\s+)", "ro": r"(?:de\s+)", "en": r"(?:of\s+)", "ca": r"(?:de\s+|d'\s*)"}
_AED_CUES = re.compile(r"امارات|اماراتي|\buae\b|emirat|émirat|dubai|abu dhabi|دبي|ابوظبي|ابو ظبي|امارات")
_MAD_CUES = re.compile(r"مغرب|morocc|maroc|rabat|الرباط|marruecos")
_MAX_VALUE = 1e16
_GENERIC_POST = {"元", "圆", "圓"}
_TW_CUES = re.compile(r"台幣|台币|臺幣|新台|台湾|台灣|臺灣")


@dataclass
class _Lex:
    lang: str
    dec: str
    thou: str
    core: re.Pattern[str]
    words: TermTable
    cur: TermTable
    cur_pre: re.Pattern[str]
    cur_post: re.Pattern[str]
    pct_post: re.Pattern[str]
    pct_pre: re.Pattern[str] | None
    approx_pre: re.Pattern[str] | None
    approx_post: re.Pattern[str] | None
    connectors: frozenset[str]
    ambiguous: frozenset[str]
    single_words: bool
    dirham: str
    # last words of the `cur_pre`/`pct_pre`/`approx_pre` terms: see `tail_may_match`
    cur_pre_tails: tuple[str, ...] | None = None
    pct_pre_tails: tuple[str, ...] | None = None
    approx_pre_tails: tuple[str, ...] | None = None


def _tails(terms: list[str]) -> tuple[str, ...] | None:
    """The last word of every term of `_alt(terms)`, or None when one ends in a stem (`x*`)."""
    out = set()
    for t in terms:
        words = fold(t).split()
        if not words:
            continue
        if words[-1].endswith("*"):
            return None
        out.add(words[-1])
    return tuple(sorted(out))


def tail_may_match(window: str, tails: tuple[str, ...] | None) -> bool:
    """Can the pattern `(?:<_alt(terms)>)<spaces>$` be found in `window`? Only if the window,
    trailing whitespace removed, ends with a term's last word (an exact gate: the term ends
    where the trailing whitespace starts). Saves ~1 us per search."""
    return tails is None or window.rstrip().endswith(tails)


def _alt(terms: list[str], bound: bool = True) -> str | None:
    terms = [t for t in dict.fromkeys(terms) if t.strip()]
    if not terms:
        return None
    return TermTable(dict.fromkeys(terms, True), bound).body


@lru_cache(maxsize=64)
def _lex(lang: str | None) -> _Lex:
    d = lang_data(lang)
    code = d["lang"]
    # number-word table: payload (kind, value)
    items: dict[str, tuple[str, float]] = {}
    for w, v in d["words"].items():
        items[w] = ("n", v)
    for w, v in d["scales"].items():
        items[w] = ("s", v)
    for w, v in d["duals"].items():
        items[w] = ("d", v)
    for w in d["half"]:
        items[w] = ("h", 0.5)
    glued = d.get("glued_connector")
    if glued:
        for w, payload in list(items.items()):
            if not w.startswith(glued):
                items.setdefault(glued + w, payload)
    if code in ("zh", "ja"):
        for i, ch in enumerate("〇一二三四五六七八九"):
            items.setdefault(ch, ("n", float(i)))
        items.setdefault("两", ("n", 2.0))
        items.setdefault("兩", ("n", 2.0))
    words = TermTable(items)
    thou_space = d["thousands"] == " "
    digits = r"\d{1,3}(?:[ ]\d{3})+(?!\d)|\d+(?:[.,]\d+)*" if thou_space else r"\d+(?:[.,]\d+)*"
    core = re.compile(rf"(?P<d>(?<![0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u04ff.,])(?:{digits}))|(?P<w>{words.body})")

    cur_items: dict[str, str] = {}
    for iso, terms in d["currencies"].items():
        for t in terms:
            cur_items.setdefault(t, iso)
    cur = TermTable(cur_items)
    pre_terms = [t for t in cur_items if not re.search(_LETTER, t) or len(t.rstrip("*")) <= 3
                 or re.fullmatch(r"[a-z.$]+", t)]
    pre_terms = [t for t in pre_terms if not t.endswith("*")]
    cur_pre = re.compile("(?:" + (_alt(pre_terms) or r"(?!x)x") + r")\s*$")
    conn = _CUR_CONNECT.get(code, "")
    cur_post = re.compile(r"\s*" + (conn + "?" if conn else "") + "(?:" + cur.body + ")")
    pct_post_alt = _alt(d["percent"]) or "%"
    pct_post = re.compile(r"\s*(?:" + pct_post_alt + ")")
    pp = _alt(d["percent_prefix"])
    pct_pre = re.compile("(?:" + pp + r")\s*$") if pp else None
    approx_terms = list(d["approx"])
    if glued:
        approx_terms += [glued + t for t in approx_terms]
    ap = _alt(approx_terms)
    approx_pre = re.compile("(?:" + ap + r")\s*$") if ap else None
    aa = _alt(d["approx_after"])
    approx_post = re.compile(r"\s*(?:" + aa + ")") if aa else None
    dirham = d.get("dirham") or ("MAD" if code in ("ar", "fr") else "AED")
    return _Lex(code, d["decimal"], d["thousands"], core, words, cur, cur_pre, cur_post,
                pct_post, pct_pre, approx_pre, approx_post, frozenset(d["connectors"]),
                frozenset(d["ambiguous"]), bool(d["single_words"]), dirham,
                _tails(pre_terms), _tails(d["percent_prefix"]), _tails(approx_terms))


# ----------------------------------------------------------------- digit parsing

def _parse_digits(tok: str, dec: str, thou: str) -> float | None:
    """Parse one digit token with `.`/`,`/space separators under the language convention."""
    if len(tok) > 40:
        return None
    if " " in tok:
        tok = tok.replace(" ", "")
        if not tok.isdigit():
            dec_c = "," if "," in tok else "."
            tok = tok.replace(dec_c, ".")
    dots, commas = tok.count("."), tok.count(",")
    if dots and commas:
        d_c = "." if tok.rfind(".") > tok.rfind(",") else ","
        t_c = "," if d_c == "." else "."
        if tok.count(d_c) > 1:
            return None
        tok = tok.replace(t_c, "").replace(d_c, ".")
    elif dots or commas:
        c = "." if dots else ","
        parts = tok.split(c)
        if len(parts) > 2:
            if all(len(p) == 3 for p in parts[1:]) and len(parts[0]) <= 3:
                tok = "".join(parts)
            else:
                return None
        else:
            head, tail = parts
            if c == dec and c != thou:
                is_thou = False
            else:
                is_thou = len(tail) == 3 and len(head) <= 3 and not (head == "0")
            tok = head + tail if is_thou else head + "." + tail
    try:
        v = float(tok)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


# ----------------------------------------------------------------- evaluation

def _evaluate(toks: list[tuple[str, float]]) -> float:
    """Value of a run of (kind, value) tokens: the largest scale splits the run into
    count (left, default 1) and remainder (right); a lone half after a scale adds half of it."""
    if not toks:
        return 0.0
    best = -1
    for i, (k, v) in enumerate(toks):
        if k == "s" and (best < 0 or v > toks[best][1]):
            best = i
    if best < 0:
        return sum(v for _, v in toks)
    left, right = toks[:best], toks[best + 1:]
    lv = _evaluate(left) if left else 1.0
    scale = toks[best][1]
    if right and all(k == "h" for k, _ in right):
        return (lv + 0.5) * scale
    return lv * scale + _evaluate(right)


def _w2n(words: str, lang: str) -> float | None:
    """words2num2 for multiword spelled numbers (it knows more morphology than our tables)."""
    try:
        from words2num2 import words2num

        v = float(words2num(words, lang=lang))
    except Exception:
        return None
    return v if math.isfinite(v) else None


# ----------------------------------------------------------------- finding

_DATEISH = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?!\d)|\d{1,2}:\d{2}(?!\d)")
_DATE_HINT = re.compile(r"\d[./:-]\d")
_ARABIC_SCRIPT = {"ar", "fa", "ur", "ps", "ckb"}


@dataclass
class _Tok:
    kind: str  # n s h d (words) or D (digits)
    value: float
    start: int
    end: int
    text: str
    letter_scale: bool = False  # 'm', 'b', 'k': only valid with a currency


def _tokens(text: str, lex: _Lex) -> list[_Tok]:
    out: list[_Tok] = []
    blocked: list[tuple[int, int]] = []
    if _DATE_HINT.search(text):
        blocked = [m.span() for m in _DATEISH.finditer(text)]
    bi = 0
    for m in lex.core.finditer(text):
        s, e = m.span()
        if m.group("d") is not None:
            while bi < len(blocked) and blocked[bi][1] <= s:
                bi += 1
            if bi < len(blocked) and blocked[bi][0] <= s < blocked[bi][1]:
                continue
            # model codes: F-16, Su-35, S-400
            if model_code_before(text, s):
                continue
            v = _parse_digits(m.group("d"), lex.dec, lex.thou)
            if v is None:
                continue
            out.append(_Tok("D", v, s, e, m.group("d")))
        else:
            payload = lex.words.lookup(m.group("w"))
            if payload is None:
                continue
            kind, v = payload
            w = m.group("w")
            out.append(_Tok(kind, v, s, e, w, letter_scale=kind == "s" and len(w) == 1
                            and w.isascii() and w.isalpha()))
    return out


def _gap_ok(gap: str, lex: _Lex) -> bool:
    g = gap.strip(" \t-")
    return g == "" and "\n" not in gap and len(gap) <= 3 or g in lex.connectors and len(gap) <= 6


def _segments(text: str, toks: list[_Tok], lex: _Lex) -> list[list[_Tok]]:
    segs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    for i, t in enumerate(toks):
        if cur:
            prev = cur[-1]
            gap = text[prev.end:t.start]
            ok = _gap_ok(gap, lex)
            if ok:
                if t.kind == "D":
                    nxt = toks[i + 1] if i + 1 < len(toks) else None
                    ok = prev.kind == "s" and (gap == "" or (
                        nxt is not None and nxt.kind == "s" and nxt.start - t.end <= 1
                        and nxt.value < prev.value))
                elif t.kind == "n":
                    ok = prev.kind != "D"
                elif t.letter_scale:
                    ok = prev.kind == "D" and gap == ""
            if ok:
                cur.append(t)
                continue
            segs.append(cur)
        if t.letter_scale:  # a bare 'm'/'b' never starts an amount
            cur = []
            continue
        cur = [t]
    if cur:
        segs.append(cur)
    return segs


def _value(seg: list[_Tok], lex: _Lex) -> float | None:
    # English "one and a half": drop the article before half
    seg = [t for i, t in enumerate(seg)
           if not (t.kind == "n" and t.text in lex.ambiguous and i > 0
                   and i + 1 < len(seg) and seg[i + 1].kind == "h")]
    toks: list[tuple[str, float]] = []
    for i, t in enumerate(seg):
        if t.kind == "d":
            has_count = i > 0 and seg[i - 1].kind in ("n", "D")
            toks.append(("s", _dual_base(t.value)) if has_count else ("n", t.value))
        elif t.kind == "D":
            toks.append(("n", t.value))
        else:
            toks.append((t.kind, t.value))
    all_words = all(t.kind in ("n", "s") for t in seg) and len(seg) > 1
    if all_words and lex.lang not in _ARABIC_SCRIPT and lex.lang not in ("zh", "ja", "ko"):
        v = _w2n(" ".join(t.text for t in seg), lex.lang)
        if v is not None and v > 0:
            return v
    v = _evaluate(toks)
    return v if math.isfinite(v) else None


def _dual_base(v: float) -> float:
    """Scale behind a dual value: 2e6 -> 1e6, 200 -> 100, 2000 -> 1000."""
    return v / 2


def _currency(code: str, text: str, lex: _Lex, match: str) -> str:
    if code == "CNY" and match in _GENERIC_POST and _TW_CUES.search(text):
        return "TWD"
    if match == "¥" and lex.lang == "zh":
        return "CNY"
    if code == "MAD" and "درهم" not in match and "dirham" not in match and match not in ("dh", "dhs"):
        return code
    if code in ("MAD", "AED") and not re.search(r"امارات|مغرب|emirat|moroc|maroc|uae", match):
        if _AED_CUES.search(text):
            return "AED"
        if _MAD_CUES.search(text):
            return "MAD"
        return lex.dirham
    return code


def find_amounts(text: str, lang: str | None) -> list[Amount]:
    """All numbers, money amounts and percentages in `text` (a folded view), in order."""
    if not text:
        return []
    lex = _lex(lang)
    toks = _tokens(text, lex)
    out: list[Amount] = []
    last_end = 0
    for seg in _segments(text, toks, lex):
        amt = _amount(text, seg, lex)
        if amt is not None and amt.start >= last_end:
            out.append(amt)
            last_end = amt.end
    return out


def _amount(text: str, seg: list[_Tok], lex: _Lex) -> Amount | None:
    start = seg[0].start
    # currency after / before
    cur_code: str | None = None
    end = seg[-1].end
    at = end
    if (end < len(text) and text[end] == "." and seg[-1].kind == "s" and len(seg[-1].text) <= 4
            and not seg[-1].letter_scale):
        at = end + 1  # 300 Mio. Euro, 5 млрд. руб
    m = lex.cur_post.match(text, at)
    if m and (_letter_follows(text, m.end()) or _digit_follows(text, m.end())):
        m = None
    if m:
        code = lex.cur.lookup(_strip_connector(m.group(0).strip(), lex.lang))
        if code:
            cur_code = _currency(code, text, lex, m.group(0).strip())
            post_end = m.end()
        else:
            m = None
    pre_start = start
    left = text[max(0, start - 12):start]
    pm = lex.cur_pre.search(left) if left and tail_may_match(left, lex.cur_pre_tails) else None
    if pm and (pm.start() == 0 or not _LETTER_RE.match(left[pm.start() - 1]) or
               not _LETTER_RE.match(pm.group(0)[0])):
        code = lex.cur.lookup(pm.group(0).strip())
        if code:
            if cur_code is None or (m is not None and m.group(0).strip() in _GENERIC_POST):
                cur_code = _currency(code, text, lex, pm.group(0).strip())
            pre_start = start - (len(left) - pm.start())
    # currency-only scales ('m', 'bn' style single letters)
    if seg[-1].letter_scale and cur_code is None:
        seg = seg[:-1]
        if not seg:
            return None
        end = seg[-1].end
        m = None
    elif seg[-1].letter_scale is False and _letter_follows(text, end) and m is None:
        if seg[-1].kind == "D" and not _NOBOUND.match(text[end]):
            return None  # 155mm, 9M14, 1e309
    kinds = {t.kind for t in seg}
    words_only = "D" not in kinds
    if words_only:
        if kinds <= {"h"}:
            return None
        if kinds <= {"s"} and not (len(seg) == 1 and seg[0].text.removeprefix("و") in _bare(lex)):
            return None
        if len(seg) == 1 and seg[0].kind == "n" and cur_code is None:
            if not lex.single_words or seg[0].text in lex.ambiguous or len(seg[0].text) == 1 and _NOBOUND.match(seg[0].text):
                if not lex.pct_post.match(text, end):
                    return None
    value = _value(seg, lex)
    if value is None or not math.isfinite(value) or abs(value) > _MAX_VALUE:
        return None
    kind = "number"
    if cur_code is not None:
        kind = "money"
        if m is not None:
            end = post_end
        start = pre_start
    else:
        pm2 = lex.pct_post.match(text, end)
        if pm2 and not _letter_follows(text, pm2.end()):
            kind, end = "percent", pm2.end()
        elif lex.pct_pre is not None:
            left8 = text[max(0, start - 8):start]
            pp = lex.pct_pre.search(left8) if tail_may_match(left8, lex.pct_pre_tails) else None
            if pp:
                kind, start = "percent", start - (min(start, 8) - pp.start())
    has_scale = any(t.kind in ("s", "d") for t in seg)
    if kind == "number" and not has_scale and len(seg) == 1 and seg[0].kind == "D":
        tok = seg[0].text
        if tok.isdigit() and len(tok) == 4 and 1900 <= int(tok) <= 2099:
            return None  # a year
    approx = False
    if lex.approx_pre is not None:
        left30 = text[max(0, start - 30):start]
        approx = tail_may_match(left30, lex.approx_pre_tails) and bool(lex.approx_pre.search(left30))
    if not approx and lex.approx_post is not None:
        approx = bool(lex.approx_post.match(text, end))
    if seg[0].text.startswith("و") and seg[0].kind != "D" and lex.lang in _ARABIC_SCRIPT and start == seg[0].start:
        if lex.words.lookup(seg[0].text[1:]) is not None:
            start += 1
    return Amount(start, end, value, cur_code, kind, approx)


@lru_cache(maxsize=64)
def _bare_cached(lang: str) -> frozenset[str]:
    return frozenset(lang_data(lang)["bare_scales"])


def _bare(lex: _Lex) -> frozenset[str]:
    return _bare_cached(lex.lang)


def _digit_follows(text: str, pos: int) -> bool:
    rest = text[pos:pos + 3].lstrip()
    return bool(rest) and rest[0].isdigit()


def _letter_follows(text: str, pos: int) -> bool:
    if pos >= len(text):
        return False
    ch = text[pos]
    return bool(_LETTER_RE.match(ch)) and not _NOBOUND.match(ch)


def _strip_connector(s: str, lang: str) -> str:
    conn = _CUR_CONNECT.get(lang)
    if conn:
        s = re.sub("^" + conn, "", s)
    return s


def parse_number(token: str, lang: str | None) -> float | None:
    """Value of one number expression ("20,7 triệu", "۱۲۳", "hai mươi", "$1.6bn"), or None."""
    if not token or len(token) > 200:
        return None
    folded = fold(token).strip()
    amounts = find_amounts(folded, lang)
    if amounts:
        v = amounts[0].value
        return v if math.isfinite(v) else None
    lex = _lex(lang)
    if re.fullmatch(r"\d+(?:[.,]\d+)*", folded):
        return _parse_digits(folded, lex.dec, lex.thou)
    toks = _tokens(folded, lex)
    if toks and all(t.kind != "D" for t in toks):
        words = _value(toks, lex)
        return words if words is not None and math.isfinite(words) else None
    return None
