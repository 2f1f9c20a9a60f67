"""An answer's left side ``Grad`` (capital G) beside a cost named otherwise: the gradient, as ``grad`` is.

A MATLAB lab's ``function [Jobj, Grad] = costGradient(Theta, X, Y, lambda)`` names its two outputs the cost
``Jobj`` and its gradient ``Grad``; the answer ``Grad=X'*(X*Theta-Y)/m;`` is the gradient's line, as Ng's
``grad = …`` is. Read so (``Grad`` becomes ``grad``, the same length, so columns still point into the answer) only
where nothing else could be meant: the left side is exactly ``Grad``, the cost is a formula whose own left side
names a cost (J, Jobj, cost, loss, L, E …), and ``Grad`` (or ``grad``) is written nowhere else — not in the answer's
right side, the cost, nor any --let. Elsewhere the answer is left as written, and its left side stays refused
("the left side names Grad, not a derivative of it"). The reading is said in a note. No sympy here.
"""

from __future__ import annotations

from typing import Sequence

from .. import patterns

__all__ = ["read_capital_grad", "CAPITAL_GRAD_NOTE"]

CAPITAL_GRAD_NOTE = ("the left side Grad is read as grad, the gradient by --wrt: beside the cost {cost}, code names "
                     "its two outputs so (MATLAB's [{cost}, Grad] = costGradient(…)), and Grad is written nowhere else")

#: the answer's left side: Grad, then '=' (not '==')
_HEAD = patterns.compile(r"^(?P<lead>\s*)Grad(?=\s*=(?!=))")
#: a cost's own name on its left side (a call's arguments after it allowed): J, Jobj, J_reg, cost, Cost, loss, L, E
_COST_HEAD = patterns.compile(r"^\s*(?P<name>J\w*|[Cc]ost\w*|[Ll]oss\w*|L|E)\s*(?:\([^()=]*\))?\s*[-+*/]?=(?!=)")
#: Grad or grad written as a word
_GRAD_WORD = patterns.compile(r"(?<![\w.])[Gg]rad(?!\w)")


def read_capital_grad(answer: str | None, cost: str | None, lets: Sequence[str]) -> tuple[str, str] | None:
    """The answer with its left side ``Grad`` written ``grad``, and the note; None where that is not clearly meant."""
    if not isinstance(answer, str) or not isinstance(cost, str):
        return None
    head = _HEAD.match(answer)
    if head is None or _GRAD_WORD.search(answer, head.end()) is not None:
        return None
    # the cost's own name: the left side of its last line that sets one (the lines before may be its --let s)
    # (J = J + R and J += R name it too); a named helper above a last line that names nothing (E = X*Theta-Y; then
    # sum(E.^2/2/m)) is the residual, not the cost: the cost names itself nothing, as a bare sum does (audoct35a)
    statements = [line for line in cost.split("\n") if line.split("%", 1)[0].strip()]
    named = [found for line in statements if (found := _COST_HEAD.match(line)) is not None]
    if not named or _COST_HEAD.match(statements[-1]) is None or _GRAD_WORD.search(cost) is not None:
        return None
    if any(isinstance(let, str) and _GRAD_WORD.search(let) is not None for let in lets):
        return None
    renamed = answer[:head.end("lead")] + "grad" + answer[head.end():]
    return renamed, CAPITAL_GRAD_NOTE.format(cost=named[-1].group("name"))

