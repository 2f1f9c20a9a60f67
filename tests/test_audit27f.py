"""An adversarial audit of fixtail27's readings (branch audit27f, issue 10): where they misread, refused now.

fixtail27 read the norm of a name a --let defines, ``‖r‖²`` beside ``r = Ax − b``, as the vector of its values
one per example, rᵀr. The same rule took a let written as a function of the example, ``f(x) = wᵀx``: in
``Σᵢ (yᵢ − f(xᵢ))² + λ‖f‖²`` (kernel methods, regularisation theory) ‖f‖ is the function's own norm, for a
linear f the norm ‖w‖ of its weights, and logderiv read λ Σᵢ f(xᵢ)², a gradient of another cost, silently but
for a matrix-form note. Which norm is meant is not said: refused now, naming both, with the caret at the norm.

The readings that held are held here too, each against its mathematics worked out independently (finite
differences of NumPy costs written by hand, through the corpus judge).
"""

from __future__ import annotations

import numpy as np
import pytest

from _reading import assert_gradient_read, refused
from logderiv import derive


# ------------------------------------------------------------------ the norm of a let written as a function
@pytest.mark.parametrize("cost, let", [
    # kernel ridge regression's penalty, f linear: meant λ‖w‖² (its RKHS norm), was read λ Σᵢ (wᵀxᵢ)²
    ("\\sum_i (y_i - f(x_i))^2 + \\lambda\\|f\\|^2", "f(x) = w^T x"),
    ("\\sum_i (y_i - g(x_i))^2 + \\lambda\\|g\\|^2", "g(x) = w^T x"),
    ("\\sum_i (y_i - f(x_i))^2 + \\lambda\\|f\\|^2", "f(x) = \\sigma(w^T x)"),
    ("\\|f\\|^2", "f(\\mathbf{x}) = \\mathbf{w}^T \\mathbf{x}"),
    ("\\|f\\|", "f(x) = w^T x"),
    ("||f||^2", "f(x) = w'*x"),
])
def test_the_norm_of_a_function_let_is_refused(cost, let):
    error = refused(derive, cost, wrt="w_j", let=(let,))
    name = let[0]
    assert f"'{name}' is a function" in error.message
    assert "which one is not said" in error.message
    assert cost[error.column:].startswith(("\\|", "||"))  # the caret at the norm
    assert f"\\sum_i {name}(x_i)^2" in (error.hint or "") and "\\|w\\|^2" in (error.hint or "")


def _ridge_data(d) -> np.ndarray:
    return d.y - d.X @ d.w


@pytest.mark.parametrize("penalty, intended", [
    # the two readings the refusal names, each written out, each read (by finite differences)
    ("\\lambda\\sum_i f(x_i)^2", lambda d: float(np.sum(_ridge_data(d) ** 2) + d.lam * np.sum((d.X @ d.w) ** 2))),
    ("\\lambda\\|w\\|^2", lambda d: float(np.sum(_ridge_data(d) ** 2) + d.lam * d.w @ d.w)),
])
def test_the_readings_the_refusal_names_are_read(penalty, intended):
    assert_gradient_read(f"\\sum_i (y_i - f(x_i))^2 + {penalty}", intended, wrt=("w_j",), lets=("f(x) = w^T x",))


@pytest.mark.parametrize("let", ["f = Xw", "f_i = w^T x_i"])
def test_the_norm_of_a_value_let_keeps_its_reading(let):
    # a let of values, one per example (no function head): ‖f‖² is Σᵢ fᵢ², as fixtail27 reads it
    assert_gradient_read("\\|f\\|^2", lambda d: float(np.sum((d.X @ d.w) ** 2)), wrt=("w_j",), lets=(let,))

