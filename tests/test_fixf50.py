"""Wave f50's refusals read by rules that transfer (issue 10): a whole pasted Python function, a count set from the
data's rows, ``return dw, db``; R's ``first_derivative``; Octave's ``theta([2: end], :)`` and ``grad = grad + …`` beside
the template's ``grad = zeros(size(theta))``.

Each real text is verbatim, with its source; its truth is worked by hand and held to central finite differences of a
NumPy cost written here (``_numeric``), or judged by the corpus judge on an intended cost written here
(``_reading``) — never to logderiv's own output. Each rule has near-variants that mean something else: each is
refused or read as what it means.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv
from logderiv.cli import main

# Kishan Ved, 'Linear Regression with Gradient Descent from Scratch', 'Gradient Descent for one feature'
# (https://kishan-ved.github.io/Blogs/posts/mlalgos/gradient_descent_from_scratch.html)
KISHAN_COST = (
    "def cost_func(x,y,w,b):\n  cost = 0\n  n = y.shape[0]\n  for i in range(n):\n    f = w*x[i]+b\n"
    "    cost += (f -y[i])**2\n  cost = cost/(2*n)\n  return cost"
)
KISHAN_DERIV = (
    "def derivative_func(x,y,w,b):\n  dw = 0\n  db = 0\n  n = y.shape[0]\n  for i in range(n):\n"
    "    f = w*x[i] + b\n    dw += (f - y[i])*x[i]\n    db += (f - y[i])\n  dw = dw/n\n  db = db/n\n  return dw, db"
)
# divyanshgupta97/coursera-machine-learning, machine-learning-ex5/ex5/linearRegCostFunction.m
DIVYANSH_J = "J = J + (1 / (2 * m)) * sum((X * theta - y).^2) + (lambda / (2 * m)) * sum(theta([2: end], :).^2);"
DIVYANSH_GRAD = "grad = grad + (1 / m) * (X' * (X * theta - y)) + (lambda / m) * [0; theta([2: end], :)];"
EX5_LETS = ("grad = zeros(size(theta))", "J = 0", "m = length(y)")
# DominikRafacz/scrAMbLedeggs, algorithms/GD.R (GD <- function(X, y))
DOMINIK = "first_derivative <- t(X) %*% (y - p)"
LOGLIK = "sum(y * log(p) + (1 - y) * log(1 - p))"
P_LET = ("p = 1 / (1 + exp(-X %*% beta))",)

RNG = np.random.default_rng(50)
X1, Y1 = RNG.normal(size=5), RNG.normal(size=5)


def _kishan(params: np.ndarray) -> float:
    """Σ(w xᵢ + b − yᵢ)² / (2m), the blog's cost by hand."""
    w, b = params
    r = w * X1 + b - Y1
    return float(r @ r) / (2 * X1.size)


def test_the_blogs_cost_func_reads_as_its_body():
    """def cost_func(x,y,w,b): … return cost is Σ(w xᵢ + b − yᵢ)²/(2n), n = y.shape[0] the m examples."""
    assert_gradient_read(KISHAN_COST, _kishan_data, wrt=("w", "b"))


def _kishan_data(d) -> float:
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / (2 * d.m)


def test_the_hand_gradient_of_the_blog_agrees_with_finite_differences():
    """By hand: ∂/∂w = Σ(w xᵢ + b − yᵢ)xᵢ/m, ∂/∂b = Σ(w xᵢ + b − yᵢ)/m — what derivative_func returns."""
    at = np.array([0.7, -0.3])
    r = at[0] * X1 + at[1] - Y1
    by_hand = np.array([r @ X1, r.sum()]) / X1.size
    assert np.allclose(central_differences(_kishan, at), by_hand, atol=1e-6)


@pytest.mark.parametrize("wrt", ["w", "b"])
def test_derivative_func_returns_the_gradient_wrt_asks_for(wrt):
    """return dw, db: --wrt w asks for dw, --wrt b for db; both are the hand gradients above (equivalent)."""
    assert_verdict_read(KISHAN_DERIV, KISHAN_COST, "equivalent", wrt=wrt)
    verdict = logderiv.check(KISHAN_DERIV, cost=KISHAN_COST, wrt=wrt)
    said = " ".join(notes_of(verdict))
    assert f"d{wrt} is the answer" in said
    assert "the function derivative_func(x, y, w, b) is read as its body" in said


def test_db_accumulating_x_is_different():
    """The variant db += (f − y[i])*x[i]: ∂/∂b of (w x + b − y)² has no x, so it is not Σ(w xᵢ + b − yᵢ)/m."""
    text = KISHAN_DERIV.replace("db += (f - y[i])", "db += (f - y[i])*x[i]")
    assert_verdict_read(text, KISHAN_COST, "different", wrt="b")


