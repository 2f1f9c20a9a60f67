r"""MathJax's ``\require{cancel}``, which loads an extension for the page's maths: no maths of its own, blanked, noted.

A Jekyll post opens its first display with ``\require{cancel}`` so that its later ``\cancel{…}`` marks render; the
command sets nothing on the page. Read as maths, the display it opens (the model's definition, ``\require{cancel}
\begin{equation} h_θ(x⁽ⁱ⁾) = …``) was no definition, and the page's model went unread. Only ``\require`` with one
braced word of letters (and '-', as MathJax's extension names are), in a display. Same length, same offsets.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import patterns
from .notes import display_blocks

__all__ = ["extensions_loaded"]

#: \require{cancel}, \require{AMSmath}, \require{ams-cd}
_REQUIRE = patterns.compile(r"\\require\s*\{\s*[A-Za-z][A-Za-z-]{0,30}\s*\}")


def extensions_loaded(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each ``\\require{…}`` in a display blanked; one note for each line that holds one."""
    notes: list[str] = []
    for block in display_blocks(text, inline=False):
        for found in list(_REQUIRE.finditer(text, block.maths[0], block.maths[1])):
            text = text[:found.start()] + " " * (found.end() - found.start()) + text[found.end():]
            written = re.sub(r"\s+", "", found.group(0))
            notes.append(f"{where(text.count(chr(10), 0, found.start()) + 1)}: {written} loads a MathJax extension, "
                         "no maths: not read")
    return text, list(dict.fromkeys(notes))
