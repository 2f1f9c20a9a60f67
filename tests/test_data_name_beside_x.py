"""An answer in X to a cost whose data matrix is code's name of its own (``Xbar.dot(w)``) is refused (issue 10).

The cost is read on its own, where Xbar is its only matrix and is read as X (noted, tests/test_fixnames.py). Read
beside it, an answer that writes a bare X was judged as if X were Xbar: "equivalent" for ``X.T @ (X @ w - y) / m``.
But Xbar is, in the notebooks that name it so (Vũ Hữu Tiệp's chapter 12, the aml-book), X with a column of ones,
and an answer in X then leaves the intercept's column out — a different gradient, as the premise below shows with
numbers. Whether the answer's X is the cost's Xbar is not in the text, as x beside X is not (pasted's refusal).
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check
from logderiv.errors import InputError

RNG = np.random.default_rng(14)
COST = "1/(2*m) * np.sum((Xbar.dot(w) - y)**2)"


def test_an_answer_in_x_beside_a_cost_in_xbar_is_refused_at_its_x():
    """Premise first: with Xbar = [1, X], the answer's Xᵀ(X w' − y)/m is not the cost's gradient (by finite
    differences of the cost written here), so calling it equivalent was a guess that can be false."""
    m, n = 6, 2
    X, y = RNG.normal(size=(m, n)), RNG.normal(size=m)
    Xbar = np.hstack([np.ones((m, 1)), X])
    w = RNG.normal(size=n + 1)
    gradient = _fd(lambda v: np.sum((Xbar @ v - y) ** 2) / (2 * m), w)
    assert np.allclose(gradient, Xbar.T @ (Xbar @ w - y) / m, atol=1e-6)
    assert not np.allclose(gradient[1:], X.T @ (X @ w[1:] - y) / m, atol=1e-3)
    with pytest.raises(InputError) as refused:
        check("X.T @ (X @ w - y) / m", cost=COST, wrt="w")
    assert refused.value.column == 0 and refused.value.source == "X.T @ (X @ w - y) / m"
    assert "Xbar" in str(refused.value)


@pytest.mark.parametrize("answer", ["X.T @ (X @ w - y) / m", "np.dot(X.T, X.dot(w) - y) / m"])
def test_every_spelling_of_x_is_refused(answer):
    with pytest.raises(InputError):
        check(answer, cost=COST, wrt="w")


@pytest.mark.parametrize("answer, verdict", [
    ("Xbar.T @ (Xbar @ w - y) / m", "equivalent"),  # the cost's own name: Xbarᵀ(Xbar w − y)/m, as the premise above
    ("Xbar.T @ (y - Xbar @ w) / m", "different"),   # its negative
])
def test_an_answer_in_the_costs_own_name_is_still_judged(answer, verdict):
    assert check(answer, cost=COST, wrt="w").verdict == verdict


def test_a_cost_in_x_with_an_answer_in_xbar_stays_refused():
    # the other way round was already refused: the answer's Xbar is unknown beside the cost's X
    with pytest.raises(InputError):
        check("Xbar.T @ (Xbar @ w - y) / m", cost="1/(2*m) * np.sum((X.dot(w) - y)**2)", wrt="w")
