"""A cost's loop ``J += (X[i] * w - y[i])**2`` derived by an entry of w: NumPy's ``*`` is entrywise there.

audit24a refused this in an answer (``grad += (X[i] * w - y[i]) * X[i]`` with ``--wrt w_j``) and left the cost: the
cost's code was folded without the --wrt, so ``X[i] * w`` was taken for one feature's line (w a number), and then
``x⁽ⁱ⁾ * w`` read as wᵀx because --wrt w_j made w a vector, two notes that contradicted each other and a confident
gradient of a cost the code does not compute (with w a vector, the line is an m-vector of squares). The cost is now
refused with a caret at ``X[i] * w``; with ``--wrt w`` (one number) it is one feature's line, read as before; and
``np.sum(X[i] * w)`` (the dot product written out) is read as the dot product.
"""

from __future__ import annotations

import numpy as np
import pytest

from _reading import assert_gradient_read, refused
from logderiv import derive

LOOP = "J = 0\nfor i in range(m):\n    J += ({row} - y[i])**2\n{end}"


@pytest.mark.parametrize("end", ["J = J / (2*m)", "return J / (2*m)"])
def test_a_row_times_a_vector_of_weights_is_refused(end):
    # by hand: with w of n entries, X[i] * w is an n-vector, so J ends an n-vector, no number to differentiate
    X, y, w = np.ones((3, 2)), np.zeros(3), np.array([1.0, 2.0])
    J = 0
    for i in range(3):
        J += (X[i] * w - y[i]) ** 2
    assert np.shape(J) == (2,)
    error = refused(derive, LOOP.format(row="X[i] * w", end=end), wrt="w_j")
    assert "entry by entry" in str(error)
    assert error.column == LOOP.format(row="X[i] * w", end=end).index("X[i] * w")


def test_one_number_w_is_one_features_line():
    # with --wrt w, X is one feature's 1-D array: J = (1/2m) Σ (w xᵢ − yᵢ)², as before
    assert_gradient_read(LOOP.format(row="X[i] * w", end="return J / (2*m)"),
                         lambda d: np.sum((d.w[0] * d.x - d.y) ** 2) / (2 * len(d.y)), wrt=("w",))


def test_a_summed_entrywise_product_is_the_dot_product():
    # np.sum(X[i] * w) = x⁽ⁱ⁾ᵀw: the half MSE of the linear model, gradient (1/m) Xᵀ(Xw − y)
    assert_gradient_read(LOOP.format(row="np.sum(X[i] * w)", end="return J / (2*m)"),
                         lambda d: np.sum((d.X @ d.w - d.y) ** 2) / (2 * len(d.y)), wrt=("w_j",))
