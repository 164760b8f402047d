"""The fast paths of template and term matching must give exactly what the plain regexes give.

Role templates are gated by the word that must end right before a mention (or start right
after it), and inner-wildcard terms are tried only where one of their first literals occurs;
these tests run both ways over text built from every shipped pack's own terms.
"""

from __future__ import annotations

import pytest

from armstrace.extraction.lexicon import lexicon
from armstrace.extraction.roles import _markers
from armstrace.lang import available
from armstrace.lang.scanner import _regex_hits
from armstrace.lang.terms import TemplateSet
from armstrace.text.normalize import fold

LANGS = available()


def _instance(term: str, name: str = "Mira") -> str:
    """A template or term with its wildcards and slot filled by letters of its own script."""
    out = []
    for w in term.replace("{X}", f" {name} ").split():
        if w.endswith("*"):
            stem = w.rstrip("*")
            w = stem + (stem[-1:] * 2 if stem else "ab")
        out.append(w)
    return " ".join(out)


def _role_sets(lang: str) -> list[TemplateSet]:
    m = _markers(lexicon(lang))
    return [m.supplier, m.recipient, m.origin, m.agent_before, m.agent_after, m.counterpart]


@pytest.mark.parametrize("lang", LANGS)
def test_template_gates_agree_with_the_regexes(lang: str) -> None:
    for ts in _role_sets(lang):
        pieces = [_instance(t) for t in ts.templates] or ["mira"]
        # spaced and glued neighbours, a proclitic before the name, unrelated filler
        text = fold(" , ".join(pieces) + " wa" + "".join(pieces) + " the end")
        names = [i for i in range(len(text)) if text.startswith("mira", i)]
        positions = sorted({*names, *(i + 4 for i in names), *range(0, len(text) + 1, 7)})
        for pos in positions:
            if ts.pre is not None:
                want = bool(ts.pre.search(text[max(0, pos - 40):pos]))
                assert ts._pre_holds(text, pos, 40) is want, (lang, pos, text[max(0, pos - 40):pos])
            if ts.post is not None and ts.post.match(text, pos, min(len(text), pos + 40)):
                assert ts._post_gate(text, pos), (lang, pos, text[pos:pos + 40])
            if ts.both_post is not None:
                any_post = any(p.match(text, pos, min(len(text), pos + 40)) for _, p in ts.both_checks)
                assert bool(ts.both_post.match(text, pos, min(len(text), pos + 40))) is any_post


def test_template_set_matches_a_marker_before_and_after() -> None:
    ts = TemplateSet(("from {X}", "{X}-made", "of {X} origin"))
    text = fold("jets from Mira and Mira-made drones of Mira origin, Mira alone")
    hits = [i for i in range(len(text)) if text.startswith("mira", i) and ts.matches(text, i, i + 4)]
    assert len(hits) == 3


@pytest.mark.parametrize("lang", LANGS)
def test_wildcard_terms_found_as_by_finditer(lang: str) -> None:
    for scanner, _groups in lexicon(lang).scanners:
        for gi, pat in scanner.regexes.items():
            if pat is None:
                continue
            terms = scanner.regex_terms[gi]
            # each term whole, glued to a letter, and cut short: hits, boundary misses, near misses
            text = fold(" x ".join(_instance(t) for t in terms) + " " + "a".join(_instance(t) for t in terms)
                        + " " + " ".join(_instance(t)[:-2] for t in terms))
            want = [(m.start(), m.end(), m.end() - m.start()) for m in pat.finditer(text) if m.end() > m.start()]
            assert _regex_hits(pat, text, scanner.firsts[gi]) == want


def test_letter_memo_agrees_with_the_regex() -> None:
    from armstrace.lang.scanner import _LETTER, _is_letter

    for ch in "aZ9_ -.,'\u0301\u064b\u0915\u093f漢ß\u00a0\n":
        assert _is_letter(ch) is bool(_LETTER.match(ch)), repr(ch)
