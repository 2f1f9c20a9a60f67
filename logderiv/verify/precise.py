"""Values at 50 significant digits, to confirm a counterexample found in double precision.

A float comparison can only say "these differ by more than the tolerance in
double precision"; cancellation could make that noise. Before logderiv reports
"different", both values are recomputed from exactly the same inputs with
sympy's ``evalf`` (arbitrary precision, through mpmath): the sums are unrolled at
the concrete m and n, derivatives worked out, every input replaced by the
exact rational value of the decimal that is reported.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Iterable

import mpmath
import sympy

from .. import memo
from ..notation import symbols
from ..equality import numeric
from ..equality.tolerances import CONFIRM_DIGITS as DIGITS

__all__ = ["DIGITS", "evaluate_precisely", "differ_precisely", "decimal"]

#: the inputs' values, by key (as in :mod:`numeric`)
_Values = dict[numeric.Key, float]
#: an mpmath number (``mpf``, ``mpc``), or an int on the way; ``Any``: mpmath ships no types
_Precision = Any
#: a sub-expression where it is evaluated: with the values of the sums' indices bound around it
_Where = tuple[sympy.Expr, tuple[tuple[sympy.Symbol, int], ...]]

#: two values agree when they differ by less than this, relative, at DIGITS digits
_AGREE = sympy.Rational(1, 10**30)


def evaluate_precisely(expr: sympy.Expr, values: _Values, size: numeric.Size) -> sympy.Expr:
    """``expr`` at ``values`` (by key, as in :mod:`numeric`), sizes ``size``, to DIGITS digits."""
    # sympy integers, not Python's: an expression that is m alone would become a bare int
    sizes = {symbols.m: sympy.Integer(size.m), symbols.n: sympy.Integer(size.n), symbols.wrt_index: sympy.Integer(size.j)}
    concrete = _unroll(expr.xreplace(sizes))
    if concrete.has(sympy.Derivative):
        concrete = concrete.doit()
    inputs: dict[sympy.Basic, sympy.Rational] = {}
    for node in concrete.atoms(sympy.Indexed, sympy.Symbol):
        key = numeric.key_of(node, size)
        if key in values:
            inputs[node] = sympy.Rational(Fraction(repr(values[key])))
    return concrete.xreplace(inputs).evalf(DIGITS)


def _unroll(expr: sympy.Expr) -> sympy.Expr:
    """Write out every sum with integer limits as its terms (``Sum.doit`` is much slower)."""
    if not expr.args:
        return expr
    if isinstance(expr, sympy.Sum):
        body = _unroll(expr.function)
        terms = [body]
        for bound, low, high in expr.limits:
            terms = [term.xreplace({bound: value}) for term in terms for value in range(int(low), int(high) + 1)]
        return sympy.Add(*terms)
    return expr.func(*(_unroll(arg) for arg in expr.args))


def differ_precisely(expected: sympy.Expr, answer: sympy.Expr, values: _Values, size: numeric.Size,
                     ) -> tuple[sympy.Expr, sympy.Expr, list[numeric.Key]] | None:
    """``(expected value, answer value, inputs read)`` when they differ at DIGITS digits, else None."""
    walk = _Precise(values, size)
    read: list[numeric.Key] = []
    try:
        with mpmath.workdps(DIGITS):
            left, read = _expected_value(expected, values, size)
            right = _sympy(walk.value(answer, {}))
        read = [*read, *(key for key in walk.read if key not in read)]
    except _Fallback:
        read = []  # the caller finds the inputs another way
        left = evaluate_precisely(expected, values, size)
        right = evaluate_precisely(answer, values, size)
    except (ZeroDivisionError, ValueError, OverflowError):
        return None
    if not (left.is_number and right.is_number) or left.has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo):
        return None
    scale = max(1, abs(left), abs(right))
    if abs(left - right) <= _AGREE * scale:
        return None
    return left, right, read


#: the expected side's precise values, by (expression, size, point): every answer of a check
#: is compared with one gradient at the same few points
_EXPECTED_SIZE = 256
_EXPECTED = memo.table("verify.precise.expected", _EXPECTED_SIZE)


def _expected_value(expr: sympy.Expr, values: _Values, size: numeric.Size) -> tuple[sympy.Expr, list[numeric.Key]]:
    """``expr``'s precise value at ``values`` and the inputs it read, remembered (at DIGITS digits)."""
    key = (expr, size, tuple(sorted(values.items())))
    hit: tuple[sympy.Expr, list[numeric.Key]] | None = _EXPECTED.get(key)
    if hit is None:
        walk = _Precise(values, size)
        hit = (_sympy(walk.value(expr, {})), list(walk.read))
        _EXPECTED[key] = hit
    return hit


def _sympy(value: _Precision) -> sympy.Expr:
    if isinstance(value, mpmath.mpc):
        return sympy.Float(value.real, DIGITS) + sympy.I * sympy.Float(value.imag, DIGITS)
    return sympy.Float(value, DIGITS)


class _Fallback(Exception):
    """Something only sympy's own evaluation handles here (an unevaluated derivative)."""


#: precise values of sub-expressions, by (size, expression, bound indices), each with the inputs it
#: read and their values: the answers of a check share sub-expressions (σ(θᵀx⁽ⁱ⁾) at 50 digits is
#: dear), and a value is valid wherever those inputs have the same values
_SHARED_SIZE = 50_000
_SHARED = memo.table("verify.precise.shared", _SHARED_SIZE)


