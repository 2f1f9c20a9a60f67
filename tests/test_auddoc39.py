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


# ------------------------------------------------------------------ a page's model line written hθ(x) = … (plain)
# the fixer's let reading reads hθ(x) as h_θ(x); a page's own line "hθ(x) = σ(θᵀx)" was "not part of the derivation,
# not read", h fell back to the cost's default (θᵀx for a squared error), and a step that drops σ's derivative held
SIGMOID_PAGE = ("hθ(x) = σ(θᵀx)\n\n"
                "J(θ) = (1/(2m)) Σ (hθ(x) - y)²\n\n"
                "∂J/∂θj = (1/m) Σ (hθ(x) - y) xj\n")


def _squared_error_of_sigmoid(X, y, theta):
    """(1/2m) Σᵢ (σ(θᵀxᵢ) − yᵢ)², by hand."""
    return float(np.sum((1 / (1 + np.exp(-(X @ theta))) - y) ** 2) / (2 * len(y)))


def test_a_pages_glued_model_line_defines_its_model():
    # by hand: ∂/∂θⱼ (1/2m) Σ (σ(θᵀx) − y)² = (1/m) Σ (σ − y) σ(1 − σ) xⱼ, not (1/m) Σ (σ − y) xⱼ (the page's line 5)
    rng = np.random.default_rng(3903)
    X, y, theta = rng.normal(size=(7, 3)), rng.integers(0, 2, 7).astype(float), rng.normal(size=3)
    from _numeric import central_differences

    numeric = central_differences(lambda t: _squared_error_of_sigmoid(X, y, t), theta)
    h = 1 / (1 + np.exp(-(X @ theta)))
    assert np.allclose(numeric, X.T @ ((h - y) * h * (1 - h)) / len(y), atol=1e-7)
    assert not np.allclose(numeric, X.T @ (h - y) / len(y), atol=1e-3)
    review = logderiv.steps(SIGMOID_PAGE, wrt="theta_j", file_kind="markdown")
    assert not review.ok
    assert review.first_wrong is not None and review.first_wrong.written.offset > SIGMOID_PAGE.index("∂J")
    assert any(note.startswith("line 1 defines hθ beside the derivation") for note in review.notes)


def test_a_pages_glued_linear_model_line_keeps_its_right_step():
    # guard: hθ(x) = θᵀx, the squared error's gradient (1/m) Σ (θᵀx − y) xⱼ: the step holds (by hand, as
    # tests/test_fixdoc39.py checks the same gradient against finite differences)
    review = logderiv.steps(SIGMOID_PAGE.replace("σ(θᵀx)", "θᵀx"), wrt="theta_j", file_kind="markdown")
    assert review.ok
