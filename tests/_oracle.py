"""An oracle for the engine tests that shares no code with the engine or its verifier.

An expression is *prepared* by this module's own code: defined names replaced by
their values, σ and softplus by their formulas in ``exp`` and ``log`` (so their
derivatives are sympy's, not the ``fdiff`` methods in
``logderiv.notation.symbols``), and every unevaluated derivative taken by plain
``sympy.diff`` (which differentiates Σ term by term and θₖ to a Kronecker delta).
It is then evaluated by a small tree walk of its own at concrete m, n, j and
random values of θ, x, y, λ, z: sums are looped over, arithmetic is complex.
Reference gradients are ``sympy.diff`` of the cost and central finite
differences of the cost, both computed here.
"""

from __future__ import annotations

import cmath
import random
import sys
from dataclasses import dataclass, field
from typing import Iterable, Mapping

import sympy

from logderiv.notation import symbols

__all__ = [
    "Size",
    "SIZES",
    "Point",
    "explicit",
    "expand",
    "prepare",
    "evaluate",
    "close",
    "agree",
    "assert_equal",
    "assert_gradient",
]


@dataclass(frozen=True)
class Size:
    """Concrete ``m`` (examples), ``n`` (features) and ``j`` (the component)."""

    m: int
    n: int
    j: int


#: every combination of m, n in {2, 3}, with j at the first, last and a middle feature
SIZES: tuple[Size, ...] = (Size(2, 2, 1), Size(2, 3, 3), Size(3, 2, 2), Size(3, 3, 2))

#: relative tolerance of an equality, and of a finite-difference estimate
TOLERANCE = 1e-7
FD_TOLERANCE = 1e-5
FD_STEP = 1e-5


def expand(expr: sympy.Expr, definitions: Mapping) -> sympy.Expr:
    """Replace defined names by their values until none is left."""
    for _ in range(len(definitions) + 2):
        replaced = expr.xreplace(dict(definitions))
        if replaced == expr:
            return expr
        expr = replaced
    raise AssertionError("definitions do not terminate")


def explicit(expr: sympy.Expr) -> sympy.Expr:
    """σ(u) -> 1/(1 + e^(−u)) and softplus(u) -> log(1 + e^u), everywhere."""
    expr = expr.replace(symbols.sigmoid, lambda u: 1 / (1 + sympy.exp(-u)))
    return expr.replace(symbols.softplus, lambda u: sympy.log(1 + sympy.exp(u)))


def prepare(expr: sympy.Expr, definitions: Mapping) -> sympy.Expr:
    """Definitions substituted, σ and softplus written out, every derivative taken by sympy.diff.

    sympy differentiates the index form itself: ``∂θₖ/∂θⱼ`` becomes ``KroneckerDelta(j, k)``
    and a Σ is differentiated term by term, so the expression stays small.
    """
    expr = explicit(expand(expr, definitions))
    taken = {}
    for node in expr.atoms(sympy.Derivative):
        (variable, count), = node.variable_count
        assert count == 1, node
        taken[node] = sympy.diff(node.expr, variable)
    return expr.xreplace(taken)


Key = tuple  # ("theta", (2,)) for θ₂, ("lambda", ()) for λ


@dataclass
class Point:
    """Random values for the quantities, drawn on first use and shared by every expression."""

    rng: random.Random
    values: dict = field(default_factory=dict)

    def value(self, key: Key) -> float:
        if key not in self.values:
            if key[0] == "y":
                self.values[key] = self.rng.uniform(0.05, 0.95)
            elif key[0] == "lambda":
                self.values[key] = self.rng.uniform(0.2, 2.0)
            else:
                self.values[key] = self.rng.uniform(-1.5, 1.5)
        return self.values[key]

    def moved(self, key: Key, step: float) -> "Point":
        values = dict(self.values)
        values[key] = self.value(key) + step
        return Point(self.rng, values)


_FUNCTIONS = {sympy.exp: cmath.exp, sympy.log: cmath.log, sympy.tanh: cmath.tanh}


class _Undefined(Exception):
    pass


def _value(expr: sympy.Basic, env: dict, point: Point, size: Size):
    """The value of an index-form expression; ``env`` holds the bound indices."""
    if isinstance(expr, sympy.Symbol):
        if expr in env:
            return env[expr]
        fixed = {symbols.m: size.m, symbols.n: size.n, symbols.wrt_index: size.j}
        if expr in fixed:
            return fixed[expr]
        return point.value((expr.name, ()))
    if isinstance(expr, sympy.Indexed):
        indices = tuple(_index(index, env, point, size) for index in expr.indices)
        return point.value((str(expr.base), indices))
    if isinstance(expr, sympy.Integer):
        return int(expr)
    if isinstance(expr, (sympy.Rational, sympy.Float, sympy.NumberSymbol)):
        return complex(expr.evalf(17))
    if isinstance(expr, sympy.Add):
        return sum(_value(arg, env, point, size) for arg in expr.args)
    if isinstance(expr, sympy.Mul):
        product = 1
        for arg in expr.args:
            product = product * _value(arg, env, point, size)
        return product
    if isinstance(expr, sympy.Pow):
        base = _value(expr.base, env, point, size)
        if expr.exp.is_Integer:
            if base == 0 and expr.exp < 0:
                raise _Undefined
            return base ** int(expr.exp)
        exponent = _value(expr.exp, env, point, size)
        if base == 0:
            raise _Undefined
        return complex(base) ** exponent
    if type(expr) in _FUNCTIONS:
        return _FUNCTIONS[type(expr)](_value(expr.args[0], env, point, size))
    if isinstance(expr, (sympy.Sum, sympy.Product)):
        return _loop(expr, expr.limits, env, point, size)
    if isinstance(expr, sympy.KroneckerDelta):
        a, b = (_index(arg, env, point, size) for arg in expr.args)
        return 1 if a == b else 0
    raise AssertionError(f"the oracle cannot evaluate {type(expr).__name__}: {expr}")


