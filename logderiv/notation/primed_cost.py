r"""An answer's left side that primes the cost itself: ``(\lambda(w_1^2 + w_2^2))' = …``.

A student differentiating a formula by hand writes it again in brackets with a prime, as
calculus classes write (f)' for f's derivative, and then the steps. Only the cost's own
text counts (spaces aside): the prime then names the cost's derivative by the variable
``--wrt`` gives, as ``J' =`` does, and the head is read as ``J'``. Any other bracket stays
a prime logderiv does not read (the derivative of what, by what?).
"""

from __future__ import annotations

import re

from . import brackets
from .pasted import Pasted
from .. import patterns

__all__ = ["primed_cost_head", "PRIMED_COST_NOTE"]

#: the note, with the head as written
PRIMED_COST_NOTE = ("the left side {written} is the cost itself, primed: it names the cost's derivative by --wrt, "
                    "as J' does")

_PRIMED_BRACKET = patterns.compile(r"\s*\(")
_PRIME_THEN_EQUALS = patterns.compile(r"\s*'\s*=(?!=)")


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _formula(cost: str) -> str:
    """The cost's formula: its right side when a name is given on the left (``J = …``)."""
    equals = brackets.top_level(cost, "=")
    return cost[equals[0] + 1:] if len(equals) == 1 else cost


def primed_cost_head(answer: str | None, cost: str | None) -> Pasted | None:
    """``(COST)' = …`` read as ``J' = …`` (noted), when the bracket holds the cost's own text; else None."""
    if not (isinstance(answer, str) and isinstance(cost, str)):
        return None
    opened = _PRIMED_BRACKET.match(answer)
    if opened is None:
        return None
    close = brackets.closing(answer, opened.end() - 1)
    if close is None:
        return None
    primed = _PRIME_THEN_EQUALS.match(answer, close + 1)
    if primed is None or _bare(answer[opened.end():close]) != _bare(_formula(cost)) or not _bare(cost):
        return None
    head_end = primed.end() - 1  # the '='
    written = answer[opened.start():head_end].strip()
    text = "J' " + answer[head_end:]
    return Pasted(answer, text, ((0, head_end, 0, 3),), (PRIMED_COST_NOTE.format(written=written),))
