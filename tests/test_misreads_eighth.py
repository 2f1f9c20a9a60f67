"""Four silent misreads the fresh Q&A corpus exposed (issue 10), and their near-variants.

Each expected gradient is a hand-written NumPy cost differentiated by central finite
differences at the oracle's random values (the same values logderiv's result is
evaluated at by ``tests/_oracle.py``, which shares no code with the engine); each
verdict was worked out by hand.

1. ``sum(sum(theta(2:end,:).^2))``: the outer code sum of a number (a sum over the
   features already) was read as a sum over the m examples, m times the penalty.
2. ``-\\frac{1}{N}\\sum_{i=1}^{n}[…]``: N beside a sum bounded by n took N as a free
   constant; ML notes mean one number of examples by both.
3. The Octave answer ``sum((X*theta-y).*X)/m + (nowtheta)'*(lambda/m)`` was judged
   different only because its cost (1.) was misread.
4. An answer writing X beside a cost whose lets hold the data in x was judged as if X
   were x.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

import _oracle as oracle
import logderiv
from logderiv.errors import InputError

STEP = 1e-6
SIZES = ((3, 2), (2, 3))


def sig(z):
    return 1 / (1 + np.exp(-z))


class _Data:
    """The oracle's random values at one point, as NumPy arrays: X m×n, y m, θ n, scalar w, b, x for one feature."""

    def __init__(self, point: oracle.Point, m: int, n: int) -> None:
        value = point.value
        self.m, self.n = m, n
        self.X = np.array([[float(value(("x", (i, k)))) for k in range(1, n + 1)] for i in range(1, m + 1)])
        self.x = np.array([float(value(("x", (i,)))) for i in range(1, m + 1)])
        self.y = np.array([float(value(("y", (i,)))) for i in range(1, m + 1)])
        self.theta = np.array([float(value(("theta", (k,)))) for k in range(1, n + 1)])
        self.w = float(value(("w", ())))
        self.b = float(value(("b", ())))
        self.lam = float(value(("lambda", ())))


def _keys(wrt: str, n: int):
    if wrt == "theta_j":
        return [(j, ("theta", (j,))) for j in range(1, n + 1)]
    return [(1, (wrt, ()))]


def assert_matches(derivation, cost, wrt: str, seed: int = 0) -> None:
    """logderiv's gradient equals central finite differences of the hand-written NumPy ``cost`` at every entry."""
    gradient = oracle.prepare(derivation.result, derivation.problem.definitions)
    rng = random.Random(seed)
    for m, n in SIZES:
        found = 0
        for _ in range(20):
            if found == 2:
                break
            point = oracle.Point(rng)
            with np.errstate(all="ignore"):
                if not np.isfinite(cost(_Data(point, m, n))):
                    continue
            for j, key in _keys(wrt, n):
                mine = oracle.evaluate(gradient, point, oracle.Size(m, n, j))
                plus = cost(_Data(point.moved(key, STEP), m, n))
                minus = cost(_Data(point.moved(key, -STEP), m, n))
                estimate = (float(plus) - float(minus)) / (2 * STEP)
                assert mine is not None
                assert abs(float(mine) - estimate) <= 1e-5 * max(1.0, abs(estimate)), (m, n, j, float(mine), estimate)
            found += 1
        assert found, f"no point where the cost is defined at m={m} n={n}"


# ---------------------------------------------------------------- 1. a code sum of a number is that number

def _ridge_tail(d):
    """Σ (Xθ − y)²/(2m) + λ/(2m) Σ_{k ≥ 2} θ_k²: the intercept θ₁ is not regularised."""
    return np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m) + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2)


def _ridge_all(d):
    return np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m) + d.lam / (2 * d.m) * np.sum(d.theta ** 2)


def _squared_error(d):
    return np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)


SUM_OF_A_NUMBER = [
    # f5-shavit-octave-sum-sum-no-semicolon, as written
    ("J= sum((h-y).^2)/(2*m) + sum(sum(theta(2:end,:).^2))*(lambda/(2*m))", ("h=X*theta",), _ridge_tail),
    ("J= sum((h-y).^2)/(2*m) + sum(sum(theta(2:end).^2))*(lambda/(2*m))", ("h=X*theta",), _ridge_tail),
    ("J = sum((h-y).^2)/(2*m) + lambda/(2*m)*sum(theta(2:end)'*theta(2:end))", ("h=X*theta",), _ridge_tail),
    ("J = np.sum((h-y)**2)/(2*m) + lam/(2*m)*np.sum(np.sum(np.square(theta[1:])))", ("h = X @ theta",),
     _ridge_tail),
    ("J = np.sum((h-y)**2)/(2*m) + lambda/(2*m)*np.sum(np.sum(theta**2))", ("h = X @ theta",), _ridge_all),
    ("J = sum(sum((X*theta-y).^2))/(2*m)", (), _squared_error),
]


