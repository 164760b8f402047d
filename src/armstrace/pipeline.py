"""Named pipeline stages, run on one document, a stream, or a process pool.

Stages are plain callables `Document -> Document` registered by name, so the same
pipeline runs in-process, in a pool, or inside a distributed engine's task.
"""

from __future__ import annotations

import gc
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import fields
from itertools import islice
from operator import attrgetter

from armstrace.document import Document, Mention, Span
from armstrace.errors import Problem

Stage = Callable[[Document], Document]
STAGES: dict[str, Stage] = {}
# "sentences" is not a default stage: extraction splits the documents that are about arms
DEFAULT_STAGES = ("clean", "langid", "normalize", "entities", "extract")
PARENT_DOCS = 16  # documents a pooled run extracts before forking (see `Pipeline.pipe`)


def stage(name: str) -> Callable[[Stage], Stage]:
    """Register a stage under `name` (later registrations replace earlier ones)."""

    def register(fn: Stage) -> Stage:
        STAGES[name] = fn
        return fn

    return register


@stage("clean")
def _clean(doc: Document) -> Document:
    """Mark the body; a dateline hidden behind a cookie banner is found once the junk is gone."""
    from armstrace.text.clean import clean

    doc = clean(doc)
    if not doc.published and doc.body:
        from armstrace.text.dates import find_dateline

        doc.published = find_dateline(doc.text[doc.body[0].start:], doc.lang)
    return doc


@stage("langid")
def _langid(doc: Document) -> Document:
    from armstrace.text.langid import detect_language

    doc.lang = detect_language(doc.clean_text, doc.lang)
    return doc


@stage("normalize")
def _normalize(doc: Document) -> Document:
    from armstrace.text.normalize import normalize

    doc.view = normalize(doc.text)
    return doc


@stage("sentences")
def _sentences(doc: Document) -> Document:
    from armstrace.text.sentences import split_sentences

    return split_sentences(doc)


@stage("entities")
def _entities(doc: Document) -> Document:
    from armstrace.catalog import find_mentions

    doc.mentions = find_mentions(doc)
    return doc


@stage("extract")
def _extract(doc: Document) -> Document:
    from armstrace.extraction import extract_frames

    return extract_frames(doc)


class Pipeline:
    """An ordered list of named stages with per-document error isolation."""

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES, options: dict | None = None):
        self.names = list(stages)
        unknown = [n for n in self.names if n not in STAGES]
        if unknown:
            raise ValueError(f"unknown stage(s): {', '.join(unknown)}; known: {', '.join(STAGES)}")
        self.options = options or {}

    def __call__(self, doc: Document) -> Document | Problem:
        """Run every stage on one document; a crash becomes a coded Problem."""
        doc.meta.setdefault("options", self.options)
        for name in self.names:
            try:
                doc = STAGES[name](doc)
            except Exception as exc:  # one broken document never kills a batch
                tb = traceback.extract_tb(exc.__traceback__)[-1]
                where = f"{tb.filename.rsplit('/', 1)[-1]}:{tb.lineno}"
                return Problem("E009", f"stage '{name}' failed: {type(exc).__name__}: {exc} ({where})",
                               doc.source, doc.id)
        doc.meta.pop("options", None)
        return doc

    def pipe(self, items: Iterable[Document | Problem], workers: int = 1,
             chunk: int = 64) -> Iterator[Document | Problem]:
        """Process a stream in order; Problems from readers pass through untouched."""
        self.warm_up()
        if workers <= 1:
            for item in items:
                yield self(item) if isinstance(item, Document) else item
            return
        it = iter(items)
        # the first documents run here: the rules of their languages (packs, lexicons,
        # number and date patterns: ~0.1 s per language) are then built once, not per worker
        for item in islice(it, PARENT_DOCS):
            yield self(item) if isinstance(item, Document) else item
        with ProcessPoolExecutor(max_workers=workers) as pool:
            # the next batch is submitted before this one is yielded: workers never idle
            # while the caller consumes results
            pending: tuple[list, Iterator] | None = None
            while True:
                batch = list(islice(it, chunk * workers))
                submitted = (batch, pool.map(_run_in_worker, [(self.names, self.options, x) for x in batch],
                                             chunksize=max(1, chunk // 4))) if batch else None
                if pending is not None:
                    for sent, result in zip(*pending, strict=True):
                        yield _unpack(sent, result)
                if submitted is None:
                    return
                pending = submitted

    def warm_up(self) -> None:
        """Load catalog, automata and models before forking so workers share them (each
        worker would otherwise build them again: ~1 s of CPU)."""
        if "entities" in self.names:
            from armstrace.catalog.matcher import get_matcher

            get_matcher()
        if "langid" in self.names:
            from armstrace.text.langid import load_model

            load_model()
        if "extract" in self.names:
            from armstrace.extraction.lexicon import lexicon

            lexicon("en")  # merged into every language's rules
        # the catalog and automata are ~400k objects that live as long as the process: moved
        # out of the collector's reach, they are not re-scanned at every full collection
        # (~10 % of the CPU on arms-dense text)
        gc.collect()
        gc.freeze()


# Mention fields in constructor order: a worker sends mentions back as plain tuples
_MENTION_FIELDS = tuple(f.name for f in fields(Mention))
_mention_row = attrgetter(*_MENTION_FIELDS)
_PACKED = "armstrace.packed"


def _run_in_worker(args: tuple) -> Document | Problem | tuple:
    names, options, item = args
    if not isinstance(item, Document):
        return item
    text = item.text  # stages never rewrite it; if one did, the new text is sent back
    out = Pipeline(names, options)(item)
    if isinstance(out, Document):
        return _pack(out, text)
    return out


def _pack(doc: Document, sent_text: str) -> tuple:
    """What the parent lacks, small: no text when unchanged (the parent sent it), no view
    (large, cheap to rebuild), mentions and plain sentence spans as tuples (a pickled
    dataclass per span costs ~5x the bytes and time)."""
    state = dict(doc.__dict__)
    state["view"] = None
    if doc.text is sent_text or doc.text == sent_text:
        del state["text"]
    text = doc.text
    state["mentions"] = [row if row[4] != text[row[0]:row[1]] else (*row[:4], None, *row[5:])
                         for row in map(_mention_row, doc.mentions)]
    state["sentences"] = [(s.start, s.end, s.label) if not s.data else s for s in doc.sentences]
    return (_PACKED, state)


def _unpack(sent: Document | Problem, result: Document | Problem | tuple) -> Document | Problem:
    """Rebuild the worker's Document on the parent's copy of the input."""
    if not (isinstance(result, tuple) and result and result[0] == _PACKED):
        return result
    assert isinstance(sent, Document)  # only Documents are packed
    doc = sent
    doc.__dict__.update(result[1])
    text = doc.text
    doc.mentions = [Mention(*row) if row[4] is not None else Mention(*row[:4], text[row[0]:row[1]], *row[5:])
                    for row in doc.mentions]
    doc.sentences = [Span(*s) if isinstance(s, tuple) else s for s in doc.sentences]
    return doc
