r"""audtex37: an adversarial review of fixtex37's readings, each misread found held here with its hand-worked meaning.

fixtex37 reads a let written as a sentence, ``f_wb_i is the linear function w*x_i + b``, as ``f_wb_i = w*x_i + b``;
where the words name the kind of function ("linear", "affine") the formula must be of that kind, and it refused only
a formula that *calls* a function (``sigmoid(…)``). A formula that is not linear without a call, ``1/(1+e^(-z))``
(the sigmoid written out), ``e^-(…)``, ``(w*x_i + b)^2``, ``1/(w*x_i + b)``, ``tanh w*x_i`` (a function's name with no
parentheses), was read as written, the word "linear" dropped silently: a derivative of the sigmoid for a writer who
said the model is linear (or the other way round). Each is refused now, the two readings named; the independent check
is that each formula, as written, is not affine in (w, b) (f(p) + f(q) ≠ f(p + q) + f(0) at random points, NumPy).
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, refused

# fixtex37's docstring cost (public code index file 39812014434), its penalty naming w_j: w a weight vector
REG_J = "J(w,b) = (1/2m) * sum((f_wb_i - y_i)^2) + (lambda_/(2m)) * sum(w_j^2)"
REG_DB = "db = (1/m) * sum((f_wb_i - y_i))"


def _affine_defect(f, rng) -> float:
    """max |f(p) + f(q) − f(s) − f(p + q − s)| over random (w, b) points at a random x: 0 for an affine f only."""
    worst = 0.0
    for _ in range(5):
        x = rng.normal()
        p, q, s = rng.normal(size=2), rng.normal(size=2), rng.normal(size=2)
        worst = max(worst, abs(f(p, x) + f(q, x) - f(s, x) - f(p + q - s, x)))
    return worst


# (the let, the formula as NumPy of (w, b) at x, the column where the formula stops being linear)
NOT_LINEAR = [
    ("f_wb_i is the linear function 1/(1+e^(-(w*x_i+b)))", lambda p, x: 1 / (1 + np.exp(-(p[0] * x + p[1]))), "e^"),
    ("f_wb_i is the affine function 1/(1+e**(-w*x_i-b))", lambda p, x: 1 / (1 + np.exp(-p[0] * x - p[1])), "e**"),
    ("f_wb_i is the linear function e^-(w*x_i + b)", lambda p, x: np.exp(-(p[0] * x + p[1])), "e^"),
    ("f_wb_i is the linear function (w*x_i + b)^2", lambda p, x: (p[0] * x + p[1]) ** 2, "^2"),
    ("f_wb_i is the linear function 1/(w*x_i + b)", lambda p, x: 1 / (p[0] * x + p[1]), "/("),
    ("f_wb_i is the linear function tanh w*x_i + b", lambda p, x: np.tanh(p[0]) * x + p[1], "tanh"),
    ("f_wb_i is the linear function w^2*x_i + b", lambda p, x: p[0] ** 2 * x + p[1], "^2"),
]


@pytest.mark.parametrize(("let", "formula", "at"), NOT_LINEAR, ids=[case[0] for case in NOT_LINEAR])
def test_a_linear_function_whose_formula_is_not_linear_is_refused(let, formula, at):
    # the independent check: the formula as written is not affine in (w, b), so the words contradict it
    assert _affine_defect(formula, np.random.default_rng(37)) > 1e-3
    error = refused(logderiv.derive, REG_J, wrt="b", let=[let])
    assert "says the formula is" in str(error) and "either the words or the formula is not what is meant" in str(error)
    assert error.column == let.index(at)


def _half_mse(d, scale=1.0):
    r = d.X @ d.w * scale + d.b - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.w @ d.w)


@pytest.mark.parametrize(
    "let",
    [
        "f_wb_i is the linear function w*x_i + b",
        "f_wb_i is the linear function w dot x_i + b",
        "f_wb_i is the linear function np.dot(w, x_i) + b",  # a dot product is linear: read (was refused as a call)
        "f_wb_i is the affine function w*x_i/2 + b",
    ],
)
def test_a_linear_formula_keeps_its_reading(let):
    # the affine check holds for the formula meant (w·x + b, and w·x/2 + b)
    rng = np.random.default_rng(7)
    assert _affine_defect(lambda p, x: p[0] * x + p[1], rng) < 1e-9
    assert _affine_defect(lambda p, x: p[0] * x / 2 + p[1], rng) < 1e-9
    if "/2" in let:
        assert_gradient_read(REG_J, lambda d: _half_mse(d, 0.5), wrt=("w_j", "b"), lets=(let,))
    else:
        assert_gradient_read(REG_J, _half_mse, wrt=("w_j", "b"), lets=(let,))
        assert_verdict_read(REG_DB, REG_J, "equivalent", wrt="b", lets=(let,))


def test_the_hand_worked_db_of_the_half_mse():
    # ∂/∂b (1/2m)Σ(w·xᵢ + b − yᵢ)² = (1/m)Σ(w·xᵢ + b − yᵢ): held to finite differences
    rng = np.random.default_rng(3)
    X, y, w, b = rng.normal(size=(5, 2)), rng.normal(size=5), rng.normal(size=2), 0.4
    numeric = central_differences(lambda p: float(np.sum((X @ p[:2] + p[2] - y) ** 2)) / 10, np.append(w, b))
    assert np.isclose(numeric[2], np.sum(X @ w + b - y) / 5, atol=1e-7)


def test_a_transpose_is_no_power_in_a_linear_function():
    # θᵀx is linear in θ: "h is the linear function theta^T x" is read as h = θᵀx, ^T no power
    def cost(d):
        r = d.X @ d.w + d.b - d.y
        return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.w @ d.w)

    assert_gradient_read(REG_J, cost, wrt=("w_j", "b"), lets=("f_wb_i is the linear function w^T x_i + b",))
