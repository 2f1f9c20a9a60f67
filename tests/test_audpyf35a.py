"""audpyf35a: silent misreads of fixpyf35a's readings, held to NumPy by hand.

theta.dot(X.T) runs only with θ 1-D (or a 1×n row): its scores are a 1-D array (or a 1×m row), never an m×1
column. ``(theta.dot(X.T) - y) * X`` then broadcasts the m entries along X's n columns (it raises unless m = n,
and with m = n multiplies column k by r_k), not row i by r_i: np.sum(…, axis=0)/m is no gradient. logderiv read
the scores as the column Xθ and called it equivalent to Xᵀ(Xθ − y)/m.
"""

from __future__ import annotations

import sys

import numpy as np
import pytest

sys.path.insert(0, "tests")
from corpus.items import Answer  # noqa: E402
from corpus.judge import judge_answer  # noqa: E402

COST = "np.sum((theta.dot(X.T) - y)**2) / (2*m)"


def test_numpy_broadcasts_the_flat_scores_along_the_columns():
    rng = np.random.default_rng(1)
    X, y, theta = rng.normal(size=(3, 3)), rng.normal(size=3), rng.normal(size=3)
    written = np.sum((theta.dot(X.T) - y) * X, axis=0) / 3
    assert not np.allclose(written, X.T @ (X @ theta - y) / 3)
    with pytest.raises(ValueError):  # m ≠ n: it does not run at all
        np.sum((rng.normal(size=3).dot(rng.normal(size=(5, 3)).T) - rng.normal(size=5)) * rng.normal(size=(5, 3)), axis=0)


@pytest.mark.parametrize("text", [
    "np.sum((theta.dot(X.T) - y) * X, axis=0) / m",
    "np.sum(X * (theta.dot(X.T) - y), axis=0) / m",
])
def test_flat_scores_times_x_is_not_called_equivalent(text):
    outcome = judge_answer(Answer(id=text, source="t", text=text, cost=COST, verdict="different", wrt="theta_j"))
    assert outcome.kind in ("right", "refused"), outcome.detail


@pytest.mark.parametrize("text", [
    "np.mean((theta.dot(X.T) - y) * X.T, axis=1)",  # (m,) against n×m: column i times r_i, right in NumPy
    "(theta.dot(X.T) - y).dot(X) / m",
])
def test_right_readings_kept(text):
    outcome = judge_answer(Answer(id=text, source="t", text=text, cost=COST, verdict="equivalent", wrt="theta_j"))
    assert outcome.kind == "right", outcome.detail
