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

__all__ = ["primed_cost_head", "nabla_cost_head", "PRIMED_COST_NOTE", "NABLA_COST_NOTE"]

#: the note, with the head as written
PRIMED_COST_NOTE = ("the left side {written} is the cost itself, primed: it names the cost's derivative by --wrt, "
                    "as J' does")

#: the note of ∇ taken of the cost as written, with the head as written
NABLA_COST_NOTE = ("the left side {written} takes the gradient of the cost as the cost writes it ({shown}): it names "
                   "the cost's gradient, as \\nabla J does")

_PRIMED_BRACKET = patterns.compile(r"\s*\(")
#: ∇ and its subscript, if any (\nabla_x, \nabla_{\mathbf x}, ∇_θ), at the start of an answer
_NABLA = patterns.compile(r"\s*(?:\\nabla|∇)\s*(?:_\s*(?:\{[^{}=]*\}|\\?[A-Za-z]+))?\s*")
_PRIME_THEN_EQUALS = patterns.compile(r"\s*'\s*=(?!=)")
#: a name alone, as a cost's left side names it (\ell, L(w,b), J_{train}(\theta)): no expression of the cost
_NAME_ALONE = patterns.compile(r"(?:\\[A-Za-z]+|[A-Za-z]\w*)(?:_\{?\w+\}?)?(?:\([^()]*\))?")


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


def _sides(cost: str) -> list[str]:
    """The sides of the cost's ``=`` (one, when it writes none), each as written."""
    equals = brackets.top_level(cost, "=")
    bounds = [-1, *equals, len(cost)]
    return [cost[before + 1:after] for before, after in zip(bounds, bounds[1:])]


def nabla_cost_head(answer: str | None, cost: str | None) -> Pasted | None:
    """``\\nabla_x \\|r\\|^2 = …`` read as ``\\nabla_x J = …`` (noted), when what ∇ takes is a side of the cost as written.

    Least-squares notes state the cost as an identity (``\\|r\\|^2 = x^TA^TAx - 2b^TAx + b^Tb``) and its gradient by
    the same expression (``\\nabla_x \\|r\\|^2 = 2A^TAx - 2A^Tb``): the ∇ is then of the cost itself, whichever side of
    it is written. Any other expression after ∇ is left to the readers (a gradient of what?).
    """
    if not (isinstance(answer, str) and isinstance(cost, str)):
        return None
    nabla = _NABLA.match(answer)
    equals = brackets.top_level(answer, "=")
    if nabla is None or len(equals) != 1 or equals[0] <= nabla.end():
        return None
    operand = _bare(answer[nabla.end():equals[0]])
    if not operand or _NAME_ALONE.fullmatch(operand) or all(operand != _bare(side) for side in _sides(cost)):
        return None  # (\nabla\ell = … of the cost named \ell = …: the readers' own left side)
    end = nabla.end() + len(answer[nabla.end():equals[0]].rstrip())
    written = answer[nabla.start():end].strip()
    text = answer[:nabla.end()] + " J" + answer[end:]  # spaced: \nabla\|r\|^2 must not become \nablaJ
    note = NABLA_COST_NOTE.format(written=written, shown=answer[nabla.end():end].strip())
    return Pasted(answer, text, ((nabla.end(), end, nabla.end(), nabla.end() + 2),), (note,))
