"""audit24g: near-variants of fixf63's readings that a careless reading got wrong, each now refused or read right.

fixf63 read ``grad_data =``/``grad_mse =`` as the cost's gradient where the cost is its data term alone, code's
``lmd``/``lmb`` as λ, and Octave's ``v = (lambda/m)*theta; v(1) = 0;`` as ``(lambda/m)*[0; theta(2:end)]``, and
``grad(word) = … X(:,word) …`` as entry j. Their neighbours that students and course code write, and what was wrong:

* a penalty written inside the mean over examples (``np.mean((X @ w - y)**2 + lam*np.sum(w**2))``) or a cost that
  multiplies the data term by a penalty: ``grad_mse =`` was judged as the whole gradient, a false "different";
* two of code's spellings of λ in one text (``lam*… + lmb*…``) were both read as λ, a false "equivalent";
* ``v = 1 - lambda/m*theta; v(1) = 0;`` was read as ``(1 - lambda/m)*[0; theta(2:end)]``: the scale before ``*theta``
  had a top-level minus, so it was no factor of θ (a false "equivalent");
* ``grad(end) = … X(:,end) … theta(end)`` was read as entry j for every j, where ``end`` is Octave's last index.

The mathematics is held to central finite differences of NumPy costs written here by hand (tests/_numeric.py),
never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import refused

_RNG = np.random.default_rng(2024)


# ------------------------------------------------------------------ grad_mse = … beside a penalty inside the mean
RIDGE_INSIDE = "np.mean((X @ w - y)**2 + lam*np.sum(w**2))"
GRAD_MSE = "grad_mse = 2*X.T @ (X @ w - y)/n"


def test_a_penalty_inside_the_mean_is_still_a_penalty_by_finite_differences():
    # by hand: ∇ mean((Xw − y)² + λ‖w‖²) = (2/n)Xᵀ(Xw − y) + 2λw; the data term's gradient alone misses 2λw
    X, y, w, lam = _RNG.normal(size=(6, 3)), _RNG.normal(size=6), _RNG.normal(size=3), 0.7

    def cost(v):
        return float(np.mean((X @ v - y) ** 2 + lam * np.sum(v ** 2)))

    numeric = central_differences(cost, w)
    data = 2 * X.T @ (X @ w - y) / 6
    assert np.allclose(numeric, data + 2 * lam * w, atol=1e-6)
    assert not np.allclose(numeric, data, atol=1e-3)


def test_grad_mse_beside_a_penalty_inside_the_mean_is_refused():
    # the answer is the mse term's gradient; judged as the whole cost's it was called "different"
    error = refused(logderiv.check, GRAD_MSE, cost=RIDGE_INSIDE, wrt="w_j", let=("n = y.shape[0]",))
    assert "has a term beside it (a penalty)" in str(error)


@pytest.mark.parametrize("cost", [
    "sum_i ((w*x_i - y_i)^2/2 + lambda*w^2)",  # λw² inside the sum over examples
    "(1 + lambda*w^2) * sum_i (w*x_i - y_i)^2/2",  # the data term times a factor of the parameters
])
def test_grad_loss_beside_a_penalty_of_no_example_is_refused(cost):
    refused(logderiv.check, "grad_loss = sum((w*x_i - y_i)*x_i)", cost=cost, wrt="w")


def test_grad_loss_of_a_cost_that_is_its_data_term_alone_is_still_read():
    # by hand: d/dw ½Σ(wxᵢ − yᵢ)² = Σ(wxᵢ − yᵢ)xᵢ
    x, y, w = _RNG.normal(size=5), _RNG.normal(size=5), 0.3
    numeric = central_differences(lambda v: float(0.5 * np.sum((v[0] * x - y) ** 2)), np.array([w]))
    assert np.allclose(numeric, [np.sum((w * x - y) * x)], atol=1e-6)
    result = logderiv.check("grad_loss = sum((w*x_i - y_i)*x_i)", cost="sum_i (w*x_i - y_i)^2/2", wrt="w")
    assert result.verdict == "equivalent"


# ------------------------------------------------------------------ two spellings of λ in one text
TWO_STRENGTHS = "np.mean((X @ theta - y)**2) + lam*np.sum(theta**2) + lmb*np.sum(theta**2)"
MERGED = "(2.0/n) * X.T @ (X @ theta - y) + 4*lam*theta"


def test_two_strengths_are_two_quantities_by_finite_differences():
    # by hand: ∇ = (2/n)Xᵀ(Xθ − y) + 2(lam + lmb)θ, which is 4·lam·θ only where lmb = lam
    X, y, theta, lam, lmb = _RNG.normal(size=(6, 3)), _RNG.normal(size=6), _RNG.normal(size=3), 0.4, 1.1

    def cost(v):
        return float(np.mean((X @ v - y) ** 2) + lam * np.sum(v ** 2) + lmb * np.sum(v ** 2))

    numeric = central_differences(cost, theta)
    data = 2 / 6 * X.T @ (X @ theta - y)
    assert np.allclose(numeric, data + 2 * (lam + lmb) * theta, atol=1e-6)
    assert not np.allclose(numeric, data + 4 * lam * theta, atol=1e-3)


@pytest.mark.parametrize("other", ["lmb", "lmd", "lambda_", "lambd"])
def test_two_spellings_of_lambda_in_the_cost_are_refused(other):
    # both read as λ, 4·lam·θ was called "equivalent"
    error = refused(logderiv.check, MERGED, cost=TWO_STRENGTHS.replace("lmb", other), wrt="theta_j",
                    let=("n = y.shape[0]",))
    assert "both code's names for λ" in str(error)
    assert f"--let '{other} = …'" in (error.hint or "")


def test_two_spellings_of_lambda_in_the_answer_are_refused():
    refused(logderiv.check, "(2.0/n) * X.T @ (X @ theta - y) + lam*theta + lmb*theta",
            cost="np.mean((X @ theta - y)**2) + lam*np.sum(theta**2)", wrt="theta_j", let=("n = y.shape[0]",))


def test_two_spellings_of_lambda_in_a_derivation_are_refused():
    refused(logderiv.derive, TWO_STRENGTHS, wrt="theta_j", let=("n = y.shape[0]",))


def test_one_spelling_in_the_answer_and_another_in_the_cost_is_still_lambda():
    # by hand (test_two_strengths_… with lmb's term left out): ∇ = (2/n)Xᵀ(Xθ − y) + 2λθ
    X, y, theta, lam = _RNG.normal(size=(6, 3)), _RNG.normal(size=6), _RNG.normal(size=3), 0.4
    numeric = central_differences(lambda v: float(np.mean((X @ v - y) ** 2) + lam * np.sum(v ** 2)), theta)
    assert np.allclose(numeric, 2 / 6 * X.T @ (X @ theta - y) + 2 * lam * theta, atol=1e-6)
    result = logderiv.check("(2.0/n) * X.T @ (X @ theta - y) + 2*lmb*theta",
                            cost="np.mean((X @ theta - y)**2) + lam*np.sum(theta**2)", wrt="theta_j",
                            let=("n = y.shape[0]",))
    assert result.verdict == "equivalent"


# ------------------------------------------------------------------ v = 1 - lambda/m*theta; v(1) = 0
#: a cost whose gradient is (1/m)Xᵀ(σ − y) + (1 − λ/m)[0; θ(2:end)]: what the misread helper would give
SCALED = "J =(1/m)*sum(-y.*log(h) - (1-y).*log(1-h))+((1 - lambda/m)/2)*norm(theta(2:end))^2;"
SCALED_LETS = ("h = sigmoid(z)", "z = X * theta", "m = length(y)")


def test_one_minus_a_multiple_of_theta_is_no_multiple_of_theta_by_finite_differences():
    # by hand: v = 1 − (λ/m)θ with v₁ = 0 is [0; 1 − (λ/m)θ(2:end)], not (1 − λ/m)[0; θ(2:end)]
    X, y, theta, lam = _RNG.normal(size=(7, 3)), (_RNG.random(7) > 0.5).astype(float), _RNG.normal(size=3), 0.8
    m = len(y)

    def cost(v):
        h = 1 / (1 + np.exp(-X @ v))
        return float(np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h)) + (1 - lam / m) / 2 * v[1:] @ v[1:])

    numeric = central_differences(cost, theta)
    data = X.T @ (1 / (1 + np.exp(-X @ theta)) - y) / m
    helper = 1 - lam / m * theta
    helper[0] = 0
    assert np.allclose(numeric, data + (1 - lam / m) * np.concatenate([[0.0], theta[1:]]), atol=1e-6)
    assert not np.allclose(numeric, data + helper, atol=1e-3)


def test_a_helper_whose_scale_has_a_top_level_minus_is_not_read_as_a_multiple():
    answer = "v = 1 - lambda/m*theta;\nv(1) = 0;\ngrad = (1/m).*X' * (h-y) + v;"
    refused(logderiv.check, answer, cost=SCALED, wrt="theta_j", let=SCALED_LETS)


def test_a_bracketed_scale_is_still_a_multiple():
    answer = "v = (1 - lambda/m)*theta;\nv(1) = 0;\ngrad = (1/m).*X' * (h-y) + v;"
    result = logderiv.check(answer, cost=SCALED, wrt="theta_j", let=SCALED_LETS)
    assert result.verdict == "equivalent"
    assert any("then v(1) = 0, is" in note for note in result.notes), result.notes


# ------------------------------------------------------------------ grad(end) = …
def test_grad_end_is_the_last_entry_not_entry_j():
    answer = "grad(end) = 1/m * ((sigX-y)' * X(:,end)) + lambda/m*theta(end);"
    error = refused(logderiv.check, answer, cost="logistic-l2", wrt="theta_j", let=("sigX = sigmoid(X*theta)",))
    assert "end is Octave's last index" in str(error)


# ------------------------------------------------------------------ yhat = b + w * x_train_mean
def test_a_model_of_one_number_has_the_gradient_of_that_number_by_finite_differences():
    # by hand: with c one number (x_train_mean), ∂/∂w mean((b + wc − yᵢ)²) = 2c·mean(e): 2 * c * error.mean() is right
    y, b, w, c = _RNG.normal(size=6), 0.2, -0.7, 1.3

    def mse(v):
        return float(np.mean((b + v[0] * c - y) ** 2))

    assert np.allclose(central_differences(mse, np.array([w])), [2 * c * np.mean(b + w * c - y)], atol=1e-6)


@pytest.mark.parametrize("name", ["x_train_mean", "x_mean", "x_train_bar"])
def test_data_named_as_one_number_is_not_read_as_the_examples_x(name):
    # read as x⁽ⁱ⁾, the right 2 * c * error.mean() was called "different"
    refused(logderiv.check, f"w_grad = 2 * {name} * error.mean()", cost="(error ** 2).mean()", wrt="w",
            let=("error = (yhat - y_train_tensor)", f"yhat = b + w * {name}"))
