"""An implication between two equations in one display: ``A = B \\Rightarrow C = D``, read as "so", each on its own.

A forum's question writes ``\\[ \\log(\\lambda_i) = \\sum_j \\beta_j x_{ij} \\Rightarrow \\lambda_i =
e^{\\sum_j \\beta_j x_{ij}} \\]``: the arrow says the second equation follows from the first. Neither is a step
of the other (a step is an '='), so a careful reader takes each as a statement of its own: a definition, a
lemma or a derivation, whichever it is. The display is cut at the arrow into two displays of the same kind,
one for one (``\\]`` and ``\\[`` written over the arrow's letters, spaces between), so every line and column
stays, and noted.

Only where it is plain: a ``$$ … $$``, ``\\[ … \\]`` or ``$ … $`` display with no environment, one arrow
(``\\Rightarrow``, ``\\Longrightarrow``, ``\\implies``) outside every bracket, and exactly one '=' on each side of
it. An arrow inside a chain (``A = B \\Rightarrow C = D = E``, a lemma after a definition), after a side with no
'=' (``y \\sim \\text{Poisson}(\\lambda) \\Rightarrow …``), or in an ``align`` is left to the readers as before.
Nothing here parses an expression or imports sympy.
"""

from __future__ import annotations

from typing import Callable

from .brackets import top_level
from .notes import display_blocks
from .. import patterns

__all__ = ["implications_cut"]

#: an implication's arrow as a control word: the one the display is cut at
_ARROW = patterns.compile(r"\\(?:Rightarrow|Longrightarrow|implies)(?![A-Za-z])")
#: what makes a display more than one plain equation: an environment, another arrow or a mapping
_NOT_PLAIN = patterns.compile(r"\\begin|\\end|\\(?:iff|Leftrightarrow|mapsto|to|therefore)(?![A-Za-z])|[⇒↦→]")
#: the delimiters a display may be cut with (closing, opening), by its opening as written
_DELIMITERS = {"$$": ("$$", "$$"), "\\[": ("\\]", "\\["), "$": ("$", "$")}


def implications_cut(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each display ``A = B ⇒ C = D`` cut at its arrow into two displays, and a note for each cut."""
    pieces: list[str] = []
    notes: list[str] = []
    at = 0
    for block in display_blocks(text):
        start, end = block.maths
        opening = text[block.span[0]:start].strip()
        if opening not in _DELIMITERS or block.inline:
            continue
        maths = text[start:end]
        arrows = list(_ARROW.finditer(maths))
        if len(arrows) != 1 or _NOT_PLAIN.search(_ARROW.sub(" ", maths)):
            continue
        arrow = arrows[0]
        width = arrow.end() - arrow.start()
        marked = f"{maths[: arrow.start()]}⇒{' ' * (width - 1)}{maths[arrow.end():]}"  # one character to look for
        if top_level(marked, "⇒") != [arrow.start()]:
            continue  # the arrow inside a bracket: part of a term, not between two equations
        before, after = maths[: arrow.start()], maths[arrow.end():]
        if len(top_level(before, "=")) != 1 or len(top_level(after, "=")) != 1:
            continue
        closing, again = _DELIMITERS[opening]
        if len(closing) + len(again) + 2 > width:
            continue
        cut = f"{closing}{' ' * (width - len(closing) - len(again))}{again}"
        pieces += [text[at:start + arrow.start()], cut]
        at = start + arrow.end()
        line = text.count("\n", 0, start + arrow.start()) + 1
        notes.append(f"{where(line)}: {arrow.group(0)} between two equations is read as 'so': each equation is read "
                     "on its own (a definition, a lemma or a derivation), neither a step of the other")
    pieces.append(text[at:])
    return "".join(pieces), notes
