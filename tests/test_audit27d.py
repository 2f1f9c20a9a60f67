"""Misread hunt in label and sign conventions (branch audit27d, issue 10).

Notes write one model's gradient in two conventions: the cost J, minimised (Σ(h − y)x/m), and the log-likelihood ℓ,
maximised (Σ(y − h)x); labels y ∈ {0, 1} and y ∈ {−1, 1}. Each test here is a text a student writes where logderiv
took one convention for the other without saying so, and what it does now: read the text right with a note, or
refuse it at the place with a hint naming the readings. Expectations are worked out by hand and held to finite
differences (tests/_numeric.py) or the corpus judge, never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from _reading import assert_verdict_read, refused
from logderiv import check

# ------------------------------------------------------------------ an answer's left side names the log-likelihood


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _cost_and_log_likelihood():
    """J(θ) = −(1/m) Σ [y log h + (1 − y) log(1 − h)] and ℓ(θ) = Σ [y log h + (1 − y) log(1 − h)], h = σ(Xθ)."""
    rng = np.random.default_rng(27)
    m, n = 5, 3
    X, y = rng.normal(size=(m, n)), rng.uniform(0.05, 0.95, size=m)

    def log_likelihood(theta):
        h = _sigmoid(X @ theta)
        return np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))

    return X, y, (lambda theta: -log_likelihood(theta) / m), log_likelihood


def test_the_log_likelihoods_gradient_is_minus_m_times_the_costs():
    # why a left side ∂ℓ/∂θⱼ can't be judged as ∂J/∂θⱼ: the two gradients differ by the factor −m, so the true
    # ∂ℓ/∂θⱼ = Σ(y − h)xⱼ is no ∂J/∂θⱼ and the true ∂J/∂θⱼ = (1/m)Σ(h − y)xⱼ is no ∂ℓ/∂θⱼ
    X, y, cost, log_likelihood = _cost_and_log_likelihood()
    theta = np.array([0.3, -0.7, 0.2])
    h = _sigmoid(X @ theta)
    assert np.allclose(central_differences(log_likelihood, theta), X.T @ (y - h), atol=1e-6)
    assert np.allclose(central_differences(cost, theta), X.T @ (h - y) / len(y), atol=1e-6)
    assert not np.allclose(X.T @ (y - h), X.T @ (h - y) / len(y))


RIGHT_FOR_THE_LOG_LIKELIHOOD = r"\sum_{i=1}^m (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)}"
RIGHT_FOR_THE_COST = r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}"


@pytest.mark.parametrize("answer, at", [
    # ∂ℓ/∂θⱼ = Σ(y − h)xⱼ, true of the log-likelihood: was "different" (read as ∂J/∂θⱼ)
    (r"\frac{\partial \ell(\theta)}{\partial \theta_j} = " + RIGHT_FOR_THE_LOG_LIKELIHOOD, r"\ell"),
    (r"\frac{\partial \ell}{\partial \theta_j} = " + RIGHT_FOR_THE_LOG_LIKELIHOOD, r"\ell"),
    (r"\frac{\partial}{\partial \theta_j} \ell(\theta) = " + RIGHT_FOR_THE_LOG_LIKELIHOOD, r"\ell"),
    (r"\frac{\partial \log L(\theta)}{\partial \theta_j} = " + RIGHT_FOR_THE_LOG_LIKELIHOOD, r"\log"),
    (r"\nabla_\theta \ell(\theta) = X^T(y - h)", r"\ell"),
    ("dl(theta)/dtheta_j = sum((y - h) x_j)", "l("),
    ("dLL/dtheta_j = sum((y - h) x_j)", "LL"),
    # ∂ℓ/∂θⱼ = (1/m)Σ(h − y)xⱼ, false of the log-likelihood: was "equivalent"
    (r"\frac{\partial \ell(\theta)}{\partial \theta_j} = " + RIGHT_FOR_THE_COST, r"\ell"),
])
def test_a_left_side_naming_the_log_likelihood_beside_a_loss_is_refused(answer, at):
    error = refused(check, answer, cost="logistic")
    assert "differentiates the log-likelihood" in str(error)
    assert "ℓ = −m·J" in str(error)  # the preset is a mean: how ℓ is made of it
    assert error.column == answer.index(at)
    assert "--objective log-likelihood" in (error.hint or "")


def test_a_sum_form_cost_says_its_log_likelihood_is_minus_the_cost():
    error = refused(check, r"\frac{\partial \ell}{\partial \theta_j} = \sum_i (y_i - h_i) x_{ij}",
                    cost="-sum(y log h + (1 - y) log(1 - h))", let=["h = sigmoid(theta^T x)"])
    assert "ℓ = −J" in str(error)


@pytest.mark.parametrize("answer, cost, verdict, lets, wrt", [
    # the cost names itself l(θ) (numerade's mean cross-entropy): the answer's ℓ is that cost
    (r"\frac{\partial l(\theta)}{\partial \theta_j} = " + RIGHT_FOR_THE_COST,
     r"l(\theta) = -\frac{1}{m} \sum_{i=1}^{m} (y^{(i)} \log(h_{\theta}(x^{(i)})) + (1 - y^{(i)}) \log(1 - "
     r"h_{\theta}(x^{(i)})))", "equivalent", (r"h_\theta(x) = \sigma(\theta^T x)",), "theta_j"),
    # the cost is itself the log-likelihood (never above 0): ∂ℓ/∂θⱼ = Σ(y − h)xⱼ is its gradient
    (r"\frac{\partial \ell(\theta)}{\partial \theta_j} = " + RIGHT_FOR_THE_LOG_LIKELIHOOD,
     r"\ell(\theta) = \sum_{i=1}^m y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))",
     "equivalent", (r"h_\theta(x) = \sigma(\theta^T x)",), "theta_j"),
    (r"\frac{\partial \ell(\theta)}{\partial \theta_j} = " + RIGHT_FOR_THE_COST,
     r"\ell(\theta) = \sum_{i=1}^m y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))",
     "different", (r"h_\theta(x) = \sigma(\theta^T x)",), "theta_j"),
    # d2l's loss l(w, b) = ½(wᵀx + b − y)²: the cost's own letter
    (r"\frac{\partial \ell}{\partial w_j} = (w^T x + b - y) x_j", r"l(w, b) = \frac{1}{2}(w^T x + b - y)^2",
     "equivalent", (), "w_j"),
    # a bare dl/dw is code's name of a loss as often as of ℓ: read as the cost's, as before
    ("dl/dw_j = (w^T x + b - y) x_j", "1/2 (w^T x + b - y)^2", "equivalent", (), "w_j"),
])
def test_the_log_likelihoods_letter_stays_read_where_it_is_the_costs(answer, cost, verdict, lets, wrt):
    assert_verdict_read(answer, cost, verdict, wrt=wrt, lets=lets)


def test_the_objective_says_which_is_meant():
    # --objective log-likelihood: the answer is ∂ℓ/∂θⱼ, and Σ(y − h)xⱼ is it (finite differences above)
    verdict = check(r"\frac{\partial \ell(\theta)}{\partial \theta_j} = " + RIGHT_FOR_THE_LOG_LIKELIHOOD,
                    cost="logistic", objective="log-likelihood")
    assert verdict.verdict == "equivalent"


# ------------------------------------------------------------------ an answer's left side names the NLL beside a mean


def test_the_summed_negative_log_likelihoods_gradient_is_m_times_the_means():
    # NLL = −ℓ = Σᵢ −[y log h + (1 − y) log(1 − h)]: its gradient Σ(h − y)xⱼ is m times that of the mean J
    X, y, cost, log_likelihood = _cost_and_log_likelihood()
    theta = np.array([-0.4, 0.1, 0.9])
    h = _sigmoid(X @ theta)
    assert np.allclose(central_differences(lambda t: -log_likelihood(t), theta), X.T @ (h - y), atol=1e-6)
    assert np.allclose(central_differences(cost, theta) * len(y), X.T @ (h - y), atol=1e-6)


@pytest.mark.parametrize("answer", [
    # true of NLL = −ℓ = m·J: was "different" (NLL read as the mean cost's own name)
    "dNLL/dtheta_j = sum((h - y) x_j)",
    r"\frac{\partial \mathrm{NLL}}{\partial \theta_j} = \sum_i (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}",
    # true of the mean NLL (PyTorch's NLLLoss), false of −ℓ: stays unjudged too
    "dNLL/dtheta_j = 1/m sum((h - y) x_j)",
])
def test_nll_beside_a_mean_form_cost_is_refused(answer):
    error = refused(check, answer, cost="logistic")
    assert "differentiates NLL, the negative log-likelihood" in str(error)
    assert error.column == answer.index("NLL")


@pytest.mark.parametrize("answer, cost, verdict", [
    # a sum-form cost is the NLL itself
    ("dNLL/dtheta_j = sum((h - y) x_j)", "-sum(y log h + (1-y) log(1-h))", "equivalent"),
    ("dNLL/dtheta_j = 1/m sum((h - y) x_j)", "-sum(y log h + (1-y) log(1-h))", "different"),
    # a mean-form cost that names itself NLL is that NLL
    ("dNLL/dtheta_j = 1/m sum((h - y) x_j)", "NLL = -1/m sum(y log h + (1-y) log(1-h))", "equivalent"),
])
def test_nll_stays_read_where_it_is_the_cost(answer, cost, verdict):
    assert_verdict_read(answer, cost, verdict, lets=("h = sigmoid(theta^T x)",))


# ------------------------------------------------------------------ the negative gradient written on the left


@pytest.mark.parametrize("answer, verdict", [
    # −∂J/∂θⱼ = (1/m)Σ(y − h)xⱼ: ∂J/∂θⱼ = (1/m)Σ(h − y)xⱼ (finite differences above), so it is right; was refused
    # ("the left side of '=' names the cost")
    ("-dJ/dtheta_j = 1/m sum((y - h) x_j)", "equivalent"),
    ("−∂J/∂θ_j = 1/m sum((y - h) x_j)", "equivalent"),
    (r"-\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_i (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)}", "equivalent"),
    (r"-\nabla_\theta J(\theta) = \frac{1}{m}X^T(y - h)", "equivalent"),
    # the minus and the right side's order both flipped: −∂J/∂θⱼ = (1/m)Σ(h − y)xⱼ says ∂J/∂θⱼ = (1/m)Σ(y − h)xⱼ
    ("-dJ/dtheta_j = 1/m sum((h - y) x_j)", "different"),
])
def test_the_negative_gradient_on_the_left_is_read(answer, verdict):
    assert_verdict_read(answer, "logistic", verdict)


def test_the_negative_gradients_note():
    verdict = check("-dJ/dtheta_j = 1/m sum((y - h) x_j)", cost="logistic")
    assert any("the left side is minus the derivative" in note for note in verdict.notes)


def test_minus_the_log_likelihoods_derivative_beside_a_loss_stays_refused():
    # −∂ℓ/∂θⱼ = Σ(h − y)xⱼ is true of the log-likelihood ℓ = −m·J and false of a cost named ℓ: refused, as without
    # the minus
    answer = r"-\frac{\partial \ell}{\partial \theta_j} = \sum_i (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}"
    error = refused(check, answer, cost="logistic")
    assert "differentiates the log-likelihood" in str(error)


# ------------------------------------------------------------------ σ⁽ⁱ⁾ beside a cost written for labels ±1

SIGNED_COST = "-1/m sum(log(sigmoid(y theta^T x)))"


def test_which_sigma_is_meant_decides_the_verdict():
    # J = −(1/m) Σ log σ(y θᵀx), labels ±1: −(1/m) Σ y(1 − σᵢ)xⱼ is its gradient with σᵢ = σ(yᵢθᵀxᵢ), not with
    # σᵢ = σ(θᵀxᵢ); so an answer in σ⁽ⁱ⁾ is right or wrong by which σ it means
    rng = np.random.default_rng(4)
    X, y = rng.normal(size=(6, 3)), rng.choice([-1.0, 1.0], size=6)
    y[:2] = (-1.0, 1.0)  # both labels present
    theta = np.array([0.5, -0.2, 0.8])
    gradient = central_differences(lambda t: -np.mean(np.log(_sigmoid(y * (X @ t)))), theta)
    own_label = -X.T @ (y * (1 - _sigmoid(y * (X @ theta)))) / len(y)
    class_one = -X.T @ (y * (1 - _sigmoid(X @ theta))) / len(y)
    assert np.allclose(gradient, own_label, atol=1e-6)
    assert not np.allclose(gradient, class_one, atol=1e-3)


def test_example_sigma_beside_signed_labels_is_refused():
    # was "different": σ⁽ⁱ⁾ read as σ(θᵀx⁽ⁱ⁾) though the cost's probability of example i is σ(y⁽ⁱ⁾θᵀx⁽ⁱ⁾)
    answer = r"-\frac{1}{m}\sum_i y^{(i)} x_j^{(i)} (1 - \sigma^{(i)})"
    error = refused(check, answer, cost=SIGNED_COST)
    assert "labels y⁽ⁱ⁾ ∈ {−1, 1}" in str(error)
    assert error.column == answer.index(r"\sigma")
    assert "\\sigma(y^{(i)}\\theta^T x^{(i)})" in (error.hint or "")


@pytest.mark.parametrize("answer, cost, verdict", [
    # beside labels 0 and 1 σ⁽ⁱ⁾ is σ(θᵀx⁽ⁱ⁾), as before: (1/m)Σ(σ − y)xⱼ is the cross-entropy's gradient
    (r"\frac{1}{m}\sum_i (\sigma^{(i)} - y^{(i)}) x_j^{(i)}", "logistic", "equivalent"),
    # σ written with its argument beside labels ±1: nothing to guess
    (r"-\frac{1}{m}\sum_i y^{(i)} x_j^{(i)} (1 - \sigma(y^{(i)}\theta^T x^{(i)}))", SIGNED_COST, "equivalent"),
    (r"-\frac{1}{m}\sum_i y^{(i)} x_j^{(i)} (1 - \sigma(\theta^T x^{(i)}))", SIGNED_COST, "different"),
])
def test_sigma_stays_read_where_it_says_which(answer, cost, verdict):
    assert_verdict_read(answer, cost, verdict)


# ------------------------------------------------------------------ a left side naming the cost beside --objective


@pytest.mark.parametrize("answer", [
    # true of J ((1/m)Σ(h − y)xⱼ, finite differences above): was "different", judged as ∂ℓ/∂θⱼ
    "dJ/dtheta_j = 1/m sum((h - y) x_j)",
    r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m}\sum_i (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}",
    # false of J (it is ∇ℓ = −m∇J): was "equivalent"
    "dJ/dtheta_j = sum((y - h) x_j)",
])
def test_the_costs_name_beside_the_log_likelihood_objective_is_refused(answer):
    error = refused(check, answer, cost="logistic", objective="log-likelihood")
    # one refusal for it, fixobjective's (found by both branches of this stop): it names both readings
    assert "but --objective log-likelihood asks for ∂ℓ/∂θⱼ" in str(error)
    assert "the answer may state ∂J/∂θⱼ" in str(error)
    assert error.column == answer.index("J")
    assert "leave out --objective" in (error.hint or "")


@pytest.mark.parametrize("answer, verdict", [
    # ℓ's own name, and a bare gradient head, are the log-likelihood's under the objective: ∇ℓ = Σ(y − h)xⱼ
    ("dl/dtheta_j = sum((y - h) x_j)", "equivalent"),
    (r"\frac{\partial \ell(\theta)}{\partial \theta_j} = \sum_i (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)}", "equivalent"),
    ("grad = X.T @ (y - h)", "equivalent"),
    ("grad = 1/m * X.T @ (h - y)", "different"),
])
def test_the_log_likelihoods_names_stay_read_beside_the_objective(answer, verdict):
    assert check(answer, cost="logistic", objective="log-likelihood").verdict == verdict


def test_example_sigma_beside_signed_labels_is_refused_in_a_derivation():
    # the steps command read the line as σ(θᵀx⁽ⁱ⁾) and called it wrong ("it is not ∂J/∂θⱼ")
    from logderiv import steps

    line = r"\frac{\partial J}{\partial \theta_j} = -\frac{1}{m}\sum_{i=1}^m y^{(i)} x_j^{(i)} (1 - \sigma^{(i)})"
    error = refused(steps, line + "\n", cost=SIGNED_COST, timeout=120)
    assert "labels y⁽ⁱ⁾ ∈ {−1, 1}" in str(error)
    assert error.column == line.index(r"\sigma")