@pytest.mark.parametrize("text, why", [
    # the last example's f, not a sum over the examples
    (KISHAN_COST.replace("return cost", "return f"), "only the last example's f"),
    # range(1, n) skips example 0: not a sum over every example
    (KISHAN_COST.replace("range(n)", "range(1, n)"), "does not say it is the number of examples"),
    # y.shape[1] counts columns, not examples
    (KISHAN_COST.replace("y.shape[0]", "y.shape[1]"), "does not say it is the number of examples"),
])
def test_a_function_that_means_something_else_is_refused(text, why):
    """Near-variants of cost_func that compute something other than the sum: refused, never read as it."""
    error = refused_by_logderiv(lambda: logderiv.derive(text, wrt="w"))
    assert why in str(error)


def test_return_of_two_gradients_by_another_parameter_is_refused():
    """return dw, db with --wrt theta_j names no gradient asked for: refused, not one of them picked."""
    refused_by_logderiv(lambda: logderiv.check(KISHAN_DERIV, cost=KISHAN_COST, wrt="theta_j"))


def test_a_function_whose_lines_are_not_indented_under_it_is_left_alone():
    """def …: with its body at column 0 is no function body the rule reads (refused as before)."""
    text = KISHAN_COST.replace("\n  ", "\n")
    refused_by_logderiv(lambda: logderiv.derive(text, wrt="w"))


def _ex5(d) -> float:
    """1/(2m)Σ(Xθ − y)² + λ/(2m)Σ_{k≥2}θ_k²: theta([2: end], :) leaves θ's first entry out."""
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


def test_ex5_J_accumulated_from_zero_reads_with_the_slice():
    assert_gradient_read(DIVYANSH_J, _ex5, wrt=("theta_j",), lets=("J = 0", "m = length(y)"))
    said = " ".join(logderiv.derive(DIVYANSH_J, wrt="theta_j", let=("J = 0", "m = length(y)")).notes)
    assert "theta([2: end], :) takes rows 2 to end of the column theta" in said


def test_ex5_grad_accumulated_from_zeros_is_equivalent():
    """grad = Xᵀ(Xθ − y)/m + (λ/m)[0; θ(2:end)] is the gradient of _ex5 by hand: equivalent."""
    assert_verdict_read(DIVYANSH_GRAD, DIVYANSH_J, "equivalent", lets=EX5_LETS)
    verdict = logderiv.check(DIVYANSH_GRAD, cost=DIVYANSH_J, wrt="theta_j", let=EX5_LETS)
    assert any("grad starts at zero (grad = zeros(size(theta)))" in note for note in notes_of(verdict))


def test_ex5_grad_penalising_every_entry_is_different():
    """(λ/m)θ penalises θ₁ too: not the gradient of the penalty without the intercept."""
    text = DIVYANSH_GRAD.replace("[0; theta([2: end], :)]", "theta")
    assert_verdict_read(text, DIVYANSH_J, "different", lets=EX5_LETS)


@pytest.mark.parametrize("lets", [
    ("J = 0", "m = length(y)"),  # grad's start not given: grad is unknown
    ("grad = ones(size(theta))", "J = 0", "m = length(y)"),  # starts at ones, not zeros
])
def test_grad_added_to_a_start_that_is_not_zeros_is_refused(lets):
    refused_by_logderiv(lambda: logderiv.check(DIVYANSH_GRAD, cost=DIVYANSH_J, wrt="theta_j", let=lets))


@pytest.mark.parametrize("text", ["theta([2: end], 2)", "theta(2:end, 2)"])
def test_a_slice_of_another_column_is_not_read_as_the_tail(text):
    """theta(2:end, 2) is a second column θ does not have: not θ(2:end)."""
    cost = DIVYANSH_J.replace("theta([2: end], :)", text)
    refused_by_logderiv(lambda: logderiv.derive(cost, wrt="theta_j", let=("J = 0", "m = length(y)")))


def _loglik(d) -> float:
    p = 1 / (1 + np.exp(-(d.X @ d.beta)))
    return float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


@pytest.mark.parametrize("text, verdict", [(DOMINIK, "equivalent"), ("first_derivative <- t(X) %*% (p - y)", "different")])
def test_r_first_derivative_names_the_gradient(text, verdict):
    """∇ of Σ[y log p + (1 − y) log(1 − p)], p = σ(Xβ), is Xᵀ(y − p) by hand; Xᵀ(p − y) is its negative."""
    assert_verdict_read(text, LOGLIK, verdict, wrt="beta_j", lets=P_LET)


def test_the_hand_loglik_gradient_agrees_with_finite_differences():
    X, y = RNG.normal(size=(6, 3)), (RNG.random(6) > 0.5).astype(float)

    def loglik(beta: np.ndarray) -> float:
        p = 1 / (1 + np.exp(-(X @ beta)))
        return float(np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))

    beta = RNG.normal(size=3)
    assert np.allclose(central_differences(loglik, beta), X.T @ (y - 1 / (1 + np.exp(-(X @ beta)))), atol=1e-6)


