r"""A norm's bars escaped for Markdown, ``\\|w\\|_2^2``: read as TeX's ``\|w\|``.

A Markdown processor without a maths pass (Hugo, Jekyll) eats one backslash of each pair, so notes in
Markdown write TeX's norm ``\|w\|`` as ``\\|w\\|`` for the page to show ‖w‖ (cold7's jp_hugo ridge post:
``\frac{\lambda}{2} \\|\bm{w}\\|_2^2``). Read as TeX, ``\\`` is a row break and the ``|`` after it a bar
opening the next row: no step writes that. So on one line of maths, a ``\\|`` that opens a pair (an
opening and a closing ``\\|``, something between) is the norm's bar, read ``\|`` and a space (so that
columns keep, and a ``$`` before it still opens maths), and a note says so. A ``\\`` followed by anything else stays the row break it is, and a
lone ``\\|`` (no closing one on its line) is left as written. Sympy-free.
"""

from __future__ import annotations

from typing import Callable

from .. import patterns

__all__ = ["escaped_norms_read"]

#: an escaped pair of norm bars on one line: \\| … \\| (no row break, $ or line end between them)
_ESCAPED_PAIR = patterns.compile(r"\\\\\|(?P<inside>[^\n$|\\]*(?:\\[A-Za-z]+\s*\{?[^\n$|\\{}]*\}?[^\n$|\\]*)*)\\\\\|")


def escaped_norms_read(text: str, where: Callable[[int], str] | None = None) -> tuple[str, list[str]]:
    """``text`` with each Markdown-escaped norm ``\\\\|w\\\\|`` written ``\\|w\\|`` (same length), and one note a line."""
    where = where or (lambda line: f"line {line}")
    lines: list[int] = []
    for match in reversed(list(_ESCAPED_PAIR.finditer(text))):
        if not match.group("inside").strip():
            continue
        for bar in (match.end() - 3, match.start()):
            # \\| as \| and a space after it, not before: `$\\|w\\|…$` must keep its `$` against the maths
            text = text[:bar] + "\\| " + text[bar + 3:]
        lines.append(text.count("\n", 0, match.start()) + 1)
    notes = [f"{where(line)}: \\\\|…\\\\| is a norm's bars escaped for Markdown (its processor keeps one backslash of "
             "two): read as \\|…\\|, the norm" for line in sorted(set(lines))]
    return text, notes