@pytest.mark.parametrize("text, lets, cost", SUM_OF_A_NUMBER)
def test_a_code_sum_of_a_number_is_that_number(text, lets, cost):
    derivation = logderiv.derive(text, wrt="theta_j", let=lets)
    assert_matches(derivation, cost, "theta_j")
    assert any("adds up a single number" in note for note in derivation.notes)


def test_sum_of_theta_transpose_theta_outside_matrix_form_is_refused_with_both_readings():
    """sum(theta'*theta) in a cost not otherwise in matrix form: code's sum of a number, or m times it as Σᵢ."""
    text = "J = sum((h-y).^2)/(2*m) + lambda/(2*m)*sum(theta'*theta)"
    with pytest.raises(InputError) as caught:
        logderiv.derive(text, wrt="theta_j", let=("h=X*theta",))
    assert "already one number" in caught.value.message and "m times it" in caught.value.message
    assert caught.value.column == text.index("sum(theta")


# ---------------------------------------------------------------- 2. N beside a sum to n counts the examples

JUBAER = r"- \frac{1}{N} \sum_{i=1}^{n}[y_i log(h(x_i)) + (1-y_i) log(1-h(x_i))]"


def _jubaer(d):
    p = sig(d.w * d.x + d.b)
    return -np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))


@pytest.mark.parametrize("wrt", ["w", "b"])
def test_N_beside_a_sum_to_n_is_the_mean_over_the_examples(wrt):
    derivation = logderiv.derive(JUBAER, wrt=wrt, let=(r"h(x) = \frac{1}{1+e^{-(wx+b)}}",))
    assert_matches(derivation, _jubaer, wrt)
    assert any(note.startswith("N beside the sum over the n examples") for note in derivation.notes)


def _mse_mean(d):
    return np.mean((d.X @ d.theta - d.y) ** 2)


def _half_mse_ridge(d):
    return np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m) + d.lam / (2 * d.m) * np.sum(d.theta ** 2)


COUNT_BESIDE_BOUND = [
    (r"\frac{1}{N}\sum_{i=1}^{m}(\theta^T x^{(i)}-y^{(i)})^2", _mse_mean, "N beside the sum over the m examples"),
    # \frac{1}{n}\sum_{i=1}^{m}: n beside a bound m is the features' count in the notes that bound by m: refused
    # as a slip for m or the features' count (test_hunt32.test_one_over_n_in_a_cost_beside_sum_to_m_is_refused)
    (r"\frac{1}{2M}\sum_{i=1}^{N}(\theta^T x^{(i)}-y^{(i)})^2 + \frac{\lambda}{2M}\sum_{j=1}^{n}\theta_j^2",
     _half_mse_ridge, "M beside the sum over the N examples"),
]


@pytest.mark.parametrize("text, cost, note", COUNT_BESIDE_BOUND)
def test_a_count_letter_beside_another_bound_is_read_as_that_count_and_noted(text, cost, note):
    derivation = logderiv.derive(text, wrt="theta_j")
    assert_matches(derivation, cost, "theta_j")
    assert any(current.startswith(note) for current in derivation.notes), derivation.notes


COUNT_REFUSED = [
    # n also bounds the sum over the features: one n cannot count both
    (r"\frac{1}{n}\sum_{i=1}^{m}(\theta^T x^{(i)}-y^{(i)})^2 + \lambda\sum_{j=1}^{n}\theta_j^2", "theta_j", "n",
     "also bounds a sum over the features"),
    # N is also a quantity of its own
    (r"\frac{1}{N}\sum_{i=1}^{n}(y_i - b)^2 + N b^2", "b", "N", "quantity of its own"),
    # λ/(2N) beside a Σ bounded by n: N divides like a count, and does not scale the sum over the examples
    (r"\frac{1}{2n}\sum_{i=1}^{n}(\theta^T x^{(i)}-y^{(i)})^2 + \frac{\lambda}{2N}\sum_{j}\theta_j^2", "theta_j", "N",
     "divides like a count"),
]


@pytest.mark.parametrize("text, wrt, letter, why", COUNT_REFUSED)
def test_a_count_letter_that_cannot_be_told_is_refused_at_it(text, wrt, letter, why):
    with pytest.raises(InputError) as caught:
        logderiv.derive(text, wrt=wrt)
    assert why in caught.value.message
    assert text[caught.value.column] == letter