@pytest.mark.parametrize("text", ["second_derivative <- t(X) %*% (y - p)", "hessian_derivative <- t(X) %*% (y - p)",
                                  "derivative_b <- sum(y - p)"])
def test_names_that_are_not_this_gradient_are_refused(text):
    """A second derivative's or a Hessian's name, or a derivative by b beside --wrt beta_j: refused."""
    refused_by_logderiv(lambda: logderiv.check(text, cost=LOGLIK, wrt="beta_j", let=P_LET))


def test_first_derivative_as_a_cost_is_refused_as_a_gradient():
    error = refused_by_logderiv(lambda: logderiv.derive(DOMINIK, wrt="beta_j", let=P_LET))
    assert "names a gradient" in str(error)


def test_the_notes_are_in_every_output_format():
    """text's note: lines and JSON's notes carry the function-body reading."""
    runner = CliRunner()
    text = runner.invoke(main, ["derive", KISHAN_COST, "--wrt", "b", "-f", "text"])
    assert text.exit_code == 0, text.output
    assert "note: read as code: the function cost_func(x, y, w, b) is read as its body" in text.output
    data = runner.invoke(main, ["derive", KISHAN_COST, "--wrt", "b", "-f", "json"])
    assert data.exit_code == 0, data.output
    assert any("n = y.shape[0] counts the examples" in note for note in json.loads(data.output)["notes"])


# Dataquest community thread 'Why does 2/n * sigma convert to 2*error/n in python', the answer's steps
# (https://community.dataquest.io/t/why-does-2-n-sigma-convert-to-2-error-n-in-python/548202)
DQ_MSE = r"MSE(a_{0}, a_{1}) = \frac{1}{n}\sum_{i=1}^{n}(a_{0}+a_{1}x_{1}^{i} - y^{i})^{2}"
DQ_LETS = (r"J = \sum_{i=1}^{n}{a_{0}+a_{1}x_{1}^{i} - y^{i}}",)
DQ_STEP = r"\frac{d}{da_{0}}MSE(a_{0}, a_{1}) = \frac{2}{n}\times{J}"


def test_the_hand_derivative_by_the_intercept_agrees_with_finite_differences():
    """By hand: d/da₀ of (1/n)Σ(a₀ + a₁xᵢ − yᵢ)² is (2/n)Σ(a₀ + a₁xᵢ − yᵢ) = (2/n)·J."""
    def mse(a: np.ndarray) -> float:
        r = a[0] + a[1] * X1 - Y1
        return float(r @ r) / X1.size

    at = np.array([0.4, -1.1])
    r = at[0] + at[1] * X1 - Y1
    assert np.isclose(central_differences(mse, at)[0], 2 / X1.size * r.sum(), atol=1e-6)


@pytest.mark.parametrize("text, verdict", [(DQ_STEP, "equivalent"), (DQ_STEP.replace("{2}{n}", "{1}{n}"), "different")])
def test_the_dataquest_step_reads_a0_a1_as_intercept_and_slope(text, verdict):
    assert_verdict_read(text, DQ_MSE, verdict, wrt="a_0", lets=DQ_LETS)
    said = " ".join(notes_of(logderiv.check(text, cost=DQ_MSE, wrt="a_0", let=DQ_LETS)))
    assert "a₀, a₁ are read as θ₀, θ₁" in said


@pytest.mark.parametrize("cost", [
    DQ_MSE.replace("a_{0}+a_{1}x", "a_{0}x_{1}^{i}+a_{1}"),  # a₀ the slope here: not the line a₀ + a₁x
    DQ_MSE.replace("a_{1}x_{1}^{i}", "a_{1}x_{1}^{i}+a_{2}x_{2}^{i}"),  # a third a: a vector, not one line's two
    DQ_MSE + " + a",  # a lone a beside them
])
def test_other_uses_of_a_are_not_read_as_the_line(cost):
    refused_by_logderiv(lambda: logderiv.derive(cost, wrt="a_0"))


# SDS385's WDBC logistic regression in R (public code index file 42947359251), computeLogLikelihood
SDS385 = "return(t(m - y) %*% Xbeta + t(m) %*% log(1 + exp(Xbeta)))"
SDS385_LETS = ("Xbeta = X %*% beta", "m = matrix(1, nrow(y), 1)")


def _sds385(d) -> float:
    """Σ[(1 − yᵢ)·xᵢβ + log(1 + e^{xᵢβ})]: m is the column of ones (one trial per example), taken as written."""
    eta = d.X @ d.beta
    return float(np.sum((1 - d.y) * eta + np.log1p(np.exp(eta))))


