r"""audit33c: misreads found in fixf74c's readings.

1. ``--let n = x.shape[0]`` beside a cost counting with m was read as m whatever x's layout. In
   ``np.dot(x, (np.dot(w, x) - y)) / n`` the parameters multiply x on the left (wᵀx), so x is n×m (one example per
   column, DeepLearning.AI's layout, lowercase) and x.shape[0] is the number of FEATURES: the answer divides by the
   features, not by m. fixf74c read n as m and said "equivalent" (int33 refused). The count is read as m only where
   the code keeps one example per row (np.dot(x, w)) and nowhere puts the parameters on the left.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import refused

COST = r"\frac{1}{2m}\sum_{i=1}^{m}(y_i - w^\top x_i)^2"
COLUMNS_ANSWER = "np.dot(x, (np.dot(w, x)-y))/n"


def test_columns_layout_by_hand():
    # x is n×m (3 features, 5 examples): n = x.shape[0] = 3 is the features; the gradient divides by m = 5
    rng = np.random.default_rng(33)
    x, y, w = rng.normal(size=(3, 5)), rng.normal(size=5), rng.normal(size=3)
    m = x.shape[1]

    def cost(v):
        return float(np.sum((y - v @ x) ** 2) / (2 * m))

    numeric = central_differences(cost, w)
    assert np.allclose(numeric, x @ (w @ x - y) / m, atol=1e-7)
    answer = np.dot(x, (np.dot(w, x) - y)) / x.shape[0]
    assert not np.allclose(numeric, answer, atol=1e-3)


@pytest.mark.parametrize("answer", [
    COLUMNS_ANSWER,
    "np.dot(x, (np.dot(x.T, w)-y))/n + 0*np.dot(w, x)",
    "np.dot(x.T, (np.dot(x,w)-y))/n + 0*(w @ x)",
])
def test_count_of_rows_beside_parameters_on_the_left_is_not_read_as_m(answer):
    try:
        verdict = logderiv.check(answer, cost=COST, let=("n = x.shape[0]",), wrt="w_j")
    except Exception:  # refused: a miss, not a misread
        return
    assert verdict.verdict != "equivalent"


def test_columns_layout_is_refused():
    refused(logderiv.check, COLUMNS_ANSWER, cost=COST, let=("n = x.shape[0]",), wrt="w_j")
