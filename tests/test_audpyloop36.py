"""An adversarial audit of fixpyloop36's readings (the MLS lab's loop, NumPy's numbered line): near-misses it misread.

Each text is held to what its writer's code computes, worked out by hand and checked here independently of logderiv:
the snippet runs as Python on random data (test code, never logderiv) and is compared with central finite
differences of the cost written by hand in NumPy.

* ``b`` counted as one number in every pass of a loop (the intercept of the MLS lab's z_wb = np.dot(X[i], w) + b),
  even where the lines or a --let set b to a vector (b = sigmoid(X @ w) - y): b * X[i] was read as the example's
  error times its row, equivalent, where NumPy multiplies two whole vectors (m ≠ n: it stops).
* ``for i in range(X.size)`` (Octave's ``1:numel(X)``) over the rows X[i] of a matrix X: m·n passes, not m (NumPy
  stops at X[m]); read as a sum over the m examples, equivalent.
* NumPy's line respelled X[:, 1] as x, which hid from the sum's reader that the text is code: ``1 / m * sum(h - y)
  * X[:, 1]`` (the sum ends at its ')', a number times the whole column, a vector) was read as notes read it, one
  sum over the products, equivalent.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from _reading import refused
from logderiv import check
from logderiv.errors import InputError

import test_fixpyloop36 as lab


# ------------------------------------------------------------------ b set to a vector is no one number per pass
# the lab's cost without an intercept: −(1/m) Σᵢ [yᵢ log σ(w·xᵢ) + (1 − yᵢ) log(1 − σ(w·xᵢ))]
NO_B_COST = lab.ARI_COST.replace("np.dot(w, X[i]) + b", "np.dot(w, X[i])")
B_VECTOR = ("b = sigmoid(X @ w) - y\n"
            "dj_dw = np.zeros(w.shape)\n"
            "for i in range(m):\n"
            "  dj_dw += b * X[i]\n"
            "dj_dw /= m")
B_VECTOR_IN_LOOP = ("b = sigmoid(np.dot(X, w))\n"
                    "dj_dw = np.zeros(w.shape)\n"
                    "for i in range(m):\n"
                    "  err = b - y[i]\n"
                    "  dj_dw += err * X[i]\n"
                    "dj_dw /= m")


def _no_b_gradient(X, y, w):
    return central_differences(lambda v: lab._cross_entropy(X, y, v, 0.0), w)


def test_b_set_to_a_vector_is_what_numpy_computes_by_hand():
    """b is the m-vector σ(Xw) − y: b * X[i] multiplies it by the n-vector row — NumPy stops where m ≠ n, and where
    m = n the result is no gradient (each pass adds the whole error vector times the row, entry by entry)."""
    X, y, w, b = lab._data(m=7, n=4)
    for snippet in (B_VECTOR, B_VECTOR_IN_LOOP):
        with pytest.raises(ValueError, match="could not be broadcast"):
            lab._run(snippet, X, y, w, b, "dj_dw")
    X, y, w, b = lab._data(m=4, n=4)
    for snippet in (B_VECTOR, B_VECTOR_IN_LOOP):
        assert not np.allclose(lab._run(snippet, X, y, w, b, "dj_dw"), _no_b_gradient(X, y, w), atol=1e-3)
    # the same lines with the error of example i (b[i]) are the gradient: what the misreading took them for
    right = B_VECTOR.replace("b * X[i]", "b[i] * X[i]")
    assert np.allclose(lab._run(right, X, y, w, b, "dj_dw"), _no_b_gradient(X, y, w), atol=1e-6)


@pytest.mark.parametrize("answer", [B_VECTOR, B_VECTOR_IN_LOOP])
def test_b_set_to_a_vector_is_not_read_as_one_number(answer):
    with pytest.raises(InputError):
        check(answer, cost=NO_B_COST, wrt="w_j")


def test_b_given_a_vector_by_a_let_is_not_read_as_one_number():
    answer = "dj_dw = np.zeros(w.shape)\nfor i in range(m):\n  dj_dw += b * X[i]\ndj_dw /= m"
    with pytest.raises(InputError):
        check(answer, cost=NO_B_COST, wrt="w_j", let=("b = sigmoid(X @ w) - y",))


def test_the_labs_b_stays_one_number():
    """The intercept b that no line sets (the lab's z_wb = np.dot(X[i], w) + b) is still read: equivalent."""
    assert check(lab.DJ_DW, cost=lab.ARI_COST, wrt="w_j").verdict == "equivalent"


# ------------------------------------------------------------------ a loop over X's entries is no loop over its rows
@pytest.mark.parametrize("bound", ["X.size"])
def test_a_loop_over_the_entries_of_x_stops_in_numpy(bound):
    """X.size is m·n: the pass i = m takes X[m], past the last row (IndexError) — no sum over the m examples."""
    X, y, w, b = lab._data(m=7, n=4)
    with pytest.raises(IndexError):
        lab._run(lab.DJ_DW.replace("range(m)", f"range({bound})"), X, y, w, b, "dj_dw")


@pytest.mark.parametrize("answer", [
    lab.DJ_DW.replace("range(m)", "range(X.size)"),
    lab.DJ_DW.replace("range(m)", "range(X.size)").replace("np.zeros(w.shape)", "np.zeros(n)")
    .replace("dj_dw += error * X[i]", "dj_dw = dj_dw + error * X[i]"),
])
def test_a_loop_over_the_entries_of_x_is_refused(answer):
    error = refused(check, answer, cost=lab.ARI_COST, wrt="w_j")
    assert "X.size" in str(error)


def test_octaves_loop_over_numel_x_is_refused():
    """numel(X) is m·n in Octave: X(i,:) past row m stops (index out of bound)."""
    cost = "J = -1/m * sum(y .* log(sigmoid(X*theta)) + (1 - y) .* log(1 - sigmoid(X*theta)))"
    answer = ("grad = zeros(size(theta));\nfor i = 1:numel(X)\n  h = sigmoid(X(i,:)*theta);\n"
              "  grad = grad + (h - y(i)) * X(i,:)';\nend\ngrad = grad / m;")
    error = refused(check, answer, cost=cost, wrt="theta_j")
    assert "numel(X)" in str(error)
    assert check(answer.replace("numel(X)", "m"), cost=cost, wrt="theta_j").verdict == "equivalent"


# ------------------------------------------------------------------ NumPy's line: code's sum ends at its ')'
def test_a_sum_times_the_column_is_a_vector_in_numpy():
    """1 / m * sum(h - y) * X[:, 1]: the number mean(h − y) times the whole column, an m-vector, not ∂J/∂θ₁."""
    rng = np.random.default_rng(5)
    X, y, (t0, t1) = rng.normal(size=(9, 2)), rng.normal(size=9), rng.normal(size=2)
    m, h = len(y), t0 + t1 * X[:, 1]
    by = central_differences(lambda v: lab._line_cost(X[:, 1], y, v[0], v[1]), np.array([t0, t1]))[1]
    value = 1 / m * sum(h - y) * X[:, 1]
    assert np.shape(value) == (9,) and not np.allclose(value, by, atol=1e-3)
    assert np.isclose(1 / m * sum((h - y) * X[:, 1]), by)  # the sum of the products: the partial


@pytest.mark.parametrize("answer, lets", [
    ("1 / m * sum(h - y) * X[:, 1]", lab.LINE_LETS),
    ("sum(h - y) * X[:, 1] / m", lab.LINE_LETS),
    ("1 / m * np.sum(h - y) * X[:, 1]", lab.LINE_LETS),
    ("1 / m * sum(h - y) * xc", (*lab.LINE_LETS, "xc = X[:, 1]")),
])
def test_a_sum_then_the_column_beside_numpys_line_is_refused(answer, lets):
    error = refused(check, answer, cost=lab.LINE_COST, wrt="theta_1", let=lets)
    assert "ends at its ')'" in str(error)


@pytest.mark.parametrize("answer, verdict", [
    ("(1 / m * sum((h - y) * X[:, 1]))", "equivalent"),
    ("sum((h - y) * X[:, 1]) / m", "equivalent"),
    ("1 / m * sum(h - y)", "different"),
    ("sum(h - y) / (2 * m)", "different"),
    # a count after the sum's ')' leaves it one number: the sum of the products over m, however m is written
    ("np.sum((h - y) * X[:, 1]) / len(X[:, 1])", "equivalent"),
    ("np.sum((h - y) * X[:, 1]) / X[:, 1].shape[0]", "equivalent"),
    ("np.sum((h - y) * X[:, 1]) / y.size", "equivalent"),
])
def test_numpys_line_keeps_its_right_readings(answer, verdict):
    assert check(answer, cost=lab.LINE_COST, wrt="theta_1", let=lab.LINE_LETS).verdict == verdict