def test_r_return_with_m_a_column_of_ones_reads():
    assert_gradient_read(SDS385, _sds385, wrt=("beta_j",), lets=SDS385_LETS)
    said = " ".join(logderiv.derive(SDS385, wrt="beta_j", let=SDS385_LETS).notes)
    assert "read as R: return(v) is the function's value, v" in said
    assert "m is read as ones(m, 1)" in said


def test_the_hand_gradient_of_the_sds385_cost_agrees_with_finite_differences():
    """By hand: ∇ Σ[(1 − yᵢ)ηᵢ + log(1 + e^{ηᵢ})], η = Xβ, is Xᵀ(1 − y + σ(Xβ))."""
    X, y = RNG.normal(size=(6, 3)), (RNG.random(6) > 0.5).astype(float)
    beta = RNG.normal(size=3)

    def cost(b: np.ndarray) -> float:
        eta = X @ b
        return float(np.sum((1 - y) * eta + np.log1p(np.exp(eta))))

    assert np.allclose(central_differences(cost, beta), X.T @ (1 - y + 1 / (1 + np.exp(-(X @ beta)))), atol=1e-6)


@pytest.mark.parametrize("lets", [
    ("Xbeta = X %*% beta", "m = matrix(2, nrow(y), 1)"),  # a column of twos: not the ones
    ("Xbeta = X %*% beta", "m = matrix(1, ncol(X), 1)"),  # the features' count: n ones, not one per example
    ("Xbeta = X %*% beta", "m = nrow(y)"),  # m the count: t(m - y) is then no number
])
def test_m_as_something_other_than_the_ones_column_is_refused(lets):
    refused_by_logderiv(lambda: logderiv.derive(SDS385, wrt="beta_j", let=lets))


def test_return_of_part_of_the_text_is_not_dropped():
    """return(v) + 1 is no whole text return(…): refused as before, not read as v + 1."""
    refused_by_logderiv(lambda: logderiv.derive("return(t(m - y) %*% Xbeta) + 1", wrt="beta_j", let=SDS385_LETS))


# SDS385's computeGradient, paired in the file with computeLogLikelihood (SDS385 above)
SDS385_GRAD = "return(-t(X) %*% (y - m*w))"
SDS385_GRAD_LETS = ("w = 1/(1 + exp(-(X %*% beta)))", *SDS385_LETS)


def test_the_hand_gradients_differ_by_the_column_sums():
    """By hand: −Xᵀ(y − σ) (the gradient of the true NLL) is not Xᵀ(1 − y + σ) (the file's own cost's): they differ
    by Xᵀ1, which finite differences of the file's cost show."""
    X, y = RNG.normal(size=(6, 3)), (RNG.random(6) > 0.5).astype(float)
    beta = RNG.normal(size=3)

    def cost(b: np.ndarray) -> float:
        eta = X @ b
        return float(np.sum((1 - y) * eta + np.log1p(np.exp(eta))))

    answer = -X.T @ (y - 1 / (1 + np.exp(-(X @ beta))))
    assert np.allclose(central_differences(cost, beta) - answer, X.T @ np.ones(6), atol=1e-6)


def test_sds385_gradient_against_its_own_loglikelihood_is_different():
    """w is σ(Xβ) by its --let (not the weights: --wrt is β), m·w entry by entry is w: −Xᵀ(y − σ), different."""
    assert_verdict_read(SDS385_GRAD, SDS385, "different", wrt="beta_j", lets=SDS385_GRAD_LETS)
    said = " ".join(notes_of(logderiv.check(SDS385_GRAD, cost=SDS385, wrt="beta_j", let=SDS385_GRAD_LETS)))
    assert "w is that value, not the weights w" in said
    assert "times a vector entry by entry (R's *) is that vector" in said


def test_the_same_gradient_against_the_true_nll_is_equivalent():
    """Against Σ[log(1 + e^{xᵢβ}) − yᵢxᵢβ], whose gradient is Xᵀ(σ − y) by hand, the same lines are right."""
    true_nll = "sum(log(1 + exp(X %*% beta)) - y * (X %*% beta))"
    assert_verdict_read("-t(X) %*% (y - w)", true_nll, "equivalent", wrt="beta_j", lets=SDS385_GRAD_LETS[:1])


@pytest.mark.parametrize("wrt, lets", [
    ("w_j", SDS385_GRAD_LETS),  # --wrt w: w is the weights, and a --let cannot redefine them
    ("beta_j", ("w = 1/(1 + exp(-(X %*% theta)))", *SDS385_LETS)),  # from θ, not the β asked for
])
def test_w_not_a_value_of_the_asked_parameters_stays_refused(wrt, lets):
    refused_by_logderiv(lambda: logderiv.check(SDS385_GRAD, cost=SDS385, wrt=wrt, let=lets))
