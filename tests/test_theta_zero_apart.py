"""θ₀ written apart beside θᵀx, checked against a preset: Ng's model θ₀ + θᵀx, read so with a note.

The presets write θᵀx with the intercept a feature of ones (x₁ = 1). An answer
``(1/m) Σ (σ(θ₀ + θᵀx) − y) xⱼ`` — the intercept apart, as most course notes
write it — was judged against σ(θᵀx) with θ₀ a weight of no feature: a right
answer called "different" (audit18's review). β₀ and w₀ were read so already.
The expected gradients here are checked by central finite differences of
NumPy costs written from the formulas, never against logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences

from logderiv import check

_NOTE = "the answer writes θ₀ apart beside θᵀx"
RNG = np.random.default_rng(2026)


def _sigmoid(v):
    return 1 / (1 + np.exp(-v))


def _logistic(theta0: float, theta: np.ndarray, X: np.ndarray, y: np.ndarray, lam: float = 0.0) -> float:
    h = _sigmoid(theta0 + X @ theta)
    return float(-np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)) + lam / (2 * len(y)) * theta @ theta)


def test_the_answer_is_the_gradient_of_the_model_with_its_intercept_apart():
    """By finite differences: (1/m) Σ (σ(θ₀ + θᵀx) − y) xⱼ is ∂/∂θⱼ of the logistic cost of σ(θ₀ + θᵀx)."""
    X, y = RNG.normal(size=(5, 3)), RNG.uniform(0.1, 0.9, size=5)
    theta0, theta = 0.3, RNG.normal(size=3)
    numeric = central_differences(lambda t: _logistic(theta0, t, X, y), theta)
    answer = X.T @ (_sigmoid(theta0 + X @ theta) - y) / len(y)
    assert np.allclose(numeric, answer, atol=1e-7)


def test_read_as_the_preset_with_its_intercept_apart():
    verdict = check("1/m * sum((sigmoid(theta_0 + theta^T x) - y) x_j)")
    assert verdict.verdict == "equivalent"
    assert any(_NOTE in note for note in verdict.notes), verdict.notes


@pytest.mark.parametrize("answer", [
    "1/m * sum((y - sigmoid(theta_0 + theta^T x)) x_j)",  # the sign of ascent
    "sum((sigmoid(theta_0 + theta^T x) - y) x_j)",  # 1/m lost
])
def test_a_slip_is_still_different(answer):
    assert check(answer).verdict == "different"


def test_the_intercept_apart_is_never_in_the_penalty():
    """∂/∂θ₀ of the L2 cost has no λ term (the penalty is over θ₁..θₙ): checked by finite differences first."""
    X, y = RNG.normal(size=(4, 2)), RNG.uniform(0.1, 0.9, size=4)
    theta0, theta, lam = -0.4, RNG.normal(size=2), 0.7
    numeric = central_differences(lambda t0: _logistic(t0[0], theta, X, y, lam), np.array([theta0]))[0]
    assert np.isclose(numeric, np.mean(_sigmoid(theta0 + X @ theta) - y), atol=1e-7)
    right = check("1/m * sum(sigmoid(theta_0 + theta^T x) - y)", cost="logistic-l2", wrt="theta_0")
    assert right.verdict == "equivalent"
    penalised = check("1/m * sum(sigmoid(theta_0 + theta^T x) - y) + lambda/m * theta_0", cost="logistic-l2",
                      wrt="theta_0")
    assert penalised.verdict == "different"


def test_theta_as_one_vector_needs_no_such_note():
    verdict = check("1/m * sum((sigmoid(theta^T x) - y) x_j)")
    assert verdict.verdict == "equivalent"
    assert not any(_NOTE in note for note in verdict.notes)
