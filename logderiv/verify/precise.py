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

import mpmath
import sympy

from ..notation import symbols
from . import numeric

__all__ = ["DIGITS", "evaluate_precisely", "differ_precisely", "decimal"]

#: significant digits of the confirming evaluation
DIGITS = 50
#: two values agree when they differ by less than this, relative, at DIGITS digits
_AGREE = sympy.Rational(1, 10**30)


def evaluate_precisely(expr: sympy.Expr, values: dict, size: numeric.Size) -> sympy.Expr:
    """``expr`` at ``values`` (by key, as in :mod:`numeric`), sizes ``size``, to DIGITS digits."""
    concrete = expr.xreplace({symbols.m: size.m, symbols.n: size.n, symbols.wrt_index: size.j}).doit()
    inputs = {}
    for node in concrete.atoms(sympy.Indexed, sympy.Symbol):
        key = numeric.key_of(node, size)
        if key in values:
            inputs[node] = sympy.Rational(Fraction(repr(values[key])))
    return concrete.xreplace(inputs).evalf(DIGITS)


def differ_precisely(expected: sympy.Expr, answer: sympy.Expr, values: dict, size: numeric.Size):
    """``(expected value, answer value)`` when they really differ at DIGITS digits, else None."""
    left = evaluate_precisely(expected, values, size)
    right = evaluate_precisely(answer, values, size)
    if not (left.is_number and right.is_number):
        return None
    scale = max(1, abs(left), abs(right))
    if abs(left - right) <= _AGREE * scale:
        return None
    return left, right


def decimal(value: sympy.Expr, digits: int = 20) -> str:
    """A value as a decimal string with ``digits`` significant digits (``a + bj`` when complex)."""
    real, imaginary = value.as_real_imag()
    text = _digits(real, digits)
    if imaginary != 0 and abs(imaginary) > sympy.Rational(1, 10**40):
        sign = "-" if imaginary < 0 else "+"
        text += f" {sign} {_digits(abs(imaginary), digits)}j"
    return text


def _digits(value: sympy.Expr, digits: int) -> str:
    with mpmath.workdps(DIGITS):  # mpmath's default context has only double precision
        return mpmath.nstr(mpmath.mpf(sympy.Float(value, DIGITS)._mpf_), digits)
