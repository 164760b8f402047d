"""Boilerplate removal for plain text, by line, keeping offsets into the original text.

Copied news carries cookie banners (seed 002), share/subscribe lines, repeated captions
and "related news" tails (seed 003). We never rewrite the text: we mark which regions
are body (`Document.body`), and later stages look only there.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from armstrace.document import Document, Span
from armstrace.text.normalize import fold

SHORT_LINE = 90
_SENTENCE_END = re.compile(r"[.!?。؟।]\s|[.!?。؟।]$")


def _prose(line: str) -> bool:
    """A paragraph of the article, not a link title: long, with a sentence end in it."""
    return len(line) > SHORT_LINE and bool(_SENTENCE_END.search(line))


@lru_cache(maxsize=1)
def _raw_patterns() -> dict:
    return yaml.safe_load((resources.files("armstrace.text") / "boilerplate.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {k: re.compile("|".join(f"(?:{p})" for p in v)) for k, v in _raw_patterns().items()
            if isinstance(v, list)}


@lru_cache(maxsize=1)
def _cookie_literals() -> tuple[str, ...] | None:
    """Substrings one of which every cookie-banner match contains, or None (no gate)."""
    return required_literals(_patterns()["cookie"].pattern)


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Literals one of which every match of `pattern` contains (case-sensitive patterns
    only), or None when that cannot be told: a text holding none of them cannot match, and
    a few `in` tests cost ~1/50 of running an alternation over a whole document."""
    try:
        from re import _constants as C  # noqa: N812  (Python >= 3.11)
        from re import _parser

        parsed = _parser.parse(pattern)
    except (ImportError, re.error):
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None

    def need(items) -> tuple[str, ...] | None:
        options: list[tuple[str, ...]] = []
        run: list[str] = []
        for op, av in [*items, (None, None)]:
            if op is C.LITERAL:
                run.append(chr(av))
                continue
            if run:
                options.append(("".join(run),))
                run = []
            if op is C.BRANCH:
                alts = [need(b) for b in av[1]]
                if all(a is not None for a in alts):
                    options.append(tuple(x for a in alts for x in a))  # type: ignore[union-attr]
            elif op is C.SUBPATTERN and not av[1] and not av[2]:  # a group without flags
                sub = need(av[3])
                if sub is not None:
                    options.append(sub)
        if not options:
            return None
        return max(options, key=lambda o: (min(map(len, o)), -len(o)))

    return need(list(parsed))


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def boilerplate_lines(text: str) -> set[int]:
    """Indexes of lines judged boilerplate."""
    pats = _patterns()
    lines = _lines(text)
    whole = fold(text)
    if len(whole) == len(text):  # folding kept every character in place: slice it per line
        folded = [whole[s:e].strip() for s, e in lines]
    else:
        folded = [fold(text[s:e]).strip() for s, e in lines]
    drop: set[int] = set()
    n = len(lines)
    i = 0
    cookie = _cookie_literals()
    if cookie is not None and not any(lit in whole for lit in cookie):
        i = n  # no banner anywhere: a folded line is a substring of the folded text
    while i < n:
        line = folded[i]
        if line and pats["cookie"].search(line):
            # a consent banner: drop up to the button line if it comes soon, else this line only
            end = next((j for j in range(i, min(n, i + 8)) if pats["consent_end"].search(folded[j])), None)
            for j in range(i, (end if end is not None else i) + 1):
                drop.add(j)
            if i > 0 and end is not None and len(folded[i - 1]) < 40:
                drop.add(i - 1)  # the banner's own title ("Tracking cookies")
            i = (end if end is not None else i) + 1
            continue
        i += 1
    seen: dict[str, int] = {}
    for i, line in enumerate(folded):
        if not line:
            continue
        short = len(line) <= SHORT_LINE
        if short and (pats["share"].search(line) or pats["credit"].search(line)):
            drop.add(i)
        if len(line) > 15:
            if line in seen:
                drop.add(i)  # repeated caption or headline
                if i - seen[line] <= 2 and i > n * 0.5 and not any(map(_prose, folded[i + 1:])):
                    # a title repeated in a link block near the end: the related-news tail
                    # (a photo caption repeated as its alt text is followed by more prose)
                    drop.update(range(seen[line], n))
            else:
                seen[line] = i
        if short and pats["related"].search(line) and i > n * 0.3:
            drop.update(range(i, n))
            break
    return drop


def clean(doc: Document) -> Document:
    """Fill `doc.body` with the regions that are article text."""
    if doc.meta.get("format") == "html":  # trafilatura already removed the junk
        doc.body = [Span(0, len(doc.text), "body")]
        return doc
    drop = boilerplate_lines(doc.text)
    body: list[Span] = []
    for i, (s, e) in enumerate(_lines(doc.text)):
        if i in drop or s == e:
            continue
        if body and doc.text[body[-1].end:s].strip() == "":
            body[-1].end = e
        else:
            body.append(Span(s, e, "body"))
    doc.body = body or [Span(0, len(doc.text), "body")]
    return doc
