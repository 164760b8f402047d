"""Readers per format. Each yields Documents, or Problems for inputs that cannot be read.

A broken input never stops the stream: it becomes a coded Problem and the next input is read.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from armstrace.document import Document
from armstrace.errors import Problem
from armstrace.ingest.decode import decode_bytes
from armstrace.ingest.html import html_to_document

DEFAULT_MAX_CHARS = 200_000
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
Item = Document | Problem


def _finish(doc: Document, max_chars: int) -> Document:
    """Apply the max-length bound and fill a published date from a dateline if missing."""
    if len(doc.text) > max_chars:
        cut = doc.text[:max_chars]
        doc = Document(text=cut, id=doc.id, url=doc.url, title=doc.title, published=doc.published,
                       lang=doc.lang, source=doc.source, meta=doc.meta)
        doc.warn("W001", f"text cut to {max_chars} characters")
    if not doc.published:
        try:
            from armstrace.text.dates import find_dateline

            doc.published = find_dateline(doc.text, doc.lang)
        except Exception:  # a dateline is a nicety; never lose a document over it
            doc.published = None
    else:
        doc.published = _normalize_published(doc.published)
    return doc


def _normalize_published(value: Any) -> str | None:
    s = str(value).strip()
    if not s:
        return None
    try:
        from armstrace.text.dates import normalize_date

        return normalize_date(s) or s[:10]
    except Exception:
        return s[:10]


def from_text(text: str, doc_id: str, source: str, max_chars: int, problems: list[Problem]) -> Document:
    doc = Document(text=text, id=doc_id, source=source)
    doc.warnings.extend(problems)
    return _finish(doc, max_chars)


def from_object(obj: Any, fallback_id: str, source: str, max_chars: int) -> Item:
    """A JSON object with `text` and optional id, url, title, published, lang (or `html`)."""
    if not isinstance(obj, dict):
        return Problem("E005", "JSON value is not an object", source, fallback_id)
    doc_id = str(obj.get("id") or fallback_id)
    text = obj.get("text")
    if (not isinstance(text, str) or not text.strip()) and isinstance(obj.get("html"), str):
        item = html_to_document(obj["html"], doc_id, source, url=obj.get("url"))
        if isinstance(item, Problem):
            return item
        text, obj = item.text, {**obj, "title": obj.get("title") or item.title,
                                 "published": obj.get("published") or item.published}
    if not isinstance(text, str) or not text.strip():
        return Problem("E005", "object has no non-empty 'text'", source, doc_id)
    doc = Document(text=text, id=doc_id, url=obj.get("url"), title=obj.get("title"),
                   published=obj.get("published"), lang=obj.get("lang"), source=source)
    return _finish(doc, max_chars)


def read_json(data: bytes, stem: str, source: str, max_chars: int) -> Iterator[Item]:
    text, problems = decode_bytes(data, source)
    if text is None:
        yield from problems
        return
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Problem("E004", f"invalid JSON: {exc.msg} at line {exc.lineno}", source, stem)
        return
    if isinstance(obj, list):
        for i, o in enumerate(obj):
            yield from_object(o, f"{stem}:{i + 1}", f"{source}[{i}]", max_chars)
    else:
        yield from_object(obj, stem, source, max_chars)


def read_jsonl_lines(lines: Iterable[bytes], stem: str, source: str, max_chars: int) -> Iterator[Item]:
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        loc = f"{source}:{n}"
        try:
            obj = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield Problem("E004", f"line {n}: invalid JSON ({exc})", loc, f"{stem}:{n}")
            continue
        yield from_object(obj, f"{stem}:{n}", loc, max_chars)


def read_jsonl_file(path: Path, max_chars: int) -> Iterator[Item]:
    stem = path.name.split(".")[0]
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as fh:
            yield from read_jsonl_lines(fh, stem, str(path), max_chars)
    except (EOFError, OSError, zlib.error) as exc:
        yield Problem("E006", f"stream ended early or is corrupt: {exc}", str(path), stem)


def read_warc(path: Path, max_chars: int) -> Iterator[Item]:
    """HTML responses from a WARC (optionally gzipped) archive."""
    from warcio.archiveiterator import ArchiveIterator

    intact = _gzip_intact(path) if path.name.lower().endswith(".gz") else True
    pending: Item | None = None  # held back one record: the last one of a cut archive is partial
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                rid = (record.rec_headers.get_header("WARC-Record-ID") or url or "").strip("<>")
                body = record.content_stream().read()
                src = f"{path}#{url}"
                text, problems = decode_bytes(body, src)
                if text is None:
                    item: Item = problems[0]
                else:
                    item = html_to_document(text, rid.removeprefix("urn:uuid:"), src, url=url)
                    item = _finish(item, max_chars) if isinstance(item, Document) else item
                if pending is not None:
                    yield pending
                pending = item
    except Exception as exc:  # warcio raises several types on truncation
        intact = False
        pending = None
        yield Problem("E006", f"WARC archive broken: {type(exc).__name__}: {exc}", str(path), path.stem)
        return
    if not intact:
        yield Problem("E006", "WARC archive is cut short; its last record was dropped", str(path), path.stem)
    elif pending is not None:
        yield pending


def _gzip_intact(path: Path) -> bool:
    """Decompress to the end once: a cut gzip raises EOFError."""
    try:
        with gzip.open(path, "rb") as fh:
            while fh.read(1 << 20):
                pass
        return True
    except (EOFError, OSError, zlib.error):
        return False


def read_path(path: Path, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """Read one file of any supported format."""
    name = path.name.lower()
    stem = path.name.split(".")[0] if name.endswith((".gz", ".jsonl")) else path.stem
    source = str(path)
    if name.endswith((".warc", ".warc.gz")):
        yield from read_warc(path, max_chars)
        return
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        yield from read_jsonl_file(path, max_chars)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Problem("E008", f"cannot read: {exc.strerror}", source, stem)
        return
    if name.endswith(".json"):
        yield from read_json(data, stem, source, max_chars)
        return
    text, problems = decode_bytes(data, source)
    if text is None:
        yield from problems
        return
    if path.suffix.lower() in HTML_SUFFIXES or _looks_like_html(text):
        item = html_to_document(text, stem, source)
        if isinstance(item, Document):
            item.warnings.extend(problems)
            item = _finish(item, max_chars)
        yield item
        return
    yield from_text(text, stem, source, max_chars, problems)


def _looks_like_html(text: str) -> bool:
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def iter_inputs(inputs: Iterable[str | Path], max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """Expand paths, folders (recursively, sorted) and '-' (stdin) into Documents/Problems."""
    for raw in inputs:
        if str(raw) == "-":
            data = sys.stdin.buffer.read()
            head = data.lstrip()[:1]
            if head in (b"{", b"["):
                first_line = data.lstrip().split(b"\n", 1)[0]
                try:
                    json.loads(first_line)
                    yield from read_jsonl_lines(data.splitlines(), "stdin", "stdin", max_chars)
                    continue
                except json.JSONDecodeError:
                    yield from read_json(data, "stdin", "stdin", max_chars)
                    continue
            text, problems = decode_bytes(data, "stdin")
            if text is None:
                yield from problems
            elif _looks_like_html(text):
                item = html_to_document(text, "stdin", "stdin")
                yield _finish(item, max_chars) if isinstance(item, Document) else item
            else:
                yield from_text(text, "stdin", "stdin", max_chars, problems)
            continue
        path = Path(raw)
        if not path.exists():
            yield Problem("E008", "no such file or folder", str(path), path.stem)
        elif path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                yield from read_path(child, max_chars)
        else:
            yield from read_path(path, max_chars)
