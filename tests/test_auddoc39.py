"""Audit of fixdoc39's new readings (Julia's function … return … end; the --let head hθ(x)) for silent misreads.

* ``÷`` in Julia is integer division (``div``: ``7.0 ÷ 2.0 == 3.0``, rounded toward zero), not ``/``: the fixer's
  Julia reading handed ``sum(…) ÷ (2*length(y))`` to the code reader, which reads ``÷`` as the division of
  plain maths, a gradient (1/m)Xᵀ(Xθ − y) where the function's value is a whole number, flat in θ almost everywhere
  (gradient 0). Refused now, with a caret at the ``÷``.
* ``function compute_cost(X, y, theta)`` / ``return sum((X*w - y).^2) / (2*length(y))`` / ``end``: Julia's ``w``
  there is a global, not the parameter; the function's value does not depend on ``theta`` at all (a slip). The
  reading took ``w`` for the parameter and differentiated by it, hiding the slip, while its note says "its
  parameters are the names that value uses". Refused now: a parameter the returned value never uses.

Expectations are worked out by hand and checked here with NumPy written by hand, never with logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _reading import refused

JULIA = "function compute_cost(X, y, theta)\n  return {}\nend"


def _julia_int_div_cost(X, y, theta):
    """Julia's sum((X*theta - y).^2) ÷ (2*length(y)), by hand: div truncates toward zero (here ≥ 0: floor)."""
    return float(np.trunc(np.sum((X @ theta - y) ** 2) / (2 * len(y))))


def test_julia_integer_division_is_not_read_as_a_division():
    text = JULIA.format("sum((X*theta - y).^2) ÷ (2*length(y))")
    # by hand: the value is a whole number, flat in θ between its jumps: its finite differences are 0, while the
    # division's gradient (1/m)Xᵀ(Xθ − y) is not
    rng = np.random.default_rng(3901)
    X, y, theta = rng.normal(size=(6, 3)) * 3, rng.normal(size=6) * 3, rng.normal(size=3)
    step = 1e-7
    numeric = [(_julia_int_div_cost(X, y, theta + step * e) - _julia_int_div_cost(X, y, theta - step * e)) / (2 * step)
               for e in np.eye(3)]
    assert np.allclose(numeric, 0.0)
    assert not np.allclose(X.T @ (X @ theta - y) / len(y), 0.0)
    error = refused(logderiv.derive, text, wrt="theta_j")
    assert "integer division" in str(error)
    assert error.column == text.index("÷")


def _julia_global_w_cost(X, y, theta, w):
    """Julia's compute_cost(X, y, theta) returning sum((X*w - y).^2) / (2*length(y)): w is a global, theta unused."""
    return float(np.sum((X @ w - y) ** 2) / (2 * len(y)))


@pytest.mark.parametrize("header", ["compute_cost(X, y, theta)", "compute_cost(X::Matrix, y::Vector, theta::Vector)"])
def test_julia_parameter_the_value_never_uses_is_refused(header):
    text = f"function {header}\n  return sum((X*w - y).^2) / (2*length(y))\nend"
    # by hand: the value is the same at any two θ (w is Julia's global, not the parameter): ∂/∂θ = 0, not the
    # (1/m)Xᵀ(Xw − y) a reading of w as the parameter gives
    rng = np.random.default_rng(3902)
    X, y, w = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    assert _julia_global_w_cost(X, y, rng.normal(size=3), w) == _julia_global_w_cost(X, y, rng.normal(size=3), w)
    assert not np.allclose(X.T @ (X @ w - y) / len(y), 0.0)
    error = refused(logderiv.derive, text, wrt="theta_j")
    assert "never uses its parameter 'theta'" in str(error)
    assert error.column == text.index("theta")
