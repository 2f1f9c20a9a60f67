"""The first-order condition a derivation may end with: ``∇L = −2Xᵀ(y − Xw) = 0``, ``… = (1/m)Σ(h − y)xⱼ = 0``.

A writer who derives the gradient to minimise the cost often ends the chain by setting it to zero (the normal
equations, "set derivative to zero", "최소화 하기 위해서"). That last ``= 0`` is a condition on the parameter, an
equation to solve for the minimum, not an identity in it: judged as a step it is always 'wrong', and a right
derivation was reported wrong at its last line. One rule, in matrix and index form alike (the decision of
issue 10, session 21): the LAST side, the number 0 alone, joined by '=' to a side that holds the gradient exactly
(checked by the form's own comparison, as any step is) is set aside as not a step, and a note names its line.
The layout does not matter (``… = 0`` on the gradient's line, ``&= 0`` on a row of its own). Anything else stays
a step judged as written: a zero after a side that is not the gradient (the wrong side is then the first wrong
step, as before), a zero in the middle of a chain, a zero after a side that still holds a derivative.

This module holds what the two forms share (what a zero side is, and the note's words); each form's reviewer
(``verify.matrix_chain``, ``services.steps``) compares the side before the zero with the gradient its own way.
"""

from __future__ import annotations

from .. import patterns

__all__ = ["writes_zero_alone", "first_order_note"]

#: a side that is the number zero alone (a trailing \tag{23} is the display's, read apart by the scanner; a
#: sentence's full stop or comma after it is prose)
_ZERO = patterns.compile(r"\s*0\s*[.,;]?\s*")


def writes_zero_alone(text: str) -> bool:
    """Whether a side's text is the number 0 and nothing else (``0``, ``0.``; not ``0.5``, ``\\mathbf{0}``, ``0x``)."""
    return _ZERO.fullmatch(text) is not None


def first_order_note(zero_line: int, gradient_line: int) -> str:
    """The note said when a last ``= 0`` is set aside: which line, and where the derivation ends instead."""
    return (f"line {zero_line}: the last '= 0' sets the gradient on its left to zero, the first-order condition "
            "for the minimum (an equation to solve, not an identity): not a step; the derivation ends at the "
            f"side before it, line {gradient_line}")
