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

The zero need not be the page's last side (session focsolve): the classic least-squares page goes on
``… = 0``, so ``XᵀXw = Xᵀy``, solving the condition for w. Those lines are equations in w, not values of ∇: judged
as steps of the gradient every right page was 'wrong' at its zero. Lines after the zero are the condition's
solution when each is an equation (sides joined by '='), the first not joined to the zero, and none holds a
derivative; the derivation then ends at the side before the zero, as with a last zero. The matrix form checks
each equation exactly (lhs − rhs a fixed nonzero multiple of ∇J at every size's data: the same solutions as
∇J = 0; a dropped term or a sign slip is a wrong step); the index form sets them aside with a note that says
they were not checked. Anything else after a zero (a new ∇, a lone expression) keeps the zero a step, as before.

This module holds what the two forms share (what a zero side is, and the note's words); each form's reviewer
(``verify.matrix_chain``, ``services.steps``) compares the side before the zero with the gradient its own way.
"""

from __future__ import annotations

from typing import Callable

from ..notation.solved_equations import writes_zero_alone

__all__ = ["writes_zero_alone", "first_order_condition", "first_order_note", "solving_equations", "solved_note",
           "unchecked_note"]


def first_order_condition(count: int, first: int, zero_alone: Callable[[int], bool], joined: Callable[[int, int], bool],
                          settled: Callable[[int], bool], solves: Callable[[int], bool], holds: Callable[[int], bool],
                          named: Callable[[int], bool] = lambda index: False) -> tuple[int, list[list[int]]] | None:
    """The index of the first side from ``first`` that is the first-order condition, with the equations solving it
    after it (:func:`solving_equations`; empty where the zero is the last side), or None: the rule both forms share.

    Sides are numbered 0 … count − 1 and described by the form's own predicates: ``zero_alone(i)``, side i is the
    number 0 alone (:func:`writes_zero_alone` of its text); ``joined(i, i + 1)``, '=' is written between them;
    ``settled(i)``, side i is written out (a value, no derivative left in it); ``solves(i)``, side i may stand in an
    equation solving the condition; ``holds(i)``, side i is the gradient as the form compares it, asked last and only
    of a side before a zero that passed every other test (it is the costly one). ``named(i)``: side i is the
    gradient's name heading a display of its own (``∂J/∂θ`` of "setting the gradient to zero: ∂J/∂θ = 0"); a zero
    joined to it is the condition too where the side before the name, not joined to it, ends the derivation at the
    gradient — the name then stands for the gradient just derived, and is set aside with
    its zero.
    """
    for zero in range(first, count):
        if not zero_alone(zero) or not joined(zero - 1, zero):
            continue
        if settled(zero - 1):
            gradient = zero - 1
        elif zero >= 2 and named(zero - 1) and not joined(zero - 2, zero - 1) and settled(zero - 2):
            gradient = zero - 2
        else:
            continue
        equations = [] if zero == count - 1 else solving_equations(count, zero, joined)
        if equations is None or not all(solves(index) for each in equations for index in each):
            continue  # after it, what is not an equation solving it (a new derivative): the zero stays a step
        if holds(gradient):
            return zero, equations
    return None


def zero_row_condition(count: int, first: int, zero_alone: Callable[[int], bool], joined: Callable[[int, int], bool],
                       settled: Callable[[int], bool], solves: Callable[[int], bool],
                       holds: Callable[[int], bool]) -> tuple[int, list[list[int]]] | None:
    """(the index of the side the derivation ends at, the equations after it) where a row ``0 = …`` of its own
    follows the gradient, or None: the condition written as an equation under the chain, not joined to it.

    ``∂J/∂θ = … = −2Xᵀy + 2XᵀXθ + 2δ²θ``, then on the next row ``0 = −Xᵀy + XᵀXθ + δ²θ`` and the normal equation
    (cold33's ridge note): the writer sets the gradient (here halved) to zero under it, as ``= 0`` on the gradient's
    own row does (:func:`first_order_condition`). Only where the zero opens its row (no '=' joins it to the side
    before), an '=' follows it, the side before is written out and holds the gradient, and every side from the zero
    on is in an equation that ``solves`` allows; each equation, the zero's own first, is then checked by the form
    to have ∇J = 0's solutions, as the equations after a ``= 0`` are.
    """
    for zero in range(first, count - 1):
        if not zero_alone(zero) or joined(zero - 1, zero) or not joined(zero, zero + 1) or not settled(zero - 1):
            continue
        equations = solving_equations(count, zero - 1, joined)
        if equations is None or not all(solves(index) for each in equations for index in each):
            continue
        if holds(zero - 1):
            return zero - 1, equations
    return None


def zero_row_note(zero_line: int, gradient_line: int) -> str:
    """The note said when a row ``0 = …`` under the gradient is read as the first-order condition."""
    return (f"line {zero_line}: the row '0 = …' under the gradient sets an equation in the parameter to zero, the "
            "first-order condition for the minimum written as an equation (checked below to have the solutions of "
            f"∇J = 0), not a step; the derivation ends at the side before it, line {gradient_line}")


def first_order_note(zero_line: int, gradient_line: int, last: bool = True) -> str:
    """The note said when a ``= 0`` is set aside: which line, and where the derivation ends instead."""
    return (f"line {zero_line}: the {'last ' if last else ''}'= 0' sets the gradient on its left to zero, the first-order condition "
            "for the minimum (an equation to solve, not an identity): not a step; the derivation ends at the "
            f"side before it, line {gradient_line}")


def solving_equations(count: int, zero: int, joined: Callable[[int, int], bool]) -> list[list[int]] | None:
    """The sides after the zero at ``zero`` grouped into equations (each its sides' indices, two or more joined
    by '='), or None where they are not all equations: a lone side, or a first side joined to the zero itself
    (``= 0 = …`` goes on with the chain). ``joined(i, i + 1)``: '=' is written between sides i and i + 1."""
    if zero + 1 >= count or joined(zero, zero + 1):
        return None
    equations: list[list[int]] = []
    for index in range(zero + 1, count):
        if equations and joined(index - 1, index):
            equations[-1].append(index)
        else:
            equations.append([index])
    return equations if all(len(equation) >= 2 for equation in equations) else None


def solved_note(zero_line: int, lines: list[int], multiples: list[str]) -> str:
    """The note said when the lines after the zero were checked as equations with the condition's solutions."""
    where = ", ".join(str(line) for line in dict.fromkeys(lines))
    factors = ", ".join(dict.fromkeys(multiples))
    return (f"line{'s' if len(set(lines)) > 1 else ''} {where} solve{'' if len(set(lines)) > 1 else 's'} the first-order "
            f"condition of line {zero_line} for the parameter: each equation's left side minus its right is a fixed nonzero multiple of ∇J "
            f"({factors} ∇J), checked exactly with random data X, y, so it has the same solutions as ∇J = 0; not "
            "steps of the gradient")


def unchecked_note(zero_line: int, lines: list[int]) -> str:
    """The note said when the lines after the zero are set aside unchecked (the index form reads no equation)."""
    where = ", ".join(str(line) for line in dict.fromkeys(lines))
    return (f"line{'s' if len(set(lines)) > 1 else ''} {where} solve{'' if len(set(lines)) > 1 else 's'} the first-order "
            f"condition of line {zero_line} for the parameter (equations, not values of the gradient): set aside, NOT CHECKED — whether they have "
            "the same solutions as ∇J = 0 is not verified")
