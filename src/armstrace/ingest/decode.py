"""Bytes -> text with a coded reason when it cannot be done (binary, undecodable, mojibake)."""

from __future__ import annotations

import ftfy

from armstrace.errors import Problem


def decode_bytes(data: bytes, source: str) -> tuple[str | None, list[Problem]]:
    """Decode as UTF-8 (with BOM), else cp1252/cp1256/koi8-r guesses; repair mojibake."""
    problems: list[Problem] = []
    if not data.strip():
        return None, [Problem("E001", "empty input", source)]
    head = data[:8192]
    if b"\x00" in head and not (head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff")):
        return None, [Problem("E002", "binary content (NUL bytes)", source)]
    text: str | None = None
    for enc in ("utf-8-sig", "utf-16"):
        if enc == "utf-16" and not (head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff")):
            continue
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        # invalid UTF-8: decode leniently and let ftfy judge; too many replacements = give up
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        if bad > max(8, len(text) // 20):
            return None, [Problem("E003", f"{bad} undecodable byte sequences", source)]
        problems.append(Problem("W002", f"{bad} invalid UTF-8 sequences replaced", source))
    fixed = fix_mojibake(text)
    if fixed != text:
        problems.append(Problem("W002", "mojibake repaired", source))
        text = fixed
    if not text.strip():
        return None, [Problem("E001", "empty input", source)]
    return text, problems


def fix_mojibake(text: str) -> str:
    """Repair only encoding mix-ups (not quotes or width), so clean text stays byte-identical."""
    if text.isascii():
        return text
    return ftfy.fix_text(text, unescape_html=False, fix_latin_ligatures=False,
                         fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
                         fix_surrogates=True, remove_control_chars=False, normalization=None,
                         remove_terminal_escapes=False, restore_byte_a0=True, replace_lossy_sequences=True,
                         decode_inconsistent_utf8=True, fix_c1_controls=True)
