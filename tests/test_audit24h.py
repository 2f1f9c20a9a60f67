"""Issue 10, audit24h: NumPy's 1-D arrays in pasted code, an adversarial audit of the shape conventions.

The matrix form holds y and every value per example as an m×1 column, so NumPy's ``M * v`` of the m×n M and an
m-vector v is read as row i of M times vᵢ (noted). But NumPy code usually keeps y 1-D (shape (m,)), and a 1-D v
broadcasts along M's ROWS: column j times vⱼ, and NumPy raises unless m = n. Where the text itself says its arrays
of the examples are 1-D, by making some of them columns with ``[:, None]`` or ``.reshape(-1, 1)``, a vector it leaves
unmade is 1-D (or m×m), never the column: ``y[:, None] * X * p`` with p's ``[:, None]`` forgotten was judged
"equivalent" to the gradient, where NumPy raises. Likewise a reshape to a column beside a term left as it is,
``X @ w - y.reshape(-1, 1)``, is m×m with a 1-D w: it was read as the residual without a word.

Each expected result is worked out by hand and held to NumPy itself on concrete arrays and to finite differences
(tests/_numeric.py) or the corpus judge (tests/_reading.py), never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

MARGIN_COST = "np.mean(np.log(1+np.exp(-y*(X@w))))"
#: the student's gradient of MARGIN_COST with the second [:, None] forgotten
FORGOTTEN = "-(y[:, None] * X * (1/(1+np.exp(y*(X@w))))).mean(axis=0)"
CROSS_ENTROPY = "-np.mean(y*np.log(sigmoid(X@w)) + (1-y)*np.log(1-sigmoid(X@w)))"


def _data(m, n, seed=24):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(m, n)), rng.choice([-1.0, 1.0], size=m), rng.normal(size=n)


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# ------------------------------------------------------------------ a vector left 1-D beside columns made by [:, None]
def test_a_forgotten_newaxis_beside_x_is_refused_at_the_vector():
    # what NumPy computes, by hand: with y 1-D (the text makes it a column with [:, None]) the unmade factor is 1-D
    X, y, w = _data(5, 3)
    p = 1 / (1 + np.exp(y * (X @ w)))
    with pytest.raises(ValueError):
        y[:, None] * X * p  # (5, 3) against (5,): trailing dimensions 3 and 5
    # m = n: it runs, and is not the gradient (finite differences of the cost)
    X, y, w = _data(4, 4)

    def cost(v):
        return float(np.mean(np.log(1 + np.exp(-y * (X @ v)))))

    gradient = central_differences(cost, w)
    right = -(y[:, None] * X * (1 / (1 + np.exp(y * (X @ w))))[:, None]).mean(axis=0)
    forgotten = -(y[:, None] * X * (1 / (1 + np.exp(y * (X @ w))))).mean(axis=0)
    assert np.allclose(gradient, right, atol=1e-6)
    assert not np.allclose(gradient, forgotten, atol=1e-3)
    error = refused(logderiv.check, FORGOTTEN, cost=MARGIN_COST, wrt="w")
    assert "is not made a column here" in error.message and "column j by its entry j" in error.message
    assert error.column == FORGOTTEN.index("1/(1+")
    assert "[:, None]" in (error.hint or "")
    # a text with no column made keeps the column reading, noted: nothing there says the arrays are 1-D
    result = logderiv.check("-np.mean(X * (y/(1+np.exp(y*(X@w)))), axis=0)", cost=MARGIN_COST, wrt="w")
    assert result.verdict == "equivalent"
    assert any("a 1-D array v would not broadcast so" in note for note in notes_of(result))


def test_a_one_d_label_beside_a_column_made_prediction_is_refused():
    # h[:, None] says h is 1-D, so w is; y is left as it is: X * y scales X's columns (or raises)
    answer = "np.mean(X * sigmoid(X @ w)[:, None] - X * y, axis=0)"
    error = refused(logderiv.check, answer, cost=CROSS_ENTROPY, wrt="w")
    assert "'y' is not made a column here" in error.message
    assert error.column == answer.rindex("y")
    # every vector made a column is still read (the gradients by finite differences, by hand)
    X, y, w = _data(6, 3)
    # by hand: both gradients are the finite differences of their costs
    assert np.allclose(central_differences(lambda v: float(np.mean(np.log(1 + np.exp(-y * (X @ v))))), w),
                       -(X * y[:, None] * (1 / (1 + np.exp(y * (X @ w))))[:, None]).mean(axis=0), atol=1e-6)
    labels = (y > 0).astype(float)
    assert np.allclose(central_differences(lambda v: float(-np.mean(labels * np.log(_sigmoid(X @ v)) + (1 - labels)
                                                                     * np.log(1 - _sigmoid(X @ v)))), w),
                       np.mean(X * _sigmoid(X @ w)[:, None] - labels[:, None] * X, axis=0), atol=1e-6)
    for answer in ("-(X * y[:, None] * (1/(1+np.exp(y*(X@w))))[:, None]).mean(axis=0)",
                   "-np.mean(X * (y/(1+np.exp(y*(X@w))))[:, None], axis=0)"):
        assert_verdict_read(answer, MARGIN_COST, "equivalent", wrt="w")
    assert_verdict_read("np.mean(X * sigmoid(X @ w)[:, None] - y[:, None] * X, axis=0)", CROSS_ENTROPY,
                        "equivalent", wrt="w")
    # and its sign slip is still found: the reading is kept, not refused
    assert_verdict_read("(X * y[:, None] * (1/(1+np.exp(y*(X@w))))[:, None]).mean(axis=0)", MARGIN_COST,
                        "different", wrt="w")


# ------------------------------------------------------------------ .reshape(-1, 1) beside '*' is v[:, None]
def test_a_reshape_beside_x_is_read_as_newaxis_and_noted():
    answer = "-np.mean((y/(1+np.exp(y*(X@w)))).reshape((-1, 1)) * X, axis=0)"
    assert_verdict_read(answer, MARGIN_COST, "equivalent", wrt="w")
    result = logderiv.check(answer, cost=MARGIN_COST, wrt="w")
    assert any("makes the 1-D vector before it an m×1 column, as v[:, None] does" in note
               for note in notes_of(result))
    assert_verdict_read("-np.mean(X * y.reshape(-1, 1) * (1/(1+np.exp(y*(X@w)))).reshape(-1, 1), axis=0)",
                        MARGIN_COST, "equivalent", wrt="w")


def test_a_forgotten_reshape_beside_x_is_refused_at_the_vector():
    # the reshape said y was 1-D (it was dropped as idle, and the forgotten second one read as a column)
    answer = "-np.mean(X * y.reshape(-1, 1) * (1/(1+np.exp(y*(X@w)))), axis=0)"
    X, y, w = _data(5, 3)
    with pytest.raises(ValueError):
        -np.mean(X * y.reshape(-1, 1) * (1 / (1 + np.exp(y * (X @ w)))), axis=0)
    error = refused(logderiv.check, answer, cost=MARGIN_COST, wrt="w")
    assert "is not made a column here" in error.message and ".reshape(-1, 1)" in error.message
    assert error.column == answer.index("1/(1+")
    # np.expand_dims(v, 1) alike: a column beside X, which says the arrays are 1-D, and the other factor left so
    answer = "-np.mean(np.expand_dims(y, 1) * X * (1/(1+np.exp(y*(X@w)))), axis=0)"
    error = refused(logderiv.check, answer, cost=MARGIN_COST, wrt="w")
    assert "is not made a column here" in error.message and "np.expand_dims" in error.message
    assert error.column == answer.index("1/(1+")
    assert_verdict_read("-np.mean(np.expand_dims(y, 1) * X * np.expand_dims(1/(1+np.exp(y*(X@w))), 1), axis=0)",
                        MARGIN_COST, "equivalent", wrt="w")


@pytest.mark.parametrize("fmt", ["text", "rich", "markdown", "json"])
def test_the_reshape_note_is_in_every_format(fmt):
    from test_notes import test_check_says_each_reading_in_every_format as says

    says(["check", "-np.mean((y/(1+np.exp(y*(X@w)))).reshape(-1, 1) * X, axis=0)", "--cost", MARGIN_COST,
          "--wrt", "w"], "makes the 1-D vector before it an m×1 column, as v[:, None] does", fmt)


# ------------------------------------------------------------------ a reshape to a column beside a term left as it is
@pytest.mark.parametrize("cost, loose", [
    ("np.mean((X @ w - y.reshape(-1, 1))**2)", "X @ w"),
    ("np.mean((X @ w.reshape(-1, 1) - y)**2)", "y"),
])
def test_a_half_reshaped_residual_is_refused_at_the_reshape(cost, loose):
    X, y, w = _data(5, 3)  # NumPy, by hand: a column and a 1-D array make a square
    assert (X @ w - y.reshape(-1, 1)).shape == (5, 5)
    assert (X @ w.reshape(-1, 1) - y).shape == (5, 5)
    assert (X @ w.reshape(-1, 1) - y.reshape(-1, 1)).shape == (5, 1)
    error = refused(logderiv.derive, cost, wrt="w")
    assert f"beside '{loose}' in a sum" in error.message
    assert error.column == cost.index(".reshape")


def test_a_half_reshaped_answer_is_refused():
    answer = "X.T @ (sigmoid(X @ w) - y.reshape(-1, 1)) / len(y)"
    X, y, w = _data(5, 3)
    assert (X.T @ (_sigmoid(X @ w) - y.reshape(-1, 1))).shape == (3, 5)  # 1-D w: no gradient
    refused(logderiv.check, answer, cost=CROSS_ENTROPY, wrt="w")

    # a residual with every term reshaped is still read: finite differences of the intended cost
    def intended(d):
        return float(np.mean((d.X @ d.w - d.y) ** 2))

    assert_gradient_read("np.mean((X @ w.reshape(-1, 1) - y.reshape(-1, 1))**2)", intended, wrt=("w_j",))


# ------------------------------------------------------------------ a cost whose code keeps y 1-D, an answer's X * (h - y)
# the cost's y @ np.log(h) runs only with a 1-D y (noted), so the answer's X * (h - y) is X times a 1-D vector (or, with
# an n×1 w, an m×m array): NumPy scales X's columns or raises, where logderiv read y as the column and said "equivalent"
AT_COST = "-(y @ np.log(sigmoid(X @ w)) + (1 - y) @ np.log(1 - sigmoid(X @ w))) / len(y)"


def test_an_answer_beside_a_cost_that_keeps_y_one_d_is_refused_at_its_vector():
    X, y, w = _data(5, 3)
    labels = (y > 0).astype(float)
    with pytest.raises(ValueError):
        np.mean(X * (_sigmoid(X @ w) - labels), axis=0)  # (5, 3) against (5,)
    with pytest.raises(ValueError):
        np.mean(X * (_sigmoid(X @ w.reshape(-1, 1)) - labels), axis=0)  # (5, 3) against (5, 5)
    answer = "np.mean(X * (sigmoid(X @ w) - y), axis=0)"
    error = refused(logderiv.check, answer, cost=AT_COST, wrt="w")
    assert "holds y, which the cost's code keeps 1-D" in error.message
    assert error.column == answer.index("sigmoid")
    # the gradient (finite differences), written with the column made or with X.T @, is still read
    cost = lambda v: float(-(labels @ np.log(_sigmoid(X @ v)) + (1 - labels) @ np.log(1 - _sigmoid(X @ v))) / 5)
    assert np.allclose(central_differences(cost, w), np.mean(X * (_sigmoid(X @ w) - labels)[:, None], axis=0),
                       atol=1e-6)
    for right in ("np.mean(X * (sigmoid(X @ w) - y)[:, None], axis=0)", "X.T @ (sigmoid(X @ w) - y) / len(y)",
                  "np.mean((sigmoid(X @ w) - y) * X.T, axis=1)"):
        assert_verdict_read(right, AT_COST, "equivalent", wrt="w")


def test_a_column_made_beside_x_transposed_is_refused():
    # np.expand_dims(v, 1) is an m×1 column, which NumPy does not broadcast against the n×m Xᵀ (it raises unless
    # n = m, and then scales Xᵀ's rows): logderiv dropped the call and read v as the 1-D vector down Xᵀ's columns
    X, y, w = _data(5, 3)
    labels = (y > 0).astype(float)
    with pytest.raises(ValueError):
        np.mean(X.T * np.expand_dims(_sigmoid(X @ w) - labels, 1), axis=1)
    for answer in ("np.mean(X.T * np.expand_dims(sigmoid(X @ w) - y, 1), axis=1)",
                   "np.mean((sigmoid(X @ w) - y).reshape(-1, 1) * X.T, axis=1)"):
        error = refused(logderiv.check, answer, cost=CROSS_ENTROPY, wrt="w")
        assert "makes a 1-D array a column" in error.message
    # the 1-D vector down Xᵀ's columns is the gradient (finite differences), and is still read
    cost = lambda v: float(-np.mean(labels * np.log(_sigmoid(X @ v)) + (1 - labels) * np.log(1 - _sigmoid(X @ v))))
    assert np.allclose(central_differences(cost, w), np.mean(X.T * (_sigmoid(X @ w) - labels), axis=1), atol=1e-6)
    assert_verdict_read("np.mean(X.T * (sigmoid(X @ w) - y), axis=1)", CROSS_ENTROPY, "equivalent", wrt="w")
