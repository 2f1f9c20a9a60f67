"""Compare a gradient with the canonical form (1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾.

The test is general, not a list of presets. Write the cost as
``J = (1/m) Σᵢ L(zᵢ, yᵢ) + R(θ)`` with ``zᵢ = θᵀx⁽ⁱ⁾``. Then
``∂J/∂θⱼ = (1/m) Σᵢ (∂L/∂z) xⱼ⁽ⁱ⁾ + ∂R/∂θⱼ``, and the gradient is canonical
exactly when ``∂L/∂z = h(z) − y`` with ``h`` free of ``y`` — what a loss paired
with its model's canonical link gives. When ``∂L/∂z`` is linear in ``y`` but
with slope other than −1, it is ``(h(z) − y)·f(z)`` and ``f`` is the extra
factor (h(1 − h) for squared error on a sigmoid). Terms of ``R`` are named
extras (the L2 regularisation term (λ/m)θⱼ).
"""

from __future__ import annotations

import re
from typing import Callable

import sympy

from ..records.derivation import Canonical
from ..notation import symbols
from ..notation.vocabulary import PARAMETER_VECTORS
from ..notation.problem import Problem
from ..equality.compare import compare
from .algebra import tidy_sign

__all__ = ["compare_canonical", "per_example_loss"]


def compare_canonical(problem: Problem, result: sympy.Expr) -> Canonical:
    """Judge ``result`` (= ∂J/∂θⱼ) against the canonical form."""
    split = per_example_loss(problem)
    if isinstance(split, str):
        return Canonical("not-applicable", split)
    loss, dot, regulariser = split
    z = sympy.Dummy("z")
    y = sympy.Indexed(symbols.vector("y"), symbols.example_index)
    # y⁽ⁱ⁾ is held as a plain symbol while differentiating: sympy differentiates by an
    # Indexed much more slowly (it swaps it for a dummy at every level)
    label = sympy.Dummy("y")
    slope_in_z = sympy.diff(loss.xreplace({dot: z, y: label}), z)
    if not symbols.expands_cheaply(slope_in_z):
        return Canonical("not-applicable", "the per-example loss is too involved to compare with (h − y)·f.")
    slope_in_z = symbols.expand(slope_in_z)
    if not symbols.expand(sympy.diff(slope_in_z, label, 2)) == 0:
        return Canonical("not-canonical", "∂L/∂z is not linear in y, so it cannot be (h − y)·f.")
    slope_in_y = -symbols.expand(sympy.diff(slope_in_z, label)).xreplace({label: y})
    slope_in_z = slope_in_z.xreplace({label: y})
    if slope_in_y == 0:
        return Canonical("not-canonical", "∂L/∂z does not involve the label y, so it cannot be (h − y)·f.")
    prediction = sympy.cancel(slope_in_z.xreplace({y: 0}) / slope_in_y)
    if not prediction.has(z):
        # −y log h − 1 + y log(1−h) (the cross-entropy missing its brackets) has ∂L/∂z = −y: "(0 − y)·1"
        # fits the algebra, but h = 0 is no prediction, and the line would claim (h − y)x of a gradient without h
        return Canonical(
            "not-canonical",
            "∂L/∂z does not depend on θᵀx (the loss is linear in θᵀx), so it is no (h − y)·f with h a model's prediction.",
        )
    data = symbols.vector("x")[symbols.example_index, symbols.wrt_index]
    named = _namer(problem, z, dot)
    form = sympy.Sum((named(prediction) - y) * data, (symbols.example_index, 1, symbols.m)) / symbols.m
    scaled = ""
    if symbols.expand(slope_in_y) != 1:
        if slope_in_y.has(z) or slope_in_y.has(y) or not slope_in_y.is_positive:
            factor = tidy_sign(named(sympy.factor(slope_in_y)))
            return Canonical("not-canonical", _why_not(prediction, slope_in_y, z), form=form, factor=factor)
        # ½ Σᵢ (θᵀx − y)² (a sum, not a mean), Σᵢ (h − y)² without the ½: the whole loss is scaled by a
        # constant c, which leaves ∂L/∂z = c (h − y) the canonical pairing; the gradient is c times the form
        scale = sympy.factor(slope_in_y)
        form = scale * form
        scaled = f" times the overall scale {_shown_scale(scale)} (the cost scales the mean loss: a sum, or no ½)"
    if regulariser == 0:
        return Canonical("canonical", f"matches the canonical form (1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾{scaled}.", form=form)
    extra = sympy.Add(*(t for t in sympy.Add.make_args(result) if not _has_example_sum(t)))
    if not compare(result, form + extra, problem).equal:
        extra = result - form
    name = _name_regulariser(regulariser)
    return Canonical(
        "canonical+extra",
        f"matches the canonical form (1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾{scaled} plus the {name}.",
        form=form,
        extra=((name, extra),),
    )


#: a cost whose shared definitions substitute to more nodes than this is not compared with the canonical form
_SHARED_NODES = 2_000


