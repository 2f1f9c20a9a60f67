"""The tree-walking evaluator of :mod:`numeric`, at many points at once (numpy arrays).

Checking an answer evaluates it at a dozen points; walking the sympy tree once
per point repeats all the dispatch. Here every quantity is an array holding its
value at each point, so one walk per size computes them all. As in
:mod:`numeric`, the sympy tree is walked through an allow-list of node types;
nothing is generated or compiled, and the arithmetic is complex.

A point where the value is not finite (division by zero, overflow) is *undefined*
there: ``nan`` in the result. Unevaluated derivatives are left to
:mod:`numeric`'s dual numbers (:class:`Unsupported` says so).
"""

from __future__ import annotations

from typing import Callable, Mapping, Sequence

import numpy as np
import sympy
from sympy.core.function import AppliedUndef

from ..notation import symbols
from . import numeric
from .elementwise import FUNCTIONS as _FUNCTIONS

__all__ = ["Unsupported", "evaluate_batch"]


class Unsupported(Exception):
    """This expression holds something only the scalar evaluator computes (a derivative)."""


def evaluate_batch(
    expr: sympy.Expr,
    points: Sequence[numeric.Point],
    size: numeric.Size,
    definitions: Mapping[sympy.Basic, sympy.Expr] | None = None,
    quantities: dict | None = None,
) -> np.ndarray:
    """``expr`` at each of ``points`` (complex; ``nan`` where undefined).

    A defined name (``h(i)``, ``h``) is evaluated through ``definitions``
    where it stands, which spares building the substituted expression.
    ``quantities`` remembers each input's values (θ₂ at every point) across
    calls with the same ``points`` and ``size``.
    """
    with np.errstate(all="ignore"):
        walk = _Walk(points, size, definitions or {}, quantities)
        result = np.broadcast_to(np.asarray(walk.value(expr, {}), dtype=complex), (len(points),)).copy()
    result[~np.isfinite(result)] = np.nan
    return result


class _Walk:
    def __init__(self, points: Sequence[numeric.Point], size: numeric.Size, definitions: Mapping,
                 quantities: dict | None = None) -> None:
        self.points = points
        self.size = size
        self.definitions = definitions
        self.memo: dict = {}
        self.quantities: dict = {} if quantities is None else quantities

    def value(self, expr: sympy.Expr, env: dict):
        method = _METHODS.get(type(expr)) or _method_for(type(expr))
        if not expr.args:
            return method(self, expr, env)
        key = (expr, tuple(env.items()))
        hit = self.memo.get(key)
        if hit is None:
            hit = self.memo[key] = method(self, expr, env)
        return hit

    def quantity(self, expr, env):
        if isinstance(expr, sympy.Symbol):
            if expr in env:
                return env[expr]
            if expr in self.definitions:
                return self.value(self.definitions[expr], env)
            if expr == symbols.m:
                return self.size.m
            if expr == symbols.n:
                return self.size.n
            if expr == symbols.wrt_index:
                return self.size.j
        key = numeric.key_of(expr, self.size, env)
        values = self.quantities.get(key)
        if values is None:
            values = self.quantities[key] = np.array([point[key] for point in self.points], dtype=complex)
        return values

    indexed = symbol = quantity

    def number(self, expr, env):
        # a number beyond a float's range (2^1000 * 2^1000) is undefined here, like any overflow
        if expr.is_Integer:
            value = int(expr)
            return value if value.bit_length() <= 1023 else np.nan
        if expr.is_Rational:
            try:
                return expr.p / expr.q
            except OverflowError:
                return np.nan
        return complex(expr.evalf(17))

    def add(self, expr, env):
        total = 0
        for arg in expr.args:
            total = total + self.value(arg, env)
        return total

    def mul(self, expr, env):
        product = 1
        for arg in expr.args:
            product = product * self.value(arg, env)
        return product

    def pow(self, expr, env):
        base = self.value(expr.base, env)
        exponent = expr.exp
        if exponent.is_Integer:
            k = int(exponent)
            if abs(k) > 10_000:
                return np.full(len(self.points), np.nan, dtype=complex)
            base = np.asarray(base, dtype=complex)
            if k < 0:
                base = 1 / base
                k = -k
            return _integer_power(base, k)
        exponent_value = np.asarray(self.value(exponent, env), dtype=complex)
        base = np.asarray(base, dtype=complex)
        # 0 to a power is 0 (as in numeric), not exp(u · log 0)
        return np.where(base == 0, 0, np.exp(exponent_value * np.log(np.where(base == 0, 1, base))))

    def function(self, expr, env):
        return _FUNCTIONS[type(expr)](np.asarray(self.value(expr.args[0], env), dtype=complex))

    def sum(self, expr, env):
        return self._sum(expr.function, list(reversed(expr.limits)), env)

    def _sum(self, body, limits, env):
        if not limits:
            return self.value(body, env)
        (bound, low, high), rest = limits[0], limits[1:]
        total = 0
        for value in range(self._bound(low, env), self._bound(high, env) + 1):
            total = total + self._sum(body, rest, {**env, bound: value})
        return total

    def _bound(self, limit, env) -> int:
        value = self.value(limit, env)
        if isinstance(value, np.ndarray):
            raise Unsupported("a sum whose limit depends on the data")
        return int(value.real) if isinstance(value, complex) else int(value)

    def defined(self, expr, env):
        value = self.definitions.get(expr)
        if value is None:
            raise Unsupported(f"{expr} is not defined")
        return self.value(value, env)

    def derivative(self, expr, env):
        raise Unsupported("an unevaluated derivative")

    def kronecker(self, expr, env):
        a, b = (self.value(arg, env) for arg in expr.args)
        if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
            raise Unsupported("a Kronecker delta of data")
        return 1 if a == b else 0


def _integer_power(base: np.ndarray, k: int) -> np.ndarray:
    """base**k by repeated squaring: exact for small k, as the scalar evaluator's loop is."""
    result = np.ones_like(base)
    while k:
        if k & 1:
            result = result * base
        base = base * base
        k >>= 1
    return result


_DISPATCH = numeric.Dispatch(
    _Walk, lambda kind: Unsupported(f"cannot evaluate {kind.__name__} in a batch"),
    extra=((AppliedUndef, "defined"),),
)
_METHODS = _DISPATCH.methods
_method_for = _DISPATCH
