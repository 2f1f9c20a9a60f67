"""An answer whose model is θ₀ + θᵀx, checked against a preset (θᵀx with x₁ = 1), is refused, not judged.

Judged against the preset, θ₀ was a weight of no feature, and Ng's right answer
``(1/m) Σ (σ(θ₀ + θᵀx) − y) xⱼ`` a false "different" (audit18's review). Which
model the answer means is not said; the hint's own command, the cost written
with that model, judges it (checked here by finite differences first).
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences
from _reading import refused

from logderiv import check

RNG = np.random.default_rng(2026)
_ANSWER = "1/m * sum((sigmoid(theta_0 + theta^T x) - y) x_j)"


def _sigmoid(v):
    return 1 / (1 + np.exp(-v))


@pytest.mark.parametrize("answer", [
    _ANSWER,
    r"\frac{1}{m}\sum_{i=1}^m (\sigma(\theta_0 + \theta^T x^{(i)}) - y^{(i)}) x_j^{(i)}",
    "1/m * sum((sigmoid(θ₀ + θᵀx) - y) x_j)",
])
def test_the_model_apart_is_refused_against_a_preset(answer):
    error = refused(check, answer)
    assert "θ₀ + θᵀx" in error.message
    assert answer[error.column:].lstrip("\\").startswith(("theta", "θ"))


def test_the_hint_judges_it_with_its_own_model():
    """By finite differences: (1/m) Σ (σ(θ₀ + θᵀx) − y) xⱼ is ∂/∂θⱼ of the log loss of σ(θ₀ + θᵀx)."""
    X, y = RNG.normal(size=(5, 3)), RNG.uniform(0.1, 0.9, size=5)
    theta0, theta = 0.3, RNG.normal(size=3)

    def cost(t):
        h = _sigmoid(theta0 + X @ t)
        return float(-np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)))

    assert np.allclose(central_differences(cost, theta), X.T @ (_sigmoid(theta0 + X @ theta) - y) / 5, atol=1e-7)
    verdict = check(_ANSWER, cost="-1/m * sum(y log(h) + (1-y) log(1-h))", let=("h = sigmoid(theta_0 + theta^T x)",))
    assert verdict.verdict == "equivalent"


def test_theta_as_one_vector_is_judged_as_before():
    assert check("1/m * sum((sigmoid(theta^T x) - y) x_j)").verdict == "equivalent"
