"""A right intercept gradient beside code that puts a column of ones first is never called different (issue 10).

``--let "X = np.c_[np.ones(m), X]"`` is read as logderiv's X with x₁ = 1 (θ₁ the intercept, noted), but the
sample points draw x₁ like any feature: the intercept's right ``(1/m) * np.sum(H - y)`` was judged "different" with
x₁⁽¹⁾ = 1.05 in its counterexample (fixf40's report, from the soreglin lab). Where the answer agrees with the gradient
at every point with x₁ = 1 the verdict is now undecided, saying why; a difference that stays there is kept.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check

RNG = np.random.default_rng(40)
COST = "(1 / (2 * m)) * np.sum((H - y)**2)"
LETS = ("H = np.dot(X, theta)", "X = np.c_[np.ones(m), X]")


def test_the_intercepts_gradient_needs_x1_equal_to_one():
    """By hand, with X = [1, X₀]: ∂/∂θ₁ (1/2m)Σ(Xθ − y)² = (1/m)Σ(Xθ − y)·1 (finite differences); with x₁ drawn
    freely (1.05, …) the same sum is not the derivative — the premise of both verdicts below."""
    m = 5
    raw, y, theta = RNG.normal(size=(m, 2)), RNG.normal(size=m), RNG.normal(size=3)
    X = np.hstack([np.ones((m, 1)), raw])
    gradient = _fd(lambda t: np.sum((X @ t - y) ** 2) / (2 * m), theta)
    assert np.isclose(gradient[0], np.sum(X @ theta - y) / m)
    free = np.hstack([RNG.uniform(-1.5, 1.5, size=(m, 1)), raw])
    assert not np.isclose(_fd(lambda t: np.sum((free @ t - y) ** 2) / (2 * m), theta)[0],
                          np.sum(free @ theta - y) / m)
    verdict = check("(1 / m) * np.sum(H - y)", cost=COST, let=LETS, wrt="theta_1")
    assert verdict.verdict == "undecided" and "x₁ = 1" in verdict.reason
    assert any("column of ones put first" in note for note in verdict.notes)


@pytest.mark.parametrize("answer", ["(1 / m) * np.sum(y - H)", "(2 / m) * np.sum(H - y)", "np.sum(H - y)"])
def test_a_difference_that_stays_where_x1_is_one_is_kept(answer):
    # each is −1, 2 or m times the intercept's gradient (1/m)Σ(Xθ − y) of the premise: wrong whatever x₁ is
    assert check(answer, cost=COST, let=LETS, wrt="theta_1").verdict == "different"


def test_without_the_ones_column_the_difference_stands():
    # no join of ones: x₁ is a feature like any other, and (1/m)Σ(h − y) lacks its x₁ — different, as before
    verdict = check("(1 / m) * np.sum(H - y)", cost=COST, let=LETS[:1], wrt="theta_1")
    assert verdict.verdict == "different"
