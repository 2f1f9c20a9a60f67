"""A row of the data passed to the code's own one-line function, read as that function's body (fixloop38b).

The real material: byelipk's R linear regression (f83, tests/corpus/fresh_eightythird.py, BYE:
github.com/byelipk/linear-regression-with-r, algorithms.r), verbatim:

    h <- function(theta, x) {
      return(t(theta) %*% x)
    }
    cost_function <- function(X, y, theta) {
      number_of_rows <- length(y)
      J <- rep(0, length=number_of_rows)
      for (i in 1:number_of_rows) {
        expected      <- h(theta, X[i, ])
        …
      return((1 / (2 * number_of_rows)) * sum(J))

``h(theta, X[i, ])`` with h given by a --let of one line is its body with the arguments put in,
``t(theta) %*% X[i, ]``, θ's row times the example's row, θᵀx⁽ⁱ⁾ (noted). The cost is then the half-mean squared
error, whose gradient (1/m)Xᵀ(Xθ − y) is worked out by hand and held to central differences of the loop below.
The gradient loop of the same file ends ``J = (1/m) * sum(delta)``: J is the cost's name, and the answer stays
refused there (by name). Near-misses: an h of several lines, a call with another number of arguments, an h that does
not take θ times the row, no h at all, X[i, k] beside --wrt theta_j — all still refused.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from logderiv.errors import InputError

from _numeric import central_differences

# byelipk, algorithms.r (f83-byelipk-r-cost-function-loop), verbatim
BYE_COST = ('cost_function <- function(X, y, theta) {\n  number_of_rows <- length(y)\n  J <- rep(0, length=number_of_rows)'
            '\n\n  for (i in 1:number_of_rows) {\n    expected      <- h(theta, X[i, ])\n    actual        <- y[i]\n'
            '    squared_error <- (expected - actual)^2\n\n    J[i] <- squared_error\n  }\n\n'
            '  return((1 / (2 * number_of_rows)) * sum(J))\n}')
BYE_H = "h <- function(theta, x) {\n  return(t(theta) %*% x)\n}"
# byelipk, gradient_descent's inner loop and sum, dedented (f83-byelipk-r-gradient-loop), verbatim
BYE_GRAD = "for (i in 1:m) {\n  delta[i] = (h(theta, X[i, ]) - y[i]) * X[i, j]\n}\nJ = (1/m) * sum(delta)"
BYE_GLETS = [BYE_H, "m <- length(y)", 'delta <- vector(mode="numeric", length=m)']

MATRIX_GRADIENT = "(1/m) * t(X) %*% (X %*% theta - y)"


def _bye_cost(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """byelipk's cost_function in NumPy, loop and all: (1/(2·rows))·Σᵢ (θᵀxᵢ − yᵢ)²."""
    J = np.zeros(len(y))
    for i in range(len(y)):
        J[i] = (theta @ X[i] - y[i]) ** 2
    return float(np.sum(J) / (2 * len(y)))


