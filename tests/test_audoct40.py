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