def per_example_loss(problem: Problem) -> tuple[sympy.Expr, sympy.Sum, sympy.Expr] | str:
    """Split the cost into ``(L, θᵀx⁽ⁱ⁾, R)`` with J = (1/m) Σᵢ L + R, or say why it cannot be."""
    v = problem.wrt
    if not (isinstance(v, sympy.Indexed) and symbols.label(v.base) in PARAMETER_VECTORS and v.indices == (symbols.wrt_index,)):
        return "the canonical form is stated for a component θⱼ of the parameters."
    if problem.shares_definitions() and problem.expanded_size(problem.cost, cap=_SHARED_NODES) > _SHARED_NODES:
        # sympy would walk each of the 2^d paths of the substituted chain (estimated before substituting)
        return "the cost's definitions use one another too often to compare its per-example loss with (h − y)·f."
    cost = problem.expand_definitions(problem.cost)
    loss = sympy.S.Zero
    regulariser = sympy.S.Zero
    for term in sympy.Add.make_args(sympy.expand_mul(cost, deep=False)):
        if not _has_example_sum(term):
            regulariser += term
            continue
        coefficient, rest = _split_example_sum(term)
        # a coefficient holding Σᵢ (say 1/Σᵢ yᵢ) couples the examples: no per-example loss
        if rest is None or coefficient.has(v.base) or _has_example_sum(coefficient):
            return "the cost is not a sum over examples of a per-example loss."
        loss += symbols.m * coefficient * symbols.example_summand(rest)
    if loss == 0:
        return "the cost has no sum over examples."
    dots = {s for s in loss.atoms(sympy.Sum) if symbols.is_dot(s) and symbols.dot_parts(s)[0] == v.base}
    if len(dots) != 1:
        return "the per-example loss does not depend on the parameters through one θᵀx⁽ⁱ⁾."
    (dot,) = dots
    if _has_outside(loss, v.base, dot):
        return "the per-example loss depends on θ other than through θᵀx⁽ⁱ⁾."
    return loss, dot, regulariser


def _has_outside(expr: sympy.Expr, target: sympy.Basic, hole: sympy.Expr) -> bool:
    """Whether ``target`` occurs in ``expr`` other than inside ``hole``.

    What ``expr.xreplace({hole: Dummy()}).has(target)`` says, without building the
    replaced expression: rebuilding log(1 − σ(z)) asks sympy whether 1 − σ(z) is
    zero, a question that costs more than the whole walk.
    """
    stack = [expr]
    while stack:
        node = stack.pop()
        if node == hole:
            continue
        if node == target:
            return True
        stack.extend(node.args)
    return False


def _split_example_sum(term: sympy.Expr) -> tuple[sympy.Expr, sympy.Sum | None]:
    """``c · Σᵢ L`` -> ``(c, Σᵢ L)``; ``(term, None)`` when the term is not of that form."""
    factors = sympy.Mul.make_args(term)
    sums = [f for f in factors if symbols.is_example_sum(f)]
    if len(sums) != 1:
        return term, None
    return sympy.Mul(*(f for f in factors if f is not sums[0])), sums[0]


def _has_example_sum(expr: sympy.Expr) -> bool:
    return any(symbols.is_example_sum(s) for s in expr.atoms(sympy.Sum))


def _namer(problem: Problem, z: sympy.Dummy, dot: sympy.Expr) -> Callable[[sympy.Expr], sympy.Expr]:
    """Put θᵀx⁽ⁱ⁾ back for z, then the user's names back for their values."""
    # a let that is a number (lam = 1/2) is not named back: the result's 1/2 need not be it (substitute_back)
    by_size = sorted(((defined, value) for defined, value in problem.definitions.items() if not value.is_number),
                     key=lambda item: -sympy.count_ops(item[1]))

    def named(expr: sympy.Expr) -> sympy.Expr:
        expr = expr.xreplace({z: dot})
        for defined, value in by_size:
            expr = expr.xreplace({value: defined})
        return expr

    return named


_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _shown_scale(scale: sympy.Expr) -> str:
    """``2m``, ``m²/2``: the scale as the note prints it (dropping the ``*`` of ``m**2`` printed "m2")."""
    text = re.sub(r"\*\*(\d+)", lambda power: power.group(1).translate(_SUPERSCRIPTS), sympy.sstr(scale))
    return text.replace("*", "")


def _why_not(prediction: sympy.Expr, factor: sympy.Expr, z: sympy.Dummy) -> str:
    sigma = symbols.sigmoid(z)
    if prediction == sigma and symbols.expand(factor - sigma * (1 - sigma)) == 0:
        return (
            "not canonical: the extra factor h(1 − h) = σ′ comes from pairing squared error with a sigmoid; "
            "it vanishes as h saturates, so confidently wrong predictions learn slowly. "
            "Cross-entropy (the logistic cost) is the natural pairing and cancels it."
        )
    return "not canonical: ∂L/∂z is (h − y) times an extra factor, so this loss is not its model's natural pairing."


def _name_regulariser(regulariser: sympy.Expr) -> str:
    squares = [s for s in regulariser.atoms(sympy.Sum) if symbols.is_feature_sum(s)]
    if squares and all(
        isinstance(s.function, sympy.Pow)
        and s.function.exp == 2
        and isinstance(s.function.base, sympy.Indexed)
        and symbols.label(s.function.base.base) in PARAMETER_VECTORS
        for s in squares
    ):
        return "L2 regularisation term"
    return "regularisation term"
