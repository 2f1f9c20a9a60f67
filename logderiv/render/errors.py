"""Errors as text: what was wrong, where (the input with a caret under the column), and a hint.

The user's text is shown escaped (``logderiv.render.escapes``): a message may
quote it, and the excerpt is it, so neither may carry a control character to
the terminal; the caret moves by the width of the escapes before it.
"""

from __future__ import annotations

import json

from ..errors import (InputError, InternalError, LogderivError, OutputError, TimeLimitError, UnsupportedError,
                      UserCodeError)
from .escapes import escape, escape_line

__all__ = ["ERROR_SCHEMA_ID", "render_error", "render_error_json", "error_data"]

#: the value of an error object's ``schema`` field (``logderiv/schema/error.schema.json``)
ERROR_SCHEMA_ID = "logderiv/error/1"

#: an error's ``kind`` for a script, by class; the first that matches wins, so a subclass comes before its base
#: (an ``UnsupportedInputError`` is both an input and an unsupported error: unsupported, as its exit code says)
_KINDS: tuple[tuple[type[LogderivError], str], ...] = (
    (UnsupportedError, "unsupported"),
    (InputError, "input"),
    (TimeLimitError, "time-limit"),
    (OutputError, "output"),
    (UserCodeError, "user-code"),
    (InternalError, "internal"),
)


def render_error(error: LogderivError) -> str:
    """The message a user sees for ``error``, ending in a newline. Never a traceback."""
    where = f" (in {error.label})" if isinstance(error, InputError) and error.label else ""
    if isinstance(error, InputError) and error.line is not None and error.column is not None:
        column = error.column - (error.source.rfind("\n", 0, error.column) + 1)
        where = f" (in {error.label or 'FILE'}, line {error.line}, column {column + 1})"
    lines = [escape(f"logderiv: error{where}: {error.message}")]
    if isinstance(error, InputError) and error.source:
        lines += _caret(error.source, error.column)
    if error.hint:
        lines.append(escape(f"hint: {error.hint}"))
    return "\n".join(lines) + "\n"


def _caret(source: str, column: int | None) -> list[str]:
    # show only the line holding the column, and at most 70 characters around it,
    # so a caret under a long formula still lands under the right character
    if len(source) > 2_000:
        source = source[: max(column or 0, 0) + 70]
    start = source.rfind("\n", 0, column or 0) + 1
    end = source.find("\n", start)
    line = source[start : end if end != -1 else len(source)]
    offset = (column - start) if column is not None else None
    if len(line) > 70 and offset is not None:
        left = max(0, offset - 35)
        line = ("…" if left else "") + line[left : left + 70]
        offset = offset - left + (1 if left else 0)
    line, offset = escape_line(line, offset)
    shown = [f"  {line}"]
    if offset is not None:
        shown.append("  " + " " * max(offset, 0) + "^")
    return shown


def error_data(error: LogderivError, *, kind: str | None = None, exit_code: int | None = None) -> dict[str, object]:
    """``error`` as JSON-ready data in the shape of ``error.schema.json``: what, where and a hint, for a script.

    ``source`` names the input (``COST``, ``--let``, a file), ``excerpt`` is the line of it holding the
    error and ``line``/``column`` (1-based, the column within that line) point into it; each is null when
    the error has no place (a time limit, a full disk). ``kind`` and ``exit_code`` override the class's
    (click's usage errors, which are not logderiv's own).
    """
    placed = error if isinstance(error, InputError) else None
    source = placed.source if placed is not None else ""
    line: int | None = None
    column: int | None = None
    excerpt = None
    if placed is not None and source:
        start = source.rfind("\n", 0, placed.column or 0) + 1 if placed.column is not None else 0
        end = source.find("\n", start)
        excerpt = source[start:end if end != -1 else len(source)]
        line = placed.line if placed.line is not None else source.count("\n", 0, start) + 1
        column = None if placed.column is None else placed.column - start + 1
    return {
        "schema": ERROR_SCHEMA_ID,
        "kind": kind or next((name for cls, name in _KINDS if isinstance(error, cls)), "error"),
        "message": error.message,
        "hint": error.hint,
        # a document's error has a line but may have no label: it is the file, as the message for people says
        "source": (placed.label or ("FILE" if placed.line is not None else None)) if placed is not None else None,
        "excerpt": excerpt,
        "line": line,
        "column": column,
        "exit_code": error.exit_code if exit_code is None else exit_code,
    }


def render_error_json(error: LogderivError, *, kind: str | None = None, exit_code: int | None = None) -> str:
    """The error as JSON text (``logderiv/error/1``, see ``docs/json.md``); the user's text kept exact."""
    return json.dumps(error_data(error, kind=kind, exit_code=exit_code), indent=2, ensure_ascii=False) + "\n"
