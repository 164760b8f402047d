"""HTML -> Document with trafilatura (main text, title, date via htmldate)."""

from __future__ import annotations

from armstrace.document import Document
from armstrace.errors import Problem


def html_to_document(html: str, doc_id: str, source: str, url: str | None = None) -> Document | Problem:
    """Extract the article text; nav, cookie banners and related links are dropped."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_precision=True,
                                             include_comments=False, include_tables=True)
    except Exception as exc:  # lxml raises on some malformed markup
        return Problem("E007", f"HTML could not be parsed: {type(exc).__name__}", source, doc_id)
    if result is None:
        return Problem("E007", "no article text found in the HTML", source, doc_id)
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
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