class _Precise:
    """The allow-listed tree walk of :mod:`numeric`, in mpmath at the current precision.

    Faster than unrolling the sums and calling ``evalf``, and it records which
    inputs were read (they are the counterexample's data), also for a value
    found in ``_SHARED``.
    """

    def __init__(self, values: _Values, size: numeric.Size) -> None:
        self.values = values
        self.size = size
        self.read: list[numeric.Key] = []
        self._seen: set[numeric.Key] = set()
        #: (expression, bound indices) -> (value, the inputs read below it)
        self.memo: dict[_Where, tuple[_Precision, frozenset[numeric.Key]]] = {}
        #: the inputs read below each sub-expression being evaluated, innermost last
        self._below: list[set[numeric.Key]] = []

    def value(self, expr: sympy.Expr, env: numeric.Env) -> _Precision:
        key = (expr, tuple(env.items()))
        hit = self.memo.get(key)
        if hit is None:
            hit = self.memo[key] = self._shared(key, expr, env)
        value, inputs = hit
        if self._below:
            self._below[-1].update(inputs)
        return value

    def _shared(self, key: _Where, expr: sympy.Expr, env: numeric.Env) -> tuple[_Precision, frozenset[numeric.Key]]:
        shared_key = (self.size, key)
        found = _SHARED.get(shared_key)
        if found is not None:
            value, inputs = found
            if all(self.values.get(name) == number for name, number in inputs):
                read = frozenset(name for name, _ in inputs)
                self._note(read)
                return value, read
        self._below.append(set())
        try:
            value = self._value(expr, env)
        finally:
            read = frozenset(self._below.pop())
        _SHARED[shared_key] = (value, tuple((name, self.values[name]) for name in read))
        return value, read

    def _note(self, read: Iterable[numeric.Key]) -> None:
        for name in read:
            if name not in self._seen:
                self._seen.add(name)
                self.read.append(name)

    def _value(self, expr: sympy.Expr, env: numeric.Env) -> _Precision:
        if isinstance(expr, (sympy.Symbol, sympy.Indexed)):
            if expr in env:
                return env[expr]
            fixed = {symbols.m: self.size.m, symbols.n: self.size.n, symbols.wrt_index: self.size.j}
            if expr in fixed:
                return fixed[expr]
            key = numeric.key_of(expr, self.size, env)
            self._note((key,))
            self._below[-1].add(key)
            exact = Fraction(repr(self.values[key]))
            return mpmath.mpf(exact.numerator) / exact.denominator
        if expr.is_Integer:
            return int(expr)
        if expr.is_Rational:
            return mpmath.mpf(expr.p) / expr.q
        if expr.is_Number or isinstance(expr, sympy.NumberSymbol):
            return mpmath.mpmathify(expr.evalf(DIGITS + 5))
        if isinstance(expr, sympy.Add):
            return mpmath.fsum(self.value(arg, env) for arg in expr.args)
        if isinstance(expr, sympy.Mul):
            product = mpmath.mpf(1)
            for arg in expr.args:
                product *= self.value(arg, env)
            return product
        if isinstance(expr, sympy.Pow):
            base = self.value(expr.base, env)
            if expr.exp.is_Integer:
                return mpmath.power(base, int(expr.exp)) if base != 0 or expr.exp > 0 else 1 / mpmath.mpf(0)
            if base == 0:
                return mpmath.mpf(0)
            return mpmath.power(mpmath.mpc(base), self.value(expr.exp, env))
        function = _FUNCTIONS.get(type(expr))
        if function is not None:
            return function(self.value(expr.args[0], env))
        if isinstance(expr, sympy.Sum):
            return self._sum(expr.function, list(reversed(expr.limits)), env)
        if isinstance(expr, sympy.KroneckerDelta):
            a, b = (self.value(arg, env) for arg in expr.args)
            return 1 if a == b else 0
        raise _Fallback(type(expr).__name__)

    def _sum(self, body: sympy.Expr, limits: list[tuple[sympy.Symbol, sympy.Expr, sympy.Expr]],
             env: numeric.Env) -> _Precision:
        if not limits:
            return self.value(body, env)
        (bound, low, high), rest = limits[0], limits[1:]
        low, high = int(self.value(low, env)), int(self.value(high, env))
        return mpmath.fsum(self._sum(body, rest, {**env, bound: v}) for v in range(low, high + 1))


#: each function of the registry in mpmath arithmetic (``Function.precise_value``)
_FUNCTIONS = {cls: function.precise_value for cls, function in symbols.by_class().items()}


def decimal(value: sympy.Expr, digits: int = 20) -> str:
    """A value as a decimal string with ``digits`` significant digits (``a + bj`` when complex)."""
    # a Float is a finite real number (sympy makes nan and ∞ other classes): its parts are itself and 0, which
    # as_real_imag says too, through re() and im() and their assumptions (three quarters of printing one)
    real, imaginary = (value, sympy.S.Zero) if isinstance(value, sympy.Float) else value.as_real_imag()
    text = _digits(real, digits)
    if imaginary != 0 and abs(imaginary) > sympy.Rational(1, 10**40):
        sign = "-" if imaginary < 0 else "+"
        text += f" {sign} {_digits(abs(imaginary), digits)}j"
    return text


def _digits(value: sympy.Expr, digits: int) -> str:
    with mpmath.workdps(DIGITS):  # mpmath's default context has only double precision
        return str(mpmath.nstr(mpmath.mpf(sympy.Float(value, DIGITS)._mpf_), digits))  # a str: mpmath is untyped
