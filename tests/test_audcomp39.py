"""Audit of fixcomp39 (audcomp39): near-misses of its Octave component loops that it read wrong.

* grad(i, 1) in ``for i=1:length(theta)`` is entry i of the gradient only where grad is an n×1 column. fixcomp39 left
  it alone after ``grad = zeros(1, n)`` but read it after the other row starts a student writes:
  ``grad = zeros (1, n)`` (Octave's call with a space), ``grad = zeros(size(theta'))``, ``grad = zeros(size(theta))'``,
  ``grad = theta' * 0``, and the square ``grad = zeros(n, n)``. In each, Octave's grad(i, 1) writes column 1 of a
  1×n (n×n) array that grows to n×n: the function returns an n×n matrix, no gradient vector. logderiv said
  "equivalent" (a false equivalent); by the fixer's own rule they are left to the loop's refusal.
* ``e = X*theta - y; e = e.*X(:, j); grad(j) = sum(e)/m``: e is set afresh at the top of every pass, so nothing is
  carried; fixcomp39 refused it saying each pass "multiplies e again" (a wrong reason). Not a misread; the refusal
  now keeps to values really carried (it stays unread, as before fixcomp39).

Expectations by hand, checked with an emulation of Octave's growing assignment and central differences.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from logderiv.errors import InputError
from _numeric import central_differences, sigmoid

LOOP = "for i=1:length(theta)\n   grad(i,1)=(1/m)*sum((h-y')*X(:,i));\nend"
LETS = ("function h = hipoLog (z)\nh=1./(1+exp(-z));\nend", "z=theta'*X';", "h=hipoLog (z);", "m = length(y);")
CE = "-(1/m)*sum(y'.*log(h)+(1-y').*log(1-h))"

ROW_STARTS = (
    "grad = zeros (1, length(theta));",
    "grad = zeros(size(theta'));",
    "grad = zeros(size(theta))';",
    "grad = theta' * 0;",
    "grad = zeros(length(theta), length(theta));",
)


def _octave_loop(X, y, theta, rows: int, cols: int):
    """The loop run as Octave runs it: grad starts rows×cols, and grad(i, 1) past the last row grows it with zeros."""
    m, h = len(y), sigmoid(theta @ X.T)
    grad = np.zeros((rows, cols))
    for i in range(len(theta)):
        if i >= grad.shape[0]:
            grad = np.vstack([grad, np.zeros((i + 1 - grad.shape[0], grad.shape[1]))])
        grad[i, 0] = (1 / m) * np.sum((h - y) @ X[:, i])
    return grad


def _ce(X, y, theta):
    p = sigmoid(X @ theta)
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


def test_grad_i_1_after_a_row_start_is_no_gradient_vector_by_hand():
    rng = np.random.default_rng(4)
    X, y, theta = rng.normal(size=(6, 3)), (rng.random(6) < 0.5).astype(float), rng.normal(size=3)
    exact = central_differences(lambda t: _ce(X, y, t), theta)
    for rows, cols in ((1, 3), (3, 3)):  # zeros(1, n) and its variants; zeros(n, n)
        out = _octave_loop(X, y, theta, rows, cols)
        assert out.shape == (3, 3)  # an n×n matrix, not the n-vector ∇J
        assert np.allclose(out[:, 0], exact, atol=1e-6)
    assert _octave_loop(X, y, theta, 3, 1).shape == (3, 1)  # a column start: the gradient itself
    assert np.allclose(_octave_loop(X, y, theta, 3, 1)[:, 0], exact, atol=1e-6)


@pytest.mark.parametrize("start", ROW_STARTS)
def test_grad_i_1_after_any_row_start_is_not_read(start):
    with pytest.raises(InputError):
        logderiv.check(start + "\n" + LOOP, cost=CE, wrt="theta_j", let=LETS)


@pytest.mark.parametrize("start", ("grad = zeros(size(theta));", "grad = zeros(length(theta), 1);",
                                   "grad = zeros(size(X, 2), 1);", "grad = [];", "grad = 0;", ""))
def test_grad_i_1_after_a_column_start_still_reads(start):
    assert logderiv.check((start + "\n" + LOOP).strip(), cost=CE, wrt="theta_j", let=LETS).verdict == "equivalent"


def test_a_value_set_afresh_each_pass_is_not_said_to_be_carried():
    # e is set at the top of each pass: entry j is (1/m)Σ (xᵢᵀθ − yᵢ) Xᵢⱼ, the gradient's; never "multiplies e again"
    rng = np.random.default_rng(5)
    X, y, theta = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    loop = np.array([np.sum((X @ theta - y) * X[:, j]) / 5 for j in range(3)])
    assert np.allclose(loop, central_differences(lambda t: np.sum((X @ t - y) ** 2) / 10, theta), atol=1e-6)
    text = "for j = 1:length(theta)\n  e = X*theta - y;\n  e = e.*X(:, j);\n  grad(j) = sum(e) / m;\nend"
    try:
        verdict = logderiv.check(text, cost="sum((X * theta - y).^2) / (2 * m)", wrt="theta_j", let=("m = length(y);",))
    except InputError as error:
        assert "again" not in str(error)
    else:
        assert verdict.verdict == "equivalent"


# ------------------------------------------------------------------ the intercept's line, then 2:size(theta) / 2:n
REN_SIG = "function g = logistic_sigmoid(z)\n    g = zeros(size(z));\n    g = 1./(1 + exp(-z));\nend"
FREE_LETS = (REN_SIG, "H = X * theta;", "m = length(y);")
FREE_COST = ("-(1/m) * sum(y .* log(logistic_sigmoid(H)) + (1 - y) .* log(1 - logistic_sigmoid(H))) "
             "+ lambda/(2*m) * sum(theta(2:end).^2)")
REST = ("grad(1) =  1/m * (sum((logistic_sigmoid(H) - y) .* X(:,1)));\nfor i = 2:{to}\n"
        "    grad(i,1) =  1/m * (sum((logistic_sigmoid(H) - y) .* X(:,i))) + lambda/m * theta(i);\nend")


def test_the_rest_loop_after_a_row_start_by_hand():
    # grad = zeros(1, n); grad(1) = …  (entry 1 of the row); grad(i, 1) for i ≥ 2 grows the row into an n×n matrix
    n = 3
    grad = np.zeros((1, n))
    grad[0, 0] = 1.0
    for i in range(1, n):
        grad = np.vstack([grad, np.zeros((i + 1 - grad.shape[0], n))]) if i >= grad.shape[0] else grad
        grad[i, 0] = 2.0
    assert grad.shape == (n, n)


@pytest.mark.parametrize("to", ("size(theta)", "length(theta)"))
@pytest.mark.parametrize("start", ("grad = zeros(1, length(theta));", "grad = zeros(size(theta'));"))
def test_the_rest_loop_after_a_row_start_is_not_read(to, start):
    with pytest.raises(InputError):
        logderiv.check(start + "\n" + REST.format(to=to), cost=FREE_COST, wrt="theta_j", let=FREE_LETS)


@pytest.mark.parametrize("to", ("size(theta)", "length(theta)"))
def test_the_rest_loop_after_a_column_start_still_reads(to):
    for start in ("grad = zeros(size(theta));\n", ""):
        text = start + REST.format(to=to)
        assert logderiv.check(text, cost=FREE_COST, wrt="theta_j", let=FREE_LETS).verdict == "equivalent"
        # a penalty on θ₁ as well: grad(1) misses (λ/m)θ₁
        every = FREE_COST.replace("theta(2:end)", "theta")
        assert logderiv.check(text, cost=every, wrt="theta_j", let=FREE_LETS).verdict == "different"