def _index(expr, env, point, size) -> int:
    value = _value(expr, env, point, size)
    assert isinstance(value, int), expr
    return value


def _loop(expr, limits, env, point, size):
    """Σ (or Π) with limits innermost first (sympy merges Σᵢ Σₖ f into ``Sum(f, (k, …), (i, …))``)."""
    if not limits:
        return _value(expr.function, env, point, size)
    bound, low, high = limits[-1]
    terms = [
        _loop(expr, limits[:-1], {**env, bound: v}, point, size)
        for v in range(_index(low, env, point, size), _index(high, env, point, size) + 1)
    ]
    if isinstance(expr, sympy.Product):  # a known engine bug produces these
        product = 1
        for term in terms:
            product = product * term
        return product
    return sum(terms)


def evaluate(prepared: sympy.Expr, point: Point, size: Size) -> complex | None:
    """The value of a prepared expression at ``point`` and ``size``; None where it is undefined."""
    try:
        value = complex(_value(prepared, {}, point, size))
    except (_Undefined, ZeroDivisionError, OverflowError, ValueError):
        return None
    return value if cmath.isfinite(value) else None


def close(a: complex, b: complex, tolerance: float = TOLERANCE) -> bool:
    """Whether ``a`` and ``b`` agree within a relative ``tolerance``."""
    return abs(a - b) <= tolerance * max(1.0, abs(a), abs(b))


def agree(
    prepared: list[sympy.Expr], size: Size, rng: random.Random, *, points: int = 3, attempts: int = 30
) -> list[tuple[int, Point, list[complex]]]:
    """Evaluate every expression at ``points`` random points where all are defined.

    Returns ``(index, point, values)`` for each disagreement of an expression with its
    predecessor; asserts that some point was defined.
    """
    failures = []
    found = 0
    for _ in range(attempts):
        if found == points:
            break
        point = Point(rng)
        values = [evaluate(e, point, size) for e in prepared]
        if any(v is None for v in values):
            continue
        found += 1
        for index in range(1, len(values)):
            if not close(values[index - 1], values[index]):
                failures.append((index, point, values))
    assert found > 0, f"no random point where every expression is defined at {size}"
    return failures


def assert_equal(
    expressions: Iterable[sympy.Expr],
    definitions: Mapping = {},
    sizes: Iterable[Size] = SIZES,
    *,
    points: int = 3,
    seed: int = 0,
) -> None:
    """Assert that consecutive ``expressions`` are equal at random points of every size."""
    expressions = list(expressions)
    prepared = [prepare(e, definitions) for e in expressions]
    rng = random.Random(seed)
    for size in sizes:
        failures = agree(prepared, size, rng, points=points)
        if failures:
            index, point, values = failures[0]
            raise AssertionError(
                f"at {size}, {expressions[index - 1]}\n  != {expressions[index]}\n"
                f"  values {values[index - 1]} vs {values[index]} at {point.values}"
            )


def assert_gradient(
    cost: sympy.Expr,
    wrt: sympy.Expr,
    result: sympy.Expr,
    definitions: Mapping = {},
    sizes: Iterable[Size] = SIZES,
    *,
    points: int = 3,
    seed: int = 1,
) -> None:
    """Assert ``result`` = ∂cost/∂wrt against sympy.diff and central finite differences."""
    rng = random.Random(seed)
    prepared_cost = prepare(cost, definitions)
    reference = sympy.diff(prepared_cost, wrt)
    gradient = prepare(result, definitions)
    for size in sizes:
        if isinstance(wrt, sympy.Indexed):
            key = (str(wrt.base), tuple(_index(index, {}, None, size) for index in wrt.indices))
        else:
            key = (wrt.name, ())
        found = 0
        for _ in range(30):
            if found == points:
                break
            point = Point(rng)
            # draw every quantity of the cost before moving one of them, so that the
            # two evaluations of the finite difference share all the others
            if evaluate(prepared_cost, point, size) is None:
                continue
            value, expected = evaluate(gradient, point, size), evaluate(reference, point, size)
            if value is None or expected is None:
                continue
            step = FD_STEP * max(1.0, abs(point.value(key)))
            plus = evaluate(prepared_cost, point.moved(key, step), size)
            minus = evaluate(prepared_cost, point.moved(key, -step), size)
            if plus is None or minus is None:
                continue
            found += 1
            estimate = (plus - minus) / (2 * step)
            # plus − minus loses the digits the cost's own size takes: allow for that rounding
            rounding = 8 * sys.float_info.epsilon * max(abs(plus), abs(minus)) / step
            assert close(value, expected), f"at {size}: {value} != sympy.diff {expected} ({point.values})"
            assert abs(value - estimate) <= FD_TOLERANCE * max(1.0, abs(value), abs(estimate)) + rounding, (
                f"at {size}: {value} != finite difference {estimate}"
            )
        assert found > 0, f"no random point where the gradient is defined at {size}"
