"""Errors as text: what was wrong, where (the input with a caret under the column), and a hint.

The user's text is shown escaped (``logderiv.render.escapes``): a message may
quote it, and the excerpt is it, so neither may carry a control character to
the terminal; the caret moves by the width of the escapes before it.
"""

from __future__ import annotations

from ..errors import InputError, LogderivError
from .escapes import escape, escape_line

__all__ = ["render_error"]


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
