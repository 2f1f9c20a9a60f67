"""audoct40: an adversarial review of fixoct40's Octave loop readings, each misread found pinned here.

Every expectation is worked out by hand and checked against NumPy (the Octave loop transcribed as it runs, central
finite differences of the cost) — never taken from logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences, intercept_data, sigmoid
from logderiv import check
from logderiv.errors import InputError

LETS = ("m = length(y);", "J = 0;", "grad = zeros(size(theta));", "reg = 0;")
COST = ("(1/m) * sum(-y .* log(sigmoid(X*theta)) - (1-y) .* log(1-sigmoid(X*theta))) "
        "+ lambda/(2*m) * sum(theta(2:end).^2)")
LOOP = ("for i=1:COUNT\n    h_theta = sigmoid(X(i,:)* theta);\n    grad = grad + ((h_theta - y(i)).* X(i,:))'/m;\nend\n"
        "for j=2:size(theta)\n    grad(j) = grad(j)+ lambda*theta(j)/m;\nend")
LAM = 0.7


def _loop_over_first(X, y, theta, count, lam=LAM):
    """The Octave loops as they run, the first over examples 1…count only."""
    m, n = X.shape
    grad = np.zeros(n)
    for i in range(count):
        grad = grad + (sigmoid(X[i] @ theta) - y[i]) * X[i] / m
    for j in range(1, n):
        grad[j] += lam * theta[j] / m
    return grad


def _reg_cost(X, y, theta, lam=LAM):
    m = len(y)
    h = sigmoid(X @ theta)
    return float(np.sum(-y * np.log(h) - (1 - y) * np.log(1 - h))) / m + lam / (2 * m) * float(np.sum(theta[1:] ** 2))


def test_a_loop_to_the_parameters_count_sums_only_the_first_n_examples():
    """for i=1:length(theta) runs over n examples (theta's length), not the m: with m > n the loops leave no gradient
    of the cost (checked by finite differences), while over all m they do."""
    for seed, m, n in ((1, 6, 3), (2, 5, 4)):
        X, y, theta = intercept_data(seed, m, n)
        numeric = central_differences(lambda t: _reg_cost(X, y, t), theta)
        assert np.allclose(_loop_over_first(X, y, theta, m), numeric, atol=1e-6)
        assert not np.allclose(_loop_over_first(X, y, theta, n), numeric, atol=1e-4)
    assert check(LOOP.replace("COUNT", "m"), cost=COST, wrt="theta_j", let=LETS).verdict == "equivalent"


@pytest.mark.parametrize("count", ["length(theta)", "numel(theta)", "length(grad)"])
def test_a_loop_to_the_parameters_count_is_not_read_over_every_example(count):
    # fixoct40 read these as sums over all m examples: "equivalent"
    try:
        verdict = check(LOOP.replace("COUNT", count), cost=COST, wrt="theta_j", let=LETS).verdict
    except InputError:
        return
    assert verdict == "different"


ZERO_LINES = "J = 0;\ngrad = zeros(size(theta));\n"
PLAIN = "(1/m) * sum(-y .* log(sigmoid(X*theta)) - (1-y) .* log(1-sigmoid(X*theta)))"
EXAMPLES = ("for i=1:m\n    h_theta = sigmoid(X(i,:)* theta);\n    J = J-y(i)*log(h_theta)-(1-y(i))*log(1-h_theta);\n"
            "    grad = grad + ((h_theta - y(i)).* X(i,:))'/m;\nend\n")


def _plain_cost(X, y, theta):
    return _reg_cost(X, y, theta, lam=0.0)


def test_a_penalty_added_between_the_zero_start_and_the_loop_is_kept():
    """grad = zeros(…); grad += lambda*[0; theta(2:end)]; then the loop: grad ends as Xᵀ(h − y)/m + λ[0; θ(2:end)],
    which is not the plain cost's gradient (λ ≠ 0) — fixoct40 read the start as 0, dropped the += line, and said
    "equivalent"; with λ/m it is the regularised cost's gradient, which fixoct40 called "different"."""
    for seed, m, n in ((1, 6, 3), (2, 5, 4)):
        X, y, theta = intercept_data(seed, m, n)
        stacked = np.concatenate([[0.0], theta[1:]])
        ran = LAM * stacked + _loop_over_first(X, y, theta, m, lam=0.0)  # the += line, then the loop as it runs
        assert not np.allclose(ran, central_differences(lambda t: _plain_cost(X, y, t), theta), atol=1e-4)
        ran_over_m = LAM / m * stacked + _loop_over_first(X, y, theta, m, lam=0.0)
        assert np.allclose(ran_over_m, central_differences(lambda t: _reg_cost(X, y, t), theta), atol=1e-6)
    lets = ("m = length(y);",)
    for text, cost, right in (
            (ZERO_LINES + "grad += lambda*[0; theta(2:end)];\n" + EXAMPLES, PLAIN, "different"),
            (ZERO_LINES + "grad += lambda/m*[0; theta(2:end)];\n" + EXAMPLES, COST, "equivalent")):
        try:
            verdict = check(text, cost=cost, wrt="theta_j", let=lets).verdict
        except InputError:
            continue
        assert verdict == right
