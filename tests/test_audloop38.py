"""audloop38: silent misreads of fixloop38's new readings (loop bounds, filled arrays, a row passed to h).

1. A filled entry that gets a vector. fixloop38 reads ``delta <- rep(0, m)``, a loop setting ``delta[i] <- e``, then
   ``sum(delta)`` as the loop adding e to delta from 0. Where e is row i of the data times a number
   (``delta[i] <- (X[i, ] %*% theta - y[i]) * X[i, ]``), e is a vector, and one entry cannot hold it: R keeps its
   first entry (with a warning), so sum(delta) is Σᵢ eᵢ x₁⁽ⁱ⁾, the derivative by θ₁ only; NumPy refuses the line
   (ValueError). The rewrite ``delta += e`` made delta the vector sum, which the row-entry rule then read by its entry
   j: a false "equivalent" against ∂J/∂θ_j. Such a line is now refused; the scalar fill (``* X[i, j]``) is still read.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from logderiv.errors import InputError

from _numeric import central_differences, half_mean_square

COST = ('cost_function <- function(X, y, theta) {\n  m <- length(y)\n  J <- 0\n'
        '  for (i in 1:m) {\n    J <- J + (t(theta) %*% X[i, ] - y[i])^2\n  }\n  return(J / (2 * m))\n}')
R_VECTOR_FILL = ("delta <- rep(0, m)\nfor (i in 1:m) {\n  delta[i] <- (X[i, ] %*% theta - y[i]) * X[i, ]\n}\n"
                 "grad <- (1/m) * sum(delta)")
PY_VECTOR_FILL = ("delta = np.zeros(m)\nfor i in range(m):\n    delta[i] = (np.dot(X[i], theta) - y[i]) * X[i]\n"
                  "grad = sum(delta) / m")


def _r_vector_fill(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """R's value of R_VECTOR_FILL: delta[i] <- v keeps v[1] (R warns: 'number of items to replace…')."""
    delta = np.zeros(len(y))
    for i in range(len(y)):
        delta[i] = ((X[i] @ theta - y[i]) * X[i])[0]
    return float(np.sum(delta) / len(y))


@pytest.mark.parametrize("seed", [0, 1])
def test_the_vector_fill_is_the_derivative_by_the_first_parameter_only(seed):
    rng = np.random.default_rng(seed)
    X, y, theta = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3)
    numeric = central_differences(lambda t: half_mean_square(X, y, t), theta)
    value = _r_vector_fill(X, y, theta)
    assert np.isclose(value, numeric[0], atol=1e-6)  # ∂J/∂θ₁ …
    assert not np.isclose(value, numeric[1], atol=1e-3)  # … not ∂J/∂θ_j for another j
    with pytest.raises(ValueError):  # NumPy will not put a vector into one entry at all
        np.zeros(3)[0] = np.array([1.0, 2.0])


@pytest.mark.parametrize("answer", [R_VECTOR_FILL, PY_VECTOR_FILL])
def test_a_row_put_into_one_entry_of_a_filled_array_is_refused(answer):
    with pytest.raises(InputError) as caught:
        logderiv.check(answer, cost=COST, wrt="theta_j")
    assert "one entry" in str(caught.value)


def test_the_entry_fill_by_x_ij_is_still_read():
    answer = R_VECTOR_FILL.replace("* X[i, ]\n", "* X[i, j]\n")
    assert logderiv.check(answer, cost=COST, wrt="theta_j").verdict == "equivalent"
    assert logderiv.check(answer.replace("(1/m)", "(2/m)"), cost=COST, wrt="theta_j").verdict == "different"


def test_the_refusal_points_at_the_line_that_fills_the_entry():
    with pytest.raises(InputError) as caught:
        logderiv.check(R_VECTOR_FILL, cost=COST, wrt="theta_j")
    assert caught.value.source[caught.value.column:].startswith("delta[i] <- (X[i, ] %*% theta")


# 2. The array of zeros must be one vector, and nothing but the zeros. np.zeros((m, 2)) is a matrix: J[i] = e sets
#    both entries of row i, and Python's sum(J) adds the rows, the vector [Σe, Σe], no number; read as Σe by
#    fixloop38. Likewise a start that is zeros plus more (np.zeros(m + 1) + np.sum(theta ** 2)) keeps the rest in
#    the entry the loop never sets: sum(J) = Σe + ‖θ‖², whose gradient has the extra 2θ.
PY_FILL_COST = "J = np.zeros(m)\nfor i in range(m):\n    J[i] = (np.dot(X[i], theta) - y[i])**2\ncost = sum(J) / (2*m)"
MATRIX_GRADIENT = "(1/m) * X.T @ (X @ theta - y)"


def test_python_sum_of_a_filled_matrix_is_a_vector_of_copies():
    rng = np.random.default_rng(5)
    X, y, theta = rng.normal(size=(4, 3)), rng.normal(size=4), rng.normal(size=3)
    J = np.zeros((4, 2))
    for i in range(4):
        J[i] = (np.dot(X[i], theta) - y[i]) ** 2
    assert np.shape(sum(J)) == (2,)  # builtin sum over the rows: a vector
    assert np.allclose(sum(J) / 8, half_mean_square(X, y, theta))  # each entry the cost, not one number


def test_the_plain_filled_vector_is_read():
    assert logderiv.check(MATRIX_GRADIENT, cost=PY_FILL_COST, wrt="theta_j").verdict == "equivalent"


