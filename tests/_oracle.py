"""An oracle for the engine tests that shares no code with the engine or its verifier.

An expression is *prepared* by this module's own code: defined names replaced by
their values, σ and softplus by this module's own functions (evaluated from their
formulas, differentiated by formulas written here, not the ``fdiff`` methods in
``logderiv.notation.symbols``), and every unevaluated derivative taken by plain
``sympy.diff`` (which differentiates Σ term by term and θₖ to a Kronecker delta).
It is then evaluated by a small tree walk of its own at concrete m, n, j and
random values of θ, x, y, λ, z: sums are looped over, arithmetic is mpmath's at
30 digits (complex where a log or root needs it), so rounding never decides.
Reference gradients are ``sympy.diff`` of the cost and central finite
differences of the cost, both computed here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Iterable, Mapping

import mpmath
import sympy

from logderiv.notation import symbols

__all__ = [
    "Size",
    "SIZES",
    "Point",
    "Logistic",
    "Log1pExp",
    "Ramp",
    "Unit",
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

#: decimal digits of the oracle's arithmetic: enough that neither cancellation in a cost
#: (1 − σ(u) for large u) nor a finite difference loses the answer
DIGITS = 30
#: relative tolerance of an equality, and of a finite-difference estimate
TOLERANCE = 1e-12
FD_TOLERANCE = 1e-8
#: step of the central difference: a power of 2, so that θ ± step is exact at DIGITS
FD_STEP = 2.0**-33


def expand(expr: sympy.Expr, definitions: Mapping) -> sympy.Expr:
    """Replace defined names by their values until none is left."""
    for _ in range(len(definitions) + 2):
        replaced = expr.xreplace(dict(definitions))
        if replaced == expr:
            return expr
        expr = replaced
    raise AssertionError("definitions do not terminate")


class Logistic(sympy.Function):
    """1/(1 + e^(−u)), kept whole so that sympy does not simplify around it.

    Its derivative is written here from the formula, e^(−u)/(1 + e^(−u))², not as
    σ(1 − σ); ``test_engine.py`` checks it against ``sympy.diff`` of the formula, and
    the finite differences (which evaluate the formula) check every use of it.
    """

    nargs = 1

    def fdiff(self, argindex=1):
        u = self.args[0]
        return sympy.exp(-u) / (1 + sympy.exp(-u)) ** 2


class Log1pExp(sympy.Function):
    """log(1 + e^u), kept whole; its derivative e^u/(1 + e^u) is written here from the formula."""

    nargs = 1

    def fdiff(self, argindex=1):
        u = self.args[0]
        return sympy.exp(u) / (1 + sympy.exp(u))


class Ramp(sympy.Function):
    """max(0, u), kept whole; its derivative, 1 for u > 0 and 0 for u < 0, is :class:`Unit` (written here)."""

    nargs = 1

    def fdiff(self, argindex=1):
        return Unit(self.args[0])


class Unit(sympy.Function):
    """1 for u > 0, 0 for u < 0, undefined at 0 (the oracle's evaluation refuses it); its derivative is 0."""

    nargs = 1

    def fdiff(self, argindex=1):
        return sympy.S.Zero


def _unit(u):
    if u == 0:
        raise _Undefined
    return mpmath.mpf(1) if u > 0 else mpmath.mpf(0)


def explicit(expr: sympy.Expr) -> sympy.Expr:
    """σ and softplus replaced by this module's :class:`Logistic` and :class:`Log1pExp`.

    (Writing them out as ``exp`` instead lets sympy's automatic evaluation run for
    minutes on, e.g., (tanh(1/((1 + 1/(1 + 1/(eᶻ + 1)))(e^(−1/2) + 1))) + 2)^(3/2).)
    """
    return (expr.replace(symbols.sigmoid, Logistic).replace(symbols.softplus, Log1pExp)
            .replace(symbols.relu, Ramp).replace(symbols.heaviside, Unit))


def prepare(expr: sympy.Expr, definitions: Mapping, memo: dict | None = None) -> sympy.Expr:
    """Definitions substituted, σ and softplus written out, every derivative taken by sympy.diff.

    sympy differentiates the index form itself: ``∂θₖ/∂θⱼ`` becomes ``KroneckerDelta(j, k)``
    and a Σ is differentiated term by term, so the expression stays small. ``memo`` keeps
    derivatives already taken (consecutive steps share most of theirs).
    """
    memo = {} if memo is None else memo
    expr = explicit(expand(expr, definitions))
    for node in expr.atoms(sympy.Derivative):
        if node not in memo:
            (variable, count), = node.variable_count
            assert count == 1, node
            memo[node] = sympy.diff(node.expr, variable)
    return expr.xreplace(memo)


Key = tuple  # ("theta", (2,)) for θ₂, ("lambda", ()) for λ


@dataclass
class Point:
    """Random values for the quantities, drawn on first use and shared by every expression."""

    rng: random.Random
    values: dict = field(default_factory=dict)

    def value(self, key: Key):
        if key not in self.values:
            if key[0] == "y":
                self.values[key] = self.rng.uniform(0.05, 0.95)
            elif key[0] == "lambda":
                self.values[key] = self.rng.uniform(0.2, 2.0)
            else:
                self.values[key] = self.rng.uniform(-1.5, 1.5)
        return self.values[key]

    def moved(self, key: Key, step) -> "Point":
        """A copy with one value moved by ``step``, exactly (at the oracle's precision)."""
        values = dict(self.values)
        with mpmath.workdps(DIGITS):
            values[key] = mpmath.mpf(self.value(key)) + step
        return Point(self.rng, values)


_FUNCTIONS = {
    sympy.exp: mpmath.exp,
    sympy.log: mpmath.log,
    sympy.tanh: mpmath.tanh,
    Logistic: lambda u: 1 / (1 + mpmath.exp(-u)),
    Log1pExp: lambda u: mpmath.log(1 + mpmath.exp(u)),
    Ramp: lambda u: u if u > 0 else mpmath.mpf(0),
    Unit: _unit,
}


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
        return mpmath.mpf(point.value((expr.name, ())))
    if isinstance(expr, sympy.Indexed):
        indices = tuple(_index(index, env, point, size) for index in expr.indices)
        return mpmath.mpf(point.value((str(expr.base), indices)))
    if isinstance(expr, sympy.Integer):
        return int(expr)
    if isinstance(expr, sympy.Rational):
        return mpmath.mpf(expr.p) / expr.q
    if isinstance(expr, (sympy.Float, sympy.NumberSymbol)):
        return mpmath.mpf(str(expr.evalf(DIGITS + 5)))
    if isinstance(expr, sympy.Add):
        return sum(_value(arg, env, point, size) for arg in expr.args)
    if isinstance(expr, sympy.Mul):
        product = 1
        for arg in expr.args:
            product = product * _value(arg, env, point, size)
        return product
    if isinstance(expr, sympy.Pow):
        base = _value(expr.base, env, point, size)
        if base == 0 and not (expr.exp.is_number and expr.exp.is_positive):
            raise _Undefined
        if expr.exp.is_Integer:
            return base ** int(expr.exp)
        return base ** _value(expr.exp, env, point, size)
    if type(expr) in _FUNCTIONS:
        return _FUNCTIONS[type(expr)](_value(expr.args[0], env, point, size))
    if isinstance(expr, sympy.Sum):
        return _sum(expr, expr.limits, env, point, size)
    if isinstance(expr, sympy.KroneckerDelta):
        a, b = (_index(arg, env, point, size) for arg in expr.args)
        return 1 if a == b else 0
    raise AssertionError(f"the oracle cannot evaluate {type(expr).__name__}: {expr}")


def _index(expr, env, point, size) -> int:
    value = _value(expr, env, point, size)
    assert isinstance(value, int), expr
    return value


def _sum(expr, limits, env, point, size):
    """Σ with limits innermost first (sympy merges Σᵢ Σₖ f into ``Sum(f, (k, …), (i, …))``)."""
    if not limits:
        return _value(expr.function, env, point, size)
    bound, low, high = limits[-1]
    return sum(
        _sum(expr, limits[:-1], {**env, bound: v}, point, size)
        for v in range(_index(low, env, point, size), _index(high, env, point, size) + 1)
    )


def evaluate(prepared: sympy.Expr, point: Point, size: Size):
    """The value (an mpmath number) of a prepared expression; None where it is undefined."""
    with mpmath.workdps(DIGITS):
        try:
            value = mpmath.mpmathify(_value(prepared, {}, point, size))
        except (_Undefined, ZeroDivisionError):
            return None
        return value if mpmath.isfinite(value) else None


def close(a, b, tolerance: float = TOLERANCE) -> bool:
    """Whether ``a`` and ``b`` agree within a relative ``tolerance``."""
    with mpmath.workdps(DIGITS):
        return abs(a - b) <= tolerance * max(1, abs(a), abs(b))


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
    memo: dict = {}
    prepared = [prepare(e, definitions, memo) for e in expressions]
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
            plus = evaluate(prepared_cost, point.moved(key, FD_STEP), size)
            minus = evaluate(prepared_cost, point.moved(key, -FD_STEP), size)
            if plus is None or minus is None:
                continue
            found += 1
            with mpmath.workdps(DIGITS):
                estimate = (plus - minus) / (2 * FD_STEP)
                # plus − minus loses the digits the cost's own size takes: allow for that rounding
                rounding = 100 * mpmath.mpf(10) ** -DIGITS * max(abs(plus), abs(minus)) / FD_STEP
                allowed = FD_TOLERANCE * max(1, abs(value), abs(estimate)) + rounding
                assert close(value, expected), f"at {size}: {value} != sympy.diff {expected} ({point.values})"
                assert abs(value - estimate) <= allowed, f"at {size}: {value} != finite difference {estimate}"
        assert found > 0, f"no random point where the gradient is defined at {size}"
