"""Adversarial audit of fixll29's readings (branch audit29h, issue 10): three misreads, each now refused.

fixll29 judged a bare ``l`` on an answer's left as both the cost's name and CS229's ℓ = −m·J, and read updates of
several terms as (θ − right side)/α. Three inputs gave a wrong verdict:

* beside a regularised cost both readings judged (J and −m·J, the penalty kept) said "different" of
  ``dl/dθⱼ = Σ(y − h)xⱼ``, which is the gradient of CS229's ℓ, the log-likelihood alone (no penalty);
* beside the ±1 labels' cost ``log(1 + e^(−yθᵀx))`` (read as softplus, no ``log`` left) l was read as the cost's
  name alone, and ∇ℓ, right, was "different" with no note;
* ``θⱼ := θⱼ + α Σ(y − h)xⱼ − αλθⱼ``, an ascent of ℓ = −m·J, was read as a descent and judged "different" (and
  ``θⱼ + α/m Σ(y − h)xⱼ − αλ/m θⱼ`` "equivalent", though as an ascent it is not), where a one-term step up is refused.

Every expectation is worked out by hand and held to finite differences (tests/_numeric.py), never to logderiv's
own output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences, cross_entropy, log_likelihood, sigmoid
from _reading import refused
from logderiv import check

REGULARISED = "1/m sum(-y log h - (1-y) log(1-h)) + lambda/(2m) sum_j theta_j^2"
PLUS_MINUS = "1/m sum(log(1 + exp(-y theta^T x)))"
LAMBDA = 0.7


def _data():
    rng = np.random.default_rng(2930)
    X, labels = rng.normal(size=(7, 3)), rng.uniform(0.05, 0.95, size=7)
    return X, labels, np.array([0.3, -0.5, 0.2])


def _regularised(X, labels, theta):
    return cross_entropy(X, labels, theta) + LAMBDA / (2 * len(labels)) * float(np.sum(theta ** 2))


# --------------------------------------------------------------------- a bare l beside a penalised cost


def test_sum_y_minus_h_x_is_the_unpenalised_log_likelihoods_gradient_alone():
    X, labels, theta = _data()
    m, h = len(labels), sigmoid(X @ theta)
    answer = X.T @ (labels - h)  # Σ(y − h)xⱼ
    by_l = central_differences(lambda t: log_likelihood(X, labels, t), theta)
    by_j = central_differences(lambda t: _regularised(X, labels, t), theta)
    by_minus_m_j = central_differences(lambda t: -m * _regularised(X, labels, t), theta)
    assert np.allclose(answer, by_l, atol=1e-6)
    assert not np.allclose(answer, by_j, atol=1e-3) and not np.allclose(answer, by_minus_m_j, atol=1e-3)


@pytest.mark.parametrize("answer", ["dl/dtheta_j = sum((y - h) x_j)", "d/dtheta_j l = sum((y - h) x_j)"])
def test_l_beside_a_penalised_cost_is_refused_where_both_readings_say_different(answer):
    # was "different", noted "under either reading": true of CS229's ℓ, which has no penalty
    error = refused(check, answer, cost=REGULARISED)
    assert "with a penalty" in str(error) and "log-likelihood alone" in str(error)
    assert answer[error.column:].startswith("l")
    assert "--objective log-likelihood" in (error.hint or "")


def test_l_beside_an_unpenalised_cost_is_still_judged_where_both_readings_agree():
    # m·∇J is neither ∇J nor ∇ℓ = −m·∇J (test_fixll29's reasoning): no third reading beside no penalty
    result = check("dl/dtheta_j = sum((h - y) x_j)", cost="logistic")
    assert result.verdict == "different"
    assert any("under either reading" in note for note in result.notes)


# ------------------------------------------------------------------- a bare l beside the ±1 labels' cost


def _plus_minus_data():
    X, _, theta = _data()
    return X, np.array([1, -1, 1, 1, -1, -1, 1], dtype=float), theta


def test_the_plus_minus_labels_log_likelihood_has_this_gradient():
    # ℓ = −Σ log(1 + e^(−yθᵀx)) = −m·J; ∇ℓ = Σ y x/(1 + e^(yθᵀx)), not ∇J
    X, labels, theta = _plus_minus_data()
    answer = X.T @ (labels / (1 + np.exp(labels * (X @ theta))))
    by_l = central_differences(lambda t: -float(np.sum(np.log1p(np.exp(-labels * (X @ t))))), theta)
    by_j = central_differences(lambda t: float(np.mean(np.log1p(np.exp(-labels * (X @ t))))), theta)
    assert np.allclose(answer, by_l, atol=1e-6) and not np.allclose(answer, by_j, atol=1e-3)


def test_l_beside_the_plus_minus_labels_cost_is_judged_both_ways():
    # was "different" with no note: the softplus the cost is read as hid its log
    error = refused(check, "dl/dtheta_j = sum(y x_j/(1 + exp(y theta^T x)))", cost=PLUS_MINUS)
    assert "names a loss" in str(error) and "read as ℓ it is the gradient" in str(error)


# --------------------------------------------------------------- an update of several terms that adds one


def test_the_added_step_is_an_ascent_of_minus_m_j():
    X, labels, theta = _data()
    m, h, alpha = len(labels), sigmoid(X @ theta), 0.1
    written = theta + alpha * X.T @ (labels - h) - alpha * LAMBDA * theta  # θ + αΣ(y − h)x − αλθ
    ascent = theta + alpha * central_differences(lambda t: -m * _regularised(X, labels, t), theta)
    assert np.allclose(written, ascent, atol=1e-6)
    # read as descent its g = (θ − step)/α is m·∇J, not ∇J: the verdict turns on which is meant
    descent_g = (theta - written) / alpha
    assert not np.allclose(descent_g, central_differences(lambda t: _regularised(X, labels, t), theta), atol=1e-3)


@pytest.mark.parametrize("answer", [
    "theta_j := theta_j + alpha sum((y - h) x_j) - alpha lambda theta_j",  # was "different": right as an ascent
    "theta_j := theta_j + alpha/m sum((y - h) x_j) - alpha lambda/m theta_j",  # was "equivalent": wrong as one
    "theta_j := theta_j (1 - alpha lambda/m) + alpha/m sum((y - h) x_j)",
])
def test_a_step_that_adds_the_data_term_is_refused(answer):
    error = refused(check, answer, cost=REGULARISED)
    assert "adds the learning rate times a term of the data" in str(error)
    assert answer[error.column:].startswith("alpha")


def test_a_penalty_added_is_still_a_descent():
    # θⱼ − α/m Σ(h − y)xⱼ + αλ/m θⱼ: g = ∇J − 2λθⱼ/m, a sign slip, judged as in test_fixll29
    X, labels, theta = _data()
    m, h = len(labels), sigmoid(X @ theta)
    g = X.T @ (h - labels) / m - LAMBDA / m * theta
    assert not np.allclose(g, central_differences(lambda t: _regularised(X, labels, t), theta), atol=1e-3)
    answer = "theta_j := theta_j - alpha/m sum((h - y) x_j) + alpha lambda/m theta_j"
    assert check(answer, cost=REGULARISED).verdict == "different"
