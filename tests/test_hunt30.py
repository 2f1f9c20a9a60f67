"""hunt30 (issue 10): a misread hunt in gradient code — NumPy's shapes where the code itself says one of them.

Each misread found is refused here, and each refusal test fails on the code before hunt30:

* a parameter re-bound to a column by its own statement, ``theta = theta.reshape(-1, 1)`` (JWarmenhoven's ex2
  notebook writes it inline), then ``X.T @ (sigmoid(X @ theta) - y) / m``: the re-bind was dropped as "the same
  parameter vector" and the answer judged equivalent, where the inline ``sigmoid(X @ theta.reshape(-1, 1)) - y``
  is refused (audit26a): with y 1-D NumPy subtracts an (m,) array from the (m, 1) column into an m×m matrix, and
  only with y an (m, 1) column is the code the gradient. ``np.dot(sigmoid(X @ theta) - y, X) / m`` after the
  re-bind was "equivalent" too (read with 1-D arrays), though with theta a column NumPy raises or makes an m×n
  array whatever y is. Refused at the name, the term it makes a column named.
* a column made inside a matrix product written as a call, ``np.dot(X, theta.reshape(-1, 1)) - y``: the comma
  ended the walk from the column to the sum, and the m×m matrix was judged equivalent (``X.dot(…)`` was refused).
* an array made 1-D by its own method, ``np.sum((sigmoid(X @ theta) - y).flatten() * X, axis=0)``,
  ``np.mean(X * (X @ w - y).ravel(), axis=0)``, ``np.sum((sigmoid(X @ theta.flatten()) - y) * X, axis=0)``, or by
  a re-bind, ``theta = theta.flatten()`` / ``w = w[:, 0]`` before ``(X @ w - y) * X``: the method was dropped as
  idle and the 1-D m-vector read as the matrix form's column, whose product with X scales row i, so the code was
  judged equivalent; NumPy broadcasts a 1-D vector along the rows of the m×n X (column j times entry j) and raises
  unless m = n. Refused at the 1-D array; beside ``X.T`` (column i of Xᵀ times entry i) it is read as before. A
  name made 1-D by its --let or line (``h = sigmoid(X @ theta).flatten()``) is refused alike where it meets X.

What each code computes is held to central finite differences of the cost (tests/_numeric.py), run in NumPy here
with the shapes the code says — never to logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences, cross_entropy, half_mean_square, sigmoid
from _reading import refused
from logderiv import check


def _data():
    rng = np.random.default_rng(30)
    X, labels = rng.normal(size=(6, 3)), rng.uniform(0.05, 0.95, size=6)
    return X, labels, np.array([0.3, -0.5, 0.8])


# ------------------------------------------------------------------ what the code computes, in NumPy's shapes


def test_a_column_theta_beside_a_1d_y_is_not_the_gradient_and_beside_a_column_y_it_is():
    # theta = theta.reshape(-1, 1); X.T @ (sigmoid(X @ theta) - y) / m: the verdict turns on y's shape
    X, labels, theta = _data()
    m = len(labels)
    truth = central_differences(lambda t: cross_entropy(X, labels, t), theta)
    column = theta.reshape(-1, 1)
    with_column_y = X.T @ (sigmoid(X @ column) - labels.reshape(-1, 1)) / m
    assert np.allclose(with_column_y.ravel(), truth, atol=1e-6)
    with_flat_y = X.T @ (sigmoid(X @ column) - labels) / m
    assert with_flat_y.shape == (3, 6)  # the m×m broadcast, then Xᵀ of it: no gradient at all


def test_a_column_theta_times_x_from_the_left_is_never_the_gradient():
    # theta = theta.reshape(-1, 1); np.dot(sigmoid(X @ theta) - y, X) / m: an (m, 1) column cannot be dotted
    # with the m×n X (y a column), and with y 1-D the m×m broadcast times X is m×n
    X, labels, theta = _data()
    column = theta.reshape(-1, 1)
    with pytest.raises(ValueError):
        np.dot(sigmoid(X @ column) - labels.reshape(-1, 1), X)
    assert np.dot(sigmoid(X @ column) - labels, X).shape == (6, 3)


def test_np_dot_with_a_column_beside_a_1d_y_is_an_m_by_m_matrix():
    X, labels, theta = _data()
    m = len(labels)
    truth = central_differences(lambda t: half_mean_square(X, labels, t), theta)
    assert (np.dot(X, theta.reshape(-1, 1)) - labels).shape == (6, 6)
    assert np.allclose((X.T @ (np.dot(X, theta.reshape(-1, 1)) - labels.reshape(-1, 1)) / m).ravel(), truth,
                       atol=1e-6)


# ------------------------------------------------------------------ the re-bind to a column, refused


@pytest.mark.parametrize("rebind", ["theta = theta.reshape(-1, 1)", "theta = theta.reshape((-1, 1))"])
@pytest.mark.parametrize("line, term", [
    ("grad = X.T @ (sigmoid(X @ theta) - y) / m", "sigmoid(X @ theta)"),  # was "equivalent"
    ("grad = np.dot(X.T, sigmoid(np.dot(X, theta)) - y) / m", "sigmoid(np.dot(X, theta))"),  # was "equivalent"
    ("grad = np.dot(sigmoid(X @ theta) - y, X) / m", "sigmoid(X @ theta)"),  # was "equivalent", 1-D arrays
    ("grad = (sigmoid(X @ theta) - y).T @ X / m", "sigmoid(X @ theta)"),  # was "equivalent"
])
def test_a_parameter_rebound_to_a_column_beside_y_is_refused(rebind, line, term):
    answer = f"{rebind}\n{line}"
    error = refused(check, answer, cost="logistic")
    assert f"'{term}' is a column ({rebind} makes theta one) beside 'y'" in str(error)
    assert "make every term of the sum a column alike" in (error.hint or "")


@pytest.mark.parametrize("line", [
    "grad = X.T @ (np.dot(X, theta) - y) / m",  # was "equivalent"
    "grad = X.T @ (X.dot(theta) - y) / m",  # was "equivalent"
])
def test_a_rebound_column_in_the_linear_residuals_is_refused(line):
    error = refused(check, f"theta = theta.reshape(-1, 1)\n{line}", cost="linear")
    assert "makes theta one) beside 'y'" in str(error)


def test_the_rebound_weights_product_is_named_not_the_weights():
    # w is n×1, the product X @ w the m×1 column beside y: the message said "'w' is an m×1 column"
    error = refused(check, "w = w.reshape(-1, 1)\ngrad = X.T @ (X @ w - y) / m", cost="linear", wrt="w_j")
    assert "'X @ w' is a column (w = w.reshape(-1, 1) makes w one) beside 'y'" in str(error)


# ------------------------------------------------------------------ a column made inside np.dot, refused


@pytest.mark.parametrize("answer", [
    "grad = X.T @ (np.dot(X, theta.reshape(-1, 1)) - y) / m",  # was "equivalent"
    "grad = X.T @ (np.matmul(X, theta.reshape(-1, 1)) - y) / m",
    "grad = X.T @ (y - np.dot(X, theta.reshape(-1, 1))) / m * -1",
])
def test_a_column_made_inside_a_product_call_beside_y_is_refused(answer):
    error = refused(check, answer, cost="linear")
    assert "'.reshape(-1, 1)' makes an m×1 column of a term beside 'y'" in str(error)


# ------------------------------------------------------------------ what stays read


def test_every_term_made_a_column_is_still_read():
    # both reshaped: NumPy's (m, 1) − (m, 1), the gradient (first test above)
    verdict = check("grad = X.T @ (np.dot(X, theta.reshape(-1, 1)) - y.reshape(-1, 1)) / m", cost="linear")
    assert verdict.verdict == "equivalent"
    slip = check("grad = X.T @ (np.dot(X, theta.reshape(-1, 1)) - y.reshape(-1, 1)) / (2 * m)", cost="linear")
    assert slip.verdict == "different"


def test_a_rebound_1d_parameter_is_still_the_same_vector():
    # theta = theta.flatten() (tests/test_fixcode5.py): the 1-D arrays' reading, judged as before
    verdict = check("theta = theta.flatten()\ngrad = X.T @ (sigmoid(X @ theta) - y) / m", cost="logistic")
    assert verdict.verdict == "equivalent"


# ------------------------------------------------------------------ a 1-D array times X with '*', refused


def test_a_1d_vector_times_x_raises_or_scales_the_columns():
    # (h − y) as NumPy's (m,) array times the m×n X: broadcast along the rows, so it raises for m ≠ n, and for
    # m = n it scales column j by entry j, whose column sums are not the gradient
    X, labels, theta = _data()
    residuals = sigmoid(X @ theta) - labels
    with pytest.raises(ValueError):
        np.sum(residuals * X, axis=0)
    square = np.random.default_rng(3).normal(size=(3, 3))
    values = sigmoid(square @ theta) - labels[:3]
    truth = central_differences(lambda t: cross_entropy(square, labels[:3], t), theta)
    assert not np.allclose(np.sum(values * square, axis=0) / 3, truth, atol=1e-3)
    # beside X.T (n×m) the 1-D vector scales column i of Xᵀ by entry i: the gradient
    full = central_differences(lambda t: cross_entropy(X, labels, t), theta)
    assert np.allclose(np.sum(X.T * residuals.ravel(), axis=1) / len(labels), full, atol=1e-6)


@pytest.mark.parametrize("answer, cost, wrt", [
    ("grad = np.sum((sigmoid(X @ theta) - y).flatten() * X, axis=0) / m", "logistic", "theta_j"),
    ("grad = np.sum(X * (sigmoid(X @ theta) - y).ravel(), axis=0) / m", "logistic", "theta_j"),
    ("grad = np.sum((sigmoid(X @ theta.flatten()) - y) * X, axis=0) / m", "logistic", "theta_j"),
    ("grad = np.sum((sigmoid(X @ theta) - y.ravel()) * X, axis=0) / m", "logistic", "theta_j"),
    ("grad = np.mean(X * (X @ w - y).flatten(), axis=0)", "linear", "w_j"),
    ("grad = ((X @ w.reshape(-1) - y) * X).mean(axis=0)", "linear", "w_j"),
    ("grad = ((X @ w.squeeze() - y) * X).sum(axis=0) / m", "linear", "w_j"),
    ("grad = np.mean(np.ravel(sigmoid(X @ w) - y) * X, axis=0)", "logistic", "w_j"),
    ("grad = np.mean(X * np.squeeze(X @ w - y), axis=0)", "linear", "w_j"),
])
def test_an_array_made_1d_times_x_is_refused(answer, cost, wrt):
    # each was "equivalent"
    error = refused(check, answer, cost=cost, wrt=wrt)
    assert "is 1-D" in str(error) and "and '*' multiplies it by the m×n X" in str(error)
    assert "v[:, None]" in (error.hint or "")


@pytest.mark.parametrize("rebind", ["theta = theta.flatten()", "theta = theta.ravel()", "theta = theta[:, 0]",
                                    "theta = theta.reshape(-1)", "theta = theta.squeeze()"])
def test_a_parameter_rebound_1d_then_times_x_is_refused(rebind):
    # was "equivalent": theta 1-D makes sigmoid(X @ theta) − y 1-D (or m×m beside a column y)
    answer = f"{rebind}\ngrad = np.sum((sigmoid(X @ theta) - y) * X, axis=0) / m"
    error = refused(check, answer, cost="logistic")
    assert f"'theta' is 1-D ({rebind}), so '(sigmoid(X @ theta) - y)' is a 1-D array" in str(error)


def test_the_rebound_weights_of_a_mean_are_refused_too():
    error = refused(check, "w = w[:, 0]\ngrad = np.mean((X @ w - y) * X, axis=0)", cost="linear", wrt="w_j")
    assert "'w' is 1-D (w = w[:, 0])" in str(error)


@pytest.mark.parametrize("answer", [
    "grad = np.sum(X.T * (sigmoid(X @ theta) - y).flatten(), axis=1) / m",  # column i of Xᵀ times entry i
    "theta = theta.flatten()\ngrad = X.T @ (sigmoid(X @ theta) - y) / m",  # no '*' with X
    "grad = X.T @ (sigmoid(X @ theta).ravel() - y.ravel()) / m",
])
def test_a_1d_array_not_multiplied_by_x_is_read_as_before(answer):
    assert check(answer, cost="logistic").verdict == "equivalent"
    slip = answer.replace("/ m", "/ (2 * m)")
    assert check(slip, cost="logistic").verdict == "different"


@pytest.mark.parametrize("answer, lets", [
    ("h = sigmoid(X @ theta).flatten()\ngrad = np.sum((h - y) * X, axis=0) / m", ()),  # was "equivalent"
    ("grad = np.sum((h - y) * X, axis=0) / m", ("h = sigmoid(X @ theta).ravel()",)),  # was "equivalent"
    ("grad = np.mean(X * (h - y), axis=0)", ("h = np.squeeze(sigmoid(X @ theta))",)),
])
def test_a_name_made_1d_by_its_let_times_x_is_refused(answer, lets):
    error = refused(check, answer, cost="logistic", let=lets)
    assert "'h' is 1-D (h = " in str(error) and "multiplies it by the m×n X" in str(error)


def test_a_name_made_1d_by_its_let_away_from_x_is_read():
    verdict = check("X.T @ (h - y) / m", cost="logistic", let=("h = sigmoid(X @ theta).ravel()",))
    assert verdict.verdict == "equivalent"


@pytest.mark.parametrize("layout", [None, "columns"])
def test_with_one_example_per_column_a_1d_vector_times_x_is_read(layout):
    # X n×m (the scores wᵀX): NumPy's (n, m) * (m,) scales column i, example i's, by entry i: the gradient, so the
    # refusal above is of the m×n X only
    X, labels, theta = _data()
    columns = X.T
    values = (sigmoid(theta @ columns) - labels).reshape(1, -1)
    truth = central_differences(lambda t: cross_entropy(X, labels, t), theta)
    assert np.allclose(np.mean(columns * values.flatten(), axis=1), truth, atol=1e-6)
    verdict = check("dw = np.mean(X * (A - Y).flatten(), axis=1)",
                    cost="-1/m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))", wrt="w_j",
                    let=("A = sigmoid(np.dot(w.T, X) + b)",), layout=layout)
    assert verdict.verdict == "equivalent"
