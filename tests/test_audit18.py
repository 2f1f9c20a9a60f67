"""Audit 18: near-variants of the readings merged by fixcode2, pages2 and callsum, where a reading would be wrong.

Every expected verdict is worked out by hand (the derivative written beside each case)
and the gradients are held to finite differences of the cost computed here with NumPy,
independently of logderiv.
"""

from __future__ import annotations

import numpy as np
import pytest

from logderiv import check
from logderiv.errors import InputError

EQ, DIFF = "equivalent", "different"


def _logistic_cost(beta0: float, beta: np.ndarray, x: np.ndarray, y: np.ndarray) -> float:
    """J = −(1/m) Σ [y log σ(β₀ + βᵀx) + (1 − y) log(1 − σ(β₀ + βᵀx))], x one example per row."""
    h = 1 / (1 + np.exp(-(beta0 + x @ beta)))
    return float(-np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)))


def test_the_intercept_apart_answer_is_the_finite_difference_gradient():
    # by hand: ∂J/∂βⱼ = (1/m) Σ (σ(β₀ + βᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾, ∂J/∂β₀ = (1/m) Σ (σ(β₀ + βᵀx⁽ⁱ⁾) − y⁽ⁱ⁾)
    rng = np.random.default_rng(18)
    x, y, beta, beta0 = rng.normal(size=(5, 3)), rng.uniform(size=5), rng.normal(size=3), 0.7
    h = 1 / (1 + np.exp(-(beta0 + x @ beta)))
    step = 1e-6
    for j in range(3):
        bumped = beta.copy()
        bumped[j] += step
        numeric = (_logistic_cost(beta0, bumped, x, y) - _logistic_cost(beta0, beta, x, y)) / step
        assert abs(numeric - np.mean((h - y) * x[:, j])) < 1e-4
    numeric = (_logistic_cost(beta0 + step, beta, x, y) - _logistic_cost(beta0, beta, x, y)) / step
    assert abs(numeric - np.mean(h - y)) < 1e-4


# --- 1. β₀ (w₀) written apart against a preset read in β (w) ------------------------------------------------
# Statistics writes the logistic model β₀ + βᵀx: with --wrt beta_j the preset was read as βᵀx (β as θ, the
# intercept a feature of ones) and β₀ left a free symbol, so the right gradient above was a false 'different'.
INTERCEPT_APART = [
    ("1/m * sum((sigmoid(beta_0 + beta^T x) - y) x_j)", "beta_j", EQ),
    ("\\frac{1}{m}\\sum_i (\\sigma(\\beta_0 + \\beta^T x^{(i)}) - y^{(i)}) x_j^{(i)}", "beta_j", EQ),
    ("1/m * sum((sigmoid(beta_0 + beta^T x) - y) x_j)", "beta_0", DIFF),  # ∂/∂β₀ has no xⱼ
    ("1/m * sum(sigmoid(beta_0 + beta^T x) - y)", "beta_0", EQ),
    ("1/m * sum((y - sigmoid(beta_0 + beta^T x)) x_j)", "beta_j", DIFF),  # the sign
    ("1/m * sum((sigmoid(w_0 + w^T x) - y) x_j)", "w_j", EQ),
]


@pytest.mark.parametrize("answer,wrt,expected", INTERCEPT_APART)
def test_the_weights_own_intercept_written_apart_is_the_models_intercept(answer, wrt, expected):
    verdict = check(answer, wrt=wrt)
    assert verdict.verdict == expected
    assert any("with a separate intercept" in note and "₀" in note for note in verdict.notes)


def test_an_intercept_b_beside_beta_0_is_refused_naming_both():
    with pytest.raises(InputError, match="both an intercept b and beta_0"):
        check("1/m * sum((sigmoid(beta_0 + beta^T x + b) - y) x_j)", wrt="beta_j")


def test_beta_0_times_a_feature_is_no_intercept_apart():
    # β₀x₀ is a term of a sum from 0 (x₀ = 1 in Ng's notes), not an intercept beside βᵀx: not read as one
    from logderiv.presets import parameters_meant

    assert parameters_meant("beta_j", ["sum((sigmoid(beta_0 x_0 + beta^T x) - y) x_j)"]) == ("beta", "")
    assert parameters_meant("beta_j", ["sum((sigmoid(beta_0 + beta^T x) - y) x_j)"]) == ("beta", "beta_0")
