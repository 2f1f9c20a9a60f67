r"""audloop35: silent misreads in fixloop35's entry loops (a loop over the parameters read as entry j's line).

Each text below is read by hand; what it computes is checked against central differences (tests/_numeric.py) by
running the text's own lines in NumPy. None of them is the gradient, so "equivalent" is a misread; a refusal (or
"different") is acceptable.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, cross_entropy, sigmoid

LOGISTIC = "J = -(1/m)*sum(y .* log(sigmoid(X*theta)) + (1-y) .* log(1-sigmoid(X*theta)))"


def _data():
    rng = np.random.default_rng(3501)
    X, y, theta = rng.normal(size=(7, 3)), rng.integers(0, 2, size=7).astype(float), rng.normal(size=3)
    return X, y, theta, central_differences(lambda t: cross_entropy(X, y, t), theta)


def _not_equivalent(text: str, cost: str = LOGISTIC) -> None:
    try:
        verdict = logderiv.check(text, cost=cost, wrt="theta_j")
    except logderiv.InputError:  # a refusal is only a miss
        return
    assert verdict.verdict != "equivalent", text


# a body name set from a name the body sets later: the second pass sees the first pass's value (carried)
CARRIED_THROUGH_TEMP = ("error = sigmoid(X @ theta) - y\nfor i in range(len(theta)):\n    term = error * X[:, i]\n"
                        "    error = term\n    grad[i] = np.sum(error) / m\n")
CARRIED_OCTAVE = ("h = sigmoid(X*theta);\nfor i = 1:size(theta)\n    d = h - y;\n    h = d .* X(:, i);\n"
                  "    grad(i) = sum(h) / m;\nend")


def test_carried_names_compute_something_else():
    X, y, theta, fd = _data()
    m = len(y)
    error, grad = sigmoid(X @ theta) - y, np.zeros(3)
    for i in range(len(theta)):  # CARRIED_THROUGH_TEMP run as written
        term = error * X[:, i]
        error = term
        grad[i] = np.sum(error) / m
    assert np.isclose(grad[0], fd[0], atol=1e-6) and not np.allclose(grad, fd, atol=1e-3)
    h, grad = sigmoid(X @ theta), np.zeros(3)
    for i in range(3):  # CARRIED_OCTAVE run as written
        d = h - y
        h = d * X[:, i]
        grad[i] = np.sum(h) / m
    assert not np.allclose(grad, fd, atol=1e-3)


def test_carried_names_are_not_read_as_one_entry():
    _not_equivalent(CARRIED_THROUGH_TEMP)
    _not_equivalent(CARRIED_OCTAVE)


# the count's name set again: the loop runs over fewer entries than the parameters'
RECOUNTED = ("p = len(theta)\np = p - 1\nerror = sigmoid(X @ theta) - y\nfor i in range(p):\n"
             "    grad[i] = np.sum(error * X[:, i]) / m\n")
RECOUNTED_LATER = ("p = len(theta)\nerror = sigmoid(X @ theta) - y\np = 2\nfor i in range(p):\n"
                   "    grad[i] = np.sum(error * X[:, i]) / m\n")


def test_a_count_set_again_is_no_count():
    # by hand: p = n - 1 (and p = 2 with n = 3 below is the same) leaves the last entry at np.zeros' 0
    X, y, theta, fd = _data()
    grad = np.zeros(3)
    for i in range(len(theta) - 1):
        grad[i] = np.sum((sigmoid(X @ theta) - y) * X[:, i]) / len(y)
    assert not np.allclose(grad, fd, atol=1e-3)
    _not_equivalent(RECOUNTED)
    _not_equivalent(RECOUNTED_LATER)


# numpy.matrix θ (1×n, X * theta.T): len(theta) and len(theta.ravel()) are 1; an ndarray column θ (n×1, X @ theta):
# theta.shape[1] is 1
MATRIX_LEN = ("error = sigmoid(X * theta.T) - y\nfor i in range(len(theta)):\n"
              "    grad[i] = np.sum(np.multiply(error, X[:, i])) / len(X)\n")
MATRIX_LEN_RAVEL = MATRIX_LEN.replace("len(theta)", "len(theta.ravel())")
COLUMN_SHAPE1 = ("error = sigmoid(X @ theta) - y\nfor i in range(theta.shape[1]):\n"
                 "    grad[i] = np.sum(error * X[:, i]) / m\n")


@pytest.mark.filterwarnings("ignore::PendingDeprecationWarning")
def test_counts_that_are_one():
    _, _, theta, _ = _data()
    t = np.matrix(theta)
    assert len(t) == 1 and len(t.ravel()) == 1 and theta.reshape(-1, 1).shape[1] == 1
    for text in (MATRIX_LEN, MATRIX_LEN_RAVEL, COLUMN_SHAPE1):
        _not_equivalent(text)


# Octave's 1:size(grad) with grad a row (zeros(1, n)): size(grad) is [1 n] and the colon takes its first element, 1;
# NumPy's len(grad) of np.zeros((1, n)) is 1 likewise: one pass, entry 1 only
OCTAVE_ROW = ("h = sigmoid(X*theta);\ngrad = zeros(1, length(theta));\nfor i = 1:size(grad)\n"
              "    grad(i) = sum((h - y) .* X(:, i)) / m;\nend")
NUMPY_ROW = ("error = sigmoid(X @ theta) - y\ngrad = np.zeros((1, len(theta)))\nfor i in range(len(grad)):\n"
             "    grad[i] = np.sum(error * X[:, i]) / m\n")


def test_a_row_counts_one():
    # by hand: range(1:[1 3]) in Octave is 1:1 (the first element); NumPy's len of a 1×3 array is 1
    assert len(np.zeros((1, 3))) == 1 and np.zeros((1, 3)).shape[0] == 1
    _not_equivalent(OCTAVE_ROW)
    _not_equivalent(NUMPY_ROW)


# the parameters' entry by the index must fit θ's shape: theta[i] of a numpy.matrix row (X * theta.T) is the whole
# row for i = 0 and an IndexError after; theta[:, i] and theta[0, i] of an ndarray θ used as a column (X @ theta)
# are an IndexError for a 1-D θ and past i = 0 for an n×1 one. None is θⱼ, so none of these is the gradient.
ROW_THETA_I = ("error = sigmoid(X * theta.T) - y\nfor i in range(theta.size):\n"
               "    grad[i] = np.sum(np.multiply(error, X[:, i])) / len(X) + lam / len(X) * theta[i]\n")
COLUMN_THETA_COLON_I = ("error = sigmoid(X @ theta) - y\nfor i in range(theta.size):\n"
                        "    grad[i] = np.sum(error * X[:, i]) / m + lam / m * theta[:, i]\n")
COLUMN_THETA_0_I = COLUMN_THETA_COLON_I.replace("theta[:, i]", "theta[0, i]")
RIDGE_ALL = LOGISTIC + " + lambda/(2*m)*sum(theta.^2)"


@pytest.mark.filterwarnings("ignore::PendingDeprecationWarning")
def test_parameter_entries_that_do_not_fit_the_shape():
    _, _, theta, _ = _data()
    row, column = np.matrix(theta), theta.reshape(-1, 1)
    assert row[0].shape == (1, 3)
    for bad in (lambda: row[1], lambda: theta[:, 1], lambda: column[:, 1], lambda: column[0, 1]):
        with pytest.raises(IndexError):
            bad()
    for text in (ROW_THETA_I, COLUMN_THETA_COLON_I, COLUMN_THETA_0_I):
        try:
            verdict = logderiv.check(text, cost=RIDGE_ALL, wrt="theta_j", let=["lam = lambda"])
        except logderiv.InputError:
            continue
        assert verdict.verdict != "equivalent", text
