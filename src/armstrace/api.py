"""Library entry points: extract from strings or paths, ingest into a store."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from armstrace.document import Document
from armstrace.errors import Problem
from armstrace.ingest import DEFAULT_MAX_CHARS, iter_inputs
from armstrace.pipeline import Pipeline


def extract(source: str | Path | Document, *, lang: str | None = None, published: str | None = None,
            doc_id: str | None = None, infer_origin: bool = False) -> Document:
    """Extract one document: a text string, a path to a file, or a Document.

    Raises ArmstraceError for unreadable input; the returned Document carries the record.
    """
    from armstrace.errors import ArmstraceError

    if isinstance(source, Document):
        doc = source
    elif isinstance(source, Path) or _is_path(source):
        items = list(iter_inputs([source]))
        docs = [d for d in items if isinstance(d, Document)]
        if not docs:
            raise ArmstraceError(items[0].code if items else "E001", str(items[0].message if items else "empty"))
        doc = docs[0]
    else:
        doc = Document(text=str(source), id=doc_id or "", lang=lang, published=published)
    out = Pipeline(options={"infer_origin": infer_origin})(doc)
    if isinstance(out, Problem):
        raise ArmstraceError(out.code, out.message)
    return out


def extract_many(inputs: Iterable[str | Path], workers: int = 1, max_chars: int = DEFAULT_MAX_CHARS,
                 infer_origin: bool = False) -> Iterator[Document | Problem]:
    """Stream Documents (or Problems for inputs that failed) from paths and folders."""
    pipeline = Pipeline(options={"infer_origin": infer_origin})
    yield from pipeline.pipe(iter_inputs(inputs, max_chars=max_chars), workers=workers)


def _is_path(source: object) -> bool:
    """A short single-line string naming an existing file (not a sentence)."""
    if not isinstance(source, str) or "\n" in source or len(source) > 1024:
        return False
    try:
        return Path(source).is_file()
    except OSError:
        return False
