"""A verdict never turns on a count letter nothing written decides (issue 10: a false 'different' is a release blocker).

compphysics' ridge code divides by ``n``, the number of data points in that code (``n = 100``), while the cost the
grader gives counts its examples by m and its features by n, as Ng's notes do. Read as the features, a right answer
was judged 'different' (blind wave f54). Code names its sample count n as often as notes name the features so: where
the code answer read with its n as m is the gradient and nothing written says which count n is, both readings are
named in a refusal. Where a --let says what the count is (Octave's ``N = size(X,2)``), or the answer is a LaTeX
formula (notes name their counts), the answer is judged as written, as before.

The truths are worked by hand and held to central finite differences of a NumPy cost written here (``_numeric``).
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import refused_by_logderiv
from logderiv.cli import main

# https://compphysics.github.io/MachineLearning/doc/pub/week37/html/._week37-bs012.html ("gradients = …", the
# ridge example: n = 100 data points, X the design matrix); the cost is the grader's, written with m and n
COMPPHYS_GRADIENT = "2.0/n*X.T @ (X @ (theta)-y)+2*lmbda*theta"
RIDGE_COST = r"\frac{1}{m}\sum_{i=1}^{m}(x_i^T\theta - y_i)^2 + \lambda\sum_{j=1}^{n}\theta_j^2"


def _ridge(theta, X, y, lam):
    return np.mean((X @ theta - y) ** 2) + lam * np.sum(theta ** 2)


def test_the_code_is_the_ridge_gradient_only_with_n_the_number_of_examples():
    """By hand: ∇[(1/m)‖Xθ − y‖² + λ‖θ‖²] = (2/m)Xᵀ(Xθ − y) + 2λθ — so the code is right iff its n is m."""
    rng = np.random.default_rng(22)
    m, n = 7, 3
    X, y, theta, lam = rng.normal(size=(m, n)), rng.normal(size=m), rng.normal(size=n), 0.7
    numeric = central_differences(lambda t: _ridge(t, X, y, lam), theta)
    with_m = 2.0 / m * X.T @ (X @ theta - y) + 2 * lam * theta
    with_features = 2.0 / n * X.T @ (X @ theta - y) + 2 * lam * theta
    assert np.allclose(numeric, with_m, atol=1e-6)
    assert not np.allclose(numeric, with_features, atol=1e-3)


def test_a_code_answer_whose_verdict_turns_on_n_is_refused_naming_both_readings():
    error = refused_by_logderiv(lambda: logderiv.check(COMPPHYS_GRADIENT, cost=RIDGE_COST, wrt="theta_j"))
    assert "turns on n" in error.message
    assert "number of features" in error.message and "number of examples" in error.message
    assert error.column == COMPPHYS_GRADIENT.index("n*X")
    assert "write the count of the examples as m" in (error.hint or "")


def test_the_cli_refuses_it_with_exit_2_a_caret_and_json():
    runner = CliRunner()
    result = runner.invoke(main, ["check", "--cost", RIDGE_COST, "--wrt", "theta_j", COMPPHYS_GRADIENT])
    assert result.exit_code == 2
    assert "turns on n" in result.output and "^" in result.output
    assert "turns on n" in result.stderr and result.stdout == ""  # the refusal is no result: stderr only
    as_json = runner.invoke(main, ["check", "--format", "json", "--cost", RIDGE_COST, "--wrt", "theta_j",
                                   COMPPHYS_GRADIENT])
    data = json.loads(as_json.stdout)
    assert as_json.exit_code == 2 and data["exit_code"] == 2 and "turns on n" in data["message"]


def test_written_with_m_it_is_judged_not_refused():
    # the intercept question (Σ_{j=1}^{n} θⱼ² over θ₁ too, or not) is the only one left: never 'different'
    verdict = logderiv.check("2.0/m*X.T @ (X @ (theta)-y)+2*lmbda*theta", cost=RIDGE_COST, wrt="theta_j")
    assert verdict.verdict in ("equivalent", "undecided")


# each wrong whichever count n is, with its value by hand for a count c: wrong under both readings
WRONG_EITHER_WAY = [
    ("2.0/n*X.T @ (X @ (theta)-y)+lmbda*theta",  # the penalty's 2 dropped
     lambda c, X, y, t, lam: 2.0 / c * X.T @ (X @ t - y) + lam * t),
    ("1.0/n*X.T @ (X @ (theta)-y)+2*lmbda*theta",  # the data term's 2 dropped
     lambda c, X, y, t, lam: 1.0 / c * X.T @ (X @ t - y) + 2 * lam * t),
    ("2.0/n*X.T @ (X @ (theta)+y)+2*lmbda*theta",  # a sign
     lambda c, X, y, t, lam: 2.0 / c * X.T @ (X @ t + y) + 2 * lam * t),
]


@pytest.mark.parametrize("answer, by_hand", WRONG_EITHER_WAY)
def test_a_code_answer_wrong_under_both_readings_is_still_different(answer, by_hand):
    rng = np.random.default_rng(5)
    m, n = 7, 3  # not m = 2n, where 1/n is 2/m
    X, y, theta, lam = rng.normal(size=(m, n)), rng.normal(size=m), rng.normal(size=n), 0.4
    numeric = central_differences(lambda t: _ridge(t, X, y, lam), theta)
    for count in (m, n):
        assert not np.allclose(by_hand(count, X, y, theta, lam), numeric, atol=1e-4)
    assert logderiv.check(answer, cost=RIDGE_COST, wrt="theta_j").verdict == "different"


def test_a_count_a_let_defines_is_read_as_defined():
    # Octave's N = size(X,2) is the number of features (unizar's CosteLogistico.m, a real bug of that file):
    # the let says which count N is, so the answer is judged, and it is wrong
    verdict = logderiv.check("X' * (h-y) / N", cost="logistic",
                             let=["N = size(X,2);", "h = 1 ./ (1 + exp(-X* theta));"])
    assert verdict.verdict == "different"


def test_the_hint_of_a_cost_without_n_names_a_let_that_works():
    # the preset writes no n: the hint's --let reads n as the examples, and with it the answer is right
    error = refused_by_logderiv(lambda: logderiv.check("1/n*X.T @ (X @ theta-y)", cost="linear"))
    assert "--let 'n = len(y)'" in (error.hint or "")
    assert logderiv.check("1/n*X.T @ (X @ theta-y)", cost="linear", let=["n = len(y)"]).verdict == "equivalent"