@pytest.mark.parametrize("start", ["np.zeros((m, 2))", "np.zeros(shape=(m, 2))", "np.zeros(m + 1) + np.sum(theta ** 2)",
                                   "rep(0, m) + rep(1, m)"])
def test_a_start_that_is_not_one_vector_of_zeros_is_not_read_as_a_sum_from_zero(start):
    with pytest.raises(InputError):
        logderiv.check(MATRIX_GRADIENT, cost=PY_FILL_COST.replace("np.zeros(m)", start), wrt="theta_j")


def test_the_extra_start_changes_the_gradient():
    # sum(J) with J = np.zeros(m + 1) + ‖θ‖² filled over m entries: Σe + ‖θ‖²; its gradient is not (1/m)Xᵀ(Xθ − y)
    rng = np.random.default_rng(6)
    X, y, theta = rng.normal(size=(4, 3)), rng.normal(size=4), rng.normal(size=3)

    def cost(t: np.ndarray) -> float:
        J = np.zeros(5) + np.sum(t ** 2)
        for i in range(4):
            J[i] = (np.dot(X[i], t) - y[i]) ** 2
        return float(sum(J) / 8)

    numeric = central_differences(cost, theta)
    assert np.allclose(numeric, X.T @ (X @ theta - y) / 4 + 2 * theta / 8, atol=1e-6)
    assert not np.allclose(numeric, X.T @ (X @ theta - y) / 4, atol=1e-3)


# 3. Two --let s starting the filled array. fixloop38 took the one ``defined`` holds (delta = numeric(m)) and left out
#    both; where the other is in force (delta <- rep(sum(theta^2), m + 1)), its entry m + 1 keeps ‖θ‖² and the
#    gradient gains 2θ_j/m. Which --let the code means is not said: refused.
GRAD_FILL = "for (i in 1:m) {\n  delta[i] = (X[i, ] %*% theta - y[i]) * X[i, j]\n}\ngrad = (1/m) * sum(delta)"


def test_the_two_starts_give_other_gradients():
    rng = np.random.default_rng(7)
    X, y, theta = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)

    def grad(t: np.ndarray, start: np.ndarray, j: int) -> float:
        delta = start.copy()
        for i in range(5):
            delta[i] = (X[i] @ t - y[i]) * X[i, j]
        return float(np.sum(delta) / 5)

    numeric = central_differences(lambda t: half_mean_square(X, y, t), theta)
    assert np.isclose(grad(theta, np.zeros(5), 1), numeric[1], atol=1e-6)
    assert not np.isclose(grad(theta, np.full(6, theta @ theta), 1), numeric[1], atol=1e-3)


@pytest.mark.parametrize("lets", [["delta = numeric(m)", "delta <- rep(sum(theta^2), m + 1)"],
                                  ["delta <- rep(sum(theta^2), m + 1)", "delta = numeric(m)"]])
def test_two_lets_starting_the_filled_array_are_refused(lets):
    with pytest.raises(InputError):
        logderiv.check(GRAD_FILL, cost=COST, wrt="theta_j", let=lets)


def test_one_let_starting_the_filled_array_is_read():
    assert logderiv.check(GRAD_FILL, cost=COST, wrt="theta_j", let=["delta = numeric(m)"]).verdict == "equivalent"
    assert logderiv.check(GRAD_FILL, cost=COST, wrt="theta_j",
                          let=['delta <- vector(mode="numeric", length=m)']).verdict == "equivalent"


# 4. The bound set only after the loop. fixloop38 counted the lines that set the bound (once) wherever they stand:
#    ``cost_function <- function(X, y, theta, rows) { … for (i in 1:rows) … rows <- length(y) … }`` runs the loop to
#    the rows passed in (a batch, the first rows), and only then sets rows to length(y), for the divisor. Read as a
#    loop over all m examples: a false "equivalent". The set must come above the loop.
SET_AFTER = ('cost_function <- function(X, y, theta, rows) {\n  J <- 0\n'
             '  for (i in 1:rows) {\n    J <- J + (X[i, ] %*% theta - y[i])^2\n  }\n  rows <- length(y)\n'
             '  return(J / (2 * rows))\n}')
R_MATRIX_GRADIENT = "(1/m) * t(X) %*% (X %*% theta - y)"


def test_the_loop_before_the_set_sums_the_rows_passed_in():
    rng = np.random.default_rng(8)
    X, y, theta = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3)

    def cost(t: np.ndarray, rows: int = 3) -> float:  # R's cost_function(X, y, t, 3)
        J = 0.0
        for i in range(rows):
            J += float(X[i] @ t - y[i]) ** 2
        return J / (2 * len(y))

    numeric = central_differences(cost, theta)
    assert not np.allclose(numeric, X.T @ (X @ theta - y) / 6, atol=1e-3)
    assert np.allclose(numeric, X[:3].T @ (X[:3] @ theta - y[:3]) / 6, atol=1e-6)


def test_a_bound_set_only_after_the_loop_is_refused():
    with pytest.raises(InputError) as caught:
        logderiv.check(R_MATRIX_GRADIENT, cost=SET_AFTER, wrt="theta_j")
    assert "the loop runs to rows" in str(caught.value)


def test_the_bound_set_above_the_loop_is_still_read():
    above = SET_AFTER.replace("  J <- 0\n", "  rows <- length(y)\n  J <- 0\n").replace("  rows <- length(y)\n  return",
                                                                                      "  return")
    assert logderiv.check(R_MATRIX_GRADIENT, cost=above, wrt="theta_j").verdict == "equivalent"
