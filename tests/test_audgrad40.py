r"""audgrad40: an adversarial review of fixgrad40's readings for silent misreads (near-miss variants).

fixgrad40 taught logderiv (1) a --let that is one number times θ(2:end) (``gradReg = (lambda / m) * theta(2:end);``),
(2) a gradient-descent step written in two parts (``theta(1) = theta(1) - alpha * …; theta(2:end) = …``) and
(3) c·(a + b) opened term by term in the pieces reader. The review wrote near-misses a student could write where
those readings would be wrong; none was misread (each was read as its writer means, or refused). The tests below hold
those near-misses where they are: a verdict worked out by hand and checked here by central finite differences
(tests/_numeric.py), never copied from logderiv's output; a refusal where the code as written is not one reading.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, penalised_cross_entropy, sigmoid
from _reading import assert_verdict_read, refused

# the fixer's items, verbatim with their sources there
from test_fixgrad40 import ANG_COST, ANG_FIRST, ANG_LETS, ANG_REST, NSA3_COST, NSA3_GRAD, NSA3_LETS


def _data(seed, m=6, n=4):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(m, n))
    X[:, 0] = 1.0
    return X, (rng.random(m) > 0.5).astype(float), rng.normal(size=n), 0.7


def _numeric(X, y, theta, lam):
    return central_differences(lambda t: penalised_cross_entropy(X, y, t, lam), theta)


# ------------------------------------------------------------------ 1. the scaled slice let
@pytest.mark.parametrize("let, scale", [
    ("gradReg = lambda / 2*m * theta(2:end);", lambda lam, m: lam / 2 * m),  # Octave: (λ/2)·m, left to right
    ("gradReg = lambda / m / 2 * theta(2:end);", lambda lam, m: lam / m / 2),
    ("gradReg = m/lambda * theta(2:end);", lambda lam, m: m / lam),
    ("gradReg = (lambda / n) * theta(2:end);", None),  # n, the features' count, is not m
])
def test_a_scaled_slice_let_of_another_number_is_different(let, scale):
    for seed in (1, 2):
        X, y, theta, lam = _data(seed)
        m = len(y)
        grad = X.T @ (sigmoid(X @ theta) - y) / m
        if scale is not None:
            grad[1:] += scale(lam, m) * theta[1:]
            assert not np.allclose(grad, _numeric(X, y, theta, lam), atol=1e-3)
    lets = NSA3_LETS[:3] + (let,) + NSA3_LETS[4:]
    assert_verdict_read(NSA3_GRAD, NSA3_COST, "different", lets=lets)


def test_a_scaled_slice_let_written_one_over_m_times_lambda_with_dot_star_is_equivalent():
    X, y, theta, lam = _data(3)
    m = len(y)
    grad = X.T @ (sigmoid(X @ theta) - y) / m
    grad[1:] += 1 / m * lam * theta[1:]
    assert np.allclose(grad, _numeric(X, y, theta, lam), atol=1e-7)
    lets = NSA3_LETS[:3] + ("gradReg = 1/m*lambda .* theta(2:end);",) + NSA3_LETS[4:]
    assert_verdict_read(NSA3_GRAD, NSA3_COST, "equivalent", lets=lets)


@pytest.mark.parametrize("answer", [
    "grad = grads + gradReg;",  # n entries plus n − 1: Octave stops
    "grad(1) = grads(1);\ngrad(2:end) = grads(2:end) + gradReg';",  # a column plus a row: an (n−1)×(n−1) matrix
    "grad(1) = grads(1);\ngrad(2:end) = grads(2:end) + sum(gradReg);",  # one number, not the entries
    "grad(1) = grads(1) + gradReg(1);\ngrad(2:end) = grads(2:end) + gradReg;",
])
def test_a_scaled_slice_let_used_otherwise_than_its_entries_is_refused(answer):
    refused(logderiv.check, answer, cost=NSA3_COST, wrt="theta_j", let=NSA3_LETS)


def test_a_scaled_slice_let_inside_another_lets_zero_padding_keeps_its_factor():
    # reg = [0; 2*t], t = (λ/m)θ(2:end): twice the penalty's gradient — different; reg = [0; t]: equivalent
    X, y, theta, lam = _data(4)
    m = len(y)
    base = X.T @ (sigmoid(X @ theta) - y) / m
    assert np.allclose(base + np.r_[0, lam / m * theta[1:]], _numeric(X, y, theta, lam), atol=1e-7)
    assert not np.allclose(base + np.r_[0, 2 * lam / m * theta[1:]], _numeric(X, y, theta, lam), atol=1e-3)
    lets = NSA3_LETS[:3] + ("grads = (X' * (h-y))./ m;", "t = lambda/m * theta(2:end);")
    assert_verdict_read("grad = grads + reg;", NSA3_COST, "equivalent", lets=lets + ("reg = [0; t];",))
    assert_verdict_read("grad = grads + reg;", NSA3_COST, "different", lets=lets + ("reg = [0; 2*t];",))


# ------------------------------------------------------------------ 2. the two-part step
def test_the_penalty_divided_by_m_twice_in_the_rest_is_different():
    # (1/m)·(Xᵀe + (λ/m)θ) in the rest is the penalty λ/m²: not the cost's gradient
    for seed in (5, 6):
        X, y, theta, lam = _data(seed)
        m = len(y)
        grad = X.T @ (sigmoid(X @ theta) - y) / m
        grad[1:] += lam / m ** 2 * theta[1:]
        assert not np.allclose(grad, _numeric(X, y, theta, lam), atol=1e-3)
    rest = ANG_REST.replace("lambda * theta(2:end)", "lambda/m * theta(2:end)")
    assert_verdict_read(ANG_FIRST + "\n" + rest, ANG_COST, "different", lets=ANG_LETS)


def test_the_penalty_subtracted_in_the_rest_is_different():
    X, y, theta, lam = _data(7)
    m = len(y)
    grad = X.T @ (sigmoid(X @ theta) - y) / m
    grad[1:] -= lam / m * theta[1:]
    assert not np.allclose(grad, _numeric(X, y, theta, lam), atol=1e-3)
    rest = ANG_REST.replace("+ lambda", "- lambda")
    assert_verdict_read(ANG_FIRST + "\n" + rest, ANG_COST, "different", lets=ANG_LETS)


@pytest.mark.parametrize("answer", [
    # ascent (+ alpha) in both lines or one: not read as a descent step
    ANG_FIRST.replace("- alpha", "+ alpha") + "\n" + ANG_REST.replace("- alpha", "+ alpha"),
    ANG_FIRST + "\n" + ANG_REST.replace("- alpha", "+ alpha"),
    # the rest's line with all n columns of the data: n entries into n − 1
    ANG_FIRST + "\n" + ANG_REST.replace("xTrain(:,2:end)", "xTrain(:,1:end)"),
    # the rest's line written first, the intercept's reading theta(1): the rest's part reads the other part
    ANG_REST.replace("lambda * theta(2:end)", "lambda * theta(2:end) + 0*theta(1)") + "\n" + ANG_FIRST,
    # the intercept's own entry not the one it steps from
    "theta(1) = theta(2) - alpha * (1/m) * (xTrain(:,1)' * error);\n" + ANG_REST,
    # one line's rate twice the other's
    ANG_FIRST.replace("alpha *", "2*alpha *") + "\n" + ANG_REST,
    # -= of minus the rate: ascent written so
    ANG_FIRST.replace("theta(1) = theta(1) - alpha", "theta(1) -= -alpha") + "\n"
    + ANG_REST.replace("theta(2:end) = theta(2:end) - alpha", "theta(2:end) -= -alpha"),
    # the data's first column in the rest's line
    ANG_FIRST + "\n" + ANG_REST.replace("xTrain(:,2:end)' * error", "xTrain(:,1)' * error"),
])
def test_two_part_steps_that_are_not_one_descent_step_are_refused(answer):
    refused(logderiv.check, answer, cost=ANG_COST, wrt="theta_j", let=ANG_LETS)


def test_the_two_part_step_on_one_line_and_with_column_indices_is_read():
    X, y, theta, lam = _data(8)
    m, alpha = len(y), 0.2
    error = sigmoid(X @ theta) - y
    stepped = theta.copy()
    stepped[0] -= alpha * (1 / m) * (X[:, 0] @ error)
    stepped[1:] -= alpha * (1 / m) * (X[:, 1:].T @ error + lam * stepped[1:])
    assert np.allclose(stepped, theta - alpha * _numeric(X, y, theta, lam), atol=1e-7)
    assert_verdict_read(ANG_FIRST + " " + ANG_REST, ANG_COST, "equivalent", lets=ANG_LETS)
    answer = ANG_FIRST.replace("theta(1)", "theta(1,1)") + "\n" + ANG_REST.replace("theta(2:end)", "theta(2:end,1)")
    assert_verdict_read(answer, ANG_COST, "equivalent", lets=ANG_LETS)


# ------------------------------------------------------------------ 3. c·(a + b) opened
L3 = NSA3_LETS[:3]
FIRST = "grad(1) = (1/m) * (X(:,1)' * (h - y));\n"


@pytest.mark.parametrize("rest", [
    "grad(2:end) = (1/m) * (X' * (h - y) + lambda * theta(2:end));",  # all n columns into n − 1
    "grad(2:end) = (1/m) * (X(:,2:end)' * (h - y) + lambda * theta(2:end)');",  # a column plus a row
    "grad(2:end) = (1/m) * ((h-y)' * X(:,2:end) + lambda * theta(2:end));",  # a row plus a column
    "grad(2:end) = (1/m) * (X(:,2:end)' * (h - y) + lambda * sum(theta(2:end)));",  # one number
    "grad(2:end) = (1/m) * (X(:,2:end)' * (h - y) + lambda * q);",  # a name of no said size
    "grad(2:end) = (1/m) * sum(X(:,2:end)' * (h - y) + lambda * theta(2:end));",  # a call, not a number, before
])
def test_a_scaled_sum_of_other_sizes_is_refused(rest):
    refused(logderiv.check, FIRST + rest, cost=NSA3_COST, wrt="theta_j", let=L3)


def test_a_scaled_sum_in_a_row_with_a_column_added_is_refused():
    # ex3's row gradient: (λ·θ(2:end) + 0·θ(2:end)')/m adds a column to the row's entries (Octave broadcasts a matrix)
    answer = ("grad = (1/m) * ((h-y)' * X);\ngrad(:, 2:length(grad)) = grad(:, 2:length(grad)) + (1/m) * "
              "(lambda * theta(2:end) + 0 * theta(2:end)');")
    refused(logderiv.check, answer, cost=NSA3_COST, wrt="theta_j", let=L3)


def test_a_scaled_sum_with_the_intercept_penalised_is_different():
    X, y, theta, lam = _data(9)
    m = len(y)
    grad = X.T @ (sigmoid(X @ theta) - y) / m + lam / m * theta
    assert not np.allclose(grad, _numeric(X, y, theta, lam), atol=1e-3)
    answer = ("grad(1) = (1/m) * (X(:,1)' * (h - y) + lambda*theta(1));\n"
              "grad(2:end) = (1/m) * (X(:,2:end)' * (h - y) + lambda * theta(2:end));")
    assert_verdict_read(answer, NSA3_COST, "different", lets=L3)


def test_python_floor_division_before_a_scaled_sum_is_not_read_as_a_division():
    # 1//m is 0 for m > 1: not (1/m)·(…)
    cost = "J = -np.mean(y*np.log(h) + (1-y)*np.log(1-h)) + lam/(2*m)*np.sum(w[1:]**2)"
    answer = "grad[0] = 1//m * (X[:, 0] @ (h - y))\ngrad[1:] = 1//m * (X[:, 1:].T @ (h - y) + lam * w[1:])"
    refused(logderiv.check, answer, cost=cost, wrt="w", let=("h = sigmoid(X @ w)", "m = len(y)"))


# ------------------------------------------------------------------ mended: numbers side by side in a scaled slice let
# Octave does not run ``gradReg = 1 0 * theta(2:end);`` (a parse error: two numbers in a row); the slice let's scale
# had its spaces taken out before it was read, so it was read as 10·θ(2:end) and judged "equivalent" against a cost
# whose penalty is 5·Σθ(2:end)² (gradient 10·θ(2:end)): a meaning the writer never wrote. Likewise ``(lambda / 2 m)``
# was read as λ/(2m) and ``lambda m`` as an unknown name lambdam. Now such a let is not read as a scaled slice.
C10 = "J = (1/m) * sum((-y .* log(h)) - (1-y) .* log(1-h)) + 5*sum(theta(2:end).^2);"


@pytest.mark.parametrize("let", ["gradReg = 1 0 * theta(2:end);", "gradReg = (lambda / 2 m) * theta(2:end);",
                                 "gradReg = lambda m * theta(2:end);"])
def test_numbers_side_by_side_in_a_scaled_slice_let_are_not_joined(let):
    lets = NSA3_LETS[:3] + (let,) + NSA3_LETS[4:]
    error = refused(logderiv.check, NSA3_GRAD, cost=C10, wrt="theta_j", let=lets)
    assert "gradReg in grad(2:end) is a name whose size the line does not say" in str(error)


@pytest.mark.parametrize("let", ["gradReg = 10 * theta(2:end);", "gradReg = ( 10 ) .* theta(2:end);"])
def test_a_scaled_slice_let_with_spaces_around_its_operators_is_still_read(let):
    # the cost's 5·Σθ(2:end)² has gradient 10·θ(2:end) beside Xᵀ(σ − y)/m: by hand, and by differences
    X, y, theta, _ = _data(10)
    m = len(y)
    numeric = central_differences(lambda t: penalised_cross_entropy(X, y, t, 10 * m), theta)  # λ/2m = 5
    grad = X.T @ (sigmoid(X @ theta) - y) / m
    grad[1:] += 10 * theta[1:]
    assert np.allclose(grad, numeric, atol=1e-6)
    assert_verdict_read(NSA3_GRAD, C10, "equivalent", lets=NSA3_LETS[:3] + (let,) + NSA3_LETS[4:])
