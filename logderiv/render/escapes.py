"""User text made safe to print: control and invisible format characters shown as visible escapes.

A formula, a ``--let``, a file name or a steps file may come from someone
else, and a terminal obeys what it is sent: ESC and C1 sequences clear the
screen, retitle the window or plant hyperlinks (OSC 8), BEL rings, and the
bidirectional overrides (U+202E) make text read other than it is. Everything
logderiv prints for people passes through :func:`escape` once, at the
command line's output (``logderiv.console``), and an error's excerpt through
:func:`escape_line` so its caret stays under the right character. JSON keeps
the exact text: :func:`escape_json` writes the same characters as JSON's own
``\\uXXXX`` escapes, which a JSON reader turns back into them.

Escaped: every C0 control but tab and newline (which a document may hold),
DEL and C1 (``\\x1b``, ``\\x7f``, ``\\x9b``); the invisible format characters
(Unicode category Cf: bidirectional embeddings, overrides, isolates and marks,
zero-width spaces and joiners, the byte-order mark, tags), the line and
paragraph separators, and lone surrogates, which are bytes that were not
UTF-8 (``U+202E``, ``\\xff`` for a byte). logderiv's own output uses none of
them, so escaping whole outputs changes only what the user wrote.
"""

from __future__ import annotations

import re
import unicodedata
from .. import patterns

__all__ = ["escape", "escape_line", "escape_json"]

#: the categories a terminal may act on or that print as nothing (see the module docstring)
_UNSAFE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})

#: a cheap first pass: every character that could be unsafe is outside printable ASCII
_CANDIDATE = patterns.compile(r"[^\n\x20-\x7e]")

#: Python reads a byte that is not UTF-8 in argv or a file name as U+DC80..U+DCFF (surrogateescape)
_RAW_BYTES = range(0xDC80, 0xDD00)


def escape(text: str) -> str:
    """``text`` with every unsafe character shown as a visible escape (``\\x1b``, ``U+202E``); tab and newline kept."""
    if text.isascii() and text.isprintable():
        return text
    return _CANDIDATE.sub(_visible, text)


def escape_line(line: str, column: int | None = None) -> tuple[str, int | None]:
    """One line of an excerpt shown under a caret, and the caret's column in it.

    A tab is a space here, not an escape: a terminal widens it to its next tab
    stop, which would move the text away from the caret. The column moves by
    the width of the escapes before it.
    """
    line = line.replace("\t", " ")
    shown = escape(line)
    if column is None or shown == line:
        return shown, column
    return shown, len(escape(line[: max(column, 0)]))


def escape_json(text: str) -> str:
    """JSON ``text`` with each unsafe character written as JSON's ``\\uXXXX``: the same string once read.

    Outside its strings a JSON document holds only ASCII punctuation,
    letters, digits and white space, so every unsafe character is inside a
    string, where the escape stands for exactly that character.
    """
    if text.isascii() and text.isprintable():
        return text
    return _CANDIDATE.sub(_json_escape, text)


def _unsafe(char: str) -> bool:
    return char != "\t" and char != "\n" and unicodedata.category(char) in _UNSAFE


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if not _unsafe(char):
        return char
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code in _RAW_BYTES:
        return f"\\x{code - 0xDC00:02x}"
    return f"U+{code:04X}"


def _json_escape(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\t" or not _unsafe(char):
        return char
    code = ord(char)
    if code > 0xFFFF:  # JSON escapes only 16-bit units: a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"
