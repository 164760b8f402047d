"""Named pipeline stages, run on one document, a stream, or a process pool.

Stages are plain callables `Document -> Document` registered by name, so the same
pipeline runs in-process, in a pool, or inside a distributed engine's task.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from armstrace.document import Document
from armstrace.errors import Problem

Stage = Callable[[Document], Document]
STAGES: dict[str, Stage] = {}
DEFAULT_STAGES = ("clean", "langid", "normalize", "sentences", "entities", "extract")


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
        if workers <= 1:
            for item in items:
                yield self(item) if isinstance(item, Document) else item
            return
        self.warm_up()
        it = iter(items)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            while batch := list(islice(it, chunk * workers)):
                yield from pool.map(_run_in_worker, [(self.names, self.options, x) for x in batch],
                                    chunksize=max(1, chunk // 4))

    def warm_up(self) -> None:
        """Load catalog and packs before forking so workers share them."""
        if "entities" in self.names:
            from armstrace.catalog import load_catalog

            load_catalog()


def _run_in_worker(args: tuple) -> Document | Problem:
    names, options, item = args
    if not isinstance(item, Document):
        return item
    out = Pipeline(names, options)(item)
    if isinstance(out, Document):
        out.view = None  # large and cheap to rebuild; keep the pickle small
    return out
