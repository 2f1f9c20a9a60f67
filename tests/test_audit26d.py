"""Adversarial audit of fixf67's readings of course homework code (branch audit26d, issue 10).

fixf67 read NumPy's ``np.mean(M, axis=0)`` beside the 1-D weights as an n-vector, and the scores written through
``np.dot(w.T, X.T)`` times the labels entry by entry, both by what 1-D arrays do. Each test here is a text a student
writes where that reading gave a false verdict or a wrong gradient, because the same text also says an array is a
2-D column: NumPy then broadcasts to an n×n or an m×m array, and no shapes make the code the gradient. Such text is
refused at the place; the readings' own cases stay read. Each expectation is worked out by hand (and NumPy's shapes
shown below), and verdicts are held to the corpus judge, never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _reading import assert_gradient_read, assert_verdict_read, refused
from logderiv import check, derive

# mean log(1 + e^{Xw}) − y Xw + (λ/2)‖w‖², labels 0/1: its gradient is Xᵀ(σ(Xw) − y)/m + λw
LOGISTIC = "np.mean(np.log(1+np.exp(X@w)) - y*(X@w)) + lam/2 * w.dot(w)"


def _shapes_of_the_student_code(w_shape, y_shape):
    """What NumPy makes of ``np.mean(X * (sigmoid(X @ w) - y), axis=0) + lam * w``: a shape, or the error it raises."""
    rng = np.random.default_rng(0)
    m, n = 7, 3
    X, w, y = rng.normal(size=(m, n)), rng.normal(size=w_shape), rng.normal(size=y_shape)
    try:
        return np.shape(np.mean(X * (1 / (1 + np.exp(-X @ w)) - y), axis=0) + 0.3 * w)
    except ValueError:
        return "raises"


def test_the_student_code_is_no_gradient_in_any_shapes():
    # why the answer below is refused: 1-D arrays raise (X * a 1-D m-vector), 2-D columns give an n×n array
    assert _shapes_of_the_student_code((3,), (7,)) == "raises"
    assert _shapes_of_the_student_code((3, 1), (7, 1)) == (3, 3)
    assert _shapes_of_the_student_code((3,), (7, 1)) == "raises"


def test_axis_mean_of_an_assumed_column_beside_the_weights_is_refused():
    # the column X * v needs is the scores of a 2-D w, and then the 1-D mean beside that w is n×n: fixf67 said
    # "equivalent"
    error = refused(check, "np.mean(X * (1/(1+np.exp(-X @ w)) - y), axis=0) + lam * w", cost=LOGISTIC, wrt="w_j")
    assert "is read as an m×1 column" in str(error)
    assert "[:, None]" in (error.hint or "")


@pytest.mark.parametrize("answer, verdict", [
    # made a column of the 1-D arrays with [:, None]: Xᵀ(σ(Xw) − y)/m + λw, the gradient
    ("np.mean(X * (1/(1+np.exp(-X @ w)) - y)[:, None], axis=0) + lam * w", "equivalent"),
    # the same with the penalty's gradient doubled
    ("np.mean(X * (1/(1+np.exp(-X @ w)) - y)[:, None], axis=0) + 2 * lam * w", "different"),
])
def test_axis_mean_of_a_column_made_so_stays_read(answer, verdict):
    assert_verdict_read(answer, LOGISTIC, verdict, wrt="w_j")


# ------------------------------------------------------------------ a column beside NumPy's 1-D scores through X.T
def _pm_logistic(d):
    # (1/m) Σ log(1 + e^{−yᵢ(b + xᵢᵀw)}) + λwᵀw, labels ±1
    return float(np.mean(np.log1p(np.exp(-d.y * (d.b + d.X @ d.w))))) + d.lam * float(d.w @ d.w)


MGH_COST = "1/n * np.sum(np.log(1 + np.exp(inside))) + lam * np.dot(w.T, w)"


def test_scores_through_transposes_are_one_dimensional():
    # the reading itself (fixf67's): y and the scores both 1-D, entry by entry
    assert_gradient_read(MGH_COST, _pm_logistic, wrt=("w_j", "b"),
                         lets=("inside = np.multiply(-y, b + np.dot(w.T, X.T))", "n = y.size"))


def test_numpy_multiplies_a_column_by_those_scores_into_a_square():
    # why the texts below are refused: a column times the 1-D scores (or the 1×m row of a 2-D w) is m×m
    rng = np.random.default_rng(1)
    X, y = rng.normal(size=(5, 2)), rng.normal(size=5)
    assert np.multiply(-y.reshape(-1, 1), np.dot(rng.normal(size=2).T, X.T)).shape == (5, 5)
    assert np.multiply(-y.reshape(-1, 1), np.dot(rng.normal(size=(2, 1)).T, X.T)).shape == (5, 5)


@pytest.mark.parametrize("column", ["-y.reshape(-1, 1)", "-y.reshape((-1, 1))", "np.expand_dims(-y, 1)"])
def test_a_column_beside_scores_through_transposes_is_refused(column):
    # fixf67 dropped the reshape as idle and read the product entry by entry: a wrong gradient
    let = f"inside = np.multiply({column}, b + np.dot(w.T, X.T))"
    error = refused(derive, MGH_COST, wrt="w_j", let=(let, "n = y.size"))
    assert "m×m" in str(error) and column in str(error)


def test_a_column_beside_scores_through_transposes_is_refused_in_a_cost():
    error = refused(derive, "np.sum(np.log(1 + np.exp(np.multiply(b + np.dot(w.T, X.T), -y.reshape(-1, 1)))))",
                    wrt="w_j")
    assert "m×m" in str(error)


# ------------------------------------------------------------------ np.expand_dims(v, 1) makes a column as reshape does
def test_numpy_adds_a_made_column_to_a_one_dimensional_array_into_a_square():
    # why: (n,) + (n, 1) and (m,) − (m, 1) are square arrays in NumPy
    v = np.arange(3.0)
    assert (v + np.expand_dims(v, 1)).shape == (3, 3)
    assert (v - np.expand_dims(v, axis=1)).shape == (3, 3)


def test_axis_mean_beside_an_expanded_column_is_refused():
    # fixf67 read the 1-D mean beside np.expand_dims(lam * w, 1), an n×1 column, as an n-vector: "equivalent"
    answer = "np.mean(X * (1/(1+np.exp(-X @ w)) - y)[:, None], axis=0) + np.expand_dims(lam * w, 1)"
    error = refused(check, answer, cost=LOGISTIC, wrt="w_j")
    assert "np.expand_dims" in str(error) and "makes an m×1 column of a term" in str(error)


@pytest.mark.parametrize("column", ["np.expand_dims(y, 1)", "np.expand_dims(y, axis=1)", "np.expand_dims(y, -1)"])
def test_expanded_column_beside_a_one_dimensional_term_is_refused(column):
    # as X @ w - y.reshape(-1, 1) is (audit24h): the residuals only with w a column, which the text does not say
    error = refused(derive, f"np.sum((X @ w - {column})**2)", wrt="w_j")
    assert column in str(error)


def test_every_term_expanded_alike_stays_read():
    # (Xw − y) made a column term by term: Σᵢ (xᵢᵀw − yᵢ)², by finite differences
    assert_gradient_read("np.sum((np.expand_dims(X @ w, 1) - np.expand_dims(y, 1))**2)",
                         lambda d: float(np.sum((d.X @ d.w - d.y) ** 2)), wrt=("w_j",))


# ------------------------------------------------------------------ a constructor's self.w = w, and self.w_ beside it
def test_stored_argument_says_nothing_of_the_fitted_attribute():
    # self.w = w stores the initial weights; self.w_ (scikit-learn's mark) is what fit sets: fixf67 read both as w
    refused(derive, "np.mean((X @ self.w_ - y)**2) + np.dot(w, w)", wrt="w_j", let=("self.w = w",))


@pytest.mark.parametrize("attribute", ["self.w", "self._w"])
def test_stored_argument_written_as_stored_stays_read(attribute):
    # ‖w‖² + (1/2m)‖Xw − y‖² with the attribute the argument itself, by finite differences
    assert_gradient_read(f"np.dot({attribute}, w) + np.mean((X @ {attribute} - y) ** 2) / 2",
                         lambda d: float(d.w @ d.w) + float(np.mean((d.X @ d.w - d.y) ** 2)) / 2,
                         wrt=("w_j",), lets=(f"{attribute} = w",))


# ------------------------------------------------------------------ a reduction kept 2-D and transposed beside 1-D w
def test_numpy_adds_a_kept_column_to_the_one_dimensional_weights_into_a_square():
    # why: r[:, None] needs r 1-D, so w is 1-D; the kept reduction transposed is (n, 1), and (n, 1) + (n,) is n×n
    rng = np.random.default_rng(2)
    X, w, y = rng.normal(size=(6, 3)), rng.normal(size=3), rng.normal(size=6)
    r = 1 / (1 + np.exp(-X @ w)) - y
    assert (np.mean(X * r[:, None], axis=0, keepdims=True).T + 0.3 * w).shape == (3, 3)


@pytest.mark.parametrize("answer", [
    "np.mean(X * (1/(1+np.exp(-X @ w)) - y)[:, None], axis=0, keepdims=True).T + lam * w",
    "np.sum(X * (1/(1+np.exp(-X @ w)) - y)[:, None], axis=0, keepdims=True).T / X.shape[0] + lam * w",
    "-np.mean(X * (y - 1/(1+np.exp(-X @ w)))[:, None], axis=0, keepdims=True).T + lam * w",
])
def test_kept_reduction_transposed_beside_one_dimensional_weights_is_refused(answer):
    # judged "equivalent" before: the matrix form's n×1 column plus the column w
    error = refused(check, answer, cost=LOGISTIC, wrt="w_j")
    assert "keepdims=True" in str(error) and "n×n" in str(error)


def test_kept_reduction_transposed_with_every_array_a_column_stays_read():
    # no [:, None]: the arrays are the matrix form's columns (w n×1, y m×1), and (n, 1) + (n, 1) is Xᵀ(σ(Xw) − y)/m + λw
    assert_verdict_read("np.mean(X * (1/(1+np.exp(-X @ w)) - y), axis=0, keepdims=True).T + lam * w", LOGISTIC,
                        "equivalent", wrt="w_j")
