"""auddefault34: the bare cost line fixdefault34 read as the page's cost misread these pages; the reading was taken out
at the merge (int34), and each page is refused, never judged.

Silent misreads the audit found, each worked out by hand and checked with finite differences (tests/_numeric.py),
never taken from logderiv's output:

* a page reusing the name J: "for linear regression we minimised J(θ) = (1/2m)Σ(θᵀx − y)²" on a bare line, then "for
  logistic regression the cost is the cross-entropy …" in words and ∂J/∂θⱼ = (1/m)Σ(σ(θᵀx) − y)xⱼ in a display. The
  writer's J there is the cross-entropy and the line is right; fixdefault34 read the bare MSE line as the cost and
  judged the page wrong at the display (main and the fix's base: right against the default, noted);
* the same with θ₀, θ₁ (refused on the base): judged wrong at both displays;
* a page defining the model h_θ(x) = 1/(1 + e^(−θᵀx)) on a bare line and the cost J = (1/2m)Σ(h − y)² on another:
  ∂J/∂θⱼ = (1/m)Σ(h − y)xⱼ forgets σ' = h(1 − h) and is wrong, but the re-read, leaving the h line unread, guessed
  h = θᵀx and judged it right.

A refusal is only a miss: each is now refused (or the page's own refusal stands), never judged.
"""

from __future__ import annotations

import numpy as np
import pytest

from _derivations_table import steps_of_page
from _numeric import central_differences, cross_entropy, intercept_data, sigmoid

_REUSED = (
    "# Two models\n\nFor linear regression we minimised\n\n"
    "J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)})^2\n\n"
    "For logistic regression the cost is the cross-entropy of the sigmoid, and its gradient is\n\n"
    "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (\\sigma(\\theta^T x^{(i)}) - y^{(i)}) "
    "x_j^{(i)}$$\n")

_REUSED_INTERCEPT = (
    "# Two models\n\nFor linear regression we minimised\n\n"
    "J(\\theta_0, \\theta_1) = \\frac{1}{2m}\\sum_{i=1}^m (\\theta_0 + \\theta_1 x_i - y_i)^2\n\n"
    "For logistic regression the cost is the cross-entropy of the sigmoid, and its gradient is\n\n"
    "$$\\frac{\\partial J}{\\partial \\theta_0} = \\frac{1}{m}\\sum_{i=1}^m (\\sigma(\\theta_0 + \\theta_1 x_i) - y_i)$$\n\n"
    "$$\\frac{\\partial J}{\\partial \\theta_1} = \\frac{1}{m}\\sum_{i=1}^m (\\sigma(\\theta_0 + \\theta_1 x_i) - y_i) x_i$$\n")

_SIGMOID_MODEL_SQUARE_LOSS = (
    "# Logistic model, square loss\n\nThe model is\n\n"
    "h_\\theta(x) = \\frac{1}{1 + e^{-\\theta^T x}}\n\nThe cost is\n\n"
    "J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^m (h_\\theta(x^{(i)}) - y^{(i)})^2\n\nIts gradient:\n\n"
    "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (h_\\theta(x^{(i)}) - y^{(i)}) "
    "x_j^{(i)}$$\n")


# the penalty said in words: the display's J is the regularised cost, its line right; the bare J has no λ
_PENALTY_IN_WORDS = (
    "# Ridge\n\nThe data term is\n\n"
    "J(\\theta_0, \\theta_1) = \\frac{1}{2m}\\sum_{i=1}^m (\\theta_0 + \\theta_1 x_i - y_i)^2\n\n"
    "and with the penalty on the slope added to J,\n\n"
    "$$\\frac{\\partial J}{\\partial \\theta_1} = \\frac{1}{m}\\sum_{i=1}^m (\\theta_0 + \\theta_1 x_i - y_i) x_i "
    "+ \\frac{\\lambda}{m}\\theta_1$$\n")


def test_the_writers_meanings_by_hand():
    X, labels, theta = intercept_data(3434, 9, 3)
    p = sigmoid(X @ theta)
    # the reused J is the cross-entropy: its gradient is (1/m)Σ(σ(θᵀx) − y)xⱼ, the display's line, right
    assert np.allclose(central_differences(lambda t: cross_entropy(X, labels, t), theta), X.T @ (p - labels) / 9,
                       atol=1e-7)
    # (1/2m)Σ(σ(θᵀx) − y)²: its gradient carries h(1 − h), so (1/m)Σ(h − y)xⱼ is wrong
    square = central_differences(lambda t: float(np.sum((sigmoid(X @ t) - labels) ** 2) / 18), theta)
    assert np.allclose(square, X.T @ ((p - labels) * p * (1 - p)) / 9, atol=1e-7)
    assert not np.allclose(square, X.T @ (p - labels) / 9, atol=1e-3)
    # (1/2m)Σ(θ₀ + θ₁x − y)² + (λ/2m)θ₁²: ∂/∂θ₁ = (1/m)Σ(θ₀ + θ₁x − y)x + (λ/m)θ₁, the display's line
    x, y, t, lam = X[:, 1], X[:, 2], theta[:2], 0.7
    ridge = central_differences(lambda u: float(np.sum((u[0] + u[1] * x - y) ** 2) / 18 + lam / 18 * u[1] ** 2), t)
    assert np.isclose(ridge[1], np.sum((t[0] + t[1] * x - y) * x) / 9 + lam / 9 * t[1], atol=1e-7)


@pytest.mark.parametrize("page", [_REUSED, _REUSED_INTERCEPT, _SIGMOID_MODEL_SQUARE_LOSS, _PENALTY_IN_WORDS],
                         ids=["J-reused", "J-reused-intercept", "h-on-a-bare-line", "penalty-in-words"])
def test_never_judged_against_a_cost_the_page_may_not_differentiate(tmp_path, page):
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
