"""A small ε added inside a log to keep it from log(0): a guard of code, not part of the cost the writer means.

Code writes the cross-entropy ``-np.mean(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9))`` and then, as its
gradient, ``X.T @ (p - y) / m``: the gradient of the cost *without* the ε, which the writer added only so that a
prediction of exactly 0 or 1 gives no ``-inf``. Kept as written, the cost's exact gradient is the ε-cost's,
(1/m) Σ p(1 − p)[(1 − y)/(1 − p + ε) − y/(p + ε)] xⱼ, and the writer's right gradient was judged *different*
(it differs by a factor p/(p + ε), about ε/p relative: at ε = 10⁻⁹ above the check's 10⁻⁸ wherever p < 0.1) — a
false 'different' for what every reader of the code calls the gradient. So an ε no larger than :data:`~logderiv.notation.plain.GUARD` (10⁻⁶)
added inside a log's argument, written as a number (``1e-9``, ``0.000001``, ``1 + 1e-7`` beside ``- p``) or as a
--let name whose value is one (``eps = 1e-8``), is read away, with a note that says so and what the exact gradient
with it would be.

What stays as written:
* an ε below :data:`~logderiv.notation.plain.TINY` (10⁻¹⁰): no check can tell it from 0, so it changes no verdict
  and is kept (its own note says so);
* a larger one (``eps = 1e-5``, a NumPy lab's): it moves the gradient by about 10⁻⁵/p, which a reader may mean —
  kept, and its note says how a gradient that leaves it out differs;
* a number that is not added to the log's argument (``log(1e-9 * p)``, ``log(p) + 1e-9``): not a guard;
* an ε inside a log of the data alone (``log(y + 1e-6)``, free of the parameters): targets with zeros, where ε is
  no small change, and the gradient the writer means has it too; and one inside a log of the parameters alone
  (``log(w**2 + 1e-6)``, a penalty): its ε smooths the penalty at w = 0, part of the cost.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Mapping

import sympy

from . import vocabulary as vocab
from .plain import GUARD, TINY

if TYPE_CHECKING:  # pragma: no cover
    from .problem import Problem

__all__ = ["without_log_guards"]

#: the bounds as exact numbers: the float 1e-6 is a hair below 10⁻⁶, and a written 0.000001 is exactly 10⁻⁶
_LEAST, _MOST = sympy.Rational(str(TINY)), sympy.Rational(str(GUARD))


def _guard(argument: sympy.Expr, definitions: Mapping[sympy.Basic, sympy.Expr]) -> tuple[sympy.Expr, sympy.Rational] | None:
    """The term of ``argument`` that is a guard (as written: a number or a defined name) and its ε; None if none.

    ``p + 1/10⁹`` → (1/10⁹, 1/10⁹); ``1000000001/10⁹ − p`` (1 − p + 1e-9, its numbers added) → (that number, 1/10⁹);
    ``ε(i) + p`` with ε(i) defined as 1/10⁸ → (ε(i), 1/10⁸). The rest of the argument must not be a number.
    """
    if not isinstance(argument, sympy.Add):
        return None
    for term in argument.args:
        value = definitions.get(term, term)
        if not isinstance(value, sympy.Rational) or (argument - term).is_number:
            continue
        nearest = 1 if value > sympy.Rational(1, 2) else 0  # ε alone, or 1 + ε from 1 − p + ε
        epsilon = value - nearest
        if _LEAST <= epsilon <= _MOST:  # below TINY no check tells it from 0: kept, as its note says
            return term, sympy.Rational(epsilon)
    return None


def _of_the_data(expr: sympy.Expr) -> bool:
    """Whether ``expr`` holds the data x (x[i, k], x[i], x): a prediction's, not a penalty's of the parameters."""
    return any(str(item.base) in vocab.DATA_VECTORS for item in expr.atoms(sympy.Indexed)) or any(
        str(symbol) in vocab.DATA_VECTORS for symbol in expr.free_symbols if isinstance(symbol, sympy.Symbol))


def _shown(epsilon: sympy.Rational) -> str:
    """10⁻⁹ for 1/10⁹; the decimal otherwise (2.5·10⁻⁷ as 2.5e-07)."""
    exponent = sympy.log(1 / epsilon, 10)
    if epsilon.p == 1 and exponent.is_Integer:
        return "10⁻" + str(int(exponent)).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return f"{float(epsilon):.2g}"


def without_log_guards(problem: Problem) -> Problem:
    """``problem`` with each guard ε inside a log read away (its cost and its definitions), and a note; or as it is."""
    found: list[sympy.Rational] = []
    # only a log of the model's output (the parameters and the data) is guarded so: log(y + 1e-6) of the data alone
    # (counts with zeros) is a value the writer computes, and their gradient has it too (2Xᵀ(Xw − log(y + ε))), and
    # log(w² + 1e-6) of the parameters alone is a penalty whose ε smooths it at w = 0 (its gradient 2w/(w² + ε), not
    # 2/w); read away there, each exact gradient was judged 'different' (audit44)
    parameters = problem.wrt.base if isinstance(problem.wrt, sympy.Indexed) else problem.wrt

    def strip(expr: sympy.Expr) -> sympy.Expr:
        def guarded(node: sympy.Basic) -> bool:
            if not isinstance(node, sympy.log) or _guard(node.args[0], problem.definitions) is None:
                return False
            argument = problem.expand_definitions(node.args[0])
            return bool(argument.has(parameters)) and _of_the_data(argument)

        def unguarded(node: sympy.Basic) -> sympy.Expr:
            guard = _guard(node.args[0], problem.definitions)
            assert guard is not None, "replace calls this only where guarded() held"
            term, epsilon = guard
            found.append(epsilon)
            value = problem.definitions.get(term, term)
            return sympy.log(node.args[0] - term + (value - epsilon))

        stripped: sympy.Expr = expr.replace(guarded, unguarded)
        return stripped

    cost = strip(problem.cost)
    definitions = {key: strip(value) for key, value in problem.definitions.items()}
    if not found:
        return problem
    epsilon = max(found)
    note = (f"an ε of {_shown(epsilon)} added inside a log is a guard against log(0), not part of the cost the "
            "writer means: read without it, log(p) for log(p + ε) (the exact gradient with it differs by a factor "
            "p/(p + ε), about ε/p: a gradient that leaves it out is the writer's)")
    return dataclasses.replace(problem, cost=cost, definitions=definitions, notes=(*problem.notes, note))
