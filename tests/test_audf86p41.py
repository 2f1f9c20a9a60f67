r"""audf86p41: silent misreads in fixf86p41's new readings, each pinned with its by-hand meaning.

* ``1/mΣi=1 (…)``: the count glued after ``/`` may be the mean's denominator (1/m)Σ, the bound lost; fixf86p41 read
  it as 1/Σ_{i=1}^{m}(…) and judged the mean gradient (1/m)Σ(h − y) by b "different" (false). Now refused.
* a ŷ gloss that names the model's kind (``ŷᵢ is the predicted probability of the logistic model``) was set aside
  and the model told from a squared-error cost as linear: −(1/m)Σ(y − ŷ)x judged "equivalent" though with
  ŷ = σ(w x) the writer's gradient is −(1/m)Σ(y − ŷ)ŷ(1 − ŷ)x (finite differences below). Now kept (refused).
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check
from logderiv.errors import InputError

RNG = np.random.default_rng(4186)
AAI_COST = "J(w, b) = (1/2m) · mΣi=1 (fw,b(x(i)) − y(i))²"


def test_the_mean_gradient_by_b_is_the_hand_one():
    m, n = 5, 3
    X, y, w, b = RNG.normal(size=(m, n)), RNG.normal(size=m), RNG.normal(size=n), float(RNG.normal())

    def cost(v):
        return float(np.sum((X @ v[:n] + v[n] - y) ** 2) / (2 * m))
    assert np.isclose(_fd(cost, np.append(w, b))[n], np.mean(X @ w + b - y), atol=1e-6)


@pytest.mark.parametrize("answer", ["1/mΣi=1 (fw,b(x(i)) − y(i))", "1/ mΣi=1 (fw,b(x(i)) − y(i))"])
def test_a_count_after_a_slash_is_not_read_as_the_bound(answer):
    # (1/m)Σ(h − y) is the writer's ∂J/∂b (checked above); 1/Σ(h − y) was the misread: never "different"
    try:
        result = check(answer, cost=AAI_COST, wrt="b")
    except InputError:
        return
    assert result.verdict == "equivalent"


def test_the_bound_before_the_sum_is_still_read():
    assert check("(1/m) mΣi=1 (fw,b(x(i)) − y(i))", cost=AAI_COST, wrt="b").verdict == "equivalent"


MSE = r"J(w) = \frac{1}{2m} \sum_{i=1}^{m} (y_i - \hat{y}_i)^2"
LINEAR_ANSWER = r"-\frac{1}{m} \sum_{i=1}^{m} (y_i - \hat{y}_i) x_i"


def test_the_logistic_squared_error_gradient_is_not_the_linear_one():
    m = 6
    x, y, w = RNG.normal(size=m), RNG.random(size=m), float(RNG.normal())

    def cost(v):
        return float(np.sum((y - 1 / (1 + np.exp(-v[0] * x))) ** 2) / (2 * m))
    p = 1 / (1 + np.exp(-w * x))
    hand = -np.mean((y - p) * p * (1 - p) * x)
    assert np.isclose(_fd(cost, np.array([w]))[0], hand, atol=1e-6)
    assert not np.isclose(hand, -np.mean((y - p) * x), atol=1e-3)


@pytest.mark.parametrize("gloss", [
    r"where \( \hat{y}_i \) is the predicted probability of the logistic model.",
    r"where \( \hat{y}_i \) is the predicted probability.",
    r"\hat{y}_i is the predicted class",
    r"ŷ is the prediction of the neural network",
])
def test_a_gloss_naming_the_model_is_not_set_aside(gloss):
    try:
        result = check(LINEAR_ANSWER, cost=MSE, wrt="w", let=(gloss,))
    except InputError:
        return
    assert result.verdict != "equivalent"


def test_the_bare_gloss_is_still_set_aside():
    result = check(LINEAR_ANSWER, cost=MSE, wrt="w", let=(r"where \( \hat{y}_i \) is the predicted CreditScore.",))
    assert result.verdict == "equivalent"


def test_a_gloss_naming_the_model_beside_a_formula_for_it_is_set_aside():
    # ŷᵢ = σ(w xᵢ) given by formula: the gloss adds nothing; the MSE gradient is −(1/m)Σ(y − ŷ)ŷ(1 − ŷ)x (above)
    lets = (r"\hat{y}_i = \sigma(w x_i)", r"where \( \hat{y}_i \) is the predicted probability.")
    answer = r"-\frac{1}{m} \sum_{i=1}^{m} (y_i - \hat{y}_i) \hat{y}_i (1 - \hat{y}_i) x_i"
    assert check(answer, cost=MSE, wrt="w", let=lets).verdict == "equivalent"
    assert check(LINEAR_ANSWER, cost=MSE, wrt="w", let=lets).verdict == "different"
