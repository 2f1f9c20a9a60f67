"""Left sides that name the log-likelihood, regularised updates, and x_{ji} (branch fixll29, issue 10).

The hunt (tests/test_hunt29.py) left four places where logderiv misread or refused what notes write:

* a bare ``l`` on an answer's left names a loss in code and the log-likelihood ℓ in CS229's notes; ∇ℓ = −m·∇J
  beside a mean cost, so the verdict can turn on which: judged where both readings agree (noted), else refused;
* plain ``d log L/dθⱼ`` and ``d/dθⱼ l(θ)`` were refused as "not a cost": read as their LaTeX forms are;
* regularised updates written term by term or in Ng's shrink form were refused: read as (θ − right side)/α;
* ``x_{ji}`` in a LaTeX sum over i was read as feature j of example i silently: now noted.

Every expectation is worked out by hand and held to finite differences (tests/_numeric.py), never to logderiv's
own output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from _numeric import central_differences, cross_entropy, log_likelihood, sigmoid
from _reading import refused
from logderiv import check
from logderiv.cli import main


def _data():
    rng = np.random.default_rng(2929)
    X, labels = rng.normal(size=(7, 3)), rng.uniform(0.05, 0.95, size=7)
    return X, labels, np.array([0.3, -0.5, 0.2])


# ------------------------------------------------------------------ a bare l: the loss's name or CS229's ℓ


def test_the_two_readings_of_l_have_these_gradients():
    # ∇ℓ = Xᵀ(y − h); ∇J = Xᵀ(h − y)/m; Σ(h − y)xⱼ (m·∇J) and (1/m)Σ(y − h)xⱼ (−∇J) are neither
    X, labels, theta = _data()
    h, m = sigmoid(X @ theta), len(labels)
    by_l = central_differences(lambda t: log_likelihood(X, labels, t), theta)
    by_j = central_differences(lambda t: cross_entropy(X, labels, t), theta)
    assert np.allclose(by_l, X.T @ (labels - h), atol=1e-6)
    assert np.allclose(by_j, X.T @ (h - labels) / m, atol=1e-6)
    for neither in (X.T @ (h - labels), X.T @ (labels - h) / m):
        assert not np.allclose(neither, by_l, atol=1e-3) and not np.allclose(neither, by_j, atol=1e-3)


@pytest.mark.parametrize("answer, true_of", [
    ("dl/dtheta_j = sum((y - h) x_j)", "ℓ"),  # was "different": true of CS229's ℓ
    ("dl/dtheta_j = 1/m sum((h - y) x_j)", "J"),  # was "equivalent": false of ℓ
    ("d/dtheta_j l = sum((y - h) x_j)", "ℓ"),
])
def test_l_is_refused_where_its_readings_part(answer, true_of):
    error = refused(check, answer, cost="logistic")
    assert "names a loss" in str(error) and "log-likelihood" in str(error)
    assert "--objective log-likelihood" in (error.hint or "")
    assert answer[error.column:].startswith("l")


@pytest.mark.parametrize("answer", [
    "dl/dtheta_j = sum((h - y) x_j)",  # m·∇J: a slip of either
    "dl/dtheta_j = 1/m sum((y - h) x_j)",  # −∇J: a slip of either
])
def test_l_is_judged_where_its_readings_agree(answer):
    result = check(answer, cost="logistic")
    assert result.verdict == "different"
    assert any("under either reading" in note for note in result.notes)


def test_l_under_the_log_likelihood_objective_is_l():
    assert check("dl/dtheta_j = sum((y - h) x_j)", cost="logistic", objective="log-likelihood").verdict == "equivalent"


def test_l_beside_a_squared_error_is_the_losss_name():
    # a squared error's ℓ (Gaussian) carries σ² and constants, never −m·J: l names the loss there, as before
    X, labels, theta = _data()
    m = len(labels)
    by_cost = central_differences(lambda t: np.sum((X @ t - labels) ** 2) / (2 * m), theta)
    assert np.allclose(by_cost, X.T @ (X @ theta - labels) / m, atol=1e-6)
    cost = "1/(2m) sum((theta^T x - y)^2)"
    assert check("dl/dtheta_j = 1/m sum((theta^T x - y) x_j)", cost=cost).verdict == "equivalent"


def test_the_note_is_in_json():
    result = CliRunner().invoke(main, ["check", "dl/dtheta_j = sum((h - y) x_j)", "--cost", "logistic",
                                       "--format", "json"])
    assert any("under either reading" in note for note in json.loads(result.output)["notes"])


# ------------------------------------------------------- plain d log L/dθⱼ and d/dθⱼ l(θ), as LaTeX reads them


@pytest.mark.parametrize("head", ["d log L/dtheta_j", "d(log L)/dtheta_j", "d ln L(theta)/dtheta_j",
                                  "d/dtheta_j l(theta)", "d/dtheta_j log L(theta)", "dℓ/dtheta_j"])
def test_the_log_likelihoods_spellings_are_refused_beside_a_loss(head):
    error = refused(check, f"{head} = sum((y - h) x_j)", cost="logistic")
    assert "differentiates the log-likelihood" in str(error)


@pytest.mark.parametrize("head", ["d log L/dtheta_j", "d/dtheta_j l(theta)", "d/dtheta_j log L(theta)", "dℓ/dtheta_j"])
@pytest.mark.parametrize("right, verdict", [("sum((y - h) x_j)", "equivalent"), ("sum((h - y) x_j)", "different")])
def test_under_the_log_likelihood_objective_they_are_judged(head, right, verdict):
    # ∇ℓ = Σ(y − h)xⱼ (test_the_two_readings_of_l_have_these_gradients)
    assert check(f"{head} = {right}", cost="logistic", objective="log-likelihood").verdict == verdict


@pytest.mark.parametrize("right, verdict", [("1/m sum((h - y) x_j)", "equivalent"), ("1/m sum((y - h) x_j)", "different")])
def test_the_operator_before_j_is_read(right, verdict):
    assert check(f"d/dtheta_j J(theta) = {right}", cost="logistic").verdict == verdict


# ------------------------------------------------------------------------- regularised updates of several terms

REGULARISED = "1/m sum(-y log h - (1-y) log(1-h)) + lambda/(2m) sum_j theta_j^2"


def test_the_regularised_gradient():
    X, labels, theta = _data()
    lam, m = 0.7, len(labels)
    cost = lambda t: cross_entropy(X, labels, t) + lam / (2 * m) * np.sum(t ** 2)  # noqa: E731
    h = sigmoid(X @ theta)
    assert np.allclose(central_differences(cost, theta), X.T @ (h - labels) / m + lam / m * theta, atol=1e-6)
    # the shrink form's step, divided by −α, is that gradient: θ(1 − αλ/m) − (α/m)Xᵀ(h − y) = θ − α·∇J
    alpha = 0.1
    step = theta * (1 - alpha * lam / m) - alpha / m * X.T @ (h - labels)
    assert np.allclose((theta - step) / alpha, X.T @ (h - labels) / m + lam / m * theta)


@pytest.mark.parametrize("answer, verdict", [
    ("theta_j := theta_j - alpha/m sum((h - y) x_j) - alpha lambda/m theta_j", "equivalent"),
    ("theta_j := theta_j - alpha/m sum((h - y) x_j) + alpha lambda/m theta_j", "different"),
    ("theta_j := theta_j (1 - alpha lambda/m) - alpha/m sum((h - y) x_j)", "equivalent"),
    ("theta_j := theta_j (1 - alpha lambda/m) - alpha/m sum((y - h) x_j)", "different"),
    ("theta_j := (1 - alpha lambda/m) theta_j - alpha/m sum((h - y) x_j)", "equivalent"),
    (r"\theta_j := \theta_j\left(1 - \alpha\frac{\lambda}{m}\right) - \alpha\frac{1}{m}\sum_{i=1}^{m}"
     r"(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}", "equivalent"),
])
def test_an_update_of_several_terms_is_read(answer, verdict):
    result = check(answer, cost=REGULARISED)
    assert result.verdict == verdict
    assert any("term by term" in note for note in result.notes)


def test_the_shrink_form_beside_a_cost_without_the_penalty_is_not_its_gradient():
    # read as (1/m)Xᵀ(Xθ − y) + (λ/m)θ (test_the_regularised_gradient's shape): the linear cost has no penalty, so
    # for any λ ≠ 0 that is not its gradient (1/m)Xᵀ(Xθ − y); it was refused as "does not start from" (test_fixf42)
    answer = "theta = theta*(1 - alpha*lambda/m) - alpha/m * X.T @ (X @ theta - y)"
    assert check(answer, cost="linear").verdict == "different"


def test_a_term_without_the_rate_is_refused():
    error = refused(check, "theta_j := theta_j - alpha/m sum((h - y) x_j) - lambda/m theta_j", cost=REGULARISED)
    assert "does not multiply each of them once" in str(error)


def test_an_alpha_in_the_cost_too_is_refused():
    cost = "1/m sum(-y log h - (1-y) log(1-h)) + alpha/(2m) sum_j theta_j^2"
    error = refused(check, "theta_j := theta_j - alpha/m sum((h - y) x_j) - alpha lambda/m theta_j", cost=cost)
    assert "the cost writes its learning rate's letter" in str(error)


# ------------------------------------------------------------------------------------- x_{ji} in a sum over i


@pytest.mark.parametrize("entry", ["x_{ji}", "x_{j,i}"])
def test_the_feature_first_entry_is_noted(entry):
    # the sum over i makes i the example's index, so x_{ji} can only be feature j of example i: ∇J's entry j
    result = check(rf"\frac{{1}}{{m}}\sum_{{i=1}}^{{m}}(h_i - y_i) {entry}", cost="logistic")
    assert result.verdict == "equivalent"
    assert any(note.startswith(f"{entry} is read as feature j of example i") for note in result.notes)
    slipped = check(rf"\frac{{1}}{{m}}\sum_{{i=1}}^{{m}}(y_i - h_i) {entry}", cost="logistic")
    assert slipped.verdict == "different"
