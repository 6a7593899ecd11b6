"""Read a content file's text: from inside the content folder, UTF-8, of sane size, no hidden characters.

Every problem is located (path, line, column), and nothing of a file outside
the content folder is read, so nothing of it can be shown.
"""
from __future__ import annotations

from pathlib import Path

from generator.formats import unsafe_character
from generator.problems import Problem

MAX_FILE_BYTES = 1_000_000  # the largest real file is 40 KB


def unreadable(path: Path, shown_as: str, content: Path, what: str) -> Problem | None:
    """Why the file cannot be read, if it is missing or its real path leaves the content folder."""
    if not path.is_file():
        return Problem(shown_as, 1, 1, "", f"missing file: {what} is expected here")
    if not path.resolve().is_relative_to(content.resolve()):
        return Problem(shown_as, 1, 1, "", "a link to a file outside the content folder; put the file itself here")
    return None


def read_text(path: Path, shown_as: str) -> tuple[str | None, list[Problem]]:
    """A content file's text, if it is a UTF-8 file of sane size with no hidden characters."""
    with path.open("rb") as file:
        raw = file.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        return None, [Problem(shown_as, 1, 1, "", f"larger than {MAX_FILE_BYTES // 1_000_000} MB; split the content")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _position(raw, error.start)
        return None, [Problem(shown_as, line, column, "",
                              f"not UTF-8 (byte 0x{raw[error.start]:02x}); save the file as UTF-8")]
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")  # a byte order mark and line ends some editors write
    flaw = unsafe_character(text)
    if flaw:
        line, column = text_position(text, flaw.at)
        return None, [Problem(shown_as, line, column, "", flaw.message)]
    return text, []


def text_position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character of the text."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    column = offset - (before.rfind(b"\n") + 1) + 1
    return line, column