def _data(seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_hand_gradient_agrees_with_differences_of_the_loop_and_its_half_does_not(seed):
    X, y, theta = _data(seed)
    numeric = central_differences(lambda t: _bye_cost(X, y, t), theta)
    by_hand = X.T @ (X @ theta - y) / len(y)  # (1/m) Xᵀ(Xθ − y)
    assert np.allclose(numeric, by_hand, atol=1e-6)
    assert not np.allclose(numeric, by_hand / 2, atol=1e-3)  # the 1/(2m) variant halves it


def test_the_real_cost_is_read_through_h_and_said():
    verdict = logderiv.check(MATRIX_GRADIENT, cost=BYE_COST, let=[BYE_H], wrt="theta_j")
    assert verdict.verdict == "equivalent"
    notes = "\n".join(verdict.notes)
    assert ("h(theta, X[i, ]) calls the code's own function h(theta, x) = t(theta) %*% x on row i of the data: read "
            "as its body with the arguments put in, t(theta) %*% X[i, ]") in notes
    assert "number_of_rows is set to length(y), the data's row count" in notes


def test_the_real_cost_tells_a_halved_gradient_from_its_own():
    verdict = logderiv.check("(1/(2*m)) * t(X) %*% (X %*% theta - y)", cost=BYE_COST, let=[BYE_H], wrt="theta_j")
    assert verdict.verdict == "different"


def test_a_gradient_loop_that_takes_entry_j_of_row_i_is_read_with_a_note():
    # variant of byelipk's inner loop, its sum named grad (a gradient's name): X[i, j] is x_j⁽ⁱ⁾ for --wrt theta_j
    text = "grad <- 0\nfor (i in 1:m) {\n  grad <- grad + (h(theta, X[i, ]) - y[i]) * X[i, j]\n}\ngrad <- grad / m"
    verdict = logderiv.check(text, cost=BYE_COST, let=[BYE_H], wrt="theta_j")
    assert verdict.verdict == "equivalent"
    assert any("X[i, j] is entry j of row i of the data, x_j⁽ⁱ⁾" in note for note in verdict.notes)


def test_the_real_gradient_loop_is_refused_at_its_name_j():
    # the file's J = (1/m) * sum(delta) is the partial in θ_j (T[j] = theta[j] - alpha * J further on, not in the
    # item); J is the cost's own name, and an answer naming J is not read as a derivative
    with pytest.raises(InputError) as caught:
        logderiv.check(BYE_GRAD, cost=BYE_COST, let=BYE_GLETS, wrt="theta_j")
    assert "the left side names J, not a derivative of it" in str(caught.value)
    assert caught.value.column == 0
    # the same lines with the sum named grad are read, delta's --let left out with a note
    verdict = logderiv.check(BYE_GRAD.replace("J = (1/m)", "grad = (1/m)"), cost=BYE_COST, let=BYE_GLETS,
                             wrt="theta_j")
    assert verdict.verdict == "equivalent"
    assert any("the --let delta <- vector(mode=\"numeric\", length=m) starts the array of zeros" in note
               for note in verdict.notes)


def _refused(cost: str, lets: list[str]) -> InputError:
    with pytest.raises(InputError) as caught:
        logderiv.check(MATRIX_GRADIENT, cost=cost, let=lets, wrt="theta_j")
    return caught.value


@pytest.mark.parametrize("lets, cost", [
    # guard: h of several lines (a local before the return) is not put in
    (["h <- function(theta, x) {\n  z <- t(theta) %*% x\n  return(z)\n}"], BYE_COST),
    # guard: no --let gives h
    ([], BYE_COST),
    # guard: the call has another number of arguments than h's parameters
    ([BYE_H], BYE_COST.replace("h(theta, X[i, ])", "h(X[i, ])")),
    ([BYE_H], BYE_COST.replace("h(theta, X[i, ])", "h(theta, X[i, ], 2)")),
])
def test_a_function_not_put_in_stays_refused_by_name(lets, cost):
    error = _refused(cost, lets)
    assert "row i of the data is passed to h(…), a function of the code's own that the loop's reader does not put " \
           "in" in str(error)
    assert error.source[error.column:].startswith("for (i in 1:number_of_rows)")


def test_an_h_that_does_not_take_the_parameters_times_the_row_stays_refused():
    # guard: t(x) %*% x is the row times itself, no model; put in, it is still refused (not as R's t a function)
    error = _refused(BYE_COST, ["h <- function(theta, x) {\n  return(t(x) %*% x)\n}"])
    assert "row i of the data is used otherwise than times the parameters" in str(error)
    assert error.source[error.column:].startswith("for (i in 1:number_of_rows)")


def test_another_entry_than_the_asked_one_stays_refused():
    # guard: X[i, k] beside --wrt theta_j is not entry j
    text = "grad <- 0\nfor (i in 1:m) {\n  grad <- grad + (h(theta, X[i, ]) - y[i]) * X[i, k]\n}\ngrad <- grad / m"
    with pytest.raises(InputError) as caught:
        logderiv.check(text, cost=BYE_COST, let=[BYE_H], wrt="theta_j")
    assert "uses i otherwise than as the index of an example" in str(caught.value)
    assert caught.value.source[caught.value.column:].startswith("for (i in 1:m)")


# --- range(0, n) in a comprehension is range(n) (LBanda's sdg.py, f83: sum(… for i in range(0, len(trX))))
ONE_FEATURE_COST = "sum((y[i] - (w*x[i] + b)) ** 2 for i in range(0, len(y))) / len(y)"


@pytest.mark.parametrize("seed", [3, 4])
def test_the_hand_partial_in_b_agrees_with_differences(seed):
    rng = np.random.default_rng(seed)
    x, y = rng.normal(size=7), rng.normal(size=7)
    w, b = rng.normal(), rng.normal()

    def cost(v: np.ndarray) -> float:
        return float(sum((y[i] - (w * x[i] + v[0])) ** 2 for i in range(0, len(y))) / len(y))

    numeric = central_differences(cost, np.array([b]))[0]
    assert np.isclose(numeric, 2 / len(y) * np.sum(w * x + b - y), atol=1e-6)  # (2/m) Σ (w xᵢ + b − yᵢ)
    assert not np.isclose(numeric, 1 / len(y) * np.sum(w * x + b - y), atol=1e-3)


def test_a_comprehension_over_range_from_0_is_read_as_over_the_examples():
    verdict = logderiv.check("(2/m) * sum_i(w*x^(i) + b - y^(i))", cost=ONE_FEATURE_COST, wrt="b")
    assert verdict.verdict == "equivalent"
    assert any("(i in range(0, len(y)), 0 … m−1)" in note for note in verdict.notes)
    assert logderiv.check("(1/m) * sum_i(w*x^(i) + b - y^(i))", cost=ONE_FEATURE_COST, wrt="b").verdict == "different"


def test_a_comprehension_from_1_stays_refused():
    # guard: range(1, len(y)) leaves example 0 out; no sum over the examples
    cost = ONE_FEATURE_COST.replace("range(0, len(y))", "range(1, len(y))")
    with pytest.raises(InputError) as caught:
        logderiv.check("(2/m) * sum_i(w*x^(i) + b - y^(i))", cost=cost, wrt="b")
    assert "range(1, len(y)) is not the range of the examples" in str(caught.value)
    assert caught.value.source[caught.value.column:].startswith("for i in range(1, len(y))")


def test_lbanda_read_once_trx_is_the_data_and_its_range_is_quoted_as_written():
    # LBanda's cost in the script's names (f83-lbanda-es-b-gradient-loop), verbatim. This was a refusal here until
    # fixcode38 read the TF tutorials' trX, trY as the data (audited by audcode38; tests/test_fixcode38.py checks
    # the loops against central differences). By hand: the cost is (1/N) Σᵢ (trYᵢ − (W trXᵢ + b))², N = m, so
    # ∂/∂b = −(2/N) Σᵢ (trYᵢ − W trXᵢ − b), which the loop subtracting (2/N)(trYᵢ − …) from 0 adds up
    cost = "(1/N) * sum((trY[i] - gradient_func(W, trX[i], b)) ** 2 for i in range(0, len(trX)))"
    answer = "for i in range(0, len(trX)):\n    b_gradient -= (2/N) * (trY[i] - gradient_func(W, trX[i], b))"
    verdict = logderiv.check(answer, cost=cost, wrt="b",
                             let=["def gradient_func(W, x, b):\n    return W*x + b", "N = float(len(trX))",
                                  "b_gradient = 0"])
    assert verdict.verdict == "equivalent"
    # the range is quoted as written, its 0 kept
    assert any("(i in range(0, len(trX)), 0 … m−1)" in note for note in verdict.notes)
