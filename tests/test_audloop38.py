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
