"""Misread hunt in answers that look right (branch hunt29, issue 10).

logderiv reads an answer by conventions of ML notes (a left side naming the derivative checked, the objective, the
sum's reach …); a convention that takes the wrong reading turns a slip into "equivalent" or a right answer into
"different". Each test here is a pair, a right answer and one with a slip, written where a convention decides, and
what logderiv does now: judge it right, or refuse it at the place with a hint naming the readings. Expectations
are worked out by hand and held to finite differences (tests/_numeric.py), never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences, cross_entropy
from _reading import refused
from logderiv import check

# ------------------------------------------------------- a left side naming the log-likelihood by a glued word


def _data():
    rng = np.random.default_rng(29)
    X, labels = rng.normal(size=(6, 3)), rng.uniform(0.05, 0.95, size=6)
    return X, labels, np.array([0.4, -0.6, 0.25])


def _log_likelihood(X, labels, theta):
    p = 1 / (1 + np.exp(-(X @ theta)))
    return float(np.sum(labels * np.log(p) + (1 - labels) * np.log(1 - p)))


def test_the_log_likelihoods_gradient_is_not_the_costs():
    # why a left side dloglik/dθⱼ can't be judged as ∂J/∂θⱼ: Σ(y − h)xⱼ is ∇ℓ, (1/m)Σ(h − y)xⱼ is ∇J, and the
    # two differ by the factor −m: read as the cost's name, the true ∇ℓ was "different", the false one "equivalent"
    X, labels, theta = _data()
    h = 1 / (1 + np.exp(-(X @ theta)))
    by_log_likelihood = central_differences(lambda t: _log_likelihood(X, labels, t), theta)
    by_cost = central_differences(lambda t: cross_entropy(X, labels, t), theta)
    assert np.allclose(by_log_likelihood, X.T @ (labels - h), atol=1e-6)
    assert np.allclose(by_cost, X.T @ (h - labels) / len(labels), atol=1e-6)
    assert not np.allclose(by_log_likelihood, by_cost, atol=1e-3)


TRUE_OF_THE_LOG_LIKELIHOOD = "sum((y - h) x_j)"  # ∇ℓ: was "different" under these names
TRUE_OF_THE_COST = "1/m sum((h - y) x_j)"  # ∇J, false of ℓ: was "equivalent" under these names


@pytest.mark.parametrize("head", [
    "dloglik/dtheta_j", "d loglik/d theta_j", "d(loglik)/dtheta_j", "dlogL/dtheta_j", "dlnL/dtheta_j",
    "dlog_lik/dtheta_j", "dloglikelihood/dtheta_j", "dlog_likelihood/dtheta_j", "dLogLik/dtheta_j",
    "dll/dtheta_j", "dlikelihood/dtheta_j",
])
@pytest.mark.parametrize("right", [TRUE_OF_THE_LOG_LIKELIHOOD, TRUE_OF_THE_COST])
def test_a_left_side_naming_the_log_likelihood_by_a_word_is_refused_beside_a_loss(head, right):
    answer = f"{head} = {right}"
    error = refused(check, answer, cost="logistic")
    assert "differentiates the log-likelihood" in str(error)
    assert "--objective log-likelihood" in (error.hint or "")
    name = head[1:].split("/")[0].strip(" ()")
    assert answer[error.column:].startswith(name)  # the caret at the name


@pytest.mark.parametrize("text", [
    r"\frac{\partial \mathrm{loglik}}{\partial \theta_j} = \sum_i (y_i - h_i) x_{ij}",
    r"\frac{\partial\, \text{loglik}}{\partial \theta_j} = \sum_i (y_i - h_i) x_{ij}",
])
def test_the_word_in_latex_is_refused_alike(text):
    assert "differentiates the log-likelihood" in str(refused(check, text, cost="logistic"))


@pytest.mark.parametrize("answer, verdict", [
    ("dlogL/dtheta_j = sum((y - h) x_j)", "equivalent"),  # ∇ℓ, asked: was refused as the cost's name
    ("dlogL/dtheta_j = sum((h - y) x_j)", "different"),  # −∇ℓ
    ("dlnL/dtheta_j = sum((y - h) x_j)", "equivalent"),
])
def test_under_the_log_likelihood_objective_the_word_names_what_is_asked(answer, verdict):
    assert check(answer, cost="logistic", objective="log-likelihood").verdict == verdict


@pytest.mark.parametrize("answer, verdict", [
    # the cost is ℓ itself (a sum of logs, never above 0): its name and ℓ's are one function, judged as written
    ("dloglik/dtheta_j = sum((y - h) x_j)", "equivalent"),
    ("dloglik/dtheta_j = sum((h - y) x_j)", "different"),
])
def test_beside_a_cost_that_is_the_log_likelihood_the_word_is_judged(answer, verdict):
    assert check(answer, cost="sum(y log h + (1 - y) log(1 - h))").verdict == verdict


def test_a_bare_l_is_still_a_losss_name():
    # l names a loss in code as often as ℓ in CS229 (fixll29): (1/m)Σ(h − y)xⱼ is ∇J and false of ℓ, so the
    # verdict turns on the reading and it is refused naming both (it was "equivalent"); where the two readings
    # agree, the verdict is given (tests/test_fixll29.py)
    assert "names a loss" in str(refused(check, "dl/dtheta_j = 1/m sum((h - y) x_j)", cost="logistic"))
    assert check("dl/dtheta_j = 1/m sum((y - h) x_j)", cost="logistic").verdict == "different"


def test_logloss_is_no_log_likelihood():
    assert check("dlogloss/dtheta_j = 1/m sum((h - y) x_j)", cost="logistic").verdict == "equivalent"


# ------------------------------------------------ a left side naming the negative log-likelihood by a glued word


def test_the_summed_negative_log_likelihood_is_m_times_the_mean_cost():
    # −ℓ = m·J: its gradient Σ(h − y)xⱼ is m times the cost's, so read as the cost's name it was "different"
    X, labels, theta = _data()
    by_negative = central_differences(lambda t: -_log_likelihood(X, labels, t), theta)
    by_cost = central_differences(lambda t: cross_entropy(X, labels, t), theta)
    assert np.allclose(by_negative, len(labels) * by_cost, atol=1e-5)


@pytest.mark.parametrize("head", ["dnegloglik/dtheta_j", "dneg_loglik/dtheta_j", "dnll/dtheta_j"])
def test_negloglik_beside_a_mean_cost_is_refused_as_nll_is(head):
    answer = f"{head} = sum((h - y) x_j)"
    error = refused(check, answer, cost="logistic")
    assert "the negative log-likelihood −ℓ" in str(error)
    assert "factor m" in str(error)


def test_negloglik_beside_a_sum_cost_is_that_cost():
    # beside −Σ[…] (the NLL itself) the name is the cost's: judged, Σ(h − y)xⱼ right, Σ(y − h)xⱼ a sign slip
    cost = "-sum(y log h + (1 - y) log(1 - h))"
    assert check("dnegloglik/dtheta_j = sum((h - y) x_j)", cost=cost).verdict == "equivalent"
    assert check("dnegloglik/dtheta_j = sum((y - h) x_j)", cost=cost).verdict == "different"


# ------------------------------------------- Ng's g(z)(1 − g(z)) beside a squared error whose h is not defined


def test_the_squared_error_of_the_sigmoid_has_the_sigmoids_slope():
    # (1/2m) Σ (σ(θᵀx) − y)² has the gradient (1/m) Σ (σ − y) σ(1 − σ) xⱼ; (1/2m) Σ (θᵀx − y)², the default for an
    # undefined h, has (1/m) Σ (θᵀx − y) xⱼ: which the cost means decides the verdict, so it is asked
    X, labels, theta = _data()
    s = 1 / (1 + np.exp(-(X @ theta)))
    m = len(labels)
    by_sigmoid = central_differences(lambda t: np.sum((1 / (1 + np.exp(-(X @ t))) - labels) ** 2) / (2 * m), theta)
    by_linear = central_differences(lambda t: np.sum((X @ t - labels) ** 2) / (2 * m), theta)
    answer = X.T @ ((s - labels) * s * (1 - s)) / m
    assert np.allclose(by_sigmoid, answer, atol=1e-6)
    assert not np.allclose(by_linear, answer, atol=1e-3)


@pytest.mark.parametrize("answer", [
    "1/m sum (g(theta^T x) - y) g(theta^T x)(1-g(theta^T x)) x_j",  # was "different": g escaped the refusal
    r"\frac{1}{m}\sum_i (g(\theta^T x^{(i)}) - y^{(i)}) g(\theta^T x^{(i)})(1-g(\theta^T x^{(i)})) x_j^{(i)}",
])
def test_ngs_g_slope_beside_a_default_linear_h_is_refused_as_sigmoids_is(answer):
    error = refused(check, answer, cost="1/2m sum (h-y)^2")
    assert "σ(1 − σ), the sigmoid's derivative" in str(error)
    assert answer[error.column:].startswith("1-g(")
    assert "--let" in (error.hint or "")


@pytest.mark.parametrize("answer, verdict", [
    ("1/m sum (g(theta^T x) - y) g(theta^T x)(1-g(theta^T x)) x_j", "equivalent"),
    ("1/m sum (g(theta^T x) - y) g(theta^T x)(1+g(theta^T x)) x_j", "different"),  # σ′ slipped
])
def test_with_the_sigmoid_model_said_the_g_slope_is_judged(answer, verdict):
    assert check(answer, cost="1/2m sum (h-y)^2", let=["h = g(theta^T x)"]).verdict == verdict
