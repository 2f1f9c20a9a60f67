"""Markdown kept behind ``# ``: a notebook exported as a Python script (jupytext's py:percent or light format).

jupytext writes each Markdown cell of a notebook into the ``.py`` file as comment lines, every line with a leading
``# `` (an empty line of the cell as ``#``): ``# ## 將 $J(w)$ …``, ``# \\begin{align}``, ``# &= \\frac{2}{m}X^T(Xw - y)``.
Pasted into notes, the page read as Markdown whose every line is a heading, and the derivation's first line was
refused at its ``#`` (cold24). A heading never opens or continues a display (``\\begin{align}``, ``&= …``, ``$$``),
so where EVERY non-blank line starts with ``#`` and a space (or is ``#`` alone) and one of them, past its ``# ``, is
such a display line, the ``#`` and the space after it are the comment marker: blanked, one for one (a caret keeps its
column), and noted. Anything else (a line without the marker, code between the cells, headings alone) is left as
written.
"""

from __future__ import annotations

import re

from .. import patterns

__all__ = ["COMMENTED_NOTE", "commented_markdown_read"]

#: the comment marker of one line: ``# `` or a ``#`` alone on its line
_MARKER = patterns.compile(r"#(?: |$)")

#: a line, past its marker, that only a display holds: an environment opened or closed, an align row, a $$ fence
_DISPLAY_LINE = patterns.compile(r"\s*(?:\\begin\s*\{|\\end\s*\{|&\s*=|\$\$|\\\[|\\\])")

#: a cell marker of the py:percent format (``# %% [markdown]``): no text of the cell
_CELL_MARKER = patterns.compile(r"#\s*%%.*")

COMMENTED_NOTE = ("every line of the file starts with '# ', the way jupytext writes a notebook's Markdown cells into "
                  "a Python script, and a display (\\begin{…}, &=, $$) stands behind it: read with each line's leading "
                  "'# ' dropped, as the comment marker, not a heading")


def commented_markdown_read(text: str) -> tuple[str, list[str]]:
    """``text`` with each line's comment marker blanked when it is a notebook's Markdown kept behind ``# ``; the note.

    Same length, same lines: an error's caret stands where the writer's character stands.
    """
    lines = text.split("\n")
    written = [line for line in lines if line.strip()]
    if not written or not all(_MARKER.match(line) or _CELL_MARKER.fullmatch(line.rstrip()) for line in written):
        return text, []
    if not any(_DISPLAY_LINE.match(line, 1) for line in written):
        return text, []
    blanked = []
    for line in lines:
        if _CELL_MARKER.fullmatch(line.rstrip()):
            blanked.append(" " * len(line))
        elif _MARKER.match(line):
            blanked.append(re.sub(r"^#", " ", line))
        else:
            blanked.append(line)
    return "\n".join(blanked), [COMMENTED_NOTE]
