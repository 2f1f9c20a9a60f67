r"""A rule of calculus stated in a display of its own, ``\frac{u^{\prime} v - u v^{\prime}}{v^2}``: set aside, noted.

A blog post derives ∂h/∂θ₀ by the quotient rule, and first states the rule: "the derivatives of u(x)/v(x) … are
$$\frac{u^{\prime} v - u v^{\prime}}{v^2}$$, with u′ and v′ the first derivatives of u and v". The display has no
'=' and speaks of no quantity of the page: its letters are the rule's own, u and v, each also written primed. Read
as maths, the primes were refused and the whole page with them. It is set aside (blanked, noted): a display with no
'=', every letter of it one of at most two letters each written primed somewhere in it (u and u′, v and v′), none of
them a letter the page's model or cost uses (θ, w, b, x, y, h, z, J, L, E, σ). Same length, same offsets.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import patterns
from .notes import display_blocks

__all__ = ["calculus_rules_set_aside"]

#: a letter primed: u^{\prime}, u', v^\prime
_PRIMED = patterns.compile(r"(?<![A-Za-z\\])(?P<letter>[a-z])\s*(?:\^\s*\{\s*\\prime\s*\}|\^\s*\\prime(?![A-Za-z])|')")
#: TeX that is layout or a rule's own operators, no letter of maths: \frac, \prime, environments, \tag, \label
_LAYOUT = patterns.compile(r"\\(?:begin|end)\s*\{[A-Za-z*]+\}|\\(?:tag|label)\s*\{[^{}]*\}|\\(?:d?frac|prime|left|right|cdot)(?![A-Za-z])")
#: the letters of the page's own quantities: a rule in these is no rule of calculus but maths of the page
_PAGE_LETTERS = frozenset("wbxyhzJLE")


def calculus_rules_set_aside(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each display stating a rule of calculus in primed letters blanked; a note for each."""
    notes: list[str] = []
    for block in display_blocks(text, inline=False):
        maths = text[block.maths[0]:block.maths[1]]
        if "=" in maths or "\\theta" in maths or "\\sigma" in maths:
            continue
        primed = {found.group("letter") for found in _PRIMED.finditer(maths)}
        letters = set(re.findall(r"[A-Za-z]", _LAYOUT.sub(" ", maths)))
        if not primed or len(primed) > 2 or letters != primed or primed & _PAGE_LETTERS:
            continue
        text = text[:block.maths[0]] + re.sub(r"[^\n]", " ", maths) + text[block.maths[1]:]
        line = text.count("\n", 0, block.maths[0]) + 1
        notes.append(f"{where(line)} states a rule of calculus in letters of its own, each also primed "
                     f"({', '.join(sorted(primed))}: a function and its derivative), no '=' and no quantity of the "
                     f"page: not read ({' '.join(maths.split())[:60]})")
    return text, notes
