"""The central document object: the original text, never rewritten, and spans into it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from armstrace.errors import Problem


@dataclass(slots=True)
class Span:
    """A labelled [start, end) slice of `Document.text` with optional data."""

    start: int
    end: int
    label: str = ""
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Mention:
    """A catalog entity found in the text.

    kind: state | actor | system | maker | source | force
    role: how a state is named: name | demonym | capital | force | maker-origin | alias
    """

    start: int
    end: int
    kind: str
    entity_id: str
    text: str
    role: str = "name"
    state: str | None = None  # ISO3 this mention stands for (states, forces, makers)
    category: str | None = None  # systems only
    name: str | None = None  # canonical English name


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Document:
    """One input document flowing through the pipeline.

    `text` is the document text as read (for HTML: the extracted article text); every span
    and evidence offset indexes into it. Stages add to the object; none rewrites `text`.
    """

    text: str
    id: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    source: str = ""  # path or record locator it came from
    hash: str = ""
    body: list[Span] = field(default_factory=list)  # regions kept after boilerplate removal
    view: Any = None  # NormalizedView
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    transfers: list[dict] = field(default_factory=list)
    cooperation: list[dict] = field(default_factory=list)
    trade_statistics: list[dict] = field(default_factory=list)
    story: str | None = None
    warnings: list[Problem] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.hash:
            self.hash = content_hash(self.text)
        if not self.id:
            self.id = self.hash[:16]

    def warn(self, code: str, message: str) -> None:
        self.warnings.append(Problem(code, message, self.source, self.id))

    @property
    def clean_text(self) -> str:
        """The body regions joined by blank lines (for display; offsets use `text`)."""
        if not self.body:
            return self.text.strip()
        return "\n\n".join(self.text[s.start:s.end] for s in self.body)

    def to_record(self) -> dict[str, Any]:
        """The output contract record (DESIGN.md section 4)."""
        rec: dict[str, Any] = {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "lang": self.lang,
            "published": self.published,
            "transfers": self.transfers,
            "cooperation": self.cooperation,
            "trade_statistics": self.trade_statistics,
            "story": self.story,
            "hash": self.hash,
        }
        if self.warnings:
            rec["warnings"] = [w.to_dict() for w in self.warnings]
        return rec
