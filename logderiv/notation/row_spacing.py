r"""A row break with the space below it, ``\\[2ex]``: LaTeX's layout, read as the row break ``\\`` (noted).

An English README aligns its two gradients ``\frac{\partial L}{\partial w} &= … \\[2ex] \frac{\partial L}{\partial b}
&= …`` (cold37): ``\\[2ex]`` breaks the row and puts 2ex of space under it, which says nothing of the maths. The
document's reader takes the optional length already; the page's readers, which cut rows at ``\\``, left ``[2ex]``
in the rows, and each derivation read alone lost its display. Only a length in brackets right after ``\\`` (a
number and one of TeX's units: pt, ex, em, mm, cm, in, bp, pc, mu, sp, dd) is blanked, the text's length and lines
kept; ``\\[`` followed by anything else (Markdown's escaped display bracket, a bracket of the maths) is left as it was.

The star of ``\\*`` (no page break after the row, layout too) is blanked with the length, and alone where the row
break ends the line or the next row starts there (``\\*`` then a line break, ``&``, a command or ``$``): left in,
it stood at the head of the next row, ``* \frac{∂L}{∂b} &= …``, and made a right row wrong (audderiv36). A star
before anything else (``\\*b``, a regex's ``"\\*"``) is left as written.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import patterns

__all__ = ["row_spacing_blanked"]

#: the row break's optional length: ``\\[2ex]``, ``\\ [4pt]``, ``\\*[-1mm]``, ``\\[.5em]``
_SPACED_ROW_BREAK = patterns.compile(
    r"(?<!\\)(?:\\\\)(?P<space>\*?[ \t]*\[[ \t]*-?(?:\d+(?:\.\d*)?|\.\d+)[ \t]*(?:pt|ex|em|mm|cm|in|bp|pc|mu|sp|dd)[ \t]*\]"
    r"|\*(?=[ \t]*(?:\r?\n|$|&|\$|\\[A-Za-z])))")


def row_spacing_blanked(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each row break's ``[length]`` and star blanked (same length, same lines), and notes naming the
    lines: one for the lengths (with their stars), one for the stars alone."""
    lines: list[int] = []
    stars: list[int] = []

    def blank(found: re.Match[str]) -> str:
        line = text.count("\n", 0, found.start()) + 1
        space = found.group("space")
        # a length's note says the break is read as \\ (its star too); a star alone has its own
        shown = lines if space != "*" else stars
        if line not in shown:
            shown.append(line)
        start, end = found.span("space")
        return found.group()[: start - found.start()] + " " * (end - start)

    blanked = _SPACED_ROW_BREAK.sub(blank, text)
    notes = []
    if lines:
        shown = ", ".join(where(line) for line in lines)
        notes.append(f"{shown}: \\\\[…] is a row break with space below the row (layout, no maths): read as the row "
                     "break \\\\")
    if stars:
        shown = ", ".join(where(line) for line in stars)
        notes.append(f"{shown}: \\\\* is a row break with no page break after the row (layout, no maths): read as "
                     "the row break \\\\")
    return (blanked, notes) if notes else (text, [])
