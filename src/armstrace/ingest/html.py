"""HTML -> Document with trafilatura (main text, title, date via htmldate)."""

from __future__ import annotations

from armstrace.document import Document
from armstrace.errors import Problem

FAST_ENOUGH = 250  # chars of text the fast pass must find before its result is trusted


def _extract(html: str, url: str | None, fast: bool):
    """trafilatura's main extractor; `fast=False` adds its backup algorithms (readability,
    jusText): ~9x slower, needed only where the main one finds little."""
    import trafilatura

    return trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_precision=True,
                                       include_comments=False, include_tables=True, fast=fast)


def _as_dict(result) -> dict:
    return result.as_dict() if hasattr(result, "as_dict") else dict(result)


def _text_of(result) -> str:
    return _as_dict(result).get("text") or ""


def html_to_document(html: str, doc_id: str, source: str, url: str | None = None) -> Document | Problem:
    """Extract the article text; nav, cookie banners and related links are dropped."""
    try:
        result = _extract(html, url, fast=True)
        if result is None or len(_text_of(result)) < FAST_ENOUGH:
            result = _extract(html, url, fast=False)  # the backup extractors, for odd layouts
    except Exception as exc:  # lxml raises on some malformed markup
        return Problem("E007", f"HTML could not be parsed: {type(exc).__name__}", source, doc_id)
    if result is None:
        return Problem("E007", "no article text found in the HTML", source, doc_id)
    data = _as_dict(result)
    text = data.get("text") or ""
    if not text.strip():
        return Problem("E007", "no article text found in the HTML", source, doc_id)
    title = data.get("title")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"  # headlines carry claims too; keep them in the text
    doc = Document(text=text, id=doc_id, url=url or data.get("url"), title=title,
                   published=data.get("date"), source=source)
    doc.meta["format"] = "html"
    return doc