def test_a_letter_defined_with_let_stays_that_quantity():
    """N = 5 given with --let: the text defines N, so 1/N is 1/5 and not the mean (by hand: ∂/∂b = −(2/5)Σ(yᵢ − b))."""
    derivation = logderiv.derive(r"\frac{1}{N}\sum_{i=1}^{n}(y_i - b)^2", wrt="b", let=("N = 5",))
    assert_matches(derivation, lambda d: np.sum((d.y - d.b) ** 2) / 5, "b")


# ---------------------------------------------------------------- 3. the Octave answer against the cost read right

SHAVIT_J = "sum((h-y).^2)/(2*m) + sum(sum(theta(2:end,:).^2))*(lambda/(2*m))"
SHAVIT_LETS = ("h=X*theta", "nowtheta = theta;", "nowtheta(1) = 0;")


def test_the_row_gradient_with_the_zeroed_theta_is_equivalent():
    """By hand: sum((Xθ − y).*X) is the row (Xθ − y)ᵀX; nowtheta is θ with θ₁ = 0, the penalty's λ/m θ_j for j ≥ 2."""
    verdict = logderiv.check("grad = sum((X*theta-y).*X)/m + (nowtheta)'*(lambda/m);", cost=SHAVIT_J,
                             wrt="theta_j", let=SHAVIT_LETS)
    assert verdict.verdict == "equivalent", verdict


def test_the_row_gradient_that_regularises_the_intercept_is_different():
    """By hand: + θᵀλ/m adds λθ₁/m to the intercept's entry, which the penalty over theta(2:end) does not have."""
    verdict = logderiv.check("grad = sum((X*theta-y).*X)/m + theta'*(lambda/m);", cost=SHAVIT_J,
                             wrt="theta_j", let=("h=X*theta",))
    assert verdict.verdict == "different", verdict


def test_the_answer_m_times_the_penalty_gradient_is_different():
    """The old misread's gradient, m·λθ_j/m for j ≥ 2, written as an answer: by hand it is not the gradient."""
    verdict = logderiv.check("grad = sum((X*theta-y).*X)/m + (nowtheta)'*lambda;", cost=SHAVIT_J,
                             wrt="theta_j", let=SHAVIT_LETS)
    assert verdict.verdict == "different", verdict


# ---------------------------------------------------------------- 4. X in the answer, x in the cost's code

MOSTLYVOID_COST = "cost = (np.matmul(-y.T, np.log(h)) - np.matmul((1 -y.T), np.log(1 - h)))/m"
MOSTLYVOID_LETS = ("m = x.shape[0]", "h = sigmoid(np.matmul(x, theta))")


def test_capital_X_beside_the_lets_lower_x_is_refused_at_X():
    answer = "grad = np.matmul(X.T, (h - y)) / m;"
    with pytest.raises(InputError) as caught:
        logderiv.check(answer, cost=MOSTLYVOID_COST, wrt="theta_j", let=MOSTLYVOID_LETS)
    assert "whether X is the same matrix as x is not in the text" in caught.value.message
    assert caught.value.source == answer and caught.value.column == answer.index("X")
    assert caught.value.label == "ANSWER"


X_BESIDE_x = [
    # Octave: the let multiplies x by θ, the answer writes X'
    ("grad = X'*(h - y)/m;", "J = sum(-y.*log(h) - (1-y).*log(1-h))/m", ("h = sigmoid(x*theta);",)),
    # NumPy with np.dot
    ("grad = np.dot(X.T, h - y) / m", "cost = -np.sum(y*np.log(h) + (1-y)*np.log(1-h))/m",
     ("h = sigmoid(np.dot(x, theta))",)),
]


@pytest.mark.parametrize("answer, cost, lets", X_BESIDE_x)
def test_capital_X_beside_lower_x_is_refused_in_either_dialect(answer, cost, lets):
    with pytest.raises(InputError) as caught:
        logderiv.check(answer, cost=cost, wrt="theta_j", let=lets)
    assert "is not in the text" in caught.value.message


def test_the_cost_with_X_and_a_let_with_x_is_refused_in_derive_too():
    with pytest.raises(InputError) as caught:
        logderiv.derive("J = sum((X*theta - y).^2)/(2*m)", wrt="theta_j", let=("h = x*theta",))
    assert "whether X is the same matrix as x" in caught.value.message


def test_one_letter_x_throughout_is_read_as_the_data_matrix():
    """By hand: xᵀ(σ(xθ) − y)/m is the gradient of the mean cross-entropy with x the m×n data matrix."""
    verdict = logderiv.check("grad = np.matmul(x.T, (h - y)) / m;", cost=MOSTLYVOID_COST, wrt="theta_j",
                             let=MOSTLYVOID_LETS)
    assert verdict.verdict == "equivalent", verdict
