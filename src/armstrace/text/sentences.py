"""Sentence splitting for every script, as spans into the original text.

Vietnamese goes through underthesea's sent_tokenize; everything else through one regex
splitter with per-language abbreviation lists from the language packs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from armstrace.document import Document, Span
from armstrace.lang import load_pack

# end of sentence: . ! ? … and script-specific stops; CJK/Devanagari stops need no space
_END = re.compile(r"([.!?…]+|[؟۔։])([\"'”’»)\]]*)(\s+)|([。！？।॥]+)([」』”’）)]*)")
_NEXT_OK = re.compile(r"[^\W\d_]|[\"'“‘«(\[\d¿¡]", re.UNICODE)
_STOP = re.compile(r"[.!?…؟۔։。！？।॥]")  # the first characters of every `_END` match
# Thai ends a sentence (or a clause) with a space between Thai letters, not with a stop
_THAI_BREAK = re.compile(r"(?<=[\u0e01-\u0e4e])[ \t]+(?=[\u0e01-\u0e4e])")
_LINE = re.compile(r"[^\n]+")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_BASE_ABBR = {"mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k",
              "gen", "col", "lt", "maj", "capt", "sgt", "adm", "jan", "feb", "mar", "apr", "jun",
              "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "jr", "sr"}


@lru_cache(maxsize=64)
def _abbreviations(lang: str | None) -> frozenset[str]:
    extra = set()
    if lang:
        extra = {a.lower().rstrip(".") for a in load_pack(lang).get("abbreviations", []) or []}
    return frozenset(_BASE_ABBR | extra)


def _is_abbreviation(text: str, cur: int, stop: int, abbr: frozenset[str]) -> bool:
    """Does the last word of text[cur:stop] (no newline inside) read as an abbreviation?"""
    tail = text[max(cur, text.rfind(" ", cur, stop) + 1):stop]
    if not tail or tail[-1].isspace():
        return False
    word = tail.split()[-1].lstrip("(\"'“«").lower()  # the trailing non-space run (\S+$)
    if word in abbr:
        return True
    if len(word) == 1 and word.isalpha():  # an initial: "A. Smith", "Nguyễn Văn A."
        return True
    return bool(_INITIALS.fullmatch(word))  # U.S, T.P


def _stops(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`_END.finditer(text, start, end)`, fast: every match begins with a stop character,
    so jump from one to the next (`_END` has no literal prefix for the scanner to use)."""
    pos = start
    search, match = _STOP.search, _END.match
    while c := search(text, pos, end):
        m = match(text, c.start(), end)
        if m is None:
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()


@lru_cache(maxsize=1)
def _caption_cuts() -> re.Pattern[str] | None:
    from armstrace.text.clean import _raw_patterns

    raw = _raw_patterns()
    if "caption_start" not in raw:
        return None
    # cut before "Ảnh:"/"Photo:", after "Nguồn: Sina" when a capital starts the next word, and
    # after a semicolon: clauses joined by ";" carry separate claims
    return re.compile(rf"(?i:\s[-–]?\s*(?={raw['caption_start']}))"
                      rf"|(?i:(?:{raw['credit_start']}))\s+(?=[A-ZĐÀ-ỸА-ЯЁ])|[;؛]\s+")


def _caption_pieces(text: str, ls: int, le: int) -> list[tuple[int, int]]:
    """Cut a line where a glued caption starts and after a credit's first word."""
    pat = _caption_cuts()
    if pat is None or not any(c in text[ls:le] for c in ":;؛"):
        return [(ls, le)]
    cuts = [m.end() for m in pat.finditer(text, ls, le) if ls < m.end() < le]
    bounds = [ls, *sorted(set(cuts)), le]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def split_region(text: str, start: int, end: int, lang: str | None) -> list[Span]:
    """Sentences in text[start:end], one or more per line."""
    spans: list[Span] = []
    for line in _LINE.finditer(text, start, end):
        for ls, le in _caption_pieces(text, line.start(), line.end()):
            spans.extend(_split_piece(text, ls, le, lang))
    return spans


# letters Unicode calls lower case in scripts that do not capitalise sentences: Georgian
# Mkhedruli (its capitals, Mtavruli, are for titles), so ". ს…" starts a sentence
_CASELESS_LOWER = re.compile("[\u10d0-\u10ff]")


def _split_piece(text: str, ls: int, le: int, lang: str | None) -> list[Span]:
    """Sentences of one line piece."""
    if lang == "vi":
        return _split_vi(text, ls, le)
    if lang == "th":
        return _split_th(text, ls, le)
    spans: list[Span] = []
    abbr = _abbreviations(lang)
    cur = ls
    for m in _stops(text, ls, le):
        if m.group(3) is not None:  # Latin-style stop followed by whitespace
            stop_end = m.end(2)
            nxt = text[m.end():m.end() + 1]
            if m.group(1).startswith(".") and _is_abbreviation(text, cur, m.start(), abbr):
                continue
            if nxt and not _NEXT_OK.match(nxt):
                continue
            if nxt and nxt.islower() and m.group(1) == "." and not _CASELESS_LOWER.match(nxt):
                continue  # "approx. ten" — lower-case start rarely begins a sentence
        else:
            stop_end = m.end()
        _add(spans, text, cur, stop_end)
        cur = stop_end
    _add(spans, text, cur, le)
    return spans


def _add(spans: list[Span], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append(Span(s, e, "sentence"))


THAI_PIECE = 25  # chars: a shorter run between spaces is a phrase ("จากสวีเดน", from Sweden)


def _split_th(text: str, s: int, e: int) -> list[Span]:
    """Thai: a space between two Thai letters ends a sentence or clause (spaces around digits
    and Latin names do not), unless what it sets off is only a short phrase."""
    cuts = [s] + [m.end() for m in _THAI_BREAK.finditer(text, s, e)] + [e]
    spans: list[Span] = []
    start = s
    for a, b in zip(cuts, cuts[1:], strict=False):
        if b - a >= THAI_PIECE and a - start >= THAI_PIECE:
            _add(spans, text, start, a)
            start = a
    _add(spans, text, start, e)
    return spans


def _split_vi(text: str, s: int, e: int) -> list[Span]:
    from underthesea import sent_tokenize

    out: list[Span] = []
    pos = s
    for sent in sent_tokenize(text[s:e]):
        sent = sent.strip()
        if not sent:
            continue
        i = text.find(sent, pos, e)
        if i < 0:  # underthesea normalised something: fall back to the regex splitter
            return split_region(text, s, e, None)
        out.append(Span(i, i + len(sent), "sentence"))
        pos = i + len(sent)
    return out


def split_sentences(doc: Document) -> Document:
    regions = doc.body or [Span(0, len(doc.text))]
    doc.sentences = [s for r in regions for s in split_region(doc.text, r.start, r.end, doc.lang)]
    return doc
