"""Coded errors and warnings: one broken document is recorded with a reason, never fatal."""

from __future__ import annotations

from dataclasses import dataclass

# code -> (short name, how to fix)
CODES: dict[str, tuple[str, str]] = {
    "E001": ("empty", "the input has no text; check the file or the JSON 'text' field"),
    "E002": ("binary", "the file is not text (NUL bytes or an unknown binary format)"),
    "E003": ("undecodable", "the bytes are not valid text in UTF-8 or a known encoding"),
    "E004": ("bad-json", "a JSON document or line could not be parsed"),
    "E005": ("no-text-field", "a JSON object needs a non-empty string 'text'"),
    "E006": ("truncated-archive", "a gzip or WARC stream ended early; the records before it were kept"),
    "E007": ("html-no-content", "no article text could be extracted from the HTML"),
    "E008": ("not-found", "the input path does not exist"),
    "E009": ("stage-failed", "a pipeline stage raised; this is a bug, please report it"),
    "E010": ("unsupported", "the file type is not supported"),
    "W001": ("truncated", "the document was longer than max_chars and was cut"),
    "W002": ("mojibake-repaired", "the text looked like mojibake and was repaired with ftfy"),
    "W003": ("too-many-entities", "a sentence named more entities than the frame limit; extra ones ignored"),
    "W004": ("number-out-of-range", "a number could not be represented and was ignored"),
    "W005": ("long-sentence", "a sentence was longer than the frame limit and was cut into windows"),
}


@dataclass(frozen=True)
class Problem:
    """A coded problem with an input: an error (document lost) or a warning (kept)."""

    code: str
    message: str
    source: str = ""
    doc_id: str | None = None

    @property
    def name(self) -> str:
        return CODES.get(self.code, ("unknown", ""))[0]

    @property
    def is_error(self) -> bool:
        return self.code.startswith("E")

    def to_dict(self) -> dict:
        return {"code": self.code, "name": self.name, "message": self.message,
                "source": self.source, "id": self.doc_id}

    def __str__(self) -> str:
        hint = CODES.get(self.code, ("", ""))[1]
        where = f"{self.source}: " if self.source else ""
        return f"[{self.code} {self.name}] {where}{self.message}" + (f" ({hint})" if hint and self.is_error else "")


class ArmstraceError(Exception):
    """A user-facing error with a code; the CLI prints it on one line."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code

    def __str__(self) -> str:
        return str(Problem(self.code, self.args[0]))
