r"""A row of an aligned display labelled by the component it is about: ``j = 0:& \quad \frac{\partial}{\partial
\theta_0} (…) =& …``.

Ng-style notes derive ∂J/∂θⱼ for a general j, then work each component out on rows of their own, each row opening
with its index condition: ``j = 0:`` before the row about θ₀, ``j = 1:`` before θ₁'s (es_notes, cold38). The label
says which j the row stands for; it is no equation (read as one, ``j`` was a left side and the page refused). It is
blanked over its own characters (same length, same lines and columns), with a note, only where it opens a row of a
display (a line's start or after ``\\`` / ``\newline``), ends with ``:``, and the row after it differentiates by
that very component (``\partial \theta_0`` after ``j = 0:``); anything else is left as written. Sympy-free.
"""

from __future__ import annotations

import re
from typing import Callable

from .notes import display_blocks
from .. import patterns

__all__ = ["row_conditions_blanked"]

#: at a row's start: the index, '=', a number, ':', then the alignment mark and spacing before the row's maths
_ROW_CONDITION = patterns.compile(
    r"(?:^|(?<=\\\\)|(?<=\\newline))[ \t]*(?P<label>(?P<letter>[ijkl])[ \t]*=[ \t]*(?P<value>\d)[ \t]*:)"
    r"(?P<after>[ \t]*&?[ \t]*(?:\\q?quad(?![A-Za-z])[ \t]*)?)", re.M)
#: the first derivative by a numbered (or lettered) component: \partial \theta_0, \partial w_{1}, \partial \theta_j
_FIRST_BY = patterns.compile(r"\\partial\s*\\?[A-Za-z]+\s*_\s*\{?\s*(?P<index>[0-9]+|[A-Za-z])\s*\}?(?![0-9])")
#: the end of a row: a row break, the end of the display's environment, or the line's end
_ROW_END = patterns.compile(r"\\\\|\\newline(?![A-Za-z])|\\end\b|\n")


def row_conditions_blanked(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each row's index condition (``j = 0:``) blanked, same length, and a note for each."""
    notes: list[str] = []
    for block in display_blocks(text):
        start, end = block.maths
        for found in reversed(list(_ROW_CONDITION.finditer(text, start, end))):
            stop = _ROW_END.search(text, found.end(), end)
            row = text[found.end(): end if stop is None else stop.start()]
            # the row's first derivative is by that very component (a \partial \theta_0 further on, after a
            # \partial \theta_1 first, says nothing of the row's own variable)
            by = _FIRST_BY.search(row)
            if "=" not in row or by is None or by["index"] != found["value"]:
                continue  # no derivative by that component opens the row: left as written
            # the label's letter written on the row (∂/∂θⱼ(…) = ∂/∂θ₀(…), x_j, Σ_j): the label sets j = 0 there, which
            # blanking it would drop (θⱼ read as a general component, a right row wrong, audderiv38c): left as written
            if re.search(r"_\s*\{?\s*" + found["letter"] + r"(?![A-Za-z])", row) is not None:
                continue
            line = text.count("\n", 0, found.start("label")) + 1
            text = text[:found.start("label")] + " " * (found.end() - found.start("label")) + text[found.end():]
            notes.append(f"{where(line)}: '{' '.join(found['label'].split())}' labels the row by the component it "
                         f"works out ({found['letter']} = {found['value']}, the row's derivative by the component "
                         f"{found['value']}), an index condition, no equation: not read")
    return text, sorted(notes)
