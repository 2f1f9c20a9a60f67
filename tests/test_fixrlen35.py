"""fixrlen35 (issue 10): R's ``length(X)`` of the data matrix counts every entry, m·n, not the examples.

A silent misread found cold in wave f77 (f77-idx20674280028-r-computecost-m-length-X, public code index file
20674280028, an R port of ex1's computeCost):

    computeCost = function(X, y, theta) {
      m = length(X)
      return(sum(((X %*% theta) - y)^2)/(2*m))
    }

R's ``length`` of a matrix is the number of its entries (m·n); Octave's ``length(X)`` is its larger size, which
logderiv reads as m when a let names it m. The R cost was read by Octave's rule: (1/2m)Σr², and its gradient judged
against finite differences of what the code computes, (1/2mn)Σr², was off by the factor n. Now:

* ``length(X)`` written in an R text that multiplies X (``X %*% theta``) or transposes it (``t(X)``) is
  ``nrow(X)*ncol(X)``, m·n, noted;
* ``m = length(X)`` as a line of R (or a --let of an R problem) is refused, naming R's count: reading it as the
  code computes it would put m·n wherever the code writes m, which is not read yet; never read as m;
* R's length(X) of an X the text does not show to be a matrix is refused (a one-feature X is a vector of m);
* Octave's ``m = length(X)`` is read as before (its larger size, named m).

Expected values are finite differences of the costs written here in NumPy.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check
from logderiv.errors import InputError

RNG = np.random.default_rng(3577)

#: the f77 item's text, verbatim from its source (public code index file 20674280028)
R_COMPUTE_COST = "computeCost = function(X, y, theta) {\n  m = length(X)\n  return(sum(((X %*% theta) - y)^2)/(2*m))\n}"


def test_r_length_of_a_matrix_counts_its_entries():
    """R semantics, written out: length of an m×n matrix is m·n, so the cost above is Σr²/(2mn)."""
    m, n = 7, 3
    X, y, theta = RNG.normal(size=(m, n)), RNG.normal(size=m), RNG.normal(size=n)

    def r_cost(t):
        return np.sum((X @ t - y) ** 2) / (2 * X.size)  # X.size is R's length(X)
    assert X.size == m * n
    assert np.allclose(_fd(r_cost, theta), X.T @ (X @ theta - y) / (m * n))
    assert not np.allclose(_fd(r_cost, theta), X.T @ (X @ theta - y) / m)


def test_the_r_function_with_m_set_to_length_of_x_is_refused_never_read_as_m():
    with pytest.raises(InputError) as caught:
        check("t(X) %*% (X %*% theta - y) / length(y)", cost=R_COMPUTE_COST)
    error = caught.value
    assert "R is the number of X's entries" in str(error)
    assert error.source[error.column:].startswith("length(X)")
    assert "nrow(X)" in (error.hint or "")


def test_a_let_of_an_r_problem_setting_m_to_length_of_x_is_refused():
    with pytest.raises(InputError, match="R's length of a matrix"):
        check("t(X) %*% (X %*% theta - y) / m", cost="sum(((X %*% theta) - y)^2)/(2*m)", let=["m = length(X)"])
    with pytest.raises(InputError, match="R's length of a matrix"):
        check("t(X) %*% (X %*% theta - y) / m", cost="sum(((X %*% theta) - y)^2)/(2*m)", let=["m <- length(X)"])


@pytest.mark.parametrize("answer, verdict", [
    ("t(X) %*% (X %*% theta - y) / length(X)", "equivalent"),           # (1/mn) Xᵀ(Xθ − y): FD above
    ("t(X) %*% (X %*% theta - y) / (nrow(X) * ncol(X))", "equivalent"),
    ("t(X) %*% (X %*% theta - y) / nrow(X)", "different"),              # the 1/m a reader may have meant
])
def test_length_of_x_inline_in_r_is_m_times_n_noted(answer, verdict):
    result = check(answer, cost="sum(((X %*% theta) - y)^2)/(2*length(X))")
    assert result.verdict == verdict
    assert any("length(X) counts every entry of the matrix X" in note for note in result.notes)


def test_r_length_of_x_with_nothing_saying_x_is_a_matrix_is_refused():
    # X times a number: a one-feature vector (length m) or a matrix (length m·n) is not said
    with pytest.raises(InputError, match="which X is here is not said"):
        check("2 * sum((X * w - y) * X) / length(X)", cost="sum((X * w - y)^2) / length(X) %*% 1", wrt="w")


def test_octaves_m_equal_length_of_x_is_read_as_before():
    """Octave's length(X) is max(size(X)): named m, the examples (isolution's ex2, fresh_twelfth)."""
    result = check("(1/m) * X' * (sigmoid(X * theta) - y)",
                   cost="(-1/m) * sum(y .* log(hx) + (1 - y) .* log(1 - hx))",
                   let=["hx = sigmoid(X * theta)", "m = length(X)"])
    assert result.verdict == "equivalent"
    assert any("Octave's larger size of X" in note for note in result.notes)


def test_r_length_of_a_vector_is_its_entries_as_before():
    result = check("t(X) %*% (X %*% theta - y) / length(y)", cost="sum(((X %*% theta) - y)^2)/(2*length(y))")
    assert result.verdict == "equivalent"
    assert not any("counts every entry" in note for note in result.notes)
