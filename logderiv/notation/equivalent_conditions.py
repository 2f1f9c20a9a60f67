r"""A first-order condition restated by an equivalence: ``A &= 0 \\ \Leftrightarrow B &= 0``, the restatement set aside.

After its derivative a Japanese blog post sets it to zero, and restates the condition without the constant factor in
the next row of the same display, opening it with ``\Leftrightarrow`` ("equivalently"): ``\frac{2}{N}Σ(wᵀx_n − t_n)
x_{n,i} &= 0 \\ \Leftrightarrow Σ(wᵀx_n − t_n)x_{n,i} &= 0`` (tests/derivations_cold43, ja_blog). The first row is
the first-order condition (no step, as the tables count it); the rows after the arrow say the same condition again,
neither a step nor a definition, and the arrow, a word of logic, is no maths logderiv reads (``unknown command``).

Such rows are set aside (blanked, same length, lines and columns kept), noted: only in a display of rows each ending
``= 0`` (its '=' the row's only one, no derivative in it), every row after the first opening with ``\Leftrightarrow``,
``\iff`` or ``\Longleftrightarrow``. The first row stays, read as the page reads a first-order condition. Anything
else (an arrow between rows of a chain, a row = 1) is left as it was.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import patterns
from .brackets import top_level
from .notes import display_blocks

__all__ = ["equivalent_conditions_set_aside"]

#: a row break of a display outside any brace
_ROW = patterns.compile(r"\\\\")
#: an equivalence's arrow opening a row
_EQUIVALENT = patterns.compile(r"\s*\\(?:Leftrightarrow|iff|Longleftrightarrow)(?![A-Za-z])")
#: a row's '= 0' end (an align's & before the '=')
_EQUALS_ZERO = patterns.compile(r"=\s*(?:&\s*)?0\s*(?:[.,]\s*)?(?:\\end\s*\{[A-Za-z*]+\}\s*)?$")
#: a derivative anywhere in a row
_DERIVATIVE = patterns.compile(r"\\partial(?![A-Za-z])|∂|\\nabla(?![A-Za-z])|∇")


def equivalent_conditions_set_aside(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each condition's equivalent restatement (the rows opening with ⇔) blanked; a note for each."""
    notes: list[str] = []
    for block in display_blocks(text, inline=False):
        start, end = block.maths
        maths = text[start:end]
        if not _EQUIVALENT.search(maths) or _DERIVATIVE.search(maths):
            continue
        cuts = [found for found in _ROW.finditer(maths) if not maths[: found.start()].count("{")
                - maths[: found.start()].count("}")]
        bounds = [0, *(found.end() for found in cuts), len(maths)]
        rows = [(bounds[index], (cuts[index].start() if index < len(cuts) else len(maths)))
                for index in range(len(bounds) - 1)]
        rows = [(row_start, row_end) for row_start, row_end in rows if maths[row_start:row_end].strip()]
        if len(rows) < 2:
            continue
        plain = [re.sub(r"\\(?:begin|end)\s*\{[A-Za-z*]+\}|\\tag\s*\{[^{}]*\}", " ", maths[a:b]) for a, b in rows]
        if not all(_EQUALS_ZERO.search(row.rstrip()) and len(top_level(row, "=")) == 1 for row in plain):
            continue
        if _EQUIVALENT.match(plain[0]) or not all(_EQUIVALENT.match(row) for row in plain[1:]):
            continue
        # blanked from the first row's break to the last row's end (an \end{aligned} after it kept)
        cut_from, cut_to = cuts[0].start(), rows[-1][1]
        closing = re.search(r"\\end\s*\{[A-Za-z*]+\}\s*$", maths[:cut_to])
        if closing is not None:
            cut_to = closing.start()
        text = text[: start + cut_from] + re.sub(r"[^\n]", " ", maths[cut_from:cut_to]) + text[start + cut_to:]
        line = text.count("\n", 0, start + rows[1][0]) + 1
        if maths[rows[1][0]:].startswith("\n"):
            line += 1
        arrow = _EQUIVALENT.match(plain[1])
        notes.append(f"{where(line)} restates the condition of the row before it, '= 0', as an equivalent one "
                     f"(opening with {arrow.group(0).strip() if arrow else ''}): no step, set aside, not checked")
    return text, notes
