"""Compile language-pack term lists into regular expressions over the normalised view.

Term syntax (lang/SCHEMA.md): `word` whole word, `stem*` word prefix, multiword terms with
`*` on any word; templates with `{X}` are handled by `compile_template`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from armstrace.text.normalize import fold

# a "letter" for boundary purposes: any word char except the underscore
MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a"
_L = rf"(?:[^\W_]|[{MARKS}])"
LETTER = _L  # the letter pattern word boundaries are drawn with (others strip or reuse it)


def _term_regex(term: str, boundary: str) -> str:
    words = fold(term.strip()).split()
    parts = []
    for w in words:
        star = w.endswith("*")
        w = w.rstrip("*")
        body = re.escape(w)
        if star:
            body += _L + "*"
        parts.append(body)
    joined = r"\s+".join(parts)
    if boundary == "none":
        return joined
    first_is_letter = bool(re.match(_L, words[0][0])) if words and words[0] else False
    last = words[-1] if words else ""
    last_open = last.endswith("*")
    last_is_letter = bool(last.rstrip("*")) and bool(re.match(_L, last.rstrip("*")[-1]))
    left = rf"(?<!{_L})" if first_is_letter else ""
    right = "" if last_open or not last_is_letter else rf"(?!{_L})"
    return left + joined + right


@lru_cache(maxsize=4096)
def compile_terms(terms: tuple[str, ...], boundary: str = "word") -> re.Pattern[str] | None:
    """One alternation for all terms (longest first), or None for an empty list."""
    clean = sorted({t for t in terms if t and t.strip()}, key=len, reverse=True)
    if not clean:
        return None
    return re.compile("|".join(f"(?:{_term_regex(t, boundary)})" for t in clean))


def find_terms(terms: list[str] | tuple[str, ...], text: str, boundary: str = "word",
               start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """All non-overlapping (start, end) hits of `terms` in the folded `text`."""
    pat = compile_terms(tuple(terms), boundary)
    if pat is None:
        return []
    end = len(text) if end is None else end
    return [(m.start(), m.end()) for m in pat.finditer(text, start, end)]


@lru_cache(maxsize=4096)
def compile_template(template: str, boundary: str = "word") -> tuple[re.Pattern | None, re.Pattern | None]:
    """Split 'from {X}' into a pattern that must END right before the mention and one that
    must START right after it. Either side may be None."""
    before, _, after = template.partition("{X}")
    pre = post = None
    if before.strip():
        pre = re.compile("(?:" + _term_regex(before, boundary) + r")\s*$")
    if after.strip():
        # glued suffixes ('dan, -made) attach without space; words after a space need one
        lead = r"\s*" if after[:1].isspace() else ""
        words = after.strip()
        pat = _term_regex(words, boundary)
        if not after[:1].isspace():
            pat = pat.removeprefix(rf"(?<!{_L})")
        post = re.compile(lead + "(?:" + pat + ")")
    return pre, post


def template_matches(template: str, text: str, m_start: int, m_end: int,
                     boundary: str = "word", window: int = 40) -> bool:
    """Does `template` hold around the mention at [m_start, m_end) of the folded `text`?"""
    pre, post = compile_template(template, boundary)
    if pre is None and post is None:
        return False
    if pre is not None and not pre.search(text[max(0, m_start - window):m_start]):
        # a proclitic glued to the name ("من للدنمارك", "из-за"): test before the glued letters
        j = m_start
        while j > 0 and text[j - 1].isalpha() and m_start - j < 3:
            j -= 1
        if j == m_start or j == 0 or text[j - 1].isalpha() or not pre.search(text[max(0, j - window):j]):
            return False
    if post is not None and not post.match(text, m_end, min(len(text), m_end + window)):
        return False
    return True


class TemplateSet:
    """Many templates checked at once around a mention: one alternation for the templates
    that only look before the mention, one for those that only look after, and the few with
    both sides checked one by one.

    Cheap exact gates keep the regexes for the rare mention where they can hold: a
    pre-template matches only if its last word ends where the window's trailing whitespace
    starts (its pattern ends in `\\s*$`), and a post-template only if its first character is
    the next character or the next non-space one."""

    def __init__(self, templates: tuple[str, ...], boundary: str = "word"):
        self.templates = templates
        self.boundary = boundary
        pre_parts, post_parts, self.both = [], [], []
        self.last_words: set[str] = set()  # the word each pre-template ends with: a cheap gate
        self.last_stems: tuple[str, ...] = ()
        self.post_firsts: set[str] = set()  # first character of every post-template's text
        self.both_checks: list[tuple[str, re.Pattern[str]]] = []  # (template, its post pattern)
        by_last: dict[str, list[str]] = {}  # pre-templates by their last word ('stem*' as is)
        for t in templates:
            pre, post = compile_template(t, boundary)
            if pre is not None and post is not None:
                self.both.append(t)
                self.both_checks.append((t, post))
            elif pre is not None:
                pre_parts.append(f"(?:{pre.pattern})")
                last = fold(t.partition("{X}")[0]).split()
                word = last[-1] if last else ""
                if word.endswith("*"):
                    self.last_stems += (word.rstrip("*"),)
                else:
                    self.last_words.add(word)
                by_last.setdefault(word, []).append(f"(?:{pre.pattern})")
            elif post is not None:
                post_parts.append(f"(?:{post.pattern})")
                first = fold(t.partition("{X}")[2]).strip()[:1]
                self.post_firsts.add("" if first == "*" else first)  # a wildcard: no gate
        self.pre = re.compile("|".join(pre_parts)) if pre_parts else None
        self.post = re.compile("|".join(post_parts)) if post_parts else None
        self.word_lengths = sorted({len(w) for w in self.last_words})
        # one small alternation per last word: the gate names the only ones that can hold
        self.pre_by_word = {w: re.compile("|".join(ps)) for w, ps in by_last.items() if not w.endswith("*")}
        self.pre_by_stem = [(w.rstrip("*"), re.compile("|".join(ps))) for w, ps in by_last.items()
                            if w.endswith("*")]
        self.max_stem = max((len(st) for st, _ in self.pre_by_stem), default=0)
        self.both_post = (re.compile("|".join(f"(?:{post.pattern})" for _, post in self.both_checks))
                          if self.both_checks else None)

    def matches(self, text: str, m_start: int, m_end: int, window: int = 40) -> bool:
        if self.post is not None and self._post_gate(text, m_end) and \
                self.post.match(text, m_end, min(len(text), m_end + window)):
            return True
        if self.pre is not None:
            if self._pre_holds(text, m_start, window):
                return True
            j = m_start  # a proclitic glued to the name: test before the glued letters
            while j > 0 and text[j - 1].isalpha() and m_start - j < 3:
                j -= 1
            if (0 < j < m_start and not text[j - 1].isalpha()
                    and self._word_in_window(text, m_start, window) and self._pre_holds(text, j, window)):
                return True
        if self.both_post is None or not self.both_post.match(text, m_end, min(len(text), m_end + window)):
            return False  # no two-sided template's right side holds
        return any(post.match(text, m_end, min(len(text), m_end + window))
                   and template_matches(t, text, m_start, m_end, self.boundary, window)
                   for t, post in self.both_checks)

    def _post_gate(self, text: str, pos: int) -> bool:
        """Could a post-template start at `pos`? Its first character must be the next one
        (glued suffix) or the first after the whitespace there."""
        if pos >= len(text) or "" in self.post_firsts:
            return True
        if text[pos] in self.post_firsts:
            return True
        k = pos
        while k < len(text) and text[k].isspace():
            k += 1
        return k < len(text) and text[k] in self.post_firsts

    def _word_in_window(self, text: str, pos: int, window: int) -> bool:
        """Some pre-template's last word occurs before `pos` (the proclitic retry has always
        required this of the window before the name itself)."""
        if "" in self.last_words:
            return True
        chunk = text[max(0, pos - window):pos]
        return any(w in chunk for w in self.last_words) or any(s in chunk for s in self.last_stems)

    def _pre_holds(self, text: str, pos: int, window: int) -> bool:
        """`self.pre.search(text[pos - window:pos])`, fast: every pre-template ends in `\\s*$`,
        so its last word ends where the window's trailing whitespace starts; only the
        templates ending in a word found there are searched."""
        if "" in self.last_words and self.pre is not None:
            return bool(self.pre.search(text[max(0, pos - window):pos]))
        lo = max(0, pos - window)
        r = pos
        while r > lo and text[r - 1].isspace():
            r -= 1
        if r == lo:
            return False  # nothing but whitespace: every template has a non-space word
        # a last word holds no space: no need to look past the last one before r
        limit = r - max(lo, text.rfind(" ", lo, r) + 1)
        for n in self.word_lengths:  # ascending
            if n > limit:
                break
            pat = self.pre_by_word.get(text[r - n:r])
            if pat is not None and pat.search(text[lo:pos]):
                return True
        if self.pre_by_stem:
            q = r  # the non-space run ending at r holds the stem and the letters after it
            while q > lo and not text[q - 1].isspace():
                q -= 1
            chunk = text[max(lo, q - self.max_stem):r]
            for st, pat in self.pre_by_stem:
                if st in chunk and pat.search(text[lo:pos]):
                    return True
        return False


@lru_cache(maxsize=256)
def template_set(templates: tuple[str, ...], boundary: str = "word") -> TemplateSet:
    """One compiled TemplateSet per (templates, boundary): packs are fixed per process."""
    return TemplateSet(templates, boundary)
